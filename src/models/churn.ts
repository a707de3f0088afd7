import { mean, sampleStandardDeviation } from './stats';

/** How CHURN_RISK measures volatility: the seed's plain sd, or sd / mean (scale-free). */
export type ChurnMode = 'sd' | 'cv';
export const CHURN_MODES: readonly ChurnMode[] = ['sd', 'cv'];

/**
 * The volatility of one series under a mode: its sample sd, or sd / mean in "cv" mode (NaN when the
 * mean is zero).
 * @example seriesVolatility([4, 6, 5, 7, 3, 5], 'sd') // 1.414...
 */
export function seriesVolatility(series: readonly number[], mode: ChurnMode): number {
  const sd = sampleStandardDeviation(series);
  if (mode === 'sd') return sd;
  const m = mean(series);
  return m === 0 ? NaN : sd / Math.abs(m);
}

/**
 * Seed 000, formula 5: churn risk = m x sd(interaction counts) + n x volatility(satisfaction), for one
 * customer's series of periods.
 * @example churnRisk([4, 6, 5, 7, 3, 5], [8, 8, 7, 9, 8, 8]) // 1.414... + 0.632... = 2.046...
 */
export function churnRisk(
  interactions: readonly number[],
  satisfaction: readonly number[],
  m = 1,
  n = 1,
  mode: ChurnMode = 'sd',
): number {
  return m * seriesVolatility(interactions, mode) + n * seriesVolatility(satisfaction, mode);
}
