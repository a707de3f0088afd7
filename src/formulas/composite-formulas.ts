import { MODEL_NAMES } from './names';
import { guardedRow } from './row-guards';

/**
 * The composite score as a native formula: SUMPRODUCT of a customer's row of scores with the weights
 * row, over the weights' sum, rounded to 1e-9 as the core rounds it (so float noise never crosses a
 * cutoff). A reference form over a row range with no row rules: the pane writes
 * `compositeScoreCellsFormula`.
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
 * The composite score of one customer from its dimension scores (the dimensions need not sit side by
 * side), under COMPOSITE_GRADE's row rules: blank when all are blank, #N/A when some are, #VALUE! when
 * one is not a number from 0 to 100; else the weighted score over the settings' weights row, rounded as
 * the core rounds it. Each input is a cell, or the number the core read from the cell's text.
 * @example compositeScoreCellsFormula(['B2', 'C2', 'D2', 'E2']) // 'CHOOSE(1+MIN(5,IFERROR(IF(ISNUMBER(B2)>ISLOGICAL(B2),5*(OR(B2<0,B2>100)),5-4*(TRIM(B2)=""))+...,5)),ROUND((INDEX(CRM_WEIGHTS,1,1)*B2+...)/SUM(CRM_WEIGHTS),9),NA(),NA(),NA(),"",#VALUE!)'
 */
export function compositeScoreCellsFormula(inputs: readonly string[]): string {
  const weighted = inputs.map((r, i) => `INDEX(${MODEL_NAMES.weights},1,${i + 1})*${r}`).join('+');
  return guardedRow(inputs.map((ref) => ({ ref, kind: 'hundred' as const })), `ROUND((${weighted})/SUM(${MODEL_NAMES.weights}),9)`);
}

/**
 * The composite grade of a score cell as the one-click grading writes it: blank for a blank score, the
 * score's error for an error (COMPOSITE_GRADE gives a row one answer either way), else its grade.
 * @example compositeGradeCellFormula('F2') // 'IF(F2="","",INDEX(CRM_GRADE_LABELS,1+COUNTIF(CRM_CUTOFFS,">"&F2)))'
 */
export function compositeGradeCellFormula(score: string): string {
  return `IF(${score}="","",${compositeGradeFormula(score)})`;
}
