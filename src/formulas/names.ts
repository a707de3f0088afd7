/** The named ranges the graded formulas read, all on the settings sheet. */
export const NAMES = {
  rBands: 'CRM_R_BANDS',
  fBands: 'CRM_F_BANDS',
  mBands: 'CRM_M_BANDS',
  asOf: 'CRM_AS_OF',
  segments: 'CRM_SEGMENTS',
} as const;
