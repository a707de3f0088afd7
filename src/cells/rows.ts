// The row rule of every function that grades customers row by row, written once (SPEC: "Blank in,
// blank out" and "Errors are clear and per row"):
//   - a row whose inputs are all blank gives an empty cell, so whole-column references work;
//   - a row with a bad input gives that input's error (the first, in argument order);
//   - a row with some but not all of its required inputs blank gives #N/A naming the first blank one;
//   - every other row is computed.
// An input is one cell (readColumns, mapColumns, readCells), or a group of cells in a row whose blank
// cells are gaps, blank only when all its cells are (readGroups: periods, order dates).
import type { Lang } from '../i18n/lang';
import { CellError, cellError } from './cell-error';
import { readNonNegative, readNumber, readRatio, type Read } from './coerce';
import { alignedRows, columnArg, toGrid, type Grid } from './grid';
import { BLANK_OUT, type OutCell, type OutGrid } from './output';

/** Reads one cell of an argument: a number, null for blank, or the row's error. */
export type Reader = (value: unknown, arg: string, lang: Lang) => Read;

/** A per-customer column argument of a row-wise function. */
export interface ColumnSpec {
  readonly name: string;
  readonly value: unknown;
  readonly read: Reader;
  /** Optional columns may be blank in a row: the row then gets NaN there, for the model's default. */
  readonly optional?: boolean;
}

/**
 * The rule itself: what a row shows instead of being computed, from what reading its inputs found (the
 * first error, the name of the first blank required input, whether any required input was filled);
 * undefined when the row is to be computed.
 * @example rowOutcome(undefined, 'frequency', true, 'en') // CellError #N/A 'frequency: the value is missing (the row has other inputs)'
 * @example rowOutcome(undefined, 'recency', false, 'en') // '' (an all-blank row)
 */
export function rowOutcome(error: CellError | undefined, firstBlank: string | undefined, filled: boolean, lang: Lang): OutCell | undefined {
  if (error !== undefined) return error;
  if (firstBlank === undefined) return undefined;
  return filled ? cellError(lang, 'na', 'missing', { arg: firstBlank }) : BLANK_OUT;
}

// The numbers each reader returns unchanged. A cell holding one is stored without calling its reader,
// as most cells of a real list are: that keeps a million rows near a plain loop. test/cells/rows.test.ts
// checks each range against its reader.
const PLAIN_RANGE = new Map<Reader, readonly [number, number]>([
  [readNumber, [-Infinity, Infinity]],
  [readNonNegative, [0, Infinity]],
  [readRatio, [0, 1]],
]);
const NO_SHORTCUT = [Infinity, -Infinity] as const;

/** Per-customer columns read under the row rule. */
export interface ColumnsRead {
  /** The number of customers: the columns' common row count. */
  readonly rows: number;
  /** Per column, each row's number; NaN in every column of a row with an outcome, and where an optional
   * input is blank. */
  readonly values: Float64Array[];
  /** What each row that is not computed shows instead (an empty cell or its error); most rows have none. */
  readonly outcomes: Map<number, OutCell>;
}

/** Visits one row: its numbers in `values` (reused from row to row) when it is to be computed, else the
 * cell it shows instead. */
type RowVisitor = (row: number, values: number[], outcome: OutCell | undefined) => void;

/** The common row count of per-customer column arguments; misaligned columns fail the whole call. */
function countRows(specs: readonly ColumnSpec[], lang: Lang): number {
  return alignedRows(specs.map((s) => columnArg(s.value, s.name, lang)), lang);
}

/** The one loop that reads per-customer columns row by row under the rule (callers count the rows
 * first). No column is stored here: a fresh million-row typed array costs as much as the reading. */
function visitRows(specs: readonly ColumnSpec[], rows: number, lang: Lang, visit: RowVisitor): void {
  const k = specs.length;
  const grids: Grid[] = specs.map((s) => toGrid(s.value));
  const repeated = grids.map((g) => g.length === 1);
  const low = specs.map((s) => (PLAIN_RANGE.get(s.read) ?? NO_SHORTCUT)[0]);
  const high = specs.map((s) => (PLAIN_RANGE.get(s.read) ?? NO_SHORTCUT)[1]);
  const required = specs.map((s) => (s.optional ? 0 : 1));
  const values = new Array<number>(k).fill(0);
  for (let i = 0; i < rows; i++) {
    let error: CellError | undefined;
    let firstBlank = -1;
    let filled = 0;
    for (let c = 0; c < k; c++) {
      const v = grids[c][repeated[c] ? 0 : i][0];
      if (typeof v === 'number' && v >= low[c] && v <= high[c] && v - v === 0) {
        values[c] = v;
        filled += required[c];
        continue;
      }
      const read = specs[c].read(v, specs[c].name, lang);
      if (typeof read === 'number') {
        values[c] = read;
        filled += required[c];
      } else if (read === null) {
        values[c] = NaN;
        // Only required inputs decide "blank row": a repeated optional cell must not turn every empty
        // row at the bottom of a whole-column reference into an error.
        if (required[c] === 1 && firstBlank < 0) firstBlank = c;
      } else {
        values[c] = NaN;
        filled += required[c];
        if (error === undefined) error = read;
      }
    }
    const outcome = error !== undefined || firstBlank >= 0
      ? rowOutcome(error, firstBlank < 0 ? undefined : specs[firstBlank].name, filled > 0, lang)
      : undefined;
    visit(i, values, outcome);
  }
}

/**
 * Reads per-customer columns (or single cells, repeated for every row) under the row rule, keeping
 * every column, for functions that need a whole column before they can score a row (quintiles, ABC).
 * Misaligned columns fail the whole call.
 * @example readColumns([{ name: 'a', value: [[1], [''], ['x']], read: readNumber }], 'en')
 * // { rows: 3, values: [Float64Array [1, NaN, NaN]], outcomes: Map { 1 => '', 2 => CellError "a: 'x' is not a number" } }
 */
