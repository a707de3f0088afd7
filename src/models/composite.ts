import type { Lang } from '../i18n/lang';

/** Seed 002's weights: current value, growth potential, stability, strategic importance. */
export const DEFAULT_WEIGHTS: readonly number[] = [0.4, 0.3, 0.2, 0.1];
/** Seed 002's cutoffs, descending: >= 90, >= 70, >= 50, below. */
export const DEFAULT_CUTOFFS: readonly number[] = [90, 70, 50];
/** Seed 002's grade labels, best first. */
export const DEFAULT_GRADE_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Strategic', 'Core', 'Potential', 'Basic'],
  'zh-CN': ['战略级', '核心级', '潜力级', '基础级'],
  'zh-TW': ['戰略級', '核心級', '潛力級', '基礎級'],
};

/**
 * The weighted score sum(w x s) / sum(w), so weights summing to 1 or to 100 both work.
 * @example compositeScore([90, 80, 70, 60], [0.4, 0.3, 0.2, 0.1]) // 80
 */
export function compositeScore(scores: readonly number[], weights: readonly number[] = DEFAULT_WEIGHTS): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    sum += weights[i] * scores[i];
    total += weights[i];
  }
  // Rounded to 1e-9 so float noise cannot cross a cutoff: 0.4x90 + 0.3x80 + 0.2x70 + 0.1x60 is
  // 80.00000000000001 in binary floating point, and a user who types 90s expects exactly 90.
  return Math.round((sum / total) * 1e9) / 1e9;
}

/**
 * The index of the grade a score earns against descending cutoffs: 0 at or above the first, and so on;
 * `cutoffs.length` below the last.
 * @example gradeIndex(89.99, [90, 70, 50]) // 1 (Core)
 * @example gradeIndex(90, [90, 70, 50]) // 0 (Strategic)
 */
export function gradeIndex(score: number, cutoffs: readonly number[] = DEFAULT_CUTOFFS): number {
  for (let i = 0; i < cutoffs.length; i++) if (score >= cutoffs[i]) return i;
  return cutoffs.length;
}
