import type { OutGrid } from '../cells/output';
import { BLANK_OUT } from '../cells/output';
import { fitBgNbd } from '../models/bgnbd-fit';
import { isModelProblem } from '../models/model-problem';
import { atRangeRow, fitColumns } from './btyd-args';
import { failWithProblem } from './fit-args';
import type { CallContext } from './call-context';

/**
 * BGNBD_FIT over host cells: the maximum-likelihood BG/NBD parameters of the customers in the three
 * columns (BTYD_SUMMARY's frequency, recency and T), spilled as one row `r | alpha | a | b` that
 * PROB_ALIVE, EXPECTED_PURCHASES and EXPECTED_CLV take as their parameters range. Every customer counts,
 * those without a repeat purchase too; all-blank rows are skipped. A row that cannot be read or breaks
 * the model's rules (frequency not a whole number >= 0, recency above T), or data that cannot identify
 * the model (fewer than 2 repeat buyers, every T 0), fail the call, naming the row or the reason. An
 * all-blank input gives a blank cell.
 * @example bgNbdFitCall([cdnow.frequency, cdnow.recency, cdnow.T], { lang: 'en' }) // [[0.24259, 4.41353, 0.79289, 2.42575]] (CDNOW sample; SPEC: 0.243, 4.414, 0.793, 2.426)
 */
export function bgNbdFitCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [frequency, recency, T] = args;
  const { lang } = ctx;
  const { values, rows } = fitColumns([
    { name: 'frequency', value: frequency }, { name: 'recency', value: recency }, { name: 'T', value: T },
  ], lang);
  if (rows.length === 0) return [[BLANK_OUT]];
  const fit = fitBgNbd(values[0], values[1], values[2]);
  if (isModelProblem(fit)) failWithProblem(atRangeRow(fit, rows), lang);
  const { r, alpha, a, b } = fit.params;
  return [[r, alpha, a, b]];
}
