/**
 * CLV as a native formula: revenue x margin x years (or the present value of `years` end-of-year
 * payments when the rate is not 0), minus the two costs. `margin` and `rate` are cells or names.
 * @example clvFormula('B2', 'C2', 'D2', 'E2', 'CRM_CLV_MARGIN', 'CRM_CLV_RATE') // 'B2*CRM_CLV_MARGIN*IF(CRM_CLV_RATE=0,C2,(1-(1+CRM_CLV_RATE)^-C2)/CRM_CLV_RATE)-(D2+E2)'
 */
export function clvFormula(revenue: string, years: string, acquisition: string, maintenance: string, margin: string, rate: string): string {
  return `${revenue}*${margin}*IF(${rate}=0,${years},(1-(1+${rate})^-${years})/${rate})-(${acquisition}+${maintenance})`;
}
