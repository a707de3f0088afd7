// The XML of a worksheet in three parts (what comes before the rows, each row, what comes after), so a
// sheet can be written whole from a model or row by row as a list is graded.
import { columnLetters } from './a1';
import type { SharedRole } from './shared-formulas';
import { isFormula, type ColourRule, type StyleName, type WorkbookCell, type WorkbookSheet } from './workbook-model';

// Functions added after Excel 2007 carry the `_xlfn.` prefix inside the file; without it LibreOffice and
// older Excel show #NAME? (ECMA-376 and the "Traps" note of issue 4).
const NEWER_FUNCTIONS = ['STDEV.S', 'STDEV.P', 'PERCENTILE.INC', 'QUARTILE.INC', 'IFNA', 'IFS', 'CONCAT'];
const NEWER_FUNCTION_CALL = new RegExp(`(?<![\\w.])(${NEWER_FUNCTIONS.map((n) => n.replace('.', '\\.')).join('|')})\\(`, 'g');

/**
 * A formula as the file stores it: newer functions prefixed with `_xlfn.`.
 * @example fileFormula('STDEV.S(A1:A5)+IFNA(B1,0)') // '_xlfn.STDEV.S(A1:A5)+_xlfn.IFNA(B1,0)'
 */
export function fileFormula(formula: string): string {
  return formula.replace(NEWER_FUNCTION_CALL, '_xlfn.$1(');
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Text escaped for XML, dropping characters XML 1.0 cannot hold.
 * @example xmlText('A & "B" <C>') // 'A &amp; &quot;B&quot; &lt;C&gt;'
 */
export function xmlText(text: string): string {
  // Most cells need no escaping: one test instead of five replacements keeps a million-row sheet fast.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The styles.xml index of each named style (see STYLES_XML). */
export const STYLE_INDEX: Record<StyleName, number> = {
  header: 1, date: 2, integer: 3, amount: 4, percent: 5, title: 6, note: 7, input: 8,
};

/** Where XML goes, a piece at a time (a string being built, or the bytes of a zip part). */
export type XmlOut = (text: string) => void;

/** Whether a cell writes nothing (cellXml's blanks). */
function isBlank(cell: WorkbookCell): boolean {
  return cell === null || cell === undefined || cell === '' || (typeof cell === 'number' && !Number.isFinite(cell));
}

/**
 * One non-blank cell's XML, given to `out` in pieces: a million-row sheet is written without first
 * joining each cell into a string (the joined strings cost more to flatten and encode than to build).
 * A formula cell with a `role` is written as part of a shared formula (see shared-formulas.ts).
 */
function cellXml(cell: WorkbookCell, ref: string, out: XmlOut, role: SharedRole | undefined): void {
  if (typeof cell === 'number') { out('<c r="'); out(ref); out('"><v>'); out(`${cell}`); out('</v></c>'); return; }
  if (typeof cell === 'string') { out('<c r="'); out(ref); out('" t="inlineStr"><is><t xml:space="preserve">'); out(xmlText(cell)); out('</t></is></c>'); return; }
  if (typeof cell === 'boolean') { out('<c r="'); out(ref); out(cell ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>'); return; }
  if (cell === null || cell === undefined) return;
  out('<c r="');
  out(ref);
  out('"');
  if (cell.style) { out(' s="'); out(`${STYLE_INDEX[cell.style]}`); out('"'); }
  if (isFormula(cell)) {
    const v = cell.v;
    out(v === undefined || typeof v === 'number' ? '>' : typeof v === 'boolean' ? ' t="b">' : typeof v === 'string' ? ' t="str">' : ' t="e">');
    if (role === undefined) { out('<f>'); out(xmlText(fileFormula(cell.f))); out('</f>'); }
    else if (role.master) { out(role.xml); out(xmlText(fileFormula(cell.f))); out('</f>'); }
    // The rest of a run: the group's number stands for the text (never read here, nor built).
    else out(role.xml);
    if (v === undefined) { out('</c>'); return; }
    if (typeof v === 'number') { out('<v>'); out(`${v}`); out('</v></c>'); return; }
    if (typeof v === 'boolean') { out(v ? '<v>1</v></c>' : '<v>0</v></c>'); return; }
    out('<v>');
    out(xmlText(typeof v === 'string' ? v : v.error));
    out('</v></c>');
    return;
  }
  const v = cell.v;
  if (typeof v === 'number') { out('><v>'); out(`${v}`); out('</v></c>'); return; }
  if (typeof v === 'boolean') { out(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>'); return; }
  out(' t="inlineStr"><is><t xml:space="preserve">');
  out(xmlText(v));
  out('</t></is></c>');
}

// Column letters, computed once per column rather than once per cell.
const letters: string[] = [];

/**
 * Gives one row's XML (`r` 0-based) to `out` in pieces; nothing when every cell is blank. `roles` says
 * which of its cells belong to shared formulas (sharedRoles), by column.
 * @example let xml = ''; writeRowXml(['a', 1], 0, (t) => { xml += t; }) // xml: '<row r="1"><c r="A1" t="inlineStr">...</c><c r="B1"><v>1</v></c></row>'
 */
export function writeRowXml(cells: readonly WorkbookCell[], r: number, out: XmlOut, roles?: readonly (SharedRole | undefined)[]): void {
  let c = 0;
  while (c < cells.length && isBlank(cells[c])) c++;
  if (c === cells.length) return;
  const n = `${r + 1}`;
  out('<row r="');
  out(n);
  out('">');
  for (; c < cells.length; c++) {
    const cell = cells[c];
    if (!isBlank(cell)) cellXml(cell, (letters[c] ??= columnLetters(c)) + n, out, roles?.[c]);
  }
  out('</row>');
}

/**
 * One row's XML (`r` 0-based), or '' when every cell is blank.
 * @example rowXml(['a', 1], 0) // '<row r="1"><c r="A1" t="inlineStr">...</c><c r="B1"><v>1</v></c></row>'
 */
export function rowXml(cells: readonly WorkbookCell[], r: number): string {
  let xml = '';
  writeRowXml(cells, r, (text) => { xml += text; });
  return xml;
}

/** What a sheet's XML says before its rows. */
export type SheetHead = Pick<WorkbookSheet, 'name' | 'widths' | 'frozenRows'>;

/** What a sheet's XML says after its rows. */
export type SheetTail = Pick<WorkbookSheet, 'autoFilter' | 'colours' | 'charts'>;

/**
 * The XML of a sheet up to its first row: frozen header and column widths.
 * @example sheetHeadXml({ name: 'List', frozenRows: 1 }) // '<?xml ...<sheetViews>...<sheetData>'
 */
export function sheetHeadXml(head: SheetHead): string {
  let xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  if (head.frozenRows) {
    xml += `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${head.frozenRows}" topLeftCell="A${head.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;
  }
  if (head.widths?.length) {
    xml += '<cols>';
    head.widths.forEach((w, i) => { if (w) xml += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`; });
    xml += '</cols>';
  }
  return `${xml}<sheetData>`;
}

/**
 * The XML of a sheet after its last row: header filter, colour rules (`dxfId` gives each fill's
 * differential style) and the chart drawing.
 * @example sheetTailXml({ autoFilter: 'A1:K20' }, () => 0) // '</sheetData><autoFilter ref="A1:K20"/></worksheet>'
 */
export function sheetTailXml(tail: SheetTail, dxfId: (fill: string) => number): string {
  let xml = '</sheetData>';
  if (tail.autoFilter) xml += `<autoFilter ref="${tail.autoFilter}"/>`;
  let priority = 1;
  for (const rule of tail.colours ?? [] as ColourRule[]) {
    const text = `"${rule.text.replace(/"/g, '""')}"`;
    xml += `<conditionalFormatting sqref="${rule.range}"><cfRule type="cellIs" dxfId="${dxfId(rule.fill)}" priority="${priority++}" operator="equal"><formula>${xmlText(text)}</formula></cfRule></conditionalFormatting>`;
  }
  if (tail.charts?.length) xml += '<drawing r:id="rId1"/>';
  return `${xml}</worksheet>`;
}
