// Every input class SPEC names, per custom function Make shareable converts: one row of cells each, the
// call as a sheet holds it, and where stated the value worked by hand. The parity tests evaluate the
// converted native formula (HyperFormula, LibreOffice) and the built bundle on the same cells.
import { parseCall } from '../src/formulas/make-shareable';
import { NAMES } from '../src/formulas/names';
import { loadExcel } from './bundles/load';

/** A cell as a case writes it: a value, blank (null), or an error a formula in the cell makes. */
export type CaseCell = number | string | boolean | null | { error: '#DIV/0!' };

export interface ParityCase {
  readonly name: string;
  /** The custom-function call, reading row 1 (A1, B1, ...); the tests move it to the case's row. */
  readonly call: string;
  readonly cells: readonly CaseCell[];
  /** The cell's value worked by hand (errors by code, blank as ''), where stated. */
  readonly want?: number | string;
  readonly system?: 1900 | 1904;
}

/** The settings sheet's tables the named-table cases read: F and M bands that do not start at 0. */
export const NAMED_TABLES: Record<string, (number | string)[][]> = {
  [NAMES.rBands]: [[0, 5], [31, 3], [91, 1]],
  [NAMES.fBands]: [[1, 1], [5, 3], [10, 5]],
  [NAMES.mBands]: [[-1000, 1], [200000, 3], [500000, 5]],
};
export const AS_OF = 46327; // 2026-11-01

const DIV0 = { error: '#DIV/0!' } as const;

