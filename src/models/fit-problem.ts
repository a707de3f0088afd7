import type { Minimum, MinimizeOptions } from './minimize';
import { ModelProblem } from './model-problem';

/** The minimiser's limits for the BTYD fits: a few dozen iterations is the usual; a ridge can take hundreds. */
export const FIT_LIMITS: MinimizeOptions = { maxIterations: 500, maxEvaluations: 2000 };

/** A converged fit with a parameter outside [1e-6, 1e6] (on the fit's scale) has run off towards a limit. */
const RUN_OFF = Math.log(1e6);
/** One that has not converged, outside [1e-4, 1e4]: it is crawling along a ridge towards that limit. */
const CRAWL = Math.log(1e4);

/**
 * What a fit over log-parameters says when it found no usable maximum: the parameter furthest out, when
 * it ran off towards 0 or infinity (the data cannot determine it: no dropout seen, no spread in rates or
 * amounts), else that the minimiser did not converge. Undefined for a good fit.
 * @example fitProblem('BG/NBD', ['r', 'alpha', 'a', 'b'], { x: [0.8, 2.7, 11.3, -11.4], value: 2.04, gradientNorm: 2e-6, iterations: 500, evaluations: 2000, converged: false })?.message('en')
 * // "BG/NBD: these data cannot determine b; the best fit drives it towards 0"
 */
export function fitProblem(model: string, names: readonly string[], result: Minimum): ModelProblem | undefined {
  let furthest = 0;
  for (let i = 1; i < result.x.length; i++) if (Math.abs(result.x[i]) > Math.abs(result.x[furthest])) furthest = i;
  const out = result.x[furthest];
  if (Math.abs(out) > (result.converged ? RUN_OFF : CRAWL)) {
    return new ModelProblem('btydUnidentified', { model, param: names[furthest], limit: out > 0 ? '∞' : '0' });
  }
  return result.converged ? undefined : new ModelProblem('btydNoFit', { model, iterations: result.iterations });
}
