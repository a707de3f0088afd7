import { MODEL_NAMES } from './names';

/**
 * CLV as a native formula: revenue x margin x years (or the present value of `years` end-of-year
 * payments when the rate is not 0), minus the two costs. `margin` and `rate` are cells or names.
 * @example clvFormula('B2', 'C2', 'D2', 'E2', 'CRM_CLV_MARGIN', 'CRM_CLV_RATE') // 'B2*CRM_CLV_MARGIN*IF(CRM_CLV_RATE=0,C2,(1-(1+CRM_CLV_RATE)^-C2)/CRM_CLV_RATE)-(D2+E2)'
 */
export function clvFormula(revenue: string, years: string, acquisition: string, maintenance: string, margin: string, rate: string): string {
  return `${revenue}*${margin}*IF(${rate}=0,${years},(1-(1+${rate})^-${years})/${rate})-(${acquisition}+${maintenance})`;
}

/**
 * CLV of one customer from four cells, as the one-click grading writes it: blank when all are blank,
 * #N/A when some are or one is negative (as the core says), else the seed formula over the settings'
 * margin and discount rate.
 * @example clvCellsFormula(['B2', 'C2', 'D2', 'E2']) // 'IF(AND(B2="",...),"",IF(OR(...),NA(),B2*CRM_CLV_MARGIN*...))'
 */
export function clvCellsFormula(refs: readonly string[]): string {
  const [revenue, years, acquisition, maintenance] = refs;
  const all = (test: (r: string) => string, join: 'AND' | 'OR') => `${join}(${refs.map(test).join(',')})`;
  return `IF(${all((r) => `${r}=""`, 'AND')},"",IF(OR(${all((r) => `${r}=""`, 'OR')},${all((r) => `${r}<0`, 'OR')}),NA(),`
    + `${clvFormula(revenue, years, acquisition, maintenance, MODEL_NAMES.clvMargin, MODEL_NAMES.clvRate)}))`;
}
