import { isBlank, readNumber, showValue } from '../cells/coerce';
import { readDate, type DateConvention } from '../cells/coerce';
import { readDateText } from '../cells/date-text';
import { serialToIso } from '../cells/dates';
import type { Lang } from '../i18n/lang';

/** A problem found in the list before grading, with the sheet rows (1-based, as the user sees them) it concerns. */
export interface DataProblem {
  readonly kind: 'blank' | 'notNumber' | 'notDate' | 'ambiguousDate' | 'duplicateId' | 'futureDate';
  readonly column: string;
  readonly rows: readonly number[];
  readonly examples: readonly string[];
}

export interface ProblemColumns {
  readonly id?: number;
  readonly dates?: number;
  readonly numbers: readonly number[];
}

/**
 * The data-problems report of seed 002's cleaning step: blank and non-numeric cells in the number
 * columns, dates that cannot be read or lie after the as-of date, and duplicate customer ids. `firstRow`
 * is the sheet row of `rows[0]`.
 * @example findDataProblems(['id', 'amount'], [['a', 1], ['a', 'x']], { id: 0, numbers: [1] }, 46296, 2, 'en') // duplicate 'a' in rows 2, 3; 'x' not a number in row 3
 */
export function findDataProblems(
  header: readonly unknown[], rows: readonly (readonly unknown[])[], columns: ProblemColumns, asOf: number, firstRow: number, lang: Lang,
  dates?: DateConvention,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const name = (c: number) => showValue(header[c] ?? `#${c + 1}`);
  const collect = (kind: DataProblem['kind'], column: number, test: (v: unknown) => string | undefined) => {
    const hits: number[] = [];
    const examples: string[] = [];
    rows.forEach((row, i) => {
      if (row.every(isBlank)) return;
      const example = test(row[column]);
      if (example === undefined) return;
      hits.push(firstRow + i);
      if (examples.length < 3) examples.push(example);
    });
    if (hits.length) problems.push({ kind, column: name(column), rows: hits, examples });
  };
  for (const c of columns.numbers) {
    collect('blank', c, (v) => (isBlank(v) ? '' : undefined));
    collect('notNumber', c, (v) => (!isBlank(v) && typeof readNumber(cellValue(v), 'x', lang) !== 'number' ? showValue(cellValue(v)) : undefined));
  }
  if (columns.dates !== undefined) {
    const c = columns.dates;
    collect('blank', c, (v) => (isBlank(v) ? '' : undefined));
    // A date that reads two ways is not wrong: the user is asked for the order, and told where.
    const ambiguous = (v: unknown) => { const t = cellValue(v); return typeof t === 'string' && readDateText(t, dates?.order).kind === 'ambiguous'; };
    collect('ambiguousDate', c, (v) => (ambiguous(v) ? showValue(cellValue(v)) : undefined));
    collect('notDate', c, (v) => (!isBlank(v) && !ambiguous(v) && typeof readDate(cellValue(v), 'x', lang, dates) !== 'number' ? showValue(cellValue(v)) : undefined));
    collect('futureDate', c, (v) => {
      const d = readDate(cellValue(v), 'x', lang, dates);
      return typeof d === 'number' && Math.floor(d) > Math.floor(asOf) ? serialToIso(d) : undefined;
    });
  }
  if (columns.id !== undefined) {
    const seen = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const id = row[columns.id!];
      if (isBlank(id)) return;
      const key = String(cellValue(id)).trim();
      seen.set(key, [...(seen.get(key) ?? []), firstRow + i]);
    });
    const dupes = [...seen].filter(([, at]) => at.length > 1);
    if (dupes.length) {
      problems.push({
        kind: 'duplicateId', column: name(columns.id),
        rows: dupes.flatMap(([, at]) => at).sort((a, b) => a - b),
        examples: dupes.slice(0, 3).map(([id]) => id),
      });
    }
  }
  return problems;
}

/** The value of a typed cell ({ v, style } for dates and percents). */
export function cellValue(cell: unknown): unknown {
  return typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell;
}