export const CASES: readonly ParityCase[] = [
  // RFM_SCORE with the tables omitted: the seed's 5/3/1 bands (R 0/31/91, F 0/5/10, M 0/200k/500k).
  { name: 'RFM seed: blank row is blank', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [null, null, null], want: '' },
  { name: 'RFM seed: spaces only are blank', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: ['  ', null, null], want: '' },
  { name: 'RFM seed: 45 days, 6 orders, 250,000 -> 333', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [45, 6, 250000], want: 333 },
  { name: 'RFM seed: band edges 30 / 10 / 500,000 -> 555', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [30, 10, 500000], want: 555 },
  { name: 'RFM seed: just inside 31 / 9 / 499,999.99 -> 333', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [31, 9, 499999.99], want: 333 },
  { name: 'RFM seed: zeros -> 511', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [0, 0, 0], want: 511 },
  { name: 'RFM seed: partly blank row is #N/A', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [10, null, 5], want: '#N/A' },
  { name: 'RFM seed: a bad input beats a blank one', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [null, 'abc', null], want: '#VALUE!' },
  { name: 'RFM seed: text recency', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: ['abc', 3, 5], want: '#VALUE!' },
  { name: 'RFM seed: TRUE is not a number', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [true, 3, 5], want: '#VALUE!' },
  { name: 'RFM seed: an error cell', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [DIV0, 3, 5], want: '#VALUE!' },
  { name: 'RFM seed: negative days', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [-1, 3, 5], want: '#VALUE!' },
  { name: 'RFM seed: negative orders', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [1, -3, 5], want: '#VALUE!' },
  { name: 'RFM seed: a negative amount is below the first band', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: [1, 3, -5], want: '#VALUE!' },
  { name: 'RFM seed: output r', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,,"r")', cells: [91, 3, 5], want: 1 },
  { name: 'RFM seed: output r is an error when M is below its first band', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,,"r")', cells: [5, 3, -1], want: '#VALUE!' },
  { name: 'RFM seed: output sum', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,,"SUM")', cells: [31, 9, 499999.99], want: 9 },
  { name: 'RFM preset five, by name', call: '=CRM.RFM_SCORE(A1,B1,C1,"five","five","five")', cells: [61, 4, 350000], want: 334 },
  // The settings sheet's tables, named: F starts at 1 and M at -1,000.
  { name: 'RFM named: 0 orders is below F\'s first band', call: `=CRM.RFM_SCORE(A1,B1,C1,${NAMES.rBands},${NAMES.fBands},${NAMES.mBands})`, cells: [5, 0, 10], want: '#VALUE!' },
  { name: 'RFM named: a credit above M\'s first band scores', call: `=CRM.RFM_SCORE(A1,B1,C1,${NAMES.rBands},${NAMES.fBands},${NAMES.mBands})`, cells: [5, 1, -500], want: 511 },
  { name: 'RFM named: below M\'s first band', call: `=CRM.RFM_SCORE(A1,B1,C1,${NAMES.rBands},${NAMES.fBands},${NAMES.mBands})`, cells: [5, 1, -5000], want: '#VALUE!' },
  // Dates: days to as_of in whole days (46296 is 2026-10-01, as_of 2026-11-01: 31 days).
  { name: 'RFM dates: 31 days before as_of -> R 3', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1,"r")', cells: [46296.75, 1, 1, AS_OF], want: 3 },
  { name: 'RFM dates: a purchase after as_of', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1)', cells: [AS_OF + 1, 1, 1, AS_OF], want: '#VALUE!' },
  { name: 'RFM dates: after as_of beats a blank input', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1)', cells: [AS_OF + 1, null, 1, AS_OF], want: '#VALUE!' },
  { name: 'RFM dates: serial 30 is before 1900-03-01', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1)', cells: [30, 1, 1, AS_OF], want: '#VALUE!' },
  { name: 'RFM dates: text as_of is no date', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1)', cells: [46296, 1, 1, 'soon'], want: '#VALUE!' },
  { name: 'RFM dates: blank as_of reads days', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1,"r")', cells: [45, 1, 1, null], want: 3 },
  { name: 'RFM dates: blank row with as_of is blank', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1)', cells: [null, null, null, AS_OF], want: '' },
  { name: 'RFM dates: as_of literal', call: `=CRM.RFM_SCORE(A1,B1,C1,,,,${AS_OF},"r")`, cells: [AS_OF - 91, 1, 1], want: 1 },
  { name: 'RFM dates 1904: 31 days -> R 3', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1,"r")', cells: [46296 - 1462, 1, 1, AS_OF - 1462], want: 3, system: 1904 },
  { name: 'RFM dates 1904: serial 30 is 1904-01-31', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1,"r")', cells: [30, 1, 1, AS_OF - 1462], want: 1, system: 1904 },
  { name: 'RFM dates 1904: a purchase after as_of', call: '=CRM.RFM_SCORE(A1,B1,C1,,,,D1)', cells: [AS_OF, 1, 1, AS_OF - 1462], want: '#VALUE!', system: 1904 },
  // RFM_SEGMENT of a code, and of three scores.
  { name: 'segment: 535 is Important value', call: '=CRM.RFM_SEGMENT(A1)', cells: [535], want: 'Important value' },
  { name: 'segment: 515 is Important development', call: '=CRM.RFM_SEGMENT(A1)', cells: [515], want: 'Important development' },
  { name: 'segment: blank is blank', call: '=CRM.RFM_SEGMENT(A1)', cells: [null], want: '' },
  { name: 'segment: 536 is no code', call: '=CRM.RFM_SEGMENT(A1)', cells: [536], want: '#VALUE!' },
  { name: 'segment: 53.5 is no code', call: '=CRM.RFM_SEGMENT(A1)', cells: [53.5], want: '#VALUE!' },
  { name: 'segment: text is no code', call: '=CRM.RFM_SEGMENT(A1)', cells: ['abc'], want: '#VALUE!' },
  { name: 'segment: an error cell', call: '=CRM.RFM_SEGMENT(A1)', cells: [DIV0], want: '#VALUE!' },
  { name: 'segment: five scheme in Chinese', call: '=CRM.RFM_SEGMENT(A1,,,"five","zh-CN")', cells: [533], want: '潜力客户' },
  { name: 'segment: rfm11', call: '=CRM.RFM_SEGMENT(A1,,,"rfm11")', cells: [555] },
  { name: 'segment: three scores', call: '=CRM.RFM_SEGMENT(A1,B1,C1)', cells: [5, 1, 5], want: 'Important development' },
  { name: 'segment: a score of 0', call: '=CRM.RFM_SEGMENT(A1,B1,C1)', cells: [0, 1, 5], want: '#VALUE!' },
  { name: 'segment: a score missing', call: '=CRM.RFM_SEGMENT(A1,B1,C1)', cells: [5, null, 5], want: '#N/A' },
  // POTENTIAL_INDEX and BREAKTHROUGH_SCORE: ratios from 0 to 1.
  { name: 'potential: the seed\'s 57.75', call: '=CRM.POTENTIAL_INDEX(A1,B1,C1)', cells: [0.875, 0.8, 0.825], want: 57.75 },
  { name: 'potential: 87.5 is above 1', call: '=CRM.POTENTIAL_INDEX(A1,B1,C1)', cells: [87.5, 0.8, 0.825], want: '#VALUE!' },
  { name: 'potential: below 0', call: '=CRM.POTENTIAL_INDEX(A1,B1,C1)', cells: [0.5, -0.1, 0.825], want: '#VALUE!' },
  { name: 'potential: zeros and ones', call: '=CRM.POTENTIAL_INDEX(A1,B1,C1)', cells: [1, 1, 0], want: 0 },
  { name: 'potential: blank row', call: '=CRM.POTENTIAL_INDEX(A1,B1,C1)', cells: [null, null, null], want: '' },
  { name: 'potential: partly blank', call: '=CRM.POTENTIAL_INDEX(A1,B1,C1)', cells: [0.5, null, 0.5], want: '#N/A' },
  { name: 'potential: text', call: '=CRM.POTENTIAL_INDEX(A1,B1,C1)', cells: [0.5, 'high', 0.5], want: '#VALUE!' },
  { name: 'potential: literal ratios', call: '=CRM.POTENTIAL_INDEX(A1,80%,0.825)', cells: [0.875], want: 57.75 },
  { name: 'potential: a literal above 1', call: '=CRM.POTENTIAL_INDEX(A1,80,0.825)', cells: [0.875], want: '#VALUE!' },
  { name: 'breakthrough: 0.8 x 0.9 -> 72', call: '=CRM.BREAKTHROUGH_SCORE(A1,B1)', cells: [0.8, 0.9], want: 72 },
  { name: 'breakthrough: 90 is above 1', call: '=CRM.BREAKTHROUGH_SCORE(A1,B1)', cells: [0.8, 90], want: '#VALUE!' },
  { name: 'breakthrough: blank row', call: '=CRM.BREAKTHROUGH_SCORE(A1,B1)', cells: [null, null], want: '' },
  // CLV: 2,000,000 x 3 - (300,000 + 200,000) = 5,500,000 (seed 000).
  { name: 'CLV: the seed\'s 5,500,000', call: '=CRM.CLV(A1,B1,C1,D1)', cells: [2e6, 3, 3e5, 2e5], want: 5.5e6 },
  { name: 'CLV: a blank cost is missing, not 0', call: '=CRM.CLV(A1,B1,C1,D1)', cells: [2e6, 3, 3e5, null], want: '#N/A' },
  { name: 'CLV: a negative cost', call: '=CRM.CLV(A1,B1,C1,D1)', cells: [2e6, 3, -1, 0], want: '#VALUE!' },
  { name: 'CLV: zero years', call: '=CRM.CLV(A1,B1,C1,D1)', cells: [2e6, 0, 100, 50], want: -150 },
  { name: 'CLV: blank row', call: '=CRM.CLV(A1,B1,C1,D1)', cells: [null, null, null, null], want: '' },
  { name: 'CLV: margin 2 is above 1', call: '=CRM.CLV(A1,B1,C1,D1,2)', cells: [2e6, 3, 3e5, 2e5], want: '#VALUE!' },
  { name: 'CLV: a bad margin fails even a blank row', call: '=CRM.CLV(A1,B1,C1,D1,2)', cells: [null, null, null, null], want: '#VALUE!' },
  // 1,000,000 x 0.25 x 4 - 100,000 = 900,000
  { name: 'CLV: margin from a cell', call: '=CRM.CLV(A1,B1,C1,D1,E1)', cells: [1e6, 4, 6e4, 4e4, 0.25], want: 9e5 },
  { name: 'CLV: a blank margin cell is 1', call: '=CRM.CLV(A1,B1,C1,D1,E1)', cells: [1e6, 4, 6e4, 4e4, null], want: 3.9e6 },
  // 1000 x (1 - 1.08^-3) / 0.08 = 2577.097
  { name: 'CLV: discounted at 8%', call: '=CRM.CLV(A1,B1,C1,D1,1,8%)', cells: [1000, 3, 0, 0], want: 1000 / 1.08 + 1000 / 1.08 ** 2 + 1000 / 1.08 ** 3 },
  { name: 'CLV: a rate cell as text', call: '=CRM.CLV(A1,B1,C1,D1,,E1)', cells: [1000, 3, 0, 0, 'eight'], want: '#VALUE!' },
];

