import { readNumber } from '../cells/coerce';
import type { OutGrid } from '../cells/output';
import { finiteOrError, mapColumns } from '../cells/rows';
import { probabilityAlive } from '../models/bgnbd';
import { bgNbdParamsArg, historyProblem } from './btyd-args';
import type { CallContext } from './call-context';

/**
 * PROB_ALIVE over host cells: per customer, the BG/NBD probability of still being active at T, given
 * frequency, recency and T (BTYD_SUMMARY's columns) and the parameters range BGNBD_FIT spilled: 1 when
 * frequency is 0, else 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + recency))^(r + x)). A row
 * breaking the model's rules (negative or fractional frequency, recency above T, T of 0) is an error
 * naming the argument and the value; a bad parameters range fails the call.
 * @example probAliveCall([2, 30.43, 38.86, [[0.243, 4.414, 0.793, 2.426]]], { lang: 'en' }) // [[0.72658]] (SPEC: 0.7266)
 */
export function probAliveCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [frequency, recency, T, paramsArg] = args;
  const { lang } = ctx;
  const params = bgNbdParamsArg(paramsArg, 'params', lang);
  return mapColumns(
    [
      { name: 'frequency', value: frequency, read: readNumber },
      { name: 'recency', value: recency, read: readNumber },
      { name: 'T', value: T, read: readNumber },
    ],
    ([x, tx, t]) => historyProblem(x, tx, t, lang) ?? finiteOrError(probabilityAlive(x, tx, t, params), lang),
    lang,
  );
}
