// BigQuery and Snowflake cannot run here. Their statements are held to three things instead:
// 1. each differs from DuckDB's only in the constructs the dialect needs (quoting, the text type, string
//    escapes, month arithmetic, day differences): rewriting exactly those, and nothing else, gives
//    DuckDB's statement back, character for character;
// 2. each of those constructs is rewritten to its DuckDB equivalent (date_diff / datediff with the
//    same argument order, an E'' string for BigQuery's backslash escape, STRING, INTERVAL (-n) MONTH for
//    DATEADD) and the whole statement so translated is executed on DuckDB, grading a ledger with month
//    ends and an apostrophe in a label exactly as the core does; the month arithmetic of every dialect
//    is executed on DuckDB (and PostgreSQL's in grading-sql.engines.test.ts) against the core's EDATE.
// 3. each parses in node-sql-parser's grammar for its dialect (dialect-parsers.test.ts).
// What is NOT executed: the BigQuery and Snowflake text itself. DATE_SUB(d, INTERVAL n MONTH) and
// DATEADD(month, -n, d) clamp to the month's last day like EDATE by their documentation (Snowflake's
// ADD_MONTHS would not: it keeps month ends at month ends).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edate, isoToSerial, serialToIso } from '../../src/cells/dates';
import { RFM_PRESETS } from '../../src/models/presets';
import { SQL_DIALECTS, type SqlDialect } from '../../src/sql/dialects';
import { gradingSql } from '../../src/sql/grading-sql';
import { coreGrading, expectSameAsCore, type Grading } from './core-grading';
import { ledgerTableSql, openDuckDb, type Line } from './engines';

const GRADING: Grading = { asOf: '2026-03-31', months: 1, tables: RFM_PRESETS.five, scheme: 'rfm11', orderIds: true, statuses: true };
const sqlFor = (dialect: SqlDialect) => gradingSql({
  dialect, table: 'sales.orders', tables: GRADING.tables, scheme: GRADING.scheme, asOf: GRADING.asOf, months: GRADING.months,
  columns: { customerId: 'customer', orderDate: 'date', amount: 'amount', orderId: 'order', status: 'status' },
});

type Rewrite = readonly [pattern: RegExp, replacement: string, count: number];

/** Applies each rewrite, checking it applied exactly `count` times: no construct is missed or extra. */
function rewrite(sql: string, rewrites: readonly Rewrite[]): string {
  return rewrites.reduce((text, [pattern, replacement, count]) => {
    expect({ pattern: String(pattern), found: text.match(pattern)?.length ?? 0 }).toEqual({ pattern: String(pattern), found: count });
    return text.replace(pattern, replacement);
  }, sql);
}

// Per dialect: its constructs back to DuckDB's own text (the identity test) ...
const TO_DUCKDB_TEXT: Record<Exclude<SqlDialect, 'duckdb'>, Rewrite[]> = {
  postgres: [[/ AS TEXT\)/g, ' AS VARCHAR)', 4], [/INTERVAL '(\d+) months'/g, 'INTERVAL $1 MONTH', 1]],
  bigquery: [
    [/`(\w+)`/g, '"$1"', 12], [/ AS STRING\)/g, ' AS VARCHAR)', 4], [/\\'/g, "''", 1],
    [/DATE_SUB\((\w+), INTERVAL (\d+) MONTH\)/g, 'CAST($1 - INTERVAL $2 MONTH AS DATE)', 1],
    [/DATE_DIFF\(([\w.]+), (MAX\([\w.]+\)), DAY\)/g, '($1 - $2)', 1],
  ],
  snowflake: [
    [/DATEADD\(month, -(\d+), (\w+)\)/g, 'CAST($2 - INTERVAL $1 MONTH AS DATE)', 1],
    [/DATEDIFF\(day, (MAX\([\w.]+\)), ([\w.]+)\)/g, '($2 - $1)', 1],
  ],
};

