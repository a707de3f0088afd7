// A list's input cells as the graded formulas read them. Spreadsheets read only plain numbers and
// dates; text the core reads (50万, ¥1,234, 2026年10月1日) is put in the formula as the number read, and
// a 万元 header scales its column, so the formulas recalculate to what the core graded.
import { isBlank, readDate, readNumber, type DateConvention } from '../cells/coerce';
import { cellValue } from './data-problems';
import { DATE_1904_OFFSET } from '../cells/dates';

/**
 * A list cell's number as grading reads it, scaled by its column's unit (`金额（万元）`): the value
 * read times `scale`, or the cell unchanged when it cannot be read (so its message stays its own).
 * @example scaledInput('50', 10000) // 500000
 * @example scaledInput('abc', 10000) // 'abc'
 */
export function scaledInput(cell: unknown, scale: number): unknown {
  const v = cellValue(cell);
  if (scale === 1 || isBlank(v)) return v;
  const n = readNumber(v, '', 'en');
  return typeof n === 'number' ? Number((n * scale).toPrecision(15)) : v;
}

/**
 * The operand a graded formula reads for one input: the cell reference (times the column's scale), or
 * the number the core read when the cell holds text a spreadsheet would not read as a number.
 * @example formulaOperand(1200, 'D2', 'number', 1) // 'D2'
 * @example formulaOperand(5, 'D2', 'number', 10000) // 'D2*10000'
 * @example formulaOperand('50万', 'D2', 'number', 1) // '500000'
 * @example formulaOperand('2026年10月1日', 'C2', 'date', 1) // '46296'
 */
export function formulaOperand(cell: unknown, ref: string, kind: 'number' | 'date', scale: number, dates?: DateConvention): string {
  const v = cellValue(cell);
  if (typeof v === 'string' && !isBlank(v)) {
    const read = kind === 'date' ? readDate(v, '', 'en', dates) : readNumber(v, '', 'en');
    // A date literal is written in the workbook's own count of days (1904 workbooks: 1462 fewer).
    if (typeof read === 'number') return String(kind === 'date' ? read - (dates?.system === 1904 ? DATE_1904_OFFSET : 0) : Number((read * scale).toPrecision(15)));
  }
  return scale === 1 ? ref : `${ref}*${scale}`;
}
