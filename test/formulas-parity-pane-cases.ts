// The pane's one-click grading on every input class: one list row a case, graded as the pane grades it
// (gradeRows, then buildGradedWorkbook writes native formulas with the core's values cached), and what
// the custom functions in the built bundle give on the same cells. The parity tests recalculate the
// workbook (HyperFormula: test/formulas-parity-pane.test.ts; LibreOffice:
// test/e2e/libreoffice-pane.test.ts) and compare each graded cell with its cached value and the bundle.
import type { WorkbookCell, WorkbookModel } from '../src/xlsx/workbook-model';
import { buildGradedWorkbook, gradedLayout, type GradedLayout } from '../src/formulas/graded-workbook';
import { gradeRows, gradedWorkbookOptions, type GradeTableOptions, type TablePlan } from '../src/grading/grade-table';
import { DEFAULT_CUTOFFS, DEFAULT_GRADE_LABELS, DEFAULT_WEIGHTS } from '../src/models/composite';
import { loadExcel, type ExcelRuntime } from './bundles/load';

/** A list cell as a case writes it: a value, blank (null), or a cell whose formula fails. */
export type PaneCell = number | string | boolean | null | { error: '#DIV/0!' };

export const AS_OF = 46327; // 2026-11-01
const SHIFT_1904 = 1462;

// The list's columns: RFM, the four composite dimensions, the four CLV inputs, three periods of each
// churn series.
export const HEADER = ['Customer', 'Recency', 'Orders', 'Amount', 'Current value', 'Growth potential', 'Stability', 'Strategic importance',
  'Annual revenue', 'Years', 'Acquisition cost', 'Maintenance cost', 'Interactions 1', 'Interactions 2', 'Interactions 3',
  'Satisfaction 1', 'Satisfaction 2', 'Satisfaction 3'];
const COL = { recency: 1, orders: 2, amount: 3, composite: [4, 5, 6, 7], clv: [8, 9, 10, 11], interactions: [12, 13, 14], satisfaction: [15, 16, 17] };

/** A good row: 45 days, 6 orders, 250,000 (seed bands: 333); dimensions 90/80/70/60 (score 80, Core);
 * CLV 2,000,000 x 3 - (300,000 + 200,000) = 5,500,000; interactions 4/6/5 and satisfaction 8/8/7. */
const GOOD: readonly PaneCell[] = [null, 45, 6, 250000, 90, 80, 70, 60, 2e6, 3, 3e5, 2e5, 4, 6, 5, 8, 8, 7];

/** What a case wants of a graded column, worked by hand (errors by code). */
export type Want = Partial<Record<'r' | 'f' | 'm' | 'code' | 'segment' | 'score' | 'grade' | 'clv' | 'churn', number | string>>;

export interface PaneCase {
  readonly name: string;
  /** The cells that differ from the good row, by column. */
  readonly cells: Readonly<Record<number, PaneCell>>;
  readonly want?: Want;
}

/** A list graded one way: recency as days or dates, a date system, a churn mode. */
export interface PaneGroup {
  readonly name: string;
  readonly recencyIsDate: boolean;
  readonly system: 1900 | 1904;
  readonly churnMode: 'sd' | 'cv';
  readonly cases: readonly PaneCase[];
}

const DIV0 = { error: '#DIV/0!' } as const;
const { recency: R, orders: F, amount: M } = COL;
const [CV, GP, ST, SI] = COL.composite;
const [REV, YEARS, ACQ, MAINT] = COL.clv;
const [I1, I2, I3] = COL.interactions;
const [S1, S2, S3] = COL.satisfaction;
// sd(4, 6, 5) = 1 and sd(8, 8, 7) = 1/sqrt(3)
const GOOD_CHURN = 1 + 1 / Math.sqrt(3);

