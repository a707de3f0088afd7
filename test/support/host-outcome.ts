// One call's outcome on either built bundle, in one shape, so the two hosts can be compared: the call's
// error (its message), or its cells (errors as { error: message }, Sheets' Dates as serials).
import { FakeCustomFunctionsError } from '../bundles/load';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export const isDate = (x: unknown): x is Date => Object.prototype.toString.call(x) === '[object Date]';

/** A Sheets Date as the serial Excel would pass or return (wall-clock date and time). */
export const serialOf = (d: Date): number =>
  (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()) - EPOCH) / DAY_MS;

export type Outcome = { error: string } | { cells: unknown[][] };

/** Excel: a thrown CustomFunctions.Error fails the call; cells may be errors; 1x1 errors count as the call's. */
export function excelOutcome(fn: (...a: unknown[]) => unknown, args: unknown[]): Outcome {
  let grid: unknown[][];
  try {
    grid = fn(...args) as unknown[][];
  } catch (e) {
    if (!(e instanceof FakeCustomFunctionsError)) throw e;
    return { error: e.message ?? '' };
  }
  const cells = grid.map((row) => row.map((c) => (c instanceof FakeCustomFunctionsError ? { error: c.message } : c)));
  if (cells.length === 1 && cells[0].length === 1 && typeof cells[0][0] === 'object' && cells[0][0] !== null) return cells[0][0] as Outcome;
  return { cells };
}

/** Sheets: a thrown Error fails the call (or is the one cell's error); in ranges errors are "#CODE message". */

export function sheetsOutcome(fn: (...a: unknown[]) => unknown, args: unknown[]): Outcome {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (e) {
    if (!(e instanceof Error) && Object.prototype.toString.call(e) !== '[object Error]') throw e;
    return { error: (e as Error).message };
  }
  const grid = Array.isArray(result) ? result as unknown[][] : [[result]];
  const cells = grid.map((row) => row.map((c) => {
    if (typeof c === 'string') {
      const m = /^#(VALUE!|N\/A) (.*)$/s.exec(c);
      if (m) return { error: m[2] };
    }
    return isDate(c) ? serialOf(c) : c;
  }));
  return { cells };
}

