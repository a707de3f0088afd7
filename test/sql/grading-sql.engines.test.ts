// The emitted SQL run on real engines, DuckDB in-process and a throwaway PostgreSQL cluster, over the
// same typed ledger table: every customer's days, orders, amount, scores, code and segment equal to
// the core's (summarizeLedger, then the core's RFM scoring and segments).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edate, isoToSerial, serialToIso } from '../../src/cells/dates';
import { RFM_PRESETS } from '../../src/models/presets';
import { customerStatus } from '../../src/grading/grade-ledger';
import { summarizeLedger } from '../../src/grading/ledger-summary';
import { workbookLabel } from '../../src/i18n/workbook-labels';
import { gradingSql, GRADING_SQL_COLUMNS, STOCKTAKE_SQL_COLUMNS } from '../../src/sql/grading-sql';
import type { SqlDialect } from '../../src/sql/dialects';
import { coreColumns, coreGrading, expectSameAsCore, type Grading } from './core-grading';
import { ledgerTableSql, openDuckDb, startPostgres, type Line, type ResultRow } from './engines';

// Boundary cases around as-of 2026-03-31 with a 1-month window: EDATE(2026-03-31, -1) = 2026-02-28.
const BOUNDARY: Line[] = [
  ['A', '2026-02-28', 100, 'A1'], // the window's first day: in
  ['A', '2026-02-27', 50, 'A0'], // the day before: out of the window, but not of recency
  ['B', '2026-03-10', 200, 'B1'], ['B', '2026-03-10', 300, 'B1'], ['B', '2026-03-12', 10, null], // one order of two lines, and a line without a number
  ['C', '2026-03-31', 1000, 'C1'], ['C', '2026-03-20', -300, 'C2'], // a credit, on the as-of day itself
  ['D', '2026-03-01', 40, 'D1'], ['D', '2026-04-02', 999, 'D2'], // a line after as-of: left out
  ['E', '2026-04-01', 5, 'E1'], ['E', '2026-05-01', 5, 'E2'], // every line after as-of: not graded
  ['F', '2026-03-15', 100, 'F1'], ['F', '2026-03-16', -400, 'F2'], // credits outweigh: below the M table, not scored
  ['G', '2025-06-30', 900, 'G1'], // only before the window: 0 orders, 0 amount
  ['H1', '2026-03-05', 20, 'X1'], ['H2', '2026-03-06', 30, 'X1'], // one order number, two customers: two orders
  ['I', '2026-02-27', 70, 'I1'], ['I', '2026-02-28', 80, 'I1'], // one order across the window's start: counted in, 80
  ['  J ', '2026-03-30', 60, ' J1'], ['J', '2026-03-30', 60, 'J1'], // ids and order numbers trimmed, as the core reads them
  ['K', '2026-03-31', 250_000, 'K1'], ['K', '2026-03-31', 250_000, 'K2'], ['K', '2026-03-30', 0.01, 'K3'],
];

// A leap day as-of: EDATE(2024-02-29, -12) = 2023-02-28; months of 31 days to shorter ones.
const LEAP: Line[] = [
  ['L', '2023-02-28', 10, 'L1'], ['L', '2023-02-27', 10, 'L0'], ['L', '2024-02-29', 10, 'L2'],
  ['M', '2023-03-01', 500_000, 'M1'], ['M', '2024-01-31', 1, 'M2'],
  ['N', '2022-12-31', 7, 'N1'], ['N', '2024-03-01', 7, 'N2'],
];

// Order statuses (docs/ledgers.md), compared trimmed and lower case with the one list; NULL and '' count.
// By hand, as of the latest line that counts, 2026-03-20 (S's 交易关闭 on 2026-03-31 is no order):
// P: P1 paid 100 and P3 部分退款 40 count, P2 ' Refunded ' does not: 2 orders, 140, 2026-03-20 - 03-10 = 10 days.
// Q: Q1 (NULL) 10 and Q2 ('') 20 count, Q3 CANCELLED and Q4 交易關閉 do not: 2 orders, 30, 2026-03-20 - 03-02 = 18 days.
// R: its only lines 等待买家付款 and voided: not a customer. S: S1 partially_refunded 5 counts, 0 days.
const STATUSES: Line[] = [
  ['P', '2026-03-01', 100, 'P1', 'paid'], ['P', '2026-03-05', 70, 'P2', ' Refunded '], ['P', '2026-03-10', 40, 'P3', '部分退款'],
  ['Q', '2026-03-01', 10, 'Q1', null], ['Q', '2026-03-02', 20, 'Q2', ''], ['Q', '2026-03-03', 30, 'Q3', 'CANCELLED'], ['Q', '2026-03-04', 30, 'Q4', '交易關閉'],
  ['R', '2026-03-06', 500, 'R1', '等待买家付款'], ['R', '2026-03-07', 500, 'R2', 'voided'],
  ['S', '2026-03-20', 5, 'S1', 'partially_refunded'], ['S', '2026-03-31', 900, 'S2', '交易关闭'],
];

