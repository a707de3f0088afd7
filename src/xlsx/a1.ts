/**
 * The column letters of a 0-based column index.
 * @example columnLetters(0) // 'A'
 * @example columnLetters(27) // 'AB'
 */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * An A1 reference from 0-based row and column, optionally absolute.
 * @example cellRef(1, 2) // 'C2'
 * @example cellRef(1, 2, true) // '$C$2'
 */
export function cellRef(row: number, column: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/**
 * A sheet name as a formula reference: quoted when it holds anything but letters, digits and `_`.
 * @example sheetRef("Bob's list") // "'Bob''s list'"
 */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A 0-based column index from its letters.
 * @example columnIndex('AB') // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The length of the longest row. A loop, not Math.max(...rows): spreading a million rows into
 * arguments overflows the stack (Excel's maximum column is 1,048,576 rows).
 * @example widestRow([[1], [1, 2, 3], []]) // 3
 */
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let widest = 0;
  for (const row of rows) if (row.length > widest) widest = row.length;
  return widest;
}
