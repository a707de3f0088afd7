// The embedded engine's grading and what it writes. The grading is the warehouse SQL of src/sql
// (duckdb dialect, with the stocktake's columns) over `ledger_lines`, kept as the table `graded`; the
// outputs are the graded customer sheet's columns (SPEC, "Files the CLI writes"): a CSV or Parquet file
// written by DuckDB itself (COPY ... TO), or the workbook, built from the engine's customers by the
// same code as the in-memory path's and held to the SQL's grades customer by customer.
import type { DuckDBConnection } from '@duckdb/node-api';
import { edate, serialToIso } from '../src/cells/dates';
import { gradedLayout } from '../src/formulas/graded-workbook';
import type { DataProblem } from '../src/grading/data-problems';
import { gradedLedgerHeader, gradeLedgerSummary, type GradedLedger, type GradeLedgerOptions, type LedgerPlan } from '../src/grading/grade-ledger';
import type { LedgerCustomer, LedgerSummary } from '../src/grading/ledger-summary';
import type { Lang } from '../src/i18n/lang';
import { format } from '../src/i18n/messages';
import type { RfmTables } from '../src/models/rfm';
import { gradingSql } from '../src/sql/grading-sql';
import { sqlText } from './engine-lines';

/** The rows of a sheet below its header (Excel's 1,048,576 rows, the header one of them). */
export const SHEET_CUSTOMERS = 1_048_575;

/** How the engine grades: what the grading SQL is written for. */
export interface EngineGrading {
  readonly plan: LedgerPlan;
  readonly asOf: number;
  readonly months: number;
  readonly tables: RfmTables;
  readonly lang: Lang;
}

/**
 * Grades `ledger_lines` with the warehouse SQL into the table `graded` (one row per customer, with its
 * first line's row and name, so the outputs list customers in the order they first appear, as the
 * in-memory path does). Returns the customers graded and those a band could not score.
 * @example await gradeOnEngine(connection, { plan, asOf: 46296, months: 12, tables: RFM_PRESETS.seed, lang: 'en' }) // { customers: 400000, unscored: 12 }
 */
export async function gradeOnEngine(connection: DuckDBConnection, g: EngineGrading): Promise<{ customers: number; unscored: number }> {
  const sql = gradingSql({
    dialect: 'duckdb', table: 'ledger_lines', tables: g.tables, scheme: 'value8', lang: g.lang, asOf: serialToIso(g.asOf), months: g.months,
    // The lines' ids and order numbers are the core's keys: trimmed text, never blank.
    stocktake: true, trimmedIds: true,
    columns: { customerId: 'customer', orderDate: 'order_date', amount: 'amount', ...(g.plan.columns.orderId === undefined ? {} : { orderId: 'order_no' }) },
  });
  await connection.run(`CREATE OR REPLACE TEMP TABLE graded AS
WITH grading AS (
${sql}
),
firsts AS (SELECT customer AS customer_id, min(row_no) AS first_row, arg_min_null(name, row_no) AS name FROM ledger_lines GROUP BY customer)
SELECT grading.*, firsts.first_row, firsts.name FROM grading JOIN firsts USING (customer_id)`);
  const reader = await connection.runAndReadAll('SELECT CAST(count(*) AS DOUBLE), CAST(count(*) FILTER (WHERE rfm_code IS NULL) AS DOUBLE) FROM graded');
  const [customers, unscored] = reader.getRowsJS()[0] as [number, number];
  return { customers, unscored };
}

// An amount as the core shows it: 130, -20.5 (never 130.000000).
const amountText = (x: string) => `CASE WHEN ${x} = trunc(${x}) THEN CAST(CAST(${x} AS HUGEINT) AS VARCHAR) ELSE rtrim(CAST(${x} AS VARCHAR), '0') END`;
// Text a spreadsheet would run as a formula, written with a leading ' (csv-table.ts's guard).
const guarded = (x: string) => `CASE WHEN left(${x}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || ${x} ELSE ${x} END`;

/**
 * The data-problem text of a customer a band could not score, as the workbook writes it: the first of
 * R, F, M below its table's first `from` (rfm-score.ts's order), in the core's message.
 */
function problemSql(g: EngineGrading): string {
  const below = (arg: string, value: string, from: number) => {
    const [before, after] = format(g.lang, 'belowFirstBand', { arg, value: '\u0000', from }).split('\u0000');
    return `${sqlText(before)} || ${value} || ${sqlText(after)}`;
  };
  const { r, f, m } = g.tables;
  return `CASE WHEN r_score IS NULL THEN ${below('recency', 'CAST(recency_days AS VARCHAR)', r.from[0])}
  WHEN f_score IS NULL THEN ${below('frequency', 'CAST(frequency AS VARCHAR)', f.from[0])}
  WHEN m_score IS NULL THEN ${below('monetary', amountText('monetary'), m.from[0])} END`;
}

