/** The named ranges the graded formulas read, all on the settings sheet. */
export const NAMES = {
  rBands: 'CRM_R_BANDS',
  fBands: 'CRM_F_BANDS',
  mBands: 'CRM_M_BANDS',
  asOf: 'CRM_AS_OF',
  segments: 'CRM_SEGMENTS',
} as const;

/** Named ranges of the other models' parameters, for lists graded with them. */
export const MODEL_NAMES = {
  weights: 'CRM_WEIGHTS',
  cutoffs: 'CRM_CUTOFFS',
  gradeLabels: 'CRM_GRADE_LABELS',
  abcA: 'CRM_ABC_A',
  abcB: 'CRM_ABC_B',
  churnM: 'CRM_CHURN_M',
  churnN: 'CRM_CHURN_N',
  clvMargin: 'CRM_CLV_MARGIN',
  clvRate: 'CRM_CLV_RATE',
} as const;

/** Named cells of the buy-till-you-die models fitted on a graded ledger (settings sheet), which the
 * customer sheet's probability-still-active and expected-value formulas read. */
export const BTYD_NAMES = {
  r: 'CRM_BG_R',
  alpha: 'CRM_BG_ALPHA',
  a: 'CRM_BG_A',
  b: 'CRM_BG_B',
  p: 'CRM_GG_P',
  q: 'CRM_GG_Q',
  v: 'CRM_GG_V',
} as const;

/** Named ranges of a graded lead or opportunity list, all on the lead settings sheet (lead-settings-sheet.ts). */
export const LEAD_NAMES = {
  behaviour: 'CRM_LEAD_BEHAVIOUR',
  attributes: 'CRM_LEAD_ATTRIBUTES',
  cutA: 'CRM_LEAD_CUT_A',
  cutB: 'CRM_LEAD_CUT_B',
  cutC: 'CRM_LEAD_CUT_C',
  stages: 'CRM_LEAD_STAGES',
  coefficients: 'CRM_LEAD_COEFFS',
  weights: 'CRM_C139_WEIGHTS',
  oppCutA: 'CRM_OPP_CUT_A',
  oppCutB: 'CRM_OPP_CUT_B',
  oppCutC: 'CRM_OPP_CUT_C',
  targets: 'CRM_LEAD_TARGETS',
} as const;
