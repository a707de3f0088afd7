// `crm-grader sql` through the built CLI (bin/crm-grader.mjs): the SELECT it prints, run on DuckDB,
// grades as the core does; the bands of --preset, --bands and a graded workbook's --settings; and
// what bad input gets (exit 2 with the name, or the list of dialects).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RFM_PRESETS } from '../../src/models/presets';
import { runCli } from '../support/cli-run';
import { coreGrading, expectSameAsCore } from './core-grading';
import { ledgerTableSql, openDuckDb, type Line } from './engines';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-sql-'));
const MAP = ['--map', 'customerId=customer', '--map', 'orderDate=date', '--map', 'amount=amount'];
const LINES: Line[] = [
  ['A', '2026-03-31', 600_000, 'A1'], ['A', '2026-03-01', 10, 'A2'], ['B', '2026-02-28', 250_000, 'B1'], ['B', '2026-02-28', 1, 'B1'],
  ['C', '2025-01-15', 5, 'C1'], ['D', '2026-01-10', 199_999.99, 'D1'], ['D', '2026-04-02', 5, 'D2'],
];

describe('crm-grader sql', () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  beforeAll(async () => {
    db = await openDuckDb();
    for (const s of ledgerTableSql('orders', LINES)) await db.run(s);
  });
  afterAll(() => db?.close());

  it('prints one SELECT that DuckDB runs to the core\'s grades (preset five, rfm11, order numbers, as-of, months)', async () => {
    const { code, out, err } = runCli('sql', '--dialect', 'duckdb', '--from', 'orders', ...MAP, '--map', 'orderId=order',
      '--as-of', '2026-03-31', '--months', '3', '--preset', 'five', '--scheme', 'rfm11');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trimEnd().endsWith(';')).toBe(true);
    expectSameAsCore(await db.query(out), coreGrading(LINES, { asOf: '2026-03-31', months: 3, tables: RFM_PRESETS.five, scheme: 'rfm11', orderIds: true }));
  });

  it('--map status: lines whose status is no order\'s are left out, as the core leaves them out; --count-all-statuses counts them', async () => {
    // By hand, as of 2026-03-20 (S2 交易关闭 is later but no order): A 2 orders (paid, 部分退款) 140,
    // 10 days; B 1 order (NULL status) 10, 19 days; C (unpaid, voided) not a customer.
    const shop: Line[] = [
      ['A', '2026-03-01', 100, 'A1', 'paid'], ['A', '2026-03-05', 70, 'A2', 'REFUNDED'], ['A', '2026-03-10', 40, 'A3', '部分退款'],
      ['B', '2026-03-01', 10, 'B1', null], ['C', '2026-03-06', 500, 'C1', 'unpaid'], ['C', '2026-03-07', 500, 'C2', 'Voided'],
      ['S', '2026-03-20', 5, 'S1', ''], ['S', '2026-03-31', 900, 'S2', '交易关闭'],
    ];
    for (const s of ledgerTableSql('shop', shop)) await db.run(s);
    const args = ['sql', '--dialect', 'duckdb', '--from', 'shop', ...MAP, '--map', 'orderId=order', '--map', 'status=status'];
    const read = runCli(...args);
    expect(read.code, read.err).toBe(0);
    const rows = await db.query(read.out);
    const grading = { tables: RFM_PRESETS.seed, scheme: 'value8' as const, orderIds: true, statuses: true };
    expectSameAsCore(rows, coreGrading(shop, grading));
    expect(rows.map((r) => [r.customer_id, Number(r.recency_days), Number(r.frequency), Number(r.monetary)]).sort())
      .toEqual([['A', 10, 2, 140], ['B', 19, 1, 10], ['S', 0, 1, 5]]);
    const all = runCli(...args, '--count-all-statuses');
    expect(all.code).toBe(0);
    expectSameAsCore(await db.query(all.out), coreGrading(shop, { ...grading, countAllStatuses: true }));
  });

  it('without --as-of, the latest order date in the table; --bands replace one dimension of the preset', async () => {
    const { code, out } = runCli('sql', '--dialect', 'duckdb', '--from', 'orders', ...MAP, '--bands', 'r=0:5,10:3,40:1');
    expect(code).toBe(0);
    const tables = { ...RFM_PRESETS.seed, r: { from: [0, 10, 40], score: [5, 3, 1] } };
    expectSameAsCore(await db.query(out), coreGrading(LINES, { tables, scheme: 'value8', orderIds: false }));
  });

  it('--settings: the bands of a workbook graded before, read back from its settings sheet', async () => {
    const csv = join(dir, 'list.csv'), graded = join(dir, 'graded.xlsx');
    writeFileSync(csv, 'Customer,Days since last purchase,Orders,Amount\nX,10,3,100\nY,50,12,900000\n');
    const made = runCli('grade', csv, '--bands', 'f=0:1,2:2,4:3,6:4,8:5', '-o', graded);
    expect(made.code).toBe(0);
    const { code, out } = runCli('sql', '--dialect', 'duckdb', '--from', 'orders', ...MAP, '--settings', graded, '--as-of', '2026-03-31');
    expect(code).toBe(0);
    expect(out).toContain('CASE WHEN frequency >= 8 THEN 5 WHEN frequency >= 6 THEN 4');
    const tables = { ...RFM_PRESETS.seed, f: { from: [0, 2, 4, 6, 8], score: [1, 2, 3, 4, 5] } };
    expectSameAsCore(await db.query(out), coreGrading(LINES, { asOf: '2026-03-31', tables, scheme: 'value8', orderIds: false }));
  });

  it('the segment labels in --lang', () => {
    const { out } = runCli('sql', '--dialect', 'postgres', '--from', 'orders', ...MAP, '--lang', 'zh-CN');
    expect(out).toContain("THEN '重要价值客户'");
  });

  it.each([
    [['--from', 'orders; DROP TABLE orders', ...MAP], "--from: table 'orders; DROP TABLE orders' is not a plain table name"],
    [['--from', 'a.b.c.d', ...MAP], "table 'a.b.c.d'"],
    [['--from', 'orders', ...MAP, '--map', 'amount=net amount'], "--map: column (amount) 'net amount' is not a plain identifier"],
    [['--from', 'orders', ...MAP, '--map', 'orderId=o"--'], "column (orderId) 'o\"--'"],
    [['--from', '1orders', ...MAP], "table '1orders'"],
  ])('refuses a name that is not a plain identifier, exit 2 naming it: %j', (args, message) => {
    const { code, out, err } = runCli('sql', '--dialect', 'snowflake', ...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  it('an unknown dialect: exit 2 with the list of dialects', () => {
    const { code, err } = runCli('sql', '--dialect', 'mysql', '--from', 'orders', ...MAP);
    expect(code).toBe(2);
    expect(err).toContain("--dialect: 'mysql' is not one of duckdb, postgres, bigquery, snowflake");
  });

  it.each([
    [['--dialect', 'duckdb', '--from', 'orders', '--map', 'customerId=c'], 'give the column of --map orderDate=COLUMN, --map amount=COLUMN'],
    [['--dialect', 'duckdb', ...MAP], 'give --from TABLE'],
    [['--from', 'orders', ...MAP], 'give --dialect, one of duckdb, postgres, bigquery, snowflake'],
    [['--dialect', 'duckdb', '--from', 'orders', ...MAP, '--preset', 'quintile'], '--preset quintile'],
    [['--dialect', 'duckdb', '--from', 'orders', ...MAP, '--scheme', 'ten'], "--scheme: 'ten' is not one of value8, five, rfm11"],
    [['--dialect', 'duckdb', '--from', 'orders', ...MAP, '--months', '2000'], 'months: 2000'],
  ])('other mistakes: exit 2 saying what to give: %j', (args, message) => {
    const { code, err } = runCli('sql', ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