export function readColumns(specs: readonly ColumnSpec[], lang: Lang): ColumnsRead {
  const rows = countRows(specs, lang);
  const columns = specs.map(() => new Float64Array(rows));
  const outcomes = new Map<number, OutCell>();
  visitRows(specs, rows, lang, (i, values, outcome) => {
    if (outcome !== undefined) {
      outcomes.set(i, outcome);
      for (let c = 0; c < columns.length; c++) columns[c][i] = NaN;
    } else {
      for (let c = 0; c < columns.length; c++) columns[c][i] = values[c];
    }
  });
  return { rows, values: columns, outcomes };
}

/**
 * Grades a call whose arguments are per-customer columns: each row under the row rule, and every row to
 * compute as `compute(values)`. Misaligned columns fail the whole call.
 * @example mapColumns([{ name: 'a', value: [[1], [2]], read: readNumber }], (v) => v[0] * 2, 'en') // [[2], [4]]
 */
export function mapColumns(
  specs: readonly ColumnSpec[],
  compute: (values: number[], row: number) => OutCell,
  lang: Lang,
): OutGrid {
  const out: OutGrid = new Array(countRows(specs, lang));
  visitRows(specs, out.length, lang, (i, values, outcome) => {
    out[i] = [outcome !== undefined ? outcome : compute(values, i)];
  });
  return out;
}

/**
 * Reads one customer's row of cells that are each a required input (COMPOSITE_GRADE's dimension
 * scores) under the row rule: their numbers, or what the row shows instead.
 * @example readCells([90, '', 70], 'scores', readNumber, 'en') // CellError #N/A 'scores: the value is missing (the row has other inputs)'
 * @example readCells([90, 80, 70], 'scores', readNumber, 'en') // [90, 80, 70]
 */
export function readCells(cells: readonly unknown[], arg: string, read: Reader, lang: Lang): number[] | OutCell {
  const out: number[] = [];
  let error: CellError | undefined;
  let blank = false;
  for (const cell of cells) {
    const v = read(cell, arg, lang);
    if (typeof v === 'number') out.push(v);
    else if (v === null) blank = true;
    else if (error === undefined) error = v;
  }
  return rowOutcome(error, blank ? arg : undefined, out.length > 0 || error !== undefined, lang) ?? out;
}

/**
 * Reads one row's inputs that are each a group of cells, every cell a required input (C139_SCORE's
 * coverage, value fit, three key people and nine factors), each group with its own reader, under the row
 * rule: the numbers of each group, or what the row shows instead.
 * @example readCellGroups([[0.8], [0, 1, '']], ['coverage', 'key_people'], [readRatio, readRatio], 'en') // CellError #N/A 'key_people: the value is missing (the row has other inputs)'
 * @example readCellGroups([[0.8], [0, 1, 1]], ['coverage', 'key_people'], [readRatio, readRatio], 'en') // [[0.8], [0, 1, 1]]
 */
export function readCellGroups(
  groups: readonly (readonly unknown[])[], names: readonly string[], readers: readonly Reader[], lang: Lang,
): number[][] | OutCell {
  const out: number[][] = [];
  let error: CellError | undefined;
  let firstBlank: string | undefined;
  let filled = false;
  for (let g = 0; g < groups.length; g++) {
    const numbers: number[] = [];
    for (const cell of groups[g]) {
      const v = readers[g](cell, names[g], lang);
      if (typeof v === 'number') numbers.push(v);
      else if (v === null) firstBlank ??= names[g];
      else error ??= v;
      if (v !== null) filled = true;
    }
    out.push(numbers);
  }
  return rowOutcome(error, firstBlank, filled, lang) ?? out;
}

/**
 * Reads one customer's inputs that are each a group of cells whose blanks are gaps (CHURN_RISK's
 * periods, NEXT_ORDER_DATE's order dates) under the row rule: a group is blank when all its cells are,
 * bad at its first bad cell. The numbers of each group, or what the row shows instead.
 * @example readGroups([[4, '', 6], ['', '']], ['interactions', 'satisfaction'], readNumber, 'en') // CellError #N/A 'satisfaction: ...'
 * @example readGroups([[4, '', 6], [8, 9]], ['interactions', 'satisfaction'], readNumber, 'en') // [[4, 6], [8, 9]]
 */
export function readGroups(groups: readonly (readonly unknown[])[], names: readonly string[], read: Reader, lang: Lang): number[][] | OutCell {
  const out: number[][] = [];
  let error: CellError | undefined;
  let firstBlank: string | undefined;
  let filled = false;
  for (let g = 0; g < groups.length; g++) {
    const numbers: number[] = [];
    let groupError: CellError | undefined;
    for (const cell of groups[g]) {
      const v = read(cell, names[g], lang);
      if (typeof v === 'number') numbers.push(v);
      else if (v !== null) {
        groupError = v;
        break;
      }
    }
    if (groupError !== undefined) error ??= groupError;
    if (numbers.length === 0 && groupError === undefined) firstBlank ??= names[g];
    else filled = true;
    out.push(numbers);
  }
  return rowOutcome(error, firstBlank, filled, lang) ?? out;
}

/**
 * Guards a computed number: a result that overflowed to Infinity or NaN becomes a clear error, never a
 * silent non-number in a cell.
 * @example finiteOrError(1e308 * 10, 'en') // CellError '#NUM!: the result is too large ...'
 */
export function finiteOrError(result: number, lang: Lang): number | CellError {
  return result - result === 0 ? result : cellError(lang, 'value', 'notFinite', { arg: 'result', value: String(result) });
}
