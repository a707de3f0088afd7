/**
 * CHURN_RISK as a native formula over two row ranges of periods: m x STDEV.S + n x STDEV.S, each term
 * divided by its row's mean in "cv" mode. (`_xlfn.` is added when the file is written.)
 * @example churnRiskFormula('B2:G2', 'H2:M2', 'CRM_CHURN_M', 'CRM_CHURN_N', 'sd') // 'CRM_CHURN_M*STDEV.S(B2:G2)+CRM_CHURN_N*STDEV.S(H2:M2)'
 */
export function churnRiskFormula(interactions: string, satisfaction: string, m: string, n: string, mode: 'sd' | 'cv'): string {
  const term = (range: string) => (mode === 'sd' ? `STDEV.S(${range})` : `STDEV.S(${range})/ABS(AVERAGE(${range}))`);
  return `${m}*${term(interactions)}+${n}*${term(satisfaction)}`;
}