interface Case {
  readonly name: string;
  readonly lines: readonly Line[];
  readonly grading: Grading;
}

const CASES: Case[] = [
  { name: 'boundaries, as-of 2026-03-31, 1 month, order numbers, seed bands, value8', lines: BOUNDARY,
    grading: { asOf: '2026-03-31', months: 1, tables: RFM_PRESETS.seed, scheme: 'value8', orderIds: true } },
  { name: 'boundaries, each line an order, five-point bands, five classes', lines: BOUNDARY,
    grading: { asOf: '2026-03-31', months: 1, tables: RFM_PRESETS.five, scheme: 'five', orderIds: false } },
  { name: 'boundaries, as-of the latest date (2026-05-01), 12 months, rfm11', lines: BOUNDARY,
    grading: { tables: RFM_PRESETS.five, scheme: 'rfm11', orderIds: true } },
  { name: 'boundaries, manufacturing bands, zh-CN labels', lines: BOUNDARY,
    grading: { asOf: '2026-03-31', months: 6, tables: RFM_PRESETS.manufacturing, scheme: 'value8', lang: 'zh-CN', orderIds: true } },
  { name: 'a leap-day as-of, 12 months', lines: LEAP,
    grading: { asOf: '2024-02-29', tables: RFM_PRESETS.seed, scheme: 'value8', orderIds: true } },
  { name: 'a month-end as-of into a shorter month (2024-01-31 - 11 months = 2023-02-28)', lines: LEAP,
    grading: { asOf: '2024-01-31', months: 11, tables: RFM_PRESETS.five, scheme: 'rfm11', orderIds: false } },
  { name: 'order statuses, as-of the latest line that counts, order numbers', lines: STATUSES,
    grading: { tables: RFM_PRESETS.seed, scheme: 'value8', orderIds: true, statuses: true } },
  { name: 'order statuses, each line an order, 1 month', lines: STATUSES,
    grading: { asOf: '2026-03-25', months: 1, tables: RFM_PRESETS.five, scheme: 'five', orderIds: false, statuses: true } },
  { name: 'order statuses with --count-all-statuses: every line counts', lines: STATUSES,
    grading: { tables: RFM_PRESETS.seed, scheme: 'value8', orderIds: true, statuses: true, countAllStatuses: true } },
];

function sqlFor(dialect: SqlDialect, g: Grading, stocktake = false): string {
  return gradingSql({
    dialect, table: 'sales.orders', tables: g.tables, scheme: g.scheme, lang: g.lang, asOf: g.asOf, months: g.months, stocktake,
    columns: { customerId: 'customer', orderDate: 'date', amount: 'amount', ...(g.orderIds ? { orderId: 'order' } : {}), ...(g.statuses ? { status: 'status' } : {}) },
    countAllStatuses: g.countAllStatuses,
  });
}

interface Engine {
  load(lines: readonly Line[]): Promise<void>;
  query(sql: string): Promise<ResultRow[]>;
}

