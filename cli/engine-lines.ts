// A ledger's lines in DuckDB, read as the in-memory path reads them (cli/engine-fields.ts), and what
// the in-memory path reports about them: the views `raw` (each line's fields as the source gives them,
// with its sheet row), `split` (each field's value where SQL reads it, its text where only the core
// does: a table for a CSV, so that the file is parsed once; a view for Parquet, cheap to read again),
// `typed` (each field read, NULL where blank or unreadable, beside its text), `lines` (typed without
// the texts) and `ledger_lines` (the lines that can be summarised: what the grading SQL reads). A line
// whose status is no order's (its `status` not NULL) is not `counted`, unless every status counts
// (--count-all-statuses), and then neither readable nor reported as unreadable, as in memory.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DateConvention } from '../src/cells/coerce';
import { serialToIso } from '../src/cells/dates';
import { showValue } from '../src/cells/coerce';
import type { DataProblem } from '../src/grading/data-problems';
import { dateOrderTally } from '../src/grading/date-order';
import { ledgerDates, type LedgerPlan } from '../src/grading/grade-ledger';
import { ledgerReader } from '../src/grading/ledger-summary';
import { AMOUNT_TYPE, coreReading, SLOW_VALUE_TYPE, type EngineField, type FieldRule } from './engine-fields';
import { cliMessage } from './cli-messages';
import type { EngineProgress } from './engine-progress';

/** The fields of a ledger plan the engine reads, with the plan's column of each. */
export function planFields(plan: LedgerPlan): Partial<Record<EngineField, number>> {
  const { columns } = plan;
  return {
    customer: columns.customerId, date: columns.orderDate, amount: columns.amount,
    ...(columns.orderId === undefined ? {} : { order: columns.orderId }),
    ...(columns.customerName === undefined ? {} : { name: columns.customerName }),
    ...(columns.status === undefined ? {} : { status: columns.status }),
  };
}

/** The view `raw` (`raw_customer`, `raw_date`, ...: every line after the header), and how each field is read. */
export interface RawLines {
  readonly rules: Readonly<Partial<Record<EngineField, FieldRule>>>;
  /** The sheet row of the first line, when the lines are numbered by their place in the table `split`
   * (a CSV's); undefined when `raw` has a column `row_no` (a Parquet file's). */
  readonly firstRow?: number;
  /** The sheet row (1-based) of a row DuckDB numbered (a CSV's empty lines, which DuckDB skips, counted). */
  readonly sheetRow: (row: number) => number;
}

/** What the lines hold, counted over the whole ledger. */
export interface LineCounts {
  /** Lines not entirely blank (the in-memory path's "lines"), and of them the ones that can be summarised. */
  readonly lines: number;
  readonly readable: number;
  /** The latest order date of a readable line (serial), undefined when none. */
  readonly latest?: number;
  /** A customer id on more than one line (asked for only when the reading is not yet decided). */
  readonly repeats?: boolean;
  /** Readable lines after the as-of date given beforehand: how many, and the first rows. */
  readonly after?: { readonly count: number; readonly rows: readonly number[] };
}

const FIELDS: readonly EngineField[] = ['customer', 'date', 'amount', 'order', 'name', 'status'];
const SERIAL_ZERO = "DATE '1899-12-30'";
// A problem lists this many rows before "and N more": the rows fetched of a long list.
const LISTED_ROWS = 10;
// The lines looked at for an id that repeats before the whole file is asked.
const EARLY_LINES = 10_000;

/** An SQL string literal. */
export const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** An SQL date literal for a serial day. */
const dateLiteral = (serial: number) => `DATE '${serialToIso(serial)}'`;

/**
 * Reads every line's fields: where SQL reads a field as the core would, its value; where not, its text,
 * each distinct one handed to the core once (the date column's day/month order decided as the
 * in-memory path decides it: from its year-last dates, else `given`). Creates `split` over `raw`, and
 * the views `typed`, `lines` and `ledger_lines` over it. With `keep` (a CSV), `split` is a table of the
 * values SQL reads and a mask of the fields it does not, so the file is parsed once and a line costs
 * about 50 bytes; the texts only the core reads, in the rare file that has them, are kept beside it in
 * `split_texts`, line for line. Without (Parquet, cheap to read again), `split_all` is a view of each
 * value and its text, and the texts only the core reads are found by one pass of the tests.
 * Returns the day/month order used; a date column that reads both ways with no order given is the
 * in-memory path's TableError.
 * `countAllStatuses` counts the lines whose status is no order's.
 * @example const dates = await typeLines(connection, raw, plan, undefined, progress, true)
 */
