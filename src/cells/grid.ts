import type { Lang } from '../i18n/lang';
import { failCall } from './cell-error';

/** A range as hosts hand it over: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

/**
 * Makes any argument a 2-D grid: a scalar becomes `[[x]]`, a flat array one row, a grid stays as it is.
 * Excel declares range parameters as matrices and Sheets passes 2-D arrays, but a single cell in Sheets
 * arrives as a bare value.
 * @example toGrid(5) // [[5]]
 * @example toGrid([[1], [2]]) // [[1], [2]]
 */
export function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  return Array.isArray(value[0]) ? (value as unknown[][]) : [value];
}

/** One per-customer argument: a column of cells, or a single cell repeated for every row. */
export interface Column {
  readonly name: string;
  readonly grid: Grid;
  /** Rows it holds; 1 for a single cell, which is repeated for every customer. */
  readonly rows: number;
}

/**
 * Reads a per-customer argument that must be one column wide.
 * @example columnArg([[1], [2]], 'frequency', 'en').rows // 2
 */
export function columnArg(value: unknown, name: string, lang: Lang): Column {
  const grid = toGrid(value);
  const cols = grid[0].length;
  if (cols !== 1) failCall(lang, 'oneColumn', { arg: name, cols });
  return { name, grid, rows: grid.length };
}

/**
 * The number of customers a call grades: the common row count of its per-customer arguments, where a
 * single cell is repeated. Ranges that do not line up fail the whole call, naming both sizes.
 * @example alignedRows([{ name: 'a', rows: 3 }, { name: 'b', rows: 1 }], 'en') // 3
 */
export function alignedRows(args: readonly { name: string; rows: number }[], lang: Lang): number {
  let first: { name: string; rows: number } | undefined;
  for (const a of args) {
    if (a.rows === 1) continue;
    if (!first) first = a;
    else if (a.rows !== first.rows) {
      failCall(lang, 'misaligned', { a: first.name, an: first.rows, b: a.name, bn: a.rows });
    }
  }
  return first ? first.rows : 1;
}

/**
 * The cell of a column for customer `row`, repeating a single cell.
 * @example cellAt({ name: 'x', grid: [[7]], rows: 1 }, 5) // 7
 */
export function cellAt(column: Column, row: number): unknown {
  return column.rows === 1 ? column.grid[0][0] : column.grid[row][0];
}

/**
 * Flattens a small vector argument (weights, cutoffs, labels) given as a row or a column.
 * @example vectorArg([[0.4, 0.3, 0.2, 0.1]]) // [0.4, 0.3, 0.2, 0.1]
 */
export function vectorArg(value: unknown): unknown[] {
  const grid = toGrid(value);
  const out: unknown[] = [];
  for (const row of grid) for (const cell of row) out.push(cell);
  return out;
}
