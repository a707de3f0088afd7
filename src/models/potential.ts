/**
 * Seed 000, formula 2: the potential index in points, 100 x budget match x penetration x synergy, each a
 * ratio from 0 to 1. The seed leads an account with a director above 85.
 * @example potentialIndex(0.875, 0.8, 0.825) // 57.75 (seed 000's worked example)
 */
export function potentialIndex(budgetMatch: number, penetration: number, synergy: number): number {
  return 100 * budgetMatch * penetration * synergy;
}

/**
 * Budget match as the task pane computes it from two columns: min / max, so a quote over budget lowers
 * the match as much as one under it.
 * @example budgetMatch(105, 120) // 0.875 (seed 000: quote 105 against a budget of 120)
 * @example budgetMatch(120, 105) // 0.875
 */
export function budgetMatch(quote: number, budget: number): number {
  const hi = Math.max(quote, budget);
  return hi === 0 ? 0 : Math.min(quote, budget) / hi;
}