export async function typeLines(
  connection: DuckDBConnection, raw: RawLines, plan: LedgerPlan, given: DateConvention | undefined, progress: EngineProgress, keep: boolean,
  countAllStatuses = false,
): Promise<DateConvention | undefined> {
  const fields = FIELDS.filter((f) => raw.rules[f]);
  const rule = (f: EngineField) => raw.rules[f]!;
  const numbered = raw.firstRow === undefined;
  if (!numbered && !keep) throw new Error('lines numbered by their place must be kept in a table');
  // fast_x is NULL for a blank field (neither a value nor a text), and FALSE, never NULL, for any other
  // that SQL does not read (2026-02-30 casts to NULL: a text for the core, which says it is no date).
  const withFast = `(SELECT *, ${fields.map((f) => `CASE WHEN raw_${f} IS NOT NULL THEN COALESCE(${rule(f).fast(`raw_${f}`)}, FALSE) END AS fast_${f}`).join(', ')} FROM raw)`;
  const values = fields.map((f) => `CASE WHEN fast_${f} THEN ${rule(f).value(`raw_${f}`)} END AS v_${f}`);
  const texts = (only: readonly EngineField[]) => only.map((f) => `CASE WHEN NOT fast_${f} THEN ${rule(f).text(`raw_${f}`)} END AS t_${f}`);
  const bit = (f: EngineField) => 1 << fields.indexOf(f);
  let slowFields: EngineField[] = fields;
  if (keep) {
    const mask = fields.map((f) => `CASE WHEN NOT fast_${f} THEN ${bit(f)} ELSE 0 END`).join(' | ');
    await progress.phase(cliMessage(plan.lang, 'phaseReading'), () => connection.run(
      `CREATE OR REPLACE TEMP TABLE split AS SELECT ${values.join(', ')}, CAST(${mask} AS UTINYINT) AS slow FROM ${withFast}`));
    const found = Number((await connection.runAndReadAll('SELECT bit_or(slow) FROM split')).getRowsJS()[0][0] ?? 0);
    slowFields = fields.filter((f) => found & bit(f));
    // The texts of those fields, read again in the same order (DuckDB inserts in the file's order).
    const kept = slowFields.length
      ? `SELECT ${texts(slowFields).join(', ')} FROM ${withFast}` : 'SELECT NULL AS none FROM split LIMIT 0';
    if (slowFields.length) await progress.phase(cliMessage(plan.lang, 'phaseCoreValues'), () => connection.run(`CREATE OR REPLACE TEMP TABLE split_texts AS ${kept}`));
    const absent = fields.filter((f) => !slowFields.includes(f)).map((f) => `CAST(NULL AS VARCHAR) AS t_${f}`);
    await connection.run(`CREATE OR REPLACE TEMP VIEW split_all AS SELECT CAST(split.rowid AS INTEGER) + ${raw.firstRow} AS row_no, ${[
      ...fields.map((f) => `v_${f}`), ...slowFields.map((f) => `t_${f}`), ...absent].join(', ')} FROM split${slowFields.length ? ' POSITIONAL JOIN split_texts' : ''}`);
  } else {
    // Each value and its text. Which texts only the core reads is asked once, below; after that a text
    // is the core's when it is one of those, and the value SQL reads otherwise: no test a line.
    await connection.run(`CREATE OR REPLACE TEMP VIEW split_all AS SELECT row_no, ${fields.map((f) =>
      `${rule(f).value(`raw_${f}`)} AS v_${f}, ${rule(f).text(`raw_${f}`)} AS t_${f}`).join(', ')} FROM raw`);
  }
  // Each field's distinct texts, in one pass (none to look for in most CSV files).
  const distinct = fields.map((f) => (slowFields.includes(f) ? `list(DISTINCT t_${f}) FILTER (WHERE t_${f} IS NOT NULL)` : 'CAST([] AS VARCHAR[])') + ` AS slow_${f}`);
  const source = keep ? ' FROM split_all' : ` FROM (SELECT ${texts(fields).join(', ')} FROM ${withFast})`;
  await progress.phase(cliMessage(plan.lang, keep ? 'phaseFindCoreValues' : 'phaseReading'), () => connection.run(
    `CREATE OR REPLACE TEMP TABLE slow_values AS SELECT ${distinct.join(', ')}${slowFields.length ? source : ''}`));
  const slow = async (f: EngineField, visit: (text: string) => void) => {
    const result = await connection.stream(`SELECT unnest(slow_${f}) FROM slow_values`);
    for await (const rows of result.yieldRowsJs()) for (const [text] of rows) visit(text as string);
  };
  // The date column's day/month order, from its year-last dates (never ISO days, which SQL reads).
  const tally = dateOrderTally();
  await slow('date', (text) => tally.add(rule('date').cell(text)));
  const dates = ledgerDates(tally, plan.lang, given);
  // The fields with texts only the core can read: the others need no join.
  const joined = new Set<EngineField>();
  for (const f of fields) {
    await connection.run(`CREATE OR REPLACE TEMP TABLE slow_${f} (t VARCHAR, v ${SLOW_VALUE_TYPE[f]}, blank BOOLEAN)`);
    const appender = await connection.createAppender(`slow_${f}`);
    await slow(f, (text) => {
      joined.add(f);
      const { value, blank } = coreReading(f, rule(f).cell(text), plan.lang, dates);
      appender.appendVarchar(text);
      if (value === null) appender.appendNull();
      else if (typeof value === 'string') appender.appendVarchar(value);
      else if (f === 'date') appender.appendInteger(value);
      else appender.appendDouble(value);
      appender.appendBoolean(blank);
      appender.endRow();
    });
    appender.closeSync();
  }
  const scale = plan.columns.amountScale ?? 1;
  const fromCore: Record<EngineField, string> = {
    customer: 'm_customer.v', order: 'm_order.v', name: 'm_name.v', date: `${SERIAL_ZERO} + m_date.v`, amount: `CAST(m_amount.v AS ${AMOUNT_TYPE})`,
    status: 'm_status.v',
  };
  const out: Record<EngineField, string> = { customer: 'customer', date: 'order_date', amount: 'amount', order: 'order_no', name: 'name', status: 'status' };
  const typed = FIELDS.map((f) => {
    if (!raw.rules[f]) return `  CAST(NULL AS VARCHAR) AS ${out[f]}, TRUE AS ${f}_blank, CAST(NULL AS VARCHAR) AS ${f}_text`;
    const read = joined.has(f) ? `CASE WHEN m_${f}.t IS NULL THEN s.v_${f} ELSE ${fromCore[f]} END` : `s.v_${f}`;
    // An amount SQL alone reads keeps its own exact type (a CSV's DECIMAL(18, 6): 8 bytes a line, which
    // DuckDB sums into DECIMAL(38, 6) without overflow and a third faster than 16-byte decimals); one
    // the core read, or a scaled one, is widened to the type both fit in.
    const widened = joined.has('amount') || scale !== 1;
    const value = f !== 'amount' || !widened ? read : `CAST(${read} AS ${AMOUNT_TYPE})${scale === 1 ? '' : ` * ${scale}`}`;
    return [
      `  ${value} AS ${out[f]},`,
      `  ((s.v_${f} IS NULL AND s.t_${f} IS NULL)${joined.has(f) ? ` OR COALESCE(m_${f}.blank, FALSE)` : ''}) AS ${f}_blank,`,
      // The text the line holds (a value read by SQL written back: an ISO day, a decimal), for the lines reported.
      `  COALESCE(s.t_${f}, CAST(s.v_${f} AS VARCHAR)) AS ${f}_text`,
    ].join('\n');
  });
  await connection.run([
    'CREATE OR REPLACE TEMP VIEW typed AS SELECT',
    '  s.row_no,',
    typed.join(',\n') + ',',
    `  ${countAllStatuses ? 'TRUE' : 'status IS NULL'} AS counted`,
    'FROM split_all AS s',
    ...[...joined].map((f) => `LEFT JOIN slow_${f} AS m_${f} ON m_${f}.t = s.t_${f}`),
    // A line whose id, date and amount are all blank is no line at all, as in the sheet.
    'WHERE NOT (customer_blank AND date_blank AND amount_blank)',
  ].join('\n'));
  await connection.run('CREATE OR REPLACE TEMP VIEW lines AS SELECT row_no, customer, order_date, amount, order_no, name, status, counted, customer_blank, date_blank, amount_blank FROM typed');
  await connection.run(`CREATE OR REPLACE TEMP VIEW ledger_lines AS
SELECT row_no, customer, order_date, amount, order_no, name FROM lines
WHERE counted AND customer IS NOT NULL AND order_date IS NOT NULL AND amount IS NOT NULL`);
  return dates;
}

