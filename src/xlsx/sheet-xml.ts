// The XML of a worksheet in three parts (what comes before the rows, each row, what comes after), so a
// sheet can be written whole from a model or row by row as a list is graded.
import { columnLetters } from './a1';
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

/** One cell's XML, or '' for a blank. */
function cellXml(cell: WorkbookCell, ref: string): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : '';
  if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  const s = cell.style ? ` s="${STYLE_INDEX[cell.style]}"` : '';
  if (isFormula(cell)) {
    const f = `<f>${xmlText(fileFormula(cell.f))}</f>`;
    const v = cell.v;
    if (v === undefined) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof v === 'number') return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(v)}</v></c>`;
    return `<c r="${ref}"${s} t="e">${f}<v>${xmlText(v.error)}</v></c>`;
  }
  const v = cell.v;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

// Column letters, computed once per column rather than once per cell.
const letters: string[] = [];

/**
 * One row's XML (`r` 0-based), or '' when every cell is blank.
 * @example rowXml(['a', 1], 0) // '<row r="1"><c r="A1" t="inlineStr">...</c><c r="B1"><v>1</v></c></row>'
 */
export function rowXml(cells: readonly WorkbookCell[], r: number): string {
  let xml = '';
  const n = r + 1;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell === null || cell === undefined) continue;
    xml += cellXml(cell, (letters[c] ??= columnLetters(c)) + n);
  }
  return xml ? `<row r="${n}">${xml}</row>` : '';
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
