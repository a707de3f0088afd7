// Reading the typed cells of a customer list ({ v, style } for dates and percents, plain values else).

/**
 * The text a manual-grade cell holds, '' when empty.
 * @example cellText({ v: ' A ', style: 'input' }) // 'A'
 */
export function cellText(value: unknown): string {
  const v = typeof value === 'object' && value !== null && 'v' in value ? (value as { v: unknown }).v : value;
  return v === null || v === undefined ? '' : String(v).trim();
}

/**
 * The value of a typed cell ({ v, style } for dates and percents).
 * @example cellValueOf({ v: 46296, style: 'date' }) // 46296
 */
export function cellValueOf(cell: unknown): unknown {
  return typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell;
}

