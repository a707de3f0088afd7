// Reading the typed cells of a customer list ({ v, style } for dates and percents, plain values else).
import { cellValue } from '../grading/data-problems';

/**
 * The text a manual-grade cell holds, '' when empty.
 * @example cellText({ v: ' A ', style: 'input' }) // 'A'
 */
export function cellText(value: unknown): string {
  const v = cellValue(value);
  return v === null || v === undefined ? '' : String(v).trim();
}
