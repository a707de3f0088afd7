// BigQuery and Snowflake cannot run here, so their statements are also put through a parser built for
// each: node-sql-parser's `bigquery` and `snowflake` grammars (and its `postgresql` one for PostgreSQL,
// which grading-sql.engines.test.ts runs for real as well). Every preset, a hand-made band table with
// decimals, a negative `from` and exponents, every segment scheme, every label language, with and
// without order numbers and as-of, and the three table-name forms: each statement must parse as one
// SELECT whose result columns are SPEC's nine and which reads no table but the one named.
// A parser proves syntax only. So the check is shown to be real (a construct each warehouse rejects,
// spliced into the real statement, fails to parse), and what its grammars let through is pinned too,
// for README's account of what was and was not checked. node-sql-parser has no DuckDB grammar: DuckDB's
// statements are executed on DuckDB itself (grading-sql.engines.test.ts, dialects.test.ts).
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang';
import { RFM_PRESETS } from '../../src/models/presets';
import type { RfmTables } from '../../src/models/rfm';
import { SEGMENT_SCHEMES } from '../../src/models/segments';
import type { SqlDialect } from '../../src/sql/dialects';
import { GRADING_SQL_COLUMNS, gradingSql } from '../../src/sql/grading-sql';
import { runCli } from '../support/cli-run';

const parser = new Parser();
const GRAMMAR: Record<Exclude<SqlDialect, 'duckdb'>, string> = { bigquery: 'bigquery', snowflake: 'snowflake', postgres: 'postgresql' };
const CTES = ['ledger', 'as_of', 'bounds', 'customers', 'scored', 'coded'];
// With order numbers the lines are grouped per customer and order first.
const ctesFor = (orderId: boolean) => (orderId ? [...CTES, 'per_order'] : CTES);

// As `--bands` or a settings sheet may give them: decimals, a negative first `from`, numbers JavaScript
// writes with an exponent (1e+21, 1e-7).
const HAND_MADE: RfmTables = {
  r: { from: [0, 30.5, 90], score: [5, 3, 1] },
  f: { from: [0, 1e-7, 5], score: [1, 3, 5] },
  m: { from: [-1000.5, 0, 1e21], score: [1, 3, 5] },
};
const TABLES: Record<string, RfmTables> = { ...RFM_PRESETS, 'hand-made': HAND_MADE };
const TABLE_NAMES = [['orders', 'select::null::orders'], ['sales.orders', 'select::sales::orders'], ['proj.sales.orders', 'select::proj.sales::orders']] as const;

interface Case { tables: string; scheme: (typeof SEGMENT_SCHEMES)[number]; lang: (typeof LANGS)[number]; orderId: boolean; asOf?: string }
const CASES: Case[] = [];
for (const tables of Object.keys(TABLES)) for (const scheme of SEGMENT_SCHEMES) for (const lang of LANGS) {
  for (const orderId of [true, false]) for (const asOf of [undefined, '2026-03-31']) CASES.push({ tables, scheme, lang, orderId, asOf });
}

const sqlFor = (dialect: SqlDialect, c: Case, table = 'sales.orders') => gradingSql({
  dialect, table, tables: TABLES[c.tables], scheme: c.scheme, lang: c.lang, asOf: c.asOf, months: 12,
  // `date` and `order` are reserved words: the quoting must carry them.
  columns: { customerId: 'customer', orderDate: 'date', amount: 'amount', ...(c.orderId ? { orderId: 'order' } : {}) },
});

/** A result column as the AST holds it: an alias, or a bare column reference (a name, or one wrapped). */
interface ResultColumn { as?: string | null; expr: { column?: string | { expr?: { value?: string } } } }
const columnName = (col: ResultColumn) => col.as ?? (typeof col.expr.column === 'string' ? col.expr.column : String(col.expr.column?.expr?.value));

