import type { Lang } from '../i18n/lang';
import { CellError, cellError } from './cell-error';
import { isBlank, type Read } from './coerce';
import { alignedRows, cellAt, columnArg, toGrid, type Column, type Grid } from './grid';
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
 * Guards a computed number: a result that overflowed to Infinity or NaN becomes a clear error, never a
 * silent non-number in a cell.
 * @example finiteOrError(1e308 * 10, 'en') // CellError '#NUM!: the result is too large ...'
 */
export function finiteOrError(result: number, lang: Lang): number | CellError {
  return result - result === 0 ? result : cellError(lang, 'value', 'notFinite', { arg: 'result', value: String(result) });
}

/**
 * Grades a call whose arguments are per-customer columns (or single cells, repeated): reads each row
 * with each column's reader, gives a blank row a blank cell, a row with a blank required input an #N/A
 * naming it, a row with a bad input the reader's error, and every other row `compute(values)`.
 * Misaligned columns fail the whole call.
 * @example mapColumns([{ name: 'a', value: [[1], [2]], read: readNumber }], (v) => v[0] * 2, 'en') // [[2], [4]]
 */
export function mapColumns(
  specs: readonly ColumnSpec[],
  compute: (values: number[], row: number) => OutCell,
  lang: Lang,
): OutGrid {
  const columns: Column[] = specs.map((s) => columnArg(s.value, s.name, lang));
  const n = alignedRows(columns, lang);
  const out: OutGrid = new Array(n);
  const values = new Array<number>(specs.length);
  for (let row = 0; row < n; row++) {
    out[row] = [readRow(specs, columns, row, values, lang) ?? compute(values, row)];
  }
  return out;
}

/** Reads one row into `values`; returns the cell to show instead of computing (blank or error), if any. */
function readRow(
  specs: readonly ColumnSpec[], columns: Column[], row: number, values: number[], lang: Lang,
): OutCell | undefined {
  let firstBlank = -1;
  let filled = 0;
  let error: CellError | undefined;
  for (let c = 0; c < specs.length; c++) {
    const read = specs[c].read(cellAt(columns[c], row), specs[c].name, lang);
    if (read === null) {
      values[c] = NaN;
      if (!specs[c].optional && firstBlank < 0) firstBlank = c;
    } else {
      // Only required inputs decide "blank row": a repeated optional cell must not turn every empty
      // row at the bottom of a whole-column reference into an error.
      if (!specs[c].optional) filled++;
      if (read instanceof CellError) error ??= read;
      else values[c] = read;
    }
  }
  if (error) return error;
  if (firstBlank >= 0) {
    return filled === 0 ? BLANK_OUT : cellError(lang, 'na', 'missing', { arg: specs[firstBlank].name });
  }
  return undefined;
}

/**
 * Reads a row-wise argument (one row per customer, several periods or dimensions across).
 * @example rowsArg([[4, 6, 5], [1, 2, 3]]).length // 2
 */
export function rowsArg(value: unknown): Grid {
  return toGrid(value);
}

/**
 * The numbers of one customer's row, skipping blank cells; the first bad cell's error instead, if any.
 * @example rowNumbers([4, '', 6], 'interactions', readNumber, 'en') // [4, 6]
 */
export function rowNumbers(row: readonly unknown[], arg: string, read: Reader, lang: Lang): number[] | CellError {
  const out: number[] = [];
  for (const cell of row) {
    if (isBlank(cell)) continue;
    const v = read(cell, arg, lang);
    if (v instanceof CellError) return v;
    if (v !== null) out.push(v);
  }
  return out;
}