/** The graded sheet's columns as SQL over `graded`, for a CSV (text as the sheet shows it) or Parquet (typed). */
function outputColumns(g: EngineGrading, kind: 'csv' | 'parquet'): string[] {
  const named = g.plan.columns.customerName !== undefined;
  const labels = gradedLedgerHeader(g.months, named, g.lang);
  const csv = kind === 'csv';
  // A customer a band cannot score has no scores, code or segment: Parquet's NULL, and in a CSV the
  // error the workbook's formula gives (a ledger's inputs are never blank, so it is a value below the
  // first band: #VALUE!, as RFM_SCORE says).
  const graded = (x: string) => (csv ? `CASE WHEN rfm_code IS NULL THEN '#VALUE!' ELSE CAST(${x} AS VARCHAR) END` : `CASE WHEN rfm_code IS NOT NULL THEN ${x} END`);
  const values = [
    csv ? guarded('customer_id') : 'customer_id', ...(named ? [csv ? guarded('name') : 'name'] : []),
    // Counts as BIGINT: a sum of counts is a HUGEINT, which Parquet would store as a DOUBLE.
    'CAST(recency_days AS BIGINT)', 'CAST(frequency AS BIGINT)', csv ? amountText('monetary') : 'monetary', 'CAST(previous_frequency AS BIGINT)',
    'first_order', 'status',
    graded('r_score'), graded('f_score'), graded('m_score'), graded('rfm_code'), graded('segment'), problemSql(g),
  ];
  // A CSV opens with a byte-order mark, so Excel reads its Chinese text as UTF-8: DuckDB writes no
  // mark of its own, so it leads the first column's name in the header.
  return values.map((v, i) => `${v} AS "${(csv && i === 0 ? '\ufeff' : '') + labels[i].replace(/"/g, '""')}"`);
}

/**
 * Writes `graded` to `path` as CSV (UTF-8 with a byte-order mark, CRLF, as `-o graded.csv` of the
 * in-memory path) or Parquet, customers in the order they first appear.
 * @example await writeEngineFile(connection, 'graded.csv.123.partial', 'csv', grading)
 */
export async function writeEngineFile(connection: DuckDBConnection, path: string, kind: 'csv' | 'parquet', g: EngineGrading): Promise<void> {
  const options = kind === 'csv' ? "FORMAT csv, HEADER true, NEW_LINE '\r\n'" : 'FORMAT parquet, COMPRESSION zstd';
  await connection.run(`COPY (SELECT ${outputColumns(g, kind).join(',\n  ')} FROM graded ORDER BY first_row) TO ${sqlText(path)} (${options})`);
}

/**
 * The engine's customers as the core's ledger summary, and the workbook graded from it by the core
 * (gradeLedgerSummary, as the in-memory path grades), each customer's code and segment checked against
 * the SQL's. A difference is an Error: the two are the same rules, and a workbook that disagreed with
 * the engine's CSV would be a silent wrong answer.
 * @example await gradedWorkbook(connection, grading, { sheetName: 'orders', lines: 10, linesUsed: 9, problems: [], options })
 */
export async function gradedWorkbook(
  connection: DuckDBConnection, g: EngineGrading,
  ledger: { sheetName: string; lines: number; linesUsed: number; problems: readonly DataProblem[]; options: GradeLedgerOptions },
): Promise<GradedLedger> {
  const serial = (x: string) => `CAST(${x} - DATE '1899-12-30' AS INTEGER)`;
  const reader = await connection.runAndReadAll(`SELECT customer_id, name, CAST(recency_days AS INTEGER), CAST(frequency AS DOUBLE), CAST(monetary AS DOUBLE),
  CAST(previous_frequency AS DOUBLE), ${serial('first_order')}, rfm_code, segment FROM graded ORDER BY first_row`);
  const rows = reader.getRowsJS() as [string, string | null, number, number, number, number, number, number | null, string | null][];
  const customers: LedgerCustomer[] = rows.map(([id, name, days, orders, amount, previousOrders, firstOrder]) => ({
    id, ...(name === null ? {} : { name }), days, orders, amount, firstOrder, lastOrder: g.asOf - days, previousOrders,
    // Neither is read by the workbook (only the pane shows the ledger's orders): NaN, never a made-up number.
    previousAmount: NaN,
  }));
  const summary: LedgerSummary = {
    asOf: g.asOf, months: g.months, windowStart: edate(g.asOf, -g.months), previousStart: edate(g.asOf, -2 * g.months), customers,
    lines: ledger.lines, linesUsed: ledger.linesUsed, ordersInLedger: NaN, problems: ledger.problems,
  };
  const graded = gradeLedgerSummary(ledger.sheetName, summary, g.plan, ledger.options);
  checkAgainstSql(graded, rows.map((r) => [r[0], r[7], r[8]]));
  return graded;
}

/** Every customer's code and segment in the workbook equal to the SQL's (for one a band could not score, #VALUE! and NULL). */
function checkAgainstSql(graded: GradedLedger, sql: readonly [string, number | null, string | null][]): void {
  const value = (cell: unknown) => (cell !== null && typeof cell === 'object' && 'v' in cell ? (cell as { v: unknown }).v : cell);
  const { out } = gradedLayout(graded.width, graded.headerRow, { lang: graded.lang, asOf: 0, presetLabel: '' });
  const rows = graded.model.sheets[0].rows;
  sql.forEach(([id, code, segment], i) => {
    const row = rows[graded.headerRow + 1 + i];
    const c = value(row[out.code]), s = value(row[out.segment]);
    const same = code === null ? typeof c === 'object' && c !== null : c === code && s === segment;
    if (!same) throw new Error(`the embedded engine and the workbook grade customer ${id} differently (${code}, ${segment} / ${JSON.stringify(c)}, ${JSON.stringify(s)})`);
  });
}
