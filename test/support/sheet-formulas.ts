// Formulas read out of a worksheet's XML as Excel reads them. A shared formula (ECMA-376 Part 1,
// 18.3.1.40) stores its text once, on the first cell of its range; every other cell of the group holds
// only `<f t="shared" si="N"/>` and means that text moved down to its own row: relative row numbers
// shifted, absolute ones ($3), names and text in quotes kept. Written here from the standard, not from
// the writer, so tests can check what the writer's files mean.

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A string literal ("a ""b"""), or an A1 reference not inside a name or a function's name (CRM_R_BANDS,
// LOG10( are not references).
const TOKEN = /"(?:[^"]|"")*"|(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A formula moved down `rows` rows, as Excel reads a shared formula's other cells.
 * @example shiftFormulaRows('IF(I2="A2",$B$2+B2,CRM_R_BANDS)', 3) // 'IF(I5="A2",$B$2+B5,CRM_R_BANDS)'
 */
export function shiftFormulaRows(formula: string, rows: number): string {
  return formula.replace(TOKEN, (token, column: string | undefined, dollar: string, row: string) =>
    (column === undefined || dollar ? token : `${column}${Number(row) + rows}`));
}

/** One formula cell of a sheet: its text (decoded, as a formula bar shows it without '=') and how it is stored. */
export interface SheetFormula {
  readonly text: string;
  readonly stored: 'plain' | 'master' | 'follower';
  /** The shared group, for a shared formula's cells. */
  readonly si?: number;
}

const CELL = /<c r="([A-Z]+)(\d+)"[^>]*?>(<f(?: [^>]*?)?(?:\/>|>[^<]*<\/f>))/g;

/** A sheet's shared formulas by group number: where each starts and ends, and its text. */
export type SharedGroups = Map<number, { column: string; row: number; last: number; text: string }>;

/**
 * Notes the shared formulas that start in a piece of a worksheet's XML, for a sheet read a piece at a
 * time (pass the same `groups` to expandSharedFormulas for later pieces).
 * @example const groups: SharedGroups = new Map(); noteSharedGroups('<c r="A2"><f t="shared" ref="A2:A9" si="0">B2*2</f></c>', groups) // groups.get(0).text: 'B2*2'
 */
export function noteSharedGroups(xml: string, groups: SharedGroups): void {
  for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?><f t="shared" ref="[A-Z]+\d+:[A-Z]+(\d+)" si="(\d+)">([^<]*)<\/f>/g)) {
    groups.set(Number(m[4]), { column: m[1], row: Number(m[2]), last: Number(m[3]), text: decode(m[5]) });
  }
}

/**
 * Every formula of a worksheet's XML by cell (e.g. 'I3'), shared formulas expanded (`groups`: those
 * noted in earlier pieces of the sheet). Throws when a shared cell comes before its group's first
 * cell, names an unknown group, or lies outside its range.
 * @example sheetFormulas('<c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f></c><c r="A3"><f t="shared" si="0"/></c>').get('A3') // { text: 'B3*2', stored: 'follower', si: 0 }
 */
export function sheetFormulas(xml: string, groups: SharedGroups = new Map()): Map<string, SheetFormula> {
  const formulas = new Map<string, SheetFormula>();
  for (const [, column, rowText, f] of xml.matchAll(CELL)) {
    const row = Number(rowText);
    const at = `${column}${row}`;
    const attrs = /^<f([^>]*?)\/?>/.exec(f)![1];
    const text = decode(/>([^<]*)<\/f>$/.exec(f)?.[1] ?? '');
    if (!/\bt="shared"/.test(attrs)) {
      formulas.set(at, { text, stored: 'plain' });
      continue;
    }
    const si = Number(/\bsi="(\d+)"/.exec(attrs)![1]);
    const ref = /\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(attrs);
    if (ref) {
      if (ref[1] !== column || ref[3] !== column || Number(ref[2]) !== row) throw new Error(`${at}: shared range ${ref[0]} does not start at its first cell`);
      const known = groups.get(si);
      if (known && (known.column !== column || known.row !== row)) throw new Error(`${at}: shared group ${si} starts twice`);
      groups.set(si, { column, row, last: Number(ref[4]), text });
      formulas.set(at, { text, stored: 'master', si });
      continue;
    }
    const group = groups.get(si);
    if (!group) throw new Error(`${at}: shared group ${si} used before its first cell`);
    if (group.column !== column || row <= group.row || row > group.last) throw new Error(`${at}: outside shared group ${si}`);
    formulas.set(at, { text: shiftFormulaRows(group.text, row - group.row), stored: 'follower', si });
  }
  return formulas;
}

/**
 * A worksheet's XML with every shared formula written out in full in each of its cells, as a sheet
 * without shared formulas stores them: tests that look for a formula in a cell read this.
 * @example expandSharedFormulas('<c r="A3"><f t="shared" si="0"/></c>') // '<c r="A3"><f>B3*2</f></c>' (with its group's first cell before it)
 */
export function expandSharedFormulas(xml: string, groups: SharedGroups = new Map()): string {
  const formulas = sheetFormulas(xml, groups);
  return xml.replace(CELL, (cell: string, column: string, row: string, f: string) =>
    cell.slice(0, cell.length - f.length) + `<f>${encode(formulas.get(`${column}${row}`)!.text)}</f>`);
}

/**
 * How many formula cells a worksheet's XML holds, shared or not.
 * @example formulaCount('<c r="A1"><f>1+1</f></c><c r="A3"><f t="shared" si="0"/></c>') // 2
 */
export function formulaCount(xml: string): number {
  return (xml.match(/<f[ >]/g) ?? []).length;
}

/**
 * A worksheet's XML with every formula's cached value removed (and its type: a value type says what
 * the cached value is), so what a spreadsheet shows can only come from recalculation. Shared formulas
 * stay shared.
 * @example stripCachedValues('<c r="A1" t="str"><f>"a"</f><v>a</v></c>') // '<c r="A1"><f>"a"</f></c>'
 */
export function stripCachedValues(xml: string): string {
  return xml.replace(/<c ([^>]*?)( t="(?:str|e|b|n)")?>(<f(?: [^>]*?)?(?:\/>|>[^<]*<\/f>))<v>[^<]*<\/v><\/c>/g, '<c $1>$3</c>');
}