/** Moves a call's row-1 references (A1 .. H1) to `row`. */
export function atRow(formula: string, row: number): string {
  return formula.replace(/\b([A-H])1\b/g, `$1${row}`);
}

/** A case cell as a host hands it to the custom function: Excel's error objects, null for blank. */
function hostValue(cell: CaseCell | undefined): unknown {
  if (cell === undefined) return null;
  return typeof cell === 'object' && cell !== null ? { code: cell.error } : cell;
}

/** An argument of the call as Excel hands it over: a cell as [[v]], a named table, a literal. */
function argument(arg: string, cells: readonly CaseCell[]): unknown {
  if (arg === '' || arg === '""') return null;
  const cell = /^\$?([A-H])\$?1$/.exec(arg);
  if (cell) return [[hostValue(cells[cell[1].charCodeAt(0) - 65])]];
  if (arg in NAMED_TABLES) return NAMED_TABLES[arg];
  if (arg === NAMES.asOf) return [[AS_OF]];
  if (/^".*"$/.test(arg)) return arg.slice(1, -1);
  if (arg.endsWith('%')) return Number(arg.slice(0, -1)) / 100;
  return Number(arg);
}

const runtimes = new Map<string, ReturnType<typeof loadExcel>>();

/**
 * What the built Excel bundle's custom function shows for a case: a number, text, '' or an error code.
 * @example await bundleResult(CASES[2]) // 333
 */
export async function bundleResult(c: ParityCase, lang?: string): Promise<unknown> {
  const key = `${c.system ?? 1900} ${lang ?? ''}`;
  if (!runtimes.has(key)) runtimes.set(key, loadExcel(lang, { use1904: c.system === 1904 }));
  const runtime = runtimes.get(key)!;
  await runtime.ready;
  const call = parseCall(c.call)!;
  const fn = runtime.associated.get(call.name)!;
  const args = call.args.map((a) => argument(a, c.cells));
  let out: unknown;
  try {
    out = await fn(...args);
  } catch (e) {
    out = [[e]];
  }
  const v = (out as unknown[][])[0][0];
  return typeof v === 'object' && v !== null && 'code' in v ? (v as { code: string }).code : v;
}

/**
 * Compares an engine's cell with the bundle's: numbers within 1e-9 relative, everything else exactly.
 * @example sameCell(57.75, 57.750000000000001) // true
 */
export function sameCell(engine: unknown, bundle: unknown): boolean {
  if (typeof engine === 'number' && typeof bundle === 'number') return Math.abs(engine - bundle) <= 1e-9 * Math.max(1, Math.abs(bundle));
  return engine === bundle;
}
