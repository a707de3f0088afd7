import { isBlank, readNumber, showValue } from '../cells/coerce';
import { readDate, type DateConvention } from '../cells/coerce';
import { readDateText } from '../cells/date-text';
import { serialToIso } from '../cells/dates';
import type { Lang } from '../i18n/lang';

/** A problem found in the list before grading, with the sheet rows (1-based, as the user sees them) it concerns. */
export interface DataProblem {
  readonly kind: 'blank' | 'notNumber' | 'notDate' | 'ambiguousDate' | 'duplicateId' | 'futureDate'
    // An order ledger's: lines dated after the as-of date (left out), customers with no order before it.
    | 'afterAsOf' | 'notGraded'
    // An order ledger's lines whose status says they are no order (order-status.ts), one problem per
    // status: left out, or with --count-all-statuses counted and only said.
    | 'notAnOrder' | 'statusCounted';
  readonly column: string;
  /** The rows concerned; a 'notAnOrder' or 'statusCounted' problem's status is its only example. */
  readonly rows: readonly number[];
  readonly examples: readonly string[];
  /** The as-of date (ISO) a ledger's 'afterAsOf' and 'notGraded' problems are about. */
  readonly asOf?: string;
  /** How many rows, when `rows` lists only the first of them (a ledger too long to list every line
   * after its as-of date); `rows.length` otherwise. */
  readonly count?: number;
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
  const collector = dataProblemCollector(header, columns, asOf, lang, dates);
  rows.forEach((row, i) => collector.add(row, firstRow + i));
  return collector.problems();
}

/** Takes a list's rows one at a time and reports its data problems at the end. */
export interface DataProblemCollector {
  /** Looks at one data row, shown to the user as sheet row `sheetRow` (1-based). */
  add(row: readonly unknown[], sheetRow: number): void;
  problems(): DataProblem[];
}

/**
 * findDataProblems one row at a time, for a list too long to hold (the CLI's streamed CSV): only the
 * rows concerned and the customer ids are kept.
 * @example const c = dataProblemCollector(['id', 'amount'], { id: 0, numbers: [1] }, 46296, 'en'); c.add(['a', 1], 2); c.add(['a', 'x'], 3); c.problems().length // 2
 */
export function dataProblemCollector(
  header: readonly unknown[], columns: ProblemColumns, asOf: number, lang: Lang, dates?: DateConvention,
): DataProblemCollector {
  const name = (c: number) => showValue(header[c] ?? `#${c + 1}`);
  // One check per kind and column, in the order the report lists them.
  const checks: { kind: DataProblem['kind']; column: number; test: (v: unknown) => string | undefined; rows: number[]; examples: string[] }[] = [];
  const check = (kind: DataProblem['kind'], column: number, test: (v: unknown) => string | undefined) =>
    checks.push({ kind, column, test, rows: [], examples: [] });
  for (const c of columns.numbers) {
    check('blank', c, (v) => (isBlank(v) ? '' : undefined));
    check('notNumber', c, (v) => (!isBlank(v) && typeof readNumber(cellValue(v), 'x', lang) !== 'number' ? showValue(cellValue(v)) : undefined));
  }
  if (columns.dates !== undefined) {
    const c = columns.dates;
    check('blank', c, (v) => (isBlank(v) ? '' : undefined));
    // A date that reads two ways is not wrong: the user is asked for the order, and told where.
    const ambiguous = (v: unknown) => { const t = cellValue(v); return typeof t === 'string' && readDateText(t, dates?.order).kind === 'ambiguous'; };
    check('ambiguousDate', c, (v) => (ambiguous(v) ? showValue(cellValue(v)) : undefined));
    check('notDate', c, (v) => (!isBlank(v) && !ambiguous(v) && typeof readDate(cellValue(v), 'x', lang, dates) !== 'number' ? showValue(cellValue(v)) : undefined));
    check('futureDate', c, (v) => {
      const d = readDate(cellValue(v), 'x', lang, dates);
      return typeof d === 'number' && Math.floor(d) > Math.floor(asOf) ? serialToIso(d) : undefined;
    });
  }
  // The first row of each id, and every row of an id seen more than once: a million distinct ids cost
  // one number each, not one array each.
  const seen = new Map<string, number | number[]>();
  return {
    add(row, sheetRow) {
      if (row.every(isBlank)) return;
      for (const c of checks) {
        const example = c.test(row[c.column]);
        if (example === undefined) continue;
        c.rows.push(sheetRow);
        if (c.examples.length < 3) c.examples.push(example);
      }
      if (columns.id === undefined) return;
      const id = row[columns.id];
      if (isBlank(id)) return;
      const key = String(cellValue(id)).trim();
      const before = seen.get(key);
      if (before === undefined) seen.set(key, sheetRow);
      else if (typeof before === 'number') seen.set(key, [before, sheetRow]);
      else before.push(sheetRow);
    },
    problems() {
      const problems: DataProblem[] = checks.filter((c) => c.rows.length)
        .map((c) => ({ kind: c.kind, column: name(c.column), rows: c.rows, examples: c.examples }));
      const dupes = [...seen].filter((entry): entry is [string, number[]] => typeof entry[1] !== 'number');
      if (dupes.length) {
        problems.push({
          kind: 'duplicateId', column: name(columns.id!),
          rows: dupes.flatMap(([, at]) => at).sort((a, b) => a - b),
          examples: dupes.slice(0, 3).map(([id]) => id),
        });
      }
      return problems;
    },
  };
}

/** The value of a typed cell ({ v, style } for dates and percents). */
export function cellValue(cell: unknown): unknown {
  return typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell;
}