function engineCases(dialect: SqlDialect, engine: () => Engine) {
  it.each(CASES)('$name', async ({ lines, grading }) => {
    await engine().load(lines);
    const rows = await engine().query(sqlFor(dialect, grading));
    expect(Object.keys(rows[0])).toEqual([...GRADING_SQL_COLUMNS]);
    expectSameAsCore(rows, coreGrading(lines, grading));
  });

  it.each(CASES)('with the stocktake: $name', async ({ lines, grading }) => {
    await engine().load(lines);
    const rows = await engine().query(sqlFor(dialect, grading, true));
    expect(Object.keys(rows[0])).toEqual([...GRADING_SQL_COLUMNS, ...STOCKTAKE_SQL_COLUMNS]);
    expectSameAsCore(rows, coreGrading(lines, grading));
    // The customer sheet's columns, as the core summarises the ledger (previous orders, first order, status).
    const lang = grading.lang ?? 'en';
    const summary = summarizeLedger(lines, coreColumns(grading),
      { lang, asOf: grading.asOf === undefined ? undefined : isoToSerial(grading.asOf), months: grading.months, countAllStatuses: grading.countAllStatuses });
    expect(rows.length).toBe(summary.customers.length);
    const byId = new Map(rows.map((r) => [r.customer_id, r]));
    for (const c of summary.customers) {
      const row = byId.get(c.id)!;
      expect([c.id, Number(row.previous_frequency), row.first_order, row.status])
        .toEqual([c.id, c.previousOrders, serialToIso(c.firstOrder), workbookLabel(customerStatus(c, summary), lang)]);
    }
  });

  it('the stocktake by hand: as-of 2026-03-31, 1 month (window from 2026-02-28, the one before from 2026-01-31)', async () => {
    await engine().load(BOUNDARY);
    const rows = await engine().query(sqlFor(dialect, CASES[0].grading, true));
    const by = new Map(rows.map((r) => [r.customer_id, r]));
    const pick = (id: string) => { const r = by.get(id)!; return [Number(r.previous_frequency), r.first_order, r.status]; };
    expect(pick('A')).toEqual([1, '2026-02-27', 'Returning']); // A0 on 2026-02-27 is in the month before
    expect(pick('B')).toEqual([0, '2026-03-10', 'New']);
    expect(pick('G')).toEqual([0, '2025-06-30', 'Inactive']);
    expect(pick('I')).toEqual([1, '2026-02-27', 'Returning']); // order I1 straddles the window's start: counted in both
  });

  it('the boundary rows as written down by hand (as-of 2026-03-31, 1 month, seed bands)', async () => {
    await engine().load(BOUNDARY);
    const rows = await engine().query(sqlFor(dialect, CASES[0].grading));
    const by = new Map(rows.map((r) => [r.customer_id, r]));
    const pick = (id: string) => { const r = by.get(id)!; return [Number(r.recency_days), Number(r.frequency), Number(r.monetary), r.rfm_code]; };
    expect(pick('A')).toEqual([31, 1, 100, '311']);
    expect(pick('B')).toEqual([19, 2, 510, '511']);
    expect(pick('C')).toEqual([0, 2, 700, '511']);
    expect(pick('D')).toEqual([30, 1, 40, '511']);
    expect(by.has('E')).toBe(false);
    expect(pick('F')).toEqual([15, 2, -300, null]);
    expect(pick('G')).toEqual([274, 0, 0, '111']);
    expect(pick('I')).toEqual([31, 1, 80, '311']);
    expect(pick('J')).toEqual([1, 1, 120, '511']);
    expect(pick('K')).toEqual([0, 3, 500000.01, '515']);
  });

  it('order statuses as worked out by hand (as-of 2026-03-20, the latest line that counts)', async () => {
    await engine().load(STATUSES);
    const rows = await engine().query(sqlFor(dialect, CASES[6].grading));
    const by = new Map(rows.map((r) => [r.customer_id, r]));
    const pick = (id: string) => { const r = by.get(id)!; return [Number(r.recency_days), Number(r.frequency), Number(r.monetary)]; };
    expect(pick('P')).toEqual([10, 2, 140]);
    expect(pick('Q')).toEqual([18, 2, 30]);
    expect(pick('S')).toEqual([0, 1, 5]);
    expect(by.has('R')).toBe(false);
  });
}

describe('the grading SQL on DuckDB (@duckdb/node-api, in-process)', () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  beforeAll(async () => {
    db = await openDuckDb();
    await db.run('CREATE SCHEMA sales');
  });
  afterAll(() => db?.close());
  engineCases('duckdb', () => ({
    async load(lines) { for (const s of ledgerTableSql('sales.orders', lines)) await db.run(s); },
    query: (sql) => db.query(sql),
  }));
});

describe('the grading SQL on PostgreSQL (a throwaway cluster on a Unix socket)', () => {
  let pg: ReturnType<typeof startPostgres>;
  beforeAll(() => {
    pg = startPostgres();
    pg.run('CREATE SCHEMA sales');
  });
  afterAll(() => pg?.stop());
  engineCases('postgres', () => ({
    async load(lines) { pg.run(ledgerTableSql('sales.orders', lines).join(';\n')); },
    query: async (sql) => pg.query(sql),
  }));

  it('date - INTERVAL \'n months\' is EDATE: every 28th-31st and month end of 2023-2025, 1-25 months', () => {
    const days: string[] = [];
    for (let y = 2023; y <= 2025; y++) for (let m = 0; m < 12; m++) for (const d of [28, 29, 30, 31]) {
      const date = new Date(Date.UTC(y, m, d));
      if (date.getUTCMonth() === m) days.push(date.toISOString().slice(0, 10));
    }
    const months = [1, 2, 3, 6, 11, 12, 13, 24, 25];
    const values = days.flatMap((d) => months.map((n) => `(DATE '${d}', ${n})`)).join(', ');
    const rows = pg.query(`SELECT CAST(d AS TEXT) AS d, n, CAST(CAST(d - make_interval(months => n) AS DATE) AS TEXT) AS minus
      FROM (VALUES ${values}) AS t(d, n)`);
    expect(rows.length).toBe(days.length * months.length);
    for (const row of rows) expect([row.d, row.n, row.minus]).toEqual([row.d, row.n, serialToIso(edate(isoToSerial(row.d!), -Number(row.n)))]);
  });
});
