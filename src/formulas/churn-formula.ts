import { MODEL_NAMES } from './names';
import { guardedRow, valueErrorOf } from './row-guards';

/**
 * CHURN_RISK as a native formula over two row ranges of periods: m x STDEV.S + n x STDEV.S, each term
 * divided by its row's mean in "cv" mode. (`_xlfn.` is added when the file is written.)
 * @example churnRiskFormula('B2:G2', 'H2:M2', 'CRM_CHURN_M', 'CRM_CHURN_N', 'sd') // 'CRM_CHURN_M*STDEV.S(B2:G2)+CRM_CHURN_N*STDEV.S(H2:M2)'
 */
export function churnRiskFormula(interactions: string, satisfaction: string, m: string, n: string, mode: 'sd' | 'cv'): string {
  const term = (range: string) => (mode === 'sd' ? `STDEV.S(${range})` : `STDEV.S(${range})/ABS(AVERAGE(${range}))`);
  return `${m}*${term(interactions)}+${n}*${term(satisfaction)}`;
}

/**
 * CHURN_RISK of one customer from its period cells, as the one-click grading writes it, under the
 * function's rules: blank cells are gaps; blank when every cell is blank, #N/A when one series is;
 * #VALUE! for a cell that is not a number, a series of fewer than 2 numbers, or (in "cv" mode) a series
 * whose mean is 0 (STDEV.S of one number and a division by a 0 mean are errors the row turns into
 * #VALUE!); else the seed formula over the settings' m and n.
 * @example churnRiskCellsFormula(['B2', 'C2'], ['D2', 'E2'], 'sd') // 'CHOOSE(1+MIN(3,IFERROR(IF(ISNUMBER(B2)>ISLOGICAL(B2),0,3*(TRIM(B2)<>""))+...+(COUNT(B2,C2)=0)+...,3)),IFERROR(CRM_CHURN_M*STDEV.S(B2,C2)+CRM_CHURN_N*STDEV.S(D2,E2),#VALUE!),NA(),"",#VALUE!)'
 */
export function churnRiskCellsFormula(interactions: readonly string[], satisfaction: readonly string[], mode: 'sd' | 'cv'): string {
  return guardedRow([{ refs: interactions, kind: 'number' }, { refs: satisfaction, kind: 'number' }],
    valueErrorOf(churnRiskFormula(interactions.join(','), satisfaction.join(','), MODEL_NAMES.churnM, MODEL_NAMES.churnN, mode)));
}
