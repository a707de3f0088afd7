import { MODEL_NAMES } from './names';
import { guardedRow, valueErrorOf } from './row-guards';

/**
 * CLV as a native formula: revenue x margin x years (or the present value of `years` end-of-year
 * payments when the rate is not 0), minus the two costs. `margin` and `rate` are cells or names.
 * @example clvFormula('B2', 'C2', 'D2', 'E2', 'CRM_CLV_MARGIN', 'CRM_CLV_RATE') // 'B2*CRM_CLV_MARGIN*IF(CRM_CLV_RATE=0,C2,(1-(1+CRM_CLV_RATE)^-C2)/CRM_CLV_RATE)-(D2+E2)'
 */
export function clvFormula(revenue: string, years: string, acquisition: string, maintenance: string, margin: string, rate: string): string {
  return `${revenue}*${margin}*IF(${rate}=0,${years},(1-(1+${rate})^-${years})/${rate})-(${acquisition}+${maintenance})`;
}

/**
 * CLV of one customer from its four inputs, as the one-click grading writes it: the CLV function's
 * row rules (blank row blank, a blank input #N/A, a negative or non-number one #VALUE!) around the seed
 * formula over the settings' margin and discount rate. Each input is a cell, or the number the core
 * read from the cell's text.
 * @example clvCellsFormula(['B2', 'C2', 'D2', 'E2']) // 'CHOOSE(1+MIN(5,IFERROR(IF(ISNUMBER(B2)>ISLOGICAL(B2),5*(B2<0),5-4*(TRIM(B2)=""))+...,5)),IFERROR(B2*CRM_CLV_MARGIN*...,#VALUE!),NA(),NA(),NA(),"",#VALUE!)'
 */
export function clvCellsFormula(inputs: readonly string[]): string {
  const [revenue, years, acquisition, maintenance] = inputs;
  return guardedRow(inputs.map((ref) => ({ ref, kind: 'nonNegative' as const })),
    valueErrorOf(clvFormula(revenue, years, acquisition, maintenance, MODEL_NAMES.clvMargin, MODEL_NAMES.clvRate)));
}
