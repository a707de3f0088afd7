/**
 * POTENTIAL_INDEX as a native formula over three ratio cells.
 * @example potentialIndexFormula('B2', 'C2', 'D2') // '100*B2*C2*D2'
 */
export function potentialIndexFormula(budgetMatch: string, penetration: string, synergy: string): string {
  return `100*${budgetMatch}*${penetration}*${synergy}`;
}

/**
 * BREAKTHROUGH_SCORE as a native formula over two ratio cells.
 * @example breakthroughScoreFormula('B2', 'C2') // '100*B2*C2'
 */
export function breakthroughScoreFormula(penetration: string, techMatch: string): string {
  return `100*${penetration}*${techMatch}`;
}