/**
 * Counts the lines, the readable ones and the latest order date; whether ids repeat (`repeats`); and,
 * with an as-of date given beforehand, the readable lines after it.
 * @example await countLines(connection, { repeats: true, asOf: 46296 }, raw) // { lines: 5000000, readable: 4999990, latest: 46356, repeats: true, after: { count: 120, rows: [...] } }
 */
export async function countLines(connection: DuckDBConnection, ask: { repeats: boolean; asOf?: number }, raw: RawLines): Promise<LineCounts> {
  // Ids that repeat among the first lines settle it: only a file without any asks the whole file.
  const early = ask.repeats
    && (await connection.runAndReadAll(`SELECT count(customer) > count(DISTINCT customer) FROM (SELECT customer FROM lines LIMIT ${EARLY_LINES})`)).getRowsJS()[0][0] === true;
  const whole = ask.repeats && !early;
  const readable = 'counted AND customer IS NOT NULL AND order_date IS NOT NULL AND amount IS NOT NULL';
  const afterAsOf = ask.asOf === undefined ? undefined : `${readable} AND order_date > ${dateLiteral(ask.asOf)}`;
  const reader = await connection.runAndReadAll(`SELECT
  CAST(count(*) AS DOUBLE) AS lines,
  CAST(count(*) FILTER (WHERE ${readable}) AS DOUBLE) AS readable,
  CAST(max(order_date) FILTER (WHERE ${readable}) - ${SERIAL_ZERO} AS INTEGER) AS latest,
  ${whole ? 'count(customer) > count(DISTINCT customer)' : 'NULL'} AS repeats,
  ${afterAsOf ? `CAST(count(*) FILTER (WHERE ${afterAsOf}) AS DOUBLE)` : 'NULL'} AS after,
  ${afterAsOf ? `CAST(min(row_no, ${LISTED_ROWS}) FILTER (WHERE ${afterAsOf}) AS INTEGER[])` : 'NULL'} AS after_rows
FROM lines`);
  const [lines, readableLines, latest, repeats, after, afterRows] = reader.getRowsJS()[0] as [number, number, number | null, boolean | null, number | null, number[] | null];
  return {
    lines, readable: readableLines, ...(latest === null ? {} : { latest }), ...(early ? { repeats: true } : repeats === null ? {} : { repeats }),
    ...(after === null ? {} : { after: { count: after, rows: (afterRows ?? []).map(raw.sheetRow) } }),
  };
}

