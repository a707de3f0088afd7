import { MODEL_NAMES } from './names';

/**
 * ABC_CLASS as a native formula for one row: the total of larger values, plus equal values in earlier
 * rows (ties keep list order), is the running total before this customer; A while it is below a_share
 * of the positive total, B below b_share, else C. `earlier` is the range of the rows above in the same
 * column, or undefined for the first row. Blank stays blank; text is #N/A.
 * No output writes it (the summary's ABC classes are numbers computed when grading; Make shareable keeps
 * ABC_CLASS cells as values): a reference form, checked against the core on valid inputs only. It does
 * not follow the function's row rules (ABC_CLASS says #VALUE! for text).
 * @example abcClassFormula('D3', '$D$2:$D$9', '$D$2:D2') // 'IF(D3="","",IF(ISNUMBER(D3),IF(D3<=0,"C",...),NA()))'
 */
export function abcClassFormula(value: string, column: string, earlier: string | undefined): string {
  const before = `(SUMIF(${column},">"&${value})${earlier ? `+SUMIF(${earlier},${value})` : ''})`;
  const total = `SUMIF(${column},">0")`;
  // The same 1e-9 slack as the core, so float noise in the sums cannot move a customer across a line.
  const klass = `IF(${value}<=0,"C",IF(${before}<(${MODEL_NAMES.abcA}-0.000000001)*${total},"A",IF(${before}<(${MODEL_NAMES.abcB}-0.000000001)*${total},"B","C")))`;
  return `IF(${value}="","",IF(ISNUMBER(${value}),${klass},NA()))`;
}
