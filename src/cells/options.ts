import type { Lang } from '../i18n/lang';
import { CallError, CellError, failCall } from './cell-error';
import { isBlank, readDate, readNumber, readRatio, showValue, type DateConvention } from './coerce';
import { toGrid } from './grid';

/** The single value of an option argument (a range of one cell counts as that cell). */
function scalarOf(value: unknown): unknown {
  const grid = toGrid(value);
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : value;
}

/**
 * Reads a text option from a fixed list, case-insensitively; blank means the default. Anything else
 * fails the call, listing the choices.
 * @example readChoice('Sum', 'output', ['code', 'r', 'f', 'm', 'sum'], 'code', 'en') // 'sum'
 */
export function readChoice<T extends string>(
  value: unknown, arg: string, choices: readonly T[], fallback: T, lang: Lang,
): T {
  const v = scalarOf(value);
  if (isBlank(v)) return fallback;
  const text = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
  const found = choices.find((c) => c.toLowerCase() === text);
  if (found === undefined) failCall(lang, 'badChoice', { arg, value: showValue(v), choices: choices.join(', ') });
  return found;
}

// An option applies to the whole call, so its error fails the call.
function orFail(read: number | null | CellError, fallback: number): number {
  if (read instanceof CellError) throw new CallError(read);
  return read === null ? fallback : read;
}

/**
 * Reads a single-number option; blank means the default.
 * @example readScalarNumber('', 'm', 1, 'en') // 1
 */
export function readScalarNumber(value: unknown, arg: string, fallback: number, lang: Lang): number {
  return orFail(readNumber(scalarOf(value), arg, lang), fallback);
}

/**
 * Reads a single-ratio option (0 to 1, or "80%"); blank means the default.
 * @example readScalarRatio('80%', 'a_share', 0.8, 'en') // 0.8
 */
export function readScalarRatio(value: unknown, arg: string, fallback: number, lang: Lang): number {
  return orFail(readRatio(scalarOf(value), arg, lang), fallback);
}

/**
 * Reads a single-date option as a serial day number; blank gives undefined.
 * @example readScalarDate('2026-10-01', 'as_of', 'en') // 46296
 */
export function readScalarDate(value: unknown, arg: string, lang: Lang, convention?: DateConvention): number | undefined {
  const read = readDate(scalarOf(value), arg, lang, convention);
  if (read instanceof CellError) throw new CallError(read);
  return read === null ? undefined : read;
}
