// Shared helpers for the tests of src/calls and src/cells: reading a call's one-column result and its errors.
import { expect } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import type { OutCell, OutGrid } from '../../src/cells/output';

/** The host context of an English, a Simplified and a Traditional Chinese host. */
export const EN = { lang: 'en' as const };
export const ZH_CN = { lang: 'zh-CN' as const };
export const ZH_TW = { lang: 'zh-TW' as const };

/** A column range as hosts pass it: `[[x], [y], ...]`. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** The cells of a one-column result, failing when a row is not exactly one cell wide. */
export function cellsOf(grid: OutGrid): OutCell[] {
  return grid.map((row) => {
    expect(row).toHaveLength(1);
    return row[0];
  });
}

/** Asserts a result cell is a CellError of `code` whose message holds every one of `mentions`. */
export function expectCellError(cell: unknown, code: 'value' | 'na', ...mentions: string[]): CellError {
  expect(cell).toBeInstanceOf(CellError);
  const error = cell as CellError;
  expect(error.code).toBe(code);
  for (const m of mentions) expect(error.message).toContain(m);
  return error;
}

export { callFailure } from './call-failure';

/** True when the text holds a CJK ideograph. */
export function hasCjk(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}