// ... and to DuckDB's equivalent of each construct, a different spelling of the same operation, run.
const TO_DUCKDB_EQUIVALENT: Record<'bigquery' | 'snowflake', Rewrite[]> = {
  bigquery: [
    // DuckDB has no backtick quoting; STRING is its alias of VARCHAR and stays.
    [/`(\w+)`/g, '"$1"', 12], [/('[^'\n]*\\'[^'\n]*')/g, 'E$1', 1],
    [/DATE_SUB\((\w+), INTERVAL (\d+) MONTH\)/g, 'CAST($1 - INTERVAL $2 MONTH AS DATE)', 1],
    // DATE_DIFF(end, start, DAY) = date_diff('day', start, end).
    [/DATE_DIFF\(([\w.]+), (MAX\([\w.]+\)), DAY\)/g, "date_diff('day', $2, $1)", 1],
  ],
  snowflake: [
    // DATEADD(month, -n, d) = d + INTERVAL (-n) MONTH; DATEDIFF(day, start, end) = datediff('day', start, end).
    [/DATEADD\(month, (-\d+), (\w+)\)/g, 'CAST($2 + INTERVAL ($1) MONTH AS DATE)', 1],
    [/DATEDIFF\(day, (MAX\([\w.]+\)), ([\w.]+)\)/g, "datediff('day', $1, $2)", 1],
  ],
};

// Month ends into shorter months, an order whose lines straddle the window's start, and order statuses
// (交易关闭 and ' Refunded ' left out, paid counted).
const LINES: Line[] = [
  ['A', '2026-02-28', 100_000, 'A1', 'paid'], ['A', '2026-02-27', 50, 'A0'], ['B', '2026-03-31', 400_000, 'B1'], ['B', '2026-03-31', 200_000, 'B1'],
  ['B', '2026-03-30', 900_000, 'B2', '交易关闭'], ['C', '2026-03-15', 10, 'C0', ' Refunded '],
  ['C', '2026-01-31', 10, 'C1'], ['D', '2026-03-30', -5, null], ['D', '2026-03-29', 80, null], ['E', '2026-04-30', 1, 'E1'],
];

describe('BigQuery and Snowflake SQL, held to DuckDB', () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  beforeAll(async () => {
    db = await openDuckDb();
    await db.run('CREATE SCHEMA sales');
    for (const s of ledgerTableSql('sales.orders', LINES)) await db.run(s);
  });
  afterAll(() => db?.close());

  it.each(SQL_DIALECTS.filter((d) => d !== 'duckdb'))('%s differs from DuckDB only in its dialect\'s constructs', (dialect) => {
    expect(rewrite(sqlFor(dialect), TO_DUCKDB_TEXT[dialect as Exclude<SqlDialect, 'duckdb'>])).toBe(sqlFor('duckdb'));
  });

  it.each(['bigquery', 'snowflake'] as const)('%s, each construct as its DuckDB equivalent, executed on DuckDB: the core\'s grades', async (dialect) => {
    const translated = rewrite(sqlFor(dialect), TO_DUCKDB_EQUIVALENT[dialect]);
    expect(translated).not.toBe(sqlFor('duckdb'));
    expectSameAsCore(await db.query(translated), coreGrading(LINES, GRADING));
  });

  it('the month arithmetic of each dialect, as DuckDB runs it, is EDATE: every day of 28-31 and month ends, 1-25 months', async () => {
    const days: string[] = [];
    for (let y = 2023; y <= 2025; y++) for (let m = 0; m < 12; m++) for (const d of [28, 29, 30, 31]) {
      const date = new Date(Date.UTC(y, m, d));
      if (date.getUTCMonth() === m) days.push(date.toISOString().slice(0, 10));
    }
    const months = [1, 2, 3, 6, 11, 12, 13, 24, 25];
    const values = days.flatMap((d) => months.map((n) => `(DATE '${d}', ${n})`)).join(', ');
    const rows = await db.query(`SELECT CAST(d AS VARCHAR) AS d, n,
      CAST(CAST(d - INTERVAL (n) MONTH AS DATE) AS VARCHAR) AS minus, CAST(CAST(d + INTERVAL (-n) MONTH AS DATE) AS VARCHAR) AS plus_negative
      FROM (VALUES ${values}) AS t(d, n)`);
    expect(rows.length).toBe(days.length * months.length);
    for (const row of rows) {
      const expected = serialToIso(edate(isoToSerial(row.d!), -Number(row.n)));
      expect([row.d, row.n, row.minus, row.plus_negative]).toEqual([row.d, row.n, expected, expected]);
    }
  });
});