/**
 * The problems of the lines that cannot be summarised (a blank id, date or amount on a line that is
 * not blank, an unreadable date or amount), found by the core's own ledger reader fed those lines with
 * their sheet rows, in order: the same kinds, columns, rows and examples as the in-memory path's.
 * @example await unreadableLines(connection, raw, plan, dates) // [{ kind: 'notDate', column: 'Order date', rows: [6], examples: ['2026/13/01'] }]
 */
export async function unreadableLines(connection: DuckDBConnection, raw: RawLines, plan: LedgerPlan, dates: DateConvention | undefined): Promise<DataProblem[]> {
  const reader = ledgerReader(plan.header, plan.columns, { lang: plan.lang, dates });
  const fields = FIELDS.filter((f) => raw.rules[f]);
  const width = plan.header.length;
  const result = await connection.stream(`SELECT CAST(row_no AS INTEGER), ${fields.map((f) => `${f}_text`).join(', ')} FROM typed
WHERE counted AND (customer IS NULL OR order_date IS NULL OR amount IS NULL) ORDER BY row_no`);
  const at = planFields(plan);
  for await (const rows of result.yieldRowsJs()) {
    for (const [row, ...texts] of rows) {
      const line: unknown[] = new Array(width).fill(null);
      // The status is not handed on: these lines count whatever their status (it was read already).
      fields.forEach((f, i) => { if (f !== 'status') line[at[f]!] = texts[i] === null ? null : raw.rules[f]!.cell(texts[i] as string); });
      reader.add(line, raw.sheetRow(row as number));
    }
  }
  return [...reader.summarize().problems];
}