const DAYS: readonly PaneCase[] = [
  { name: 'a good row', cells: {}, want: { r: 3, f: 3, m: 3, code: 333, score: 80, grade: 'Core', clv: 5.5e6, churn: GOOD_CHURN } },
  { name: 'band edges 30 / 10 / 500,000', cells: { [R]: 30, [F]: 10, [M]: 500000 }, want: { r: 5, f: 5, m: 5, code: 555, segment: 'Important value' } },
  { name: 'just inside 31 / 9 / 499,999.99', cells: { [R]: 31, [F]: 9, [M]: 499999.99 }, want: { code: 333 } },
  { name: 'zeros', cells: { [R]: 0, [F]: 0, [M]: 0 }, want: { code: 511 } },
  { name: 'fractional days 30.5', cells: { [R]: 30.5 }, want: { r: 5, code: 533 } },
  { name: 'a blank count', cells: { [F]: null }, want: { r: '#N/A', f: '#N/A', m: '#N/A', code: '#N/A', segment: '#N/A' } },
  { name: 'spaces only are blank', cells: { [M]: '   ' }, want: { code: '#N/A', r: '#N/A' } },
  { name: 'a bad input beats a blank one', cells: { [R]: null, [F]: 'abc' }, want: { code: '#VALUE!', r: '#VALUE!' } },
  { name: 'text days', cells: { [R]: 'abc' }, want: { r: '#VALUE!', f: '#VALUE!', code: '#VALUE!', segment: '#VALUE!' } },
  { name: 'TRUE as a count', cells: { [F]: true }, want: { code: '#VALUE!', r: '#VALUE!' } },
  { name: 'an error cell', cells: { [M]: DIV0 }, want: { code: '#VALUE!' } },
  { name: 'negative days', cells: { [R]: -1 }, want: { code: '#VALUE!', f: '#VALUE!' } },
  { name: 'a negative count', cells: { [F]: -3 }, want: { code: '#VALUE!', r: '#VALUE!' } },
  { name: 'a negative amount is below the first band', cells: { [M]: -5 }, want: { code: '#VALUE!', r: '#VALUE!', f: '#VALUE!' } },
  { name: 'a count typed as text is read', cells: { [F]: '12' }, want: { f: 5, code: 353 } },
  { name: 'an amount with a currency sign is read', cells: { [M]: '¥600,000' }, want: { m: 5, code: 335 } },
  { name: 'a negative count typed as text', cells: { [F]: '-3' }, want: { code: '#VALUE!' } },
  // Composite: dimension scores from 0 to 100; 90 x 0.4 + 90 x 0.3 + 90 x 0.2 + 90 x 0.1 = 90 is Strategic.
  { name: 'composite at the 90 cutoff', cells: { [CV]: 90, [GP]: 90, [ST]: 90, [SI]: 90 }, want: { score: 90, grade: 'Strategic' } },
  { name: 'composite: a blank dimension', cells: { [ST]: null }, want: { score: '#N/A', grade: '#N/A' } },
  { name: 'composite: 101 is above 100', cells: { [CV]: 101 }, want: { score: '#VALUE!', grade: '#VALUE!' } },
  { name: 'composite: below 0', cells: { [SI]: -1 }, want: { score: '#VALUE!' } },
  { name: 'composite: text', cells: { [GP]: 'high' }, want: { score: '#VALUE!' } },
  { name: 'composite: TRUE', cells: { [GP]: true }, want: { score: '#VALUE!' } },
  { name: 'composite: an error cell', cells: { [ST]: DIV0 }, want: { score: '#VALUE!', grade: '#VALUE!' } },
  // 100 x 0.4 + 80 x 0.3 + 70 x 0.2 + 60 x 0.1 = 84
  { name: 'composite: a score typed as text is read', cells: { [CV]: '100' }, want: { score: 84, grade: 'Core' } },
  { name: 'composite: blank row', cells: { [CV]: null, [GP]: null, [ST]: null, [SI]: null } },
  // CLV
  { name: 'CLV: a blank cost is missing, not 0', cells: { [MAINT]: null }, want: { clv: '#N/A' } },
  { name: 'CLV: a negative cost', cells: { [ACQ]: -1 }, want: { clv: '#VALUE!' } },
  { name: 'CLV: text', cells: { [REV]: 'n/a' }, want: { clv: '#VALUE!' } },
  // 2,000,000 x 0 - 500,000
  { name: 'CLV: zero years', cells: { [YEARS]: 0 }, want: { clv: -5e5 } },
  { name: 'CLV: years typed as text are read', cells: { [YEARS]: '2' }, want: { clv: 3.5e6 } },
  { name: 'CLV: an error cell', cells: { [REV]: DIV0 }, want: { clv: '#VALUE!' } },
  // Churn: blank cells are gaps; sd(4, 5) = sqrt(1/2)
  { name: 'churn: a gap', cells: { [I2]: null }, want: { churn: Math.SQRT1_2 + 1 / Math.sqrt(3) } },
  { name: 'churn: one series blank', cells: { [S1]: null, [S2]: null, [S3]: '  ' }, want: { churn: '#N/A' } },
  { name: 'churn: one number in a series', cells: { [I1]: null, [I2]: null }, want: { churn: '#VALUE!' } },
  { name: 'churn: text in a series', cells: { [S2]: 'good' }, want: { churn: '#VALUE!' } },
  { name: 'churn: TRUE in a series', cells: { [I3]: true }, want: { churn: '#VALUE!' } },
  { name: 'churn: an error cell', cells: { [S1]: DIV0 }, want: { churn: '#VALUE!' } },
  { name: 'churn: a negative period is a number', cells: { [I1]: -4 } },
];

