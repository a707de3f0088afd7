import type { Lang } from '../i18n/lang';
import { format, type MessageKey, type MessageParams } from '../i18n/messages';

/**
 * Which host error a cell error becomes: `value` is #VALUE! (a bad input), `na` is #N/A (a missing one).
 */
export type ErrorCode = 'value' | 'na';

/**
 * The core's one error rule: a value, never an exception out of a row. Hosts map it at the edge (Excel:
 * CustomFunctions.Error; Sheets: thrown Error or "#VALUE! message" text).
 */
export class CellError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/**
 * Builds a CellError from a message key in the user's language.
 * @example cellError('en', 'value', 'notNumber', { arg: 'monetary', value: 'abc' }).message
 * // "monetary: 'abc' is not a number"
 */
export function cellError(lang: Lang, code: ErrorCode, key: MessageKey, params: MessageParams): CellError {
  return new CellError(code, format(lang, key, params));
}

/** True when `x` is a CellError. */
export function isCellError(x: unknown): x is CellError {
  return x instanceof CellError;
}

/**
 * Thrown for a problem with the whole call (misaligned ranges, a broken band table), which no row can
 * survive; the function layer catches it and turns it into the host's error for the call.
 */
export class CallError extends Error {
  constructor(readonly error: CellError) {
    super(error.message);
  }
}

/**
 * Throws a CallError built from a message key.
 * @example failCall('en', 'weightsZero', { arg: 'weights' }) // throws "weights: the weights sum to zero"
 */
export function failCall(lang: Lang, key: MessageKey, params: MessageParams, code: ErrorCode = 'value'): never {
  throw new CallError(cellError(lang, code, key, params));
}