/**
 * What the in-memory path reports of the lines whose status is no order's: per status as written, in
 * the order first seen, its lines (left out, or with `countAllStatuses` counted) and their first rows.
 * @example await statusProblems(connection, plan, raw, false) // [{ kind: 'notAnOrder', column: '订单状态', rows: [3, 7, 8], examples: ['交易关闭'], count: 3 }]
 */
export async function statusProblems(connection: DuckDBConnection, plan: LedgerPlan, raw: RawLines, countAllStatuses: boolean): Promise<DataProblem[]> {
  const { status } = plan.columns;
  if (status === undefined) return [];
  const column = showValue(plan.header[status] ?? `#${status + 1}`);
  const reader = await connection.runAndReadAll(`SELECT status, CAST(count(*) AS DOUBLE), CAST(min(row_no, ${LISTED_ROWS}) AS INTEGER[])
FROM lines WHERE status IS NOT NULL GROUP BY status ORDER BY min(row_no)`);
  const kind = countAllStatuses ? 'statusCounted' : 'notAnOrder';
  return (reader.getRowsJS() as [string, number, number[]][]).map(([value, n, rows]) => ({
    kind, column, rows: rows.map(raw.sheetRow), examples: [value], count: n,
  }));
}

/**
 * What the in-memory path reports of lines after the as-of date: the lines left out, and the customers
 * left out because every line of theirs is after it (their first rows, and the first ids).
 * @example await afterAsOfProblems(connection, plan, 46296, { count: 2, rows: [7, 9] }, raw) // [{ kind: 'afterAsOf', rows: [7, 9], ... }, { kind: 'notGraded', ... }]
 */
export async function afterAsOfProblems(
  connection: DuckDBConnection, plan: LedgerPlan, asOf: number, after: { count: number; rows: readonly number[] }, raw: RawLines,
): Promise<{ problems: DataProblem[]; notGraded: number }> {
  if (!after.count) return { problems: [], notGraded: 0 };
  const { header, columns } = plan;
  const asOfText = serialToIso(asOf);
  const column = (c: number) => showValue(header[c] ?? `#${c + 1}`);
  const problems: DataProblem[] = [{ kind: 'afterAsOf', column: column(columns.orderDate), rows: after.rows, examples: [], asOf: asOfText, count: after.count }];
  const reader = await connection.runAndReadAll(`SELECT CAST(count(*) OVER () AS DOUBLE), customer, CAST(first_row AS INTEGER) FROM (
  SELECT customer, min(row_no) AS first_row, min(order_date) AS first_day FROM ledger_lines GROUP BY customer
) WHERE first_day > ${dateLiteral(asOf)} ORDER BY first_row LIMIT ${LISTED_ROWS}`);
  const rows = reader.getRowsJS() as [number, string, number][];
  const notGraded = rows.length ? rows[0][0] : 0;
  if (notGraded) {
    problems.push({
      kind: 'notGraded', column: column(columns.customerId), rows: rows.map((r) => raw.sheetRow(r[2])),
      examples: rows.slice(0, 3).map((r) => r[1]), asOf: asOfText, count: notGraded,
    });
  }
  return { problems, notGraded };
}
