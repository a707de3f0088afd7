// Fxiaoke's C139 opportunity model (seed 001; docs/pipeline.md, C139_SCORE): coverage (C), one value
// proposition (1), three key people (3) and nine competitive factors (9), each read as a fraction 0-1,
// weighted into points 0-100, and the weakest component named for the next step.

/** The four components in their order: C, 1, 3, 9. */
export const C139_COMPONENTS = ['coverage', 'valueFit', 'keyPeople', 'factors'] as const;
export type C139Component = (typeof C139_COMPONENTS)[number];

/** Equal weights, the default: the seed weighs none of the four above another. */
export const C139_DEFAULT_WEIGHTS: readonly number[] = [1, 1, 1, 1];

/** The three key people, in the order of the `key_people` columns. */
export const KEY_ROLES = ['decisionMaker', 'influencer', 'user'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** One opportunity as the model reads it. */
export interface C139Inputs {
  /** Customer coverage, 0-1. */
  readonly coverage: number;
  /** Fit of the one value proposition, 0-1. */
  readonly valueFit: number;
  /** Decision maker, influencer, user: each 0-1 (1 reached). */
  readonly keyPeople: ArrayLike<number>;
  /** The nine competitive factors, each 1-5 against the strongest competitor (3 on par). */
  readonly factors: ArrayLike<number>;
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/**
 * The four components as fractions 0-1: coverage, value fit, the mean of the key people, and the
 * factors' mean mapped from 1-5 onto 0-1 as (mean - 1) / 4.
 * @example c139Components({ coverage: 0.8, valueFit: 0.9, keyPeople: [0, 1, 0.5], factors: [4, 4, 3, 5, 4, 4, 3, 5, 4] }) // [0.8, 0.9, 0.5, 0.75]
 */
export function c139Components(inputs: C139Inputs): [number, number, number, number] {
  return [inputs.coverage, inputs.valueFit, mean(inputs.keyPeople), (mean(inputs.factors) - 1) / 4];
}

/**
 * The C139 score in points: 100 x sum(w x c) / sum(w), rounded to 1e-9 so float noise cannot show (0.1 +
 * 0.2 is 0.30000000000000004 in binary floating point).
 * @example c139Score([0.8, 0.9, 0.5, 0.75]) // 73.75
 * @example c139Score([0.8, 0.9, 0.5, 0.75], [1, 1, 2, 1]) // 69
 */
export function c139Score(components: readonly number[], weights: readonly number[] = C139_DEFAULT_WEIGHTS): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < components.length; i++) {
    sum += weights[i] * components[i];
    total += weights[i];
  }
  return Math.round((100 * sum / total) * 1e9) / 1e9;
}

/** What the advice names: the weakest component, with its weakest role or factor. */
export type C139Weakest =
  | { readonly component: 'coverage' | 'valueFit'; readonly value: number }
  | { readonly component: 'keyPeople'; readonly value: number; readonly role: KeyRole }
  | { readonly component: 'factors'; readonly value: number; readonly factor: number; readonly score: number };

/** The index of the first smallest value. */
function firstLowest(values: ArrayLike<number>): number {
  let at = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[at]) at = i;
  return at;
}

/**
 * The component that loses the most points, w x (1 - c), ties to the earlier of C, 1, 3, 9; for key
 * people the first lowest role, for the factors the first lowest factor (1-based). Undefined when no
 * component loses a point.
 * @example c139Weakest({ coverage: 0.8, valueFit: 0.9, keyPeople: [0, 1, 0.5], factors: [4, 4, 3, 5, 4, 4, 3, 5, 4] }) // { component: 'keyPeople', value: 0.5, role: 'decisionMaker' }
 */
export function c139Weakest(inputs: C139Inputs, weights: readonly number[] = C139_DEFAULT_WEIGHTS): C139Weakest | undefined {
  const components = c139Components(inputs);
  let at = -1;
  let lost = 0;
  for (let i = 0; i < components.length; i++) {
    const loss = weights[i] * (1 - components[i]);
    // 1e-12: a component of 0.1 + 0.9 is full, whatever its last bit says.
    if (loss > lost + 1e-12) {
      at = i;
      lost = loss;
    }
  }
  if (at < 0) return undefined;
  const component = C139_COMPONENTS[at];
  const value = components[at];
  if (component === 'keyPeople') return { component, value, role: KEY_ROLES[firstLowest(inputs.keyPeople)] };
  if (component === 'factors') {
    const i = firstLowest(inputs.factors);
    return { component, value, factor: i + 1, score: inputs.factors[i] };
  }
  return { component, value };
}
