import { parseNumberText } from '../cells/coerce';
import { readDateText } from '../cells/date-text';
import { csvRowReader } from './csv-rows';
import type { StyledCell } from './workbook-model';

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold the separator, quotes doubled,
 * and line breaks). The separator is the one of `,` `;` tab that the first line uses most; a UTF-8 BOM is
 * dropped.
 * @example parseCsv('a,"b, c"\n1,2') // [['a', 'b, c'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const reader = csvRowReader((row) => rows.push(row));
  reader.push(text);
  reader.end();
  return rows;
}

// What a spreadsheet itself reads as a number on opening a CSV: digits with thousands separators, a
// sign, a decimal point, an exponent or a percent sign. Other forms (50万, ¥1,234, (1,234)) stay text as
// the user wrote them; grading reads them, and the graded formulas hold the number read.
const SPREADSHEET_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?\s*%?$/;

// Digits with a leading zero are a code (a customer id 00123, an account 0042), not a number: a
// spreadsheet's 123 would lose the zeros that tell 00123 from 123 (SPEC: "00123 stays 00123").
const ZERO_LED_CODE = /^0\d+$/;

/**
 * A CSV field typed as a spreadsheet would type it on opening: plain numbers (with thousands
 * separators or a percent sign) become numbers, year-first dates (2026-10-01, 2026/10/1, 2026年10月1日)
 * become dates, empty becomes blank, anything else stays text as written, including year-last dates
 * (their order is decided for the whole column), text starting with = + - @ (never a formula) and
 * digits with a leading zero (ids: unlike a spreadsheet, 00123 keeps its zeros).
 * @example typeCsvField('1,200') // 1200
 * @example typeCsvField('00123') // '00123'
 * @example typeCsvField('2026/10/1') // { v: 46296, style: 'date' }
 * @example typeCsvField('50万') // '50万'
 * @example typeCsvField('=1+1') // '=1+1'
 */
export function typeCsvField(field: string): number | string | null | StyledCell {
  const t = field.trim();
  if (t === '') return null;
  if (ZERO_LED_CODE.test(t)) return field;
  if (/\d/.test(t) && SPREADSHEET_NUMBER.test(t)) {
    const n = parseNumberText(t);
    if (!Number.isNaN(n)) return t.endsWith('%') ? { v: n, style: 'percent' } : n;
  }
  // Year-first dates read one way only, as every spreadsheet reads them; others stay text.
  if (/^\d{4}\s*[-/.年]/.test(t)) {
    const read = readDateText(t);
    if (read.kind === 'date') return { v: read.serial, style: 'date' };
  }
  return field;
}
