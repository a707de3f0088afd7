import type { OutGrid } from '../cells/output';
import { BLANK_OUT } from '../cells/output';
import { fitGammaGamma } from '../models/gamma-gamma-fit';
import { isModelProblem } from '../models/model-problem';
import { atRangeRow, fitColumns } from './btyd-args';
import { failWithProblem } from './fit-args';
import type { CallContext } from './call-context';

/**
 * GAMMA_GAMMA_FIT over host cells: the maximum-likelihood Gamma-Gamma parameters of spend per purchase,
 * spilled as one row `p | q | v` that EXPECTED_CLV takes as its `gg_params`. It fits on the customers
 * with frequency > 0 and monetary > 0 only (SPEC); the others (one-time buyers, repeat purchases of
 * amount 0 or less) are left out, and COUNTIFS(frequency, ">0", monetary, ">0") counts those fitted on.
 * All-blank rows are skipped; a row that cannot be read, or fewer than 2 customers to fit on, fail the call.
 * @example gammaGammaFitCall([cdnow.frequency, cdnow.monetary], { lang: 'en' }) // [[6.2488, 3.7446, 15.4477]] (CDNOW's 946 repeat buyers; SPEC: 6.25, 3.74, 15.44)
 */
export function gammaGammaFitCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [frequency, monetary] = args;
  const { lang } = ctx;
  const { values, rows } = fitColumns([{ name: 'frequency', value: frequency }, { name: 'monetary', value: monetary }], lang);
  if (rows.length === 0) return [[BLANK_OUT]];
  const fit = fitGammaGamma(values[0], values[1]);
  if (isModelProblem(fit)) failWithProblem(atRangeRow(fit, rows), lang);
  const { p, q, v } = fit.params;
  return [[p, q, v]];
}
