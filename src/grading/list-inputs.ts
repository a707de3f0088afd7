// A list's input cells as the graded formulas read them. Spreadsheets read only plain numbers and
// dates; text the core reads (50万, ¥1,234, 2026年10月1日) is put in the formula as the number read, and
// a 万元 header scales its column, so the formulas recalculate to what the core graded.
import { isBlank, readDate, readNumber, type DateConvention } from '../cells/coerce';
import { cellValue } from './data-problems';
import { DATE_1904_OFFSET, LAST_SERIAL } from '../cells/dates';

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

/** One input of a graded formula: what its row rules check (the cell, or the number the core read from
 * its text) and what the computation reads (the same, or the cell times its column's unit). */
export interface FormulaInput {
  readonly ref: string;
  readonly value: string;
}

/**
 * How a graded formula reads one list cell: the cell reference (times the column's scale), or the
 * number the core read when the cell holds something a spreadsheet would not read as it does: text
 * (50万, 2026年10月1日) or, for a date, a yyyymmdd number (20261001).
 * @example formulaInput(1200, 'D2', 'number', 1) // { ref: 'D2', value: 'D2' }
 * @example formulaInput(5, 'D2', 'number', 10000) // { ref: 'D2', value: 'D2*10000' }
 * @example formulaInput('50万', 'D2', 'number', 1) // { ref: '500000', value: '500000' }
 * @example formulaInput(20261001, 'C2', 'date', 1) // { ref: '46296', value: '46296' }
 */
export function formulaInput(cell: unknown, ref: string, kind: 'number' | 'date', scale: number, dates?: DateConvention): FormulaInput {
  const v = cellValue(cell);
  // A date literal is written in the workbook's own count of days (1904 workbooks: 1462 fewer).
  const shift = kind === 'date' && dates?.system === 1904 ? DATE_1904_OFFSET : 0;
  if (typeof v === 'string' && !isBlank(v)) {
    const read = kind === 'date' ? readDate(v, '', 'en', dates) : readNumber(v, '', 'en');
    if (typeof read === 'number') {
      const literal = String(kind === 'date' ? read - shift : Number((read * scale).toPrecision(15)));
      return { ref: literal, value: literal };
    }
  }
  if (kind === 'date' && typeof v === 'number' && v > LAST_SERIAL) {
    const read = readDate(v, '', 'en', dates);
    if (typeof read === 'number') return { ref: String(read - shift), value: String(read - shift) };
  }
  return { ref, value: scale === 1 ? ref : `${ref}*${scale}` };
}

/**
 * The operand a graded formula reads for one input (see `formulaInput`).
 * @example formulaOperand(1200, 'D2', 'number', 1) // 'D2'
 * @example formulaOperand(5, 'D2', 'number', 10000) // 'D2*10000'
 * @example formulaOperand('50万', 'D2', 'number', 1) // '500000'
 * @example formulaOperand('2026年10月1日', 'C2', 'date', 1) // '46296'
 */
export function formulaOperand(cell: unknown, ref: string, kind: 'number' | 'date', scale: number, dates?: DateConvention): string {
  return formulaInput(cell, ref, kind, scale, dates).value;
}
