import { MODEL_NAMES } from './names';

/**
 * The composite score as a native formula: SUMPRODUCT of a customer's row of scores with the weights
 * row, over the weights' sum, rounded to 1e-9 as the core rounds it (so float noise never crosses a
 * cutoff).
 * @example compositeScoreFormula('B2:E2') // 'ROUND(SUMPRODUCT(B2:E2,CRM_WEIGHTS)/SUM(CRM_WEIGHTS),9)'
 */
export function compositeScoreFormula(scores: string): string {
  return `ROUND(SUMPRODUCT(${scores},${MODEL_NAMES.weights})/SUM(${MODEL_NAMES.weights}),9)`;
}

/**
 * The grade of a score cell against descending cutoffs: label 1 + the number of cutoffs above the score.
 * The labels are a column on the settings sheet: INDEX with one number reads a column the same way in
 * every engine (a row would need INDEX(labels, 1, n) in some).
 * @example compositeGradeFormula('F2') // 'INDEX(CRM_GRADE_LABELS,1+COUNTIF(CRM_CUTOFFS,">"&F2))'
 */
export function compositeGradeFormula(score: string): string {
  return `INDEX(${MODEL_NAMES.gradeLabels},1+COUNTIF(${MODEL_NAMES.cutoffs},">"&${score}))`;
}

/**
 * The composite score of one customer from four separate cells (the dimensions need not sit side by
 * side): blank when all four are blank, #N/A when some are or one is outside 0-100 (as the core says),
 * else the weighted score over the settings' weights row, rounded as the core rounds it.
 * @example compositeScoreCellsFormula(['B2', 'C2', 'D2', 'E2']) // 'IF(AND(B2="",...),"",IF(OR(...),NA(),ROUND((INDEX(CRM_WEIGHTS,1,1)*B2+...)/SUM(CRM_WEIGHTS),9)))'
 */
export function compositeScoreCellsFormula(refs: readonly string[]): string {
  const all = (test: (r: string) => string, join: 'AND' | 'OR') => `${join}(${refs.map(test).join(',')})`;
  const weighted = refs.map((r, i) => `INDEX(${MODEL_NAMES.weights},1,${i + 1})*${r}`).join('+');
  return `IF(${all((r) => `${r}=""`, 'AND')},"",IF(${all((r) => `${r}=""`, 'OR')},NA(),`
    + `IF(${all((r) => `OR(${r}<0,${r}>100)`, 'OR')},NA(),ROUND((${weighted})/SUM(${MODEL_NAMES.weights}),9))))`;
}
