import { readNonNegative, readNumber } from '../cells/coerce';
import type { OutGrid } from '../cells/output';
import { finiteOrError, mapColumns } from '../cells/rows';
import { expectedPurchases } from '../models/bgnbd';
import { bgNbdParamsArg, historyProblem } from './btyd-args';
import type { CallContext } from './call-context';

/**
 * EXPECTED_PURCHASES over host cells: per customer, the BG/NBD expected number of purchases in the next
 * t units (weeks or days, as the history is counted), conditional on frequency, recency and T (the
 * paper's equation 10), with the parameters range BGNBD_FIT spilled. t may be one cell for every
 * customer. A row breaking the model's rules is an error naming the argument and the value (t below 0
 * too); a bad parameters range fails the call.
 * @example expectedPurchasesCall([39, 2, 30.43, 38.86, [[0.243, 4.414, 0.793, 2.426]]], { lang: 'en' }) // [[1.22603]] (SPEC: 1.226)
 */
export function expectedPurchasesCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [t, frequency, recency, T, paramsArg] = args;
  const { lang } = ctx;
  const params = bgNbdParamsArg(paramsArg, 'params', lang);
  return mapColumns(
    [
      { name: 't', value: t, read: readNonNegative },
      { name: 'frequency', value: frequency, read: readNumber },
      { name: 'recency', value: recency, read: readNumber },
      { name: 'T', value: T, read: readNumber },
    ],
    ([ahead, x, tx, total]) => historyProblem(x, tx, total, lang)
      ?? finiteOrError(expectedPurchases(ahead, x, tx, total, params), lang),
    lang,
  );
}
