/**
 * Seed 000, formula 3: the breakthrough score in points, 100 x decision-chain penetration x technical
 * match.
 * @example breakthroughScore(0.8, 0.9) // 72
 */
export function breakthroughScore(penetration: number, techMatch: number): number {
  return 100 * penetration * techMatch;
}
