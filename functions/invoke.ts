import type { Call } from './calls';
import { CallError, CellError } from '../src/cells/cell-error';
import type { OutGrid } from '../src/cells/output';
import type { Lang } from '../src/i18n/lang';
import type { DateConvention } from '../src/cells/coerce';

/** A call's outcome: its result grid, or the error of the whole call. */
export type Outcome = { readonly grid: OutGrid } | { readonly error: CellError };

/**
 * Runs a catalog function as a host would, never throwing: a whole-call problem (misaligned ranges, a
 * broken band table) and even an unexpected bug come back as an error value for the edge to show.
 * @example invoke('POTENTIAL_INDEX', CALLS.POTENTIAL_INDEX, [0.875, 0.8, 0.825], 'en') // { grid: [[57.75]] }
 */
export function invoke(name: string, call: Call, args: readonly unknown[], lang: Lang, dates?: DateConvention): Outcome {
  try {
    return { grid: call(args, { lang, dates }) };
  } catch (e) {
    if (e instanceof CallError) return { error: e.error };
    return { error: new CellError('value', `${name}: ${e instanceof Error ? e.message : String(e)}`) };
  }
}