const DATES: readonly PaneCase[] = [
  // 46296 is 2026-10-01, 31 days before as-of 2026-11-01: R 3; a time of day does not count.
  { name: '31 days before as-of', cells: { [R]: 46296.75 }, want: { r: 3, code: 333 } },
  { name: 'on the as-of day', cells: { [R]: AS_OF }, want: { r: 5 } },
  { name: 'a purchase after as-of', cells: { [R]: AS_OF + 1 }, want: { code: '#VALUE!', r: '#VALUE!' } },
  { name: 'after as-of beats a blank input', cells: { [R]: AS_OF + 1, [F]: null }, want: { code: '#VALUE!' } },
  { name: 'serial 30 is before 1900-03-01', cells: { [R]: 30 }, want: { code: '#VALUE!' } },
  { name: 'serial 61 is 1900-03-01', cells: { [R]: 61 }, want: { r: 1 } },
  { name: 'a date typed as text is read', cells: { [R]: '2026-10-01' }, want: { r: 3 } },
  { name: 'a yyyymmdd number is read as a date', cells: { [R]: 20261001 }, want: { r: 3 } },
  { name: 'text that is no date', cells: { [R]: 'soon' }, want: { code: '#VALUE!' } },
  { name: 'a blank date', cells: { [R]: null }, want: { code: '#N/A' } },
  { name: 'a date beyond 9999-12-31', cells: { [R]: 2958466 }, want: { code: '#VALUE!' } },
  // cv mode: sd / |mean|: 1/5 + (1/sqrt(3)) / (23/3)
  { name: 'churn cv', cells: {}, want: { churn: 1 / 5 + (1 / Math.sqrt(3)) / (23 / 3) } },
  { name: 'churn cv: a series whose mean is 0', cells: { [I1]: 1, [I2]: -1, [I3]: 0 }, want: { churn: '#VALUE!' } },
];

