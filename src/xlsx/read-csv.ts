import { parseNumberText } from '../cells/coerce';
import { isoToSerial } from '../cells/dates';
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

/**
 * A CSV field typed as a spreadsheet would type it on opening: numbers (with thousands separators or a
 * percent sign) become numbers, ISO dates become dates, empty becomes blank, anything else stays text,
 * including text starting with = + - @ (never a formula).
 * @example typeCsvField('1,200') // 1200
 * @example typeCsvField('2026-10-01') // { v: 46296, style: 'date' }
 * @example typeCsvField('=1+1') // '=1+1'
 */
export function typeCsvField(field: string): number | string | null | StyledCell {
  const t = field.trim();
  if (t === '') return null;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) {
    const serial = isoToSerial(t);
    if (!Number.isNaN(serial)) return { v: serial, style: 'date' };
  }
  const n = parseNumberText(t);
  if (!Number.isNaN(n)) return t.endsWith('%') ? { v: n, style: 'percent' } : n;
  return field;
}
