// A list whose every row landed in one column because its fields are separated by spaces (a fixed-width
// text export such as CDNOW_sample.txt): said as what it is, not as columns not found.
import { isBlank, showValue } from '../cells/coerce';
import { cellValue } from './data-problems';

// Fewer fields than a customer list needs (recency, orders, amount) is not taken for such a list.
const LEAST_FIELDS = 3;

/**
 * The first data line, shown, when every non-blank row among `firstRows` is one text cell that splits
 * at spaces into at least three fields, the same number on every row after the first (which may be a
 * header or a title); undefined otherwise.
 * @example spaceSeparatedLine([[' 00004 0001 19970101  2   29.33'], [' 00004 0001 19970118  2   29.73']]) // '00004 0001 19970101  2   29.33'
 * @example spaceSeparatedLine([['Customer,Orders'], ['C1,3']]) // undefined
 */
export function spaceSeparatedLine(firstRows: readonly (readonly unknown[])[]): string | undefined {
  const lines: string[] = [];
  for (const row of firstRows) {
    const filled = row.map(cellValue).filter((v) => !isBlank(v));
    if (!filled.length) continue;
    if (filled.length !== 1 || typeof filled[0] !== 'string') return undefined;
    lines.push(filled[0].trim());
  }
  const counts = lines.map((line) => line.split(/\s+/).length);
  if (lines.length < 2 || counts.some((n) => n < LEAST_FIELDS) || counts.slice(1).some((n) => n !== counts[1])) return undefined;
  return showValue(lines[0]);
}