const DATES_1904: readonly PaneCase[] = [
  // The same days in a 1904 workbook: serials 1,462 lower, as-of too.
  { name: '31 days before as-of', cells: { [R]: 46296 - SHIFT_1904 }, want: { r: 3 } },
  { name: 'a purchase after as-of', cells: { [R]: AS_OF - SHIFT_1904 + 1 }, want: { code: '#VALUE!' } },
  // 1904 serial 30 is 1904-01-31, a real date long before as-of
  { name: 'serial 30 is 1904-01-31', cells: { [R]: 30 }, want: { r: 1 } },
  { name: 'serial -1402 is before 1900-03-01', cells: { [R]: -1402 }, want: { code: '#VALUE!' } },
  { name: 'a date typed as text is read in its own count', cells: { [R]: '2026-10-01' }, want: { r: 3 } },
];

export const GROUPS: readonly PaneGroup[] = [
  { name: 'days', recencyIsDate: false, system: 1900, churnMode: 'sd', cases: DAYS },
  { name: 'dates', recencyIsDate: true, system: 1900, churnMode: 'cv', cases: DATES },
  { name: 'dates 1904', recencyIsDate: true, system: 1904, churnMode: 'sd', cases: DATES_1904 },
];

/** A case's list row: the good row with the case's cells, and its name as the customer. */
export function caseRow(c: PaneCase, group: PaneGroup): PaneCell[] {
  const row = [...GOOD];
  // The good row's recency as a date: 45 days before as-of.
  if (group.recencyIsDate) row[R] = AS_OF - 45 - (group.system === 1904 ? SHIFT_1904 : 0);
  for (const [at, v] of Object.entries(c.cells)) row[Number(at)] = v;
  row[0] = c.name;
  return row;
}

/** A case cell as the pane reads it from a workbook: an error cell as its error text. */
const listValue = (v: PaneCell): unknown => (typeof v === 'object' && v !== null ? v.error : v);

/** The graded columns' places in a graded group. */
export type PaneColumn = keyof Want;

export interface GradedGroup {
  readonly model: WorkbookModel;
  readonly layout: GradedLayout;
  readonly rows: readonly PaneCell[][];
  /** Each graded column's place (0-based) on the list sheet. */
  readonly columns: Readonly<Record<PaneColumn, number>>;
}

/**
 * A group graded as the pane grades it: seed bands, as-of 2026-11-01, the composite, CLV and churn
 * defaults, native formulas.
 */
export function gradeGroup(group: PaneGroup): GradedGroup {
  const rows = group.cases.map((c) => caseRow(c, group));
  const columns = { recency: R, recencyIsDate: group.recencyIsDate, frequency: F, monetary: M };
  const plan: TablePlan = {
    headerRow: 0, header: HEADER, lang: 'en', columns,
    mapping: {
      ...(group.recencyIsDate ? { lastPurchase: R } : { recencyDays: R }), frequency: F, monetary: M,
      currentValue: CV, growthPotential: GP, stability: ST, strategicImportance: SI,
      annualRevenue: REV, years: YEARS, acquisitionCost: ACQ, maintenanceCost: MAINT,
    },
  };
  const options: GradeTableOptions = { preset: 'seed', asOf: AS_OF, lang: 'en', churn: { mode: group.churnMode }, dates: { system: group.system } };
  const listRows = rows.map((row) => row.map(listValue));
  const gradings = gradeRows(listRows, plan, options);
  if (!gradings.composite || !gradings.clv || !gradings.churn) throw new Error('the composite, CLV or churn columns were not found');
  const wbOptions = gradedWorkbookOptions(plan, options, gradings);
  const built = buildGradedWorkbook({ sheetName: 'List', above: [], header: HEADER, rows: listRows }, columns, gradings.graded, wbOptions);
  // An error cell of the list is a formula that fails, as in a real workbook (the pane read its error text).
  const [list, ...others] = built.sheets;
  const withErrors = list.rows.map((cells, r) => cells.map((cell, c) => {
    const v = rows[r - 1]?.[c];
    return typeof v === 'object' && v !== null ? { f: '1/0', v: { error: v.error } } : cell;
  }));
  const model: WorkbookModel = { ...built, sheets: [{ ...list, rows: withErrors }, ...others] };
  const layout = gradedLayout(HEADER.length, 0, wbOptions);
  const { out } = layout;
  return {
    model, layout, rows,
    columns: { r: out.r, f: out.f, m: out.m, code: out.code, segment: out.segment, score: out.score, grade: out.grade, clv: out.clv, churn: out.churn },
  };
}

