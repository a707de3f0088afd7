import { NAMES } from './names';

/**
 * The R score formula: days since the last purchase looked up in the R band table. With a date column,
 * the days are counted in whole days up to the settings' as-of date, as RFM_SCORE does with `as_of`.
 * @example recencyScoreFormula('C2', 'days') // 'IF(C2="",NA(),VLOOKUP(C2,CRM_R_BANDS,2,TRUE))'
 * @example recencyScoreFormula('C2', 'date') // 'IF(C2="",NA(),VLOOKUP(INT(CRM_AS_OF)-INT(C2),CRM_R_BANDS,2,TRUE))'
 * @example recencyScoreFormula('C2', 'date', '46296') // 'IF(C2="",NA(),VLOOKUP(INT(CRM_AS_OF)-INT(46296),CRM_R_BANDS,2,TRUE))'
 */
export function recencyScoreFormula(ref: string, input: 'days' | 'date', operand = ref): string {
  const days = input === 'days' ? operand : `INT(${NAMES.asOf})-INT(${operand})`;
  return blankIsMissing(ref, `VLOOKUP(${days},${NAMES.rBands},2,TRUE)`);
}

/**
 * Spreadsheets read an empty cell as 0, which would score as a real value; SPEC makes a missing input
 * #N/A instead, so each lookup is guarded.
 * @example blankIsMissing('D2', 'VLOOKUP(D2,T,2,TRUE)') // 'IF(D2="",NA(),VLOOKUP(D2,T,2,TRUE))'
 */
export function blankIsMissing(ref: string, formula: string): string {
  return `IF(${ref}="",NA(),${formula})`;
}

/**
 * The F or M score formula: the value looked up in its band table.
 * `operand` is what is looked up when it is not the cell itself: the cell times its column's unit, or the
 * number read from text.
 * @example bandScoreFormula('D2', 'CRM_F_BANDS') // 'IF(D2="",NA(),VLOOKUP(D2,CRM_F_BANDS,2,TRUE))'
 * @example bandScoreFormula('E2', 'CRM_M_BANDS', 'E2*10000') // 'IF(E2="",NA(),VLOOKUP(E2*10000,CRM_M_BANDS,2,TRUE))'
 */
export function bandScoreFormula(ref: string, tableName: string, operand = ref): string {
  return blankIsMissing(ref, `VLOOKUP(${operand},${tableName},2,TRUE)`);
}

/**
 * The RFM code from the three score cells.
 * @example rfmCodeFormula('H2', 'I2', 'J2') // 'H2*100+I2*10+J2'
 */
export function rfmCodeFormula(r: string, f: string, m: string): string {
  return `${r}*100+${f}*10+${m}`;
}

/**
 * The segment of a code, by exact match in the settings sheet's code | segment table (VLOOKUP with
 * FALSE rather than INDEX/MATCH with a 0 row: every engine reads it the same way).
 * @example segmentFormula('K2') // 'VLOOKUP(K2,CRM_SEGMENTS,2,FALSE)'
 */
export function segmentFormula(codeRef: string): string {
  return `VLOOKUP(${codeRef},${NAMES.segments},2,FALSE)`;
}