/** The parser's verdict: what the statement reads and returns, or the parser's complaint. */
function parse(sql: string, dialect: Exclude<SqlDialect, 'duckdb'>): { tables: string[]; columns: string[]; statements: number } | { error: string } {
  try {
    const { tableList, ast } = parser.parse(sql, { database: GRAMMAR[dialect] });
    const statements = Array.isArray(ast) ? ast : [ast];
    const select = statements[0] as { type: string; columns: ResultColumn[] };
    return { tables: [...tableList].sort(), columns: select.type === 'select' ? select.columns.map(columnName) : [], statements: statements.length };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

describe.each(['bigquery', 'snowflake', 'postgres'] as const)('%s: the emitted SQL through node-sql-parser\'s grammar', (dialect) => {
  it(`parses for all ${CASES.length} combinations (4 band tables x 3 schemes x 3 languages x order ids or not x as-of or not): one SELECT of the nine columns, reading the named table only`, () => {
    expect(CASES.length).toBe(144);
    let parsed = 0;
    CASES.forEach((c, i) => {
      const [table, listed] = TABLE_NAMES[i % TABLE_NAMES.length];
      const verdict = parse(sqlFor(dialect, c, table), dialect);
      expect(verdict, JSON.stringify(c)).toEqual({
        tables: [listed, ...ctesFor(c.orderId).map((cte) => `select::null::${cte}`)].sort(),
        columns: [...GRADING_SQL_COLUMNS],
        statements: 1,
      });
      parsed++;
    });
    expect(parsed).toBe(144);
  });
});

describe.each(['bigquery', 'snowflake'] as const)('%s: what the built CLI prints', (dialect) => {
  it('parses as printed, ending in ";" (--bands, --scheme five, --lang zh-TW, a three-part table name)', () => {
    const { code, out, err } = runCli('sql', '--dialect', dialect, '--from', 'proj.sales.orders', '--map', 'customerId=customer',
      '--map', 'orderDate=date', '--map', 'amount=amount', '--map', 'orderId=order', '--bands', 'm=0:1,0.5:3,1000000:5',
      '--scheme', 'five', '--lang', 'zh-TW', '--months', '6');
    expect([code, err]).toEqual([0, '']);
    expect(out.trimEnd().endsWith(';')).toBe(true);
    expect(parse(out, dialect)).toEqual({
      tables: ['select::proj.sales::orders', ...ctesFor(true).map((cte) => `select::null::${cte}`)].sort(), columns: [...GRADING_SQL_COLUMNS], statements: 1,
    });
  });
});

// The check is real: one construct each warehouse rejects, spliced into the real statement (which parses
// as it is), fails to parse. Each splice is checked to have changed the text.
const SEED: Case = { tables: 'seed', scheme: 'rfm11', lang: 'en', orderId: true };
const WRONG: [dialect: Exclude<SqlDialect, 'duckdb'>, what: string, from: string | RegExp, to: string][] = [
  ['bigquery', "PostgreSQL's :: cast on a quoted column", 'CAST(`date` AS DATE)', '`date`::DATE'],
  ['bigquery', 'VARCHAR, a type BigQuery does not have (STRING is its text type)', /AS STRING\)/, 'AS VARCHAR)'],
  ['bigquery', "PostgreSQL's interval string", 'DATE_SUB(as_of_date, INTERVAL 12 MONTH)', "as_of_date - INTERVAL '12 months'"],
  ['bigquery', "PostgreSQL's E'' string", "'Champions'", "E'Champions'"],
  ['snowflake', "BigQuery's SAFE_CAST (Snowflake's is TRY_CAST)", 'TRIM(CAST("customer" AS VARCHAR))', 'TRIM(SAFE_CAST("customer" AS STRING))'],
  ['snowflake', "BigQuery's SELECT * EXCEPT (Snowflake's is EXCLUDE)", /^SELECT\n[^]*?FROM coded$/m, 'SELECT * EXCEPT (rfm_code) FROM coded'],
  ['postgres', "BigQuery's STRING type", 'AS TEXT)', 'AS STRING)'],
];

describe('a construct the warehouse rejects fails to parse', () => {
  it.each(WRONG)('%s: %s', (dialect, _what, from, to) => {
    const sql = sqlFor(dialect, SEED);
    const wrong = sql.replace(from, to);
    expect(wrong).not.toBe(sql);
    expect(parse(sql, dialect)).not.toHaveProperty('error');
    expect(parse(wrong, dialect)).toEqual({ error: expect.stringMatching(/^Expected /) });
  });
});

// What the grammars let through, though the warehouse would not: these are held by dialects.test.ts
// (each dialect differs from DuckDB's statement only in its own constructs, and those constructs run on
// DuckDB) and by the warehouses' documentation, not by the parser. README says so; if the parser grows
// stricter, this fails and README is to be updated.
const LET_THROUGH: [dialect: Exclude<SqlDialect, 'duckdb'>, what: string, from: string | RegExp, to: string][] = [
  ['bigquery', ':: after an unquoted name', 'MAX(order_date) AS as_of_date', 'MAX(order_date::DATE) AS as_of_date'],
  ['bigquery', "any function name, e.g. Snowflake's DATEADD", 'DATE_SUB(as_of_date, INTERVAL 12 MONTH)', 'DATEADD(month, -12, as_of_date)'],
  ['snowflake', 'backtick-quoted names', /"customer"/g, '`customer`'],
  ['snowflake', "PostgreSQL's E'' string", "'Champions'", "E'Champions'"],
  ['snowflake', "any function name, e.g. BigQuery's DATE_SUB", 'DATEADD(month, -12, as_of_date)', 'DATE_SUB(as_of_date, INTERVAL 12 MONTH)'],
  ['postgres', 'backtick-quoted names', /"customer"/g, '`customer`'],
];

describe('what the grammars do not catch (held by other tests instead)', () => {
  it.each(LET_THROUGH)('%s lets through %s', (dialect, _what, from, to) => {
    const sql = sqlFor(dialect, SEED);
    const lax = sql.replace(from, to);
    expect(lax).not.toBe(sql);
    expect(parse(lax, dialect)).not.toHaveProperty('error');
  });
});
