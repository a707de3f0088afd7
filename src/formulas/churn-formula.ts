import { MODEL_NAMES } from './names';

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
 * CHURN_RISK of one customer from its period cells, as the one-click grading writes it: blank when all
 * are blank, #N/A when a series has text or fewer than 2 numbers (as the core says), else the seed
 * formula over the settings' m and n.
 * @example churnRiskCellsFormula(['B2', 'C2'], ['D2', 'E2'], 'sd') // 'IF(COUNTA(B2,C2,D2,E2)=0,"",IF(OR(...),NA(),CRM_CHURN_M*STDEV.S(B2,C2)+CRM_CHURN_N*STDEV.S(D2,E2)))'
 */
export function churnRiskCellsFormula(interactions: readonly string[], satisfaction: readonly string[], mode: 'sd' | 'cv'): string {
  const list = (refs: readonly string[]) => refs.join(',');
  const bad = (refs: readonly string[]) => `COUNTA(${list(refs)})<>COUNT(${list(refs)}),COUNT(${list(refs)})<2`;
  return `IF(COUNTA(${list([...interactions, ...satisfaction])})=0,"",IF(OR(${bad(interactions)},${bad(satisfaction)}),NA(),`
    + `${churnRiskFormula(list(interactions), list(satisfaction), MODEL_NAMES.churnM, MODEL_NAMES.churnN, mode)}))`;
}
