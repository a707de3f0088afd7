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