/** What a bundle call gives as a cell: a number, text, '' or an error code. */
function shown(out: unknown): unknown {
  const v = (out as unknown[][])[0][0];
  return typeof v === 'object' && v !== null && 'code' in v ? (v as { code: string }).code : v;
}

const runtimes = new Map<number, ExcelRuntime & { ready: Promise<void> }>();

/**
 * What the custom functions in the built Excel bundle give for each graded column of a case row, called
 * as a sheet would call them: RFM_SCORE with the settings' tables and as-of, RFM_SEGMENT of its code,
 * COMPOSITE_GRADE, CLV and CHURN_RISK with the settings' defaults.
 */
export async function bundleColumns(row: readonly PaneCell[], group: PaneGroup): Promise<Record<PaneColumn, unknown>> {
  if (!runtimes.has(group.system)) runtimes.set(group.system, loadExcel(undefined, { use1904: group.system === 1904 }));
  const runtime = runtimes.get(group.system)!;
  await runtime.ready;
  const fn = (name: string) => runtime.associated.get(name)!;
  const host = (v: PaneCell | undefined) => (typeof v === 'object' && v !== null ? { code: v.error } : v ?? null);
  const cell = (c: number) => [[host(row[c])]];
  // The seed's bands, as the settings sheet holds them: R 0-30 days 5, 31-90 3, 91+ 1; F 0/5/10; M 0/200k/500k.
  const tables = [[[0, 5], [31, 3], [91, 1]], [[0, 1], [5, 3], [10, 5]], [[0, 1], [200000, 3], [500000, 5]]];
  const asOf = group.recencyIsDate ? AS_OF - (group.system === 1904 ? SHIFT_1904 : 0) : null;
  const rfm = async (output: string) => shown(await fn('RFM_SCORE')(cell(R), cell(F), cell(M), ...tables, asOf, output));
  const code = await rfm('code');
  const segment = typeof code === 'number' ? shown(await fn('RFM_SEGMENT')(code)) : code;
  const composite = async (output: string) => shown(await fn('COMPOSITE_GRADE')([COL.composite.map((c) => host(row[c]))],
    [DEFAULT_WEIGHTS], DEFAULT_CUTOFFS.map((c) => [c]), DEFAULT_GRADE_LABELS.en.map((l) => [l]), output));
  const series = (cols: readonly number[]) => [cols.map((c) => host(row[c]))];
  return {
    r: await rfm('r'), f: await rfm('f'), m: await rfm('m'), code, segment,
    score: await composite('score'), grade: await composite('grade'),
    clv: shown(await fn('CLV')(...COL.clv.map(cell), null, null)),
    churn: shown(await fn('CHURN_RISK')(series(COL.interactions), series(COL.satisfaction), 1, 1, group.churnMode)),
  };
}

/**
 * The written cell of a graded column: its formula and cached value, or undefined where nothing was
 * written (a blank row of that model).
 */
export function writtenCell(model: WorkbookModel, row: number, column: number): { f: string; v: unknown } | undefined {
  const cell: WorkbookCell = model.sheets[0].rows[row + 1]?.[column];
  return cell && typeof cell === 'object' && 'f' in cell ? { f: cell.f, v: cell.v } : undefined;
}

/** A cached value as the parity tests compare it: errors by their code. */
export function cachedShown(v: unknown): unknown {
  return typeof v === 'object' && v !== null && 'error' in v ? (v as { error: string }).error : v;
}

/**
 * Compares two cells: numbers within 1e-9 relative, everything else exactly.
 * @example sameValue(57.75, 57.750000000000001) // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return a === b;
}
