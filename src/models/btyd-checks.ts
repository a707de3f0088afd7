// What the buy-till-you-die models accept, checked once here so every function and fit refuses the same
// input with the same message. The rules are the `lifetimes` package's input checks (utils._check_inputs)
// written as messages a user can act on.
import { ModelProblem } from './model-problem';
import type { BgNbdParams } from './bgnbd';
import type { GammaGammaParams } from './gamma-gamma';

/**
 * A customer's history as the BTYD models read it: frequency x (repeat purchases, a whole number >= 0),
 * recency t_x (first to last purchase) and T (first purchase to the end of the period), with
 * 0 <= t_x <= T, and t_x = 0 when x = 0. The first rule broken, or undefined.
 * @example checkHistory(2, 30.43, 38.86) // undefined
 * @example checkHistory(2, 40, 38.86)?.message('en') // "recency: 40 is above T (38.86); the last purchase cannot come after the end of the period"
 */
export function checkHistory(frequency: number, recency: number, T: number): ModelProblem | undefined {
  // Most rows are finite and not negative: checked without building the list below, which PROB_ALIVE
  // and EXPECTED_PURCHASES would otherwise build for each of a million rows.
  if (!(frequency >= 0 && frequency < Infinity && recency >= 0 && recency < Infinity && T >= 0 && T < Infinity)) {
    return firstBadValue(frequency, recency, T);
  }
  if (frequency !== Math.floor(frequency)) return new ModelProblem('notWhole', { arg: 'frequency', value: frequency });
  if (recency > T) return new ModelProblem('btydRecencyAboveT', { value: recency, T });
  if (frequency === 0 && recency > 0) return new ModelProblem('btydRecencyNoRepeat', { value: recency });
  return undefined;
}

/** The first of a history's values that is not finite or is negative, as checkHistory reports it. */
function firstBadValue(frequency: number, recency: number, T: number): ModelProblem | undefined {
  for (const [arg, value] of [['frequency', frequency], ['recency', recency], ['T', T]] as const) {
    if (!Number.isFinite(value)) return new ModelProblem('notFinite', { arg, value });
    if (value < 0) return new ModelProblem('negative', { arg, value });
  }
  return undefined;
}

/**
 * A monetary value (the mean amount of the repeat purchases) must be a finite number; zero and negative
 * values are allowed and mean "no repeat purchase with a positive amount".
 * @example checkMonetary(NaN)?.message('en') // "monetary: NaN is not a finite number"
 */
export function checkMonetary(monetary: number): ModelProblem | undefined {
  return Number.isFinite(monetary) ? undefined : new ModelProblem('notFinite', { arg: 'monetary', value: monetary });
}

function checkPositive(entries: readonly (readonly [string, number])[]): ModelProblem | undefined {
  for (const [arg, value] of entries) {
    if (!(value > 0) || !Number.isFinite(value)) return new ModelProblem('notPositive', { arg, value });
  }
  return undefined;
}

/**
 * BG/NBD parameters r, alpha, a, b must all be finite and above 0.
 * @example checkBgNbdParams({ r: 0.243, alpha: 4.414, a: 0, b: 2.426 })?.message('en') // "a: 0 is not above 0"
 */
export function checkBgNbdParams(params: BgNbdParams): ModelProblem | undefined {
  const { r, alpha, a, b } = params;
  return checkPositive([['r', r], ['alpha', alpha], ['a', a], ['b', b]]);
}

/**
 * Gamma-Gamma parameters p, q, v must be finite and above 0, and q above 1: the population's mean spend
 * p v / (q - 1), which customers without a repeat purchase get, exists only then.
 * @example checkGammaGammaParams({ p: 6.25, q: 0.9, v: 15.44 })?.message('en') // "q: 0.9 is not above 1, so the mean spend p v / (q - 1) does not exist"
 */
export function checkGammaGammaParams(params: GammaGammaParams): ModelProblem | undefined {
  const { p, q, v } = params;
  const problem = checkPositive([['p', p], ['q', q], ['v', v]]);
  if (problem) return problem;
  return q > 1 ? undefined : new ModelProblem('ggQNotAboveOne', { value: q });
}
