// The embedded engine through the built CLI (bin/crm-grader.mjs in its own process, @duckdb/node-api
// as installed): an order ledger CSV written in every form the in-memory path reads (slash, Chinese,
// year-last and serial dates, times of day, amounts with thousands separators, ¥ and 万, exponents and 7
// decimals, ids with leading zeros, spaces and thousands separators, lines without an order number, an
// empty line, a quoted line break, unreadable and blank fields) graded on DuckDB and in memory: every
// customer's columns equal, the lines left out reported with the same rows, and a few customers and
// rows checked against what this file works out by hand. Then its encodings and separators, an as-of
// date before the latest order, Parquet in and out, the workbook, a list too long for a sheet, the
// refusals, and the CLI without DuckDB installed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/xlsx/read-csv';
import { readWorkbook, runCli } from './support/cli-run';
import { encodeLegacy } from './support/legacy-encoding';
import { seedGrade } from './support/seed-rules';
import { openDuckDb } from './sql/engines';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-engine-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const HEADER = 'Order No,Customer ID,Customer Name,Order Date,Qty,Amount';
// The ledger's records, one a sheet row: the header is row 1, RECORDS[i] row i + 2. The latest readable
// order is 2026-03-31 (the default as-of date): the window runs from 2025-03-31, the one before from 2024-03-31.
const RECORDS = [
  'SO1,00123,Ann,2026-03-01,1,100', // 2
  'SO1,00123,Ann,2026-03-01,1,50.25', // 3: the same order
  'SO2,00123,,2026/3/15,1,"1,234.50"', // 4
  'SO3, 123 ,Bob,2026年2月1日,1,¥80', // 5: the id is the number 123
  '', // 6: an empty line, a row of its own
  'SO4,123,Bob B,2025-12-31 18:30,1,-20', // 7: a time of day, a credit
  ',C9,Cy,2026-01-10,1,10', // 8: no order number, an order of its own
  ',C9,Cy,2026-01-10,1,10', // 9: and another
  'SO5,C9,Cy,soon,1,10', // 10: an unreadable date
  'SO6,C9,Cy,2026-01-11,1,n/a', // 11: an unreadable amount
  'SO7,,Dee,2026-01-12,1,5', // 12: no customer id
  ',,,,,', // 13: nothing at all: not a line
  'SO8,=HYPER,"=cmd|\' /C calc\'!A0",2026-03-31,1,7', // 14: text a spreadsheet would run
  'SO9,D1,"Smith, J",2025-03-31,1,0.1', // 15: the window's first day
  'SO10,D1,"Smith, J",2025-03-30,1,0.2', // 16: the day before: the window before
  'SO11,E1,Eve,45000,1,5', // 17: a serial, 2023-03-15
  'SO12,E1,Eve,2026-03-31,1,1.5万', // 18: 15,000
  'SO13,F1,Fay,31/12/2025,1,300', // 19: day first, as 31 shows
  'SO14,F1,Fay,1/2/2026,1,300', // 20: so 1 February 2026
  'SO15,G1,"Gus\nJr",2026-03-30,1,60', // 21: a line break inside quotes: one record
  'SO16,0042,Hal,2026-03-31,1,1e3', // 22: 1,000
  'SO17,0042,Hal,2026-03-31,1,12.3456789', // 23: seven places
  'SO18,J1,Jo,,1,5', // 24: no date
  'SO19,J1,Jo,2026-03-01,1,', // 25: no amount
  'SO20,"1,234",Kim,2026-03-31,1,5', // 26: the number 1234
  'SO21,1234,Kim,2026-03-30,1,5', // 27: the same customer
  ...Array.from({ length: 30 }, (_, k) => `SO${30 + k},M${k % 3},Many,2026-01-${String(k + 1).padStart(2, '0')},1,${1000 * (k + 1)}`), // 28-57
  'SO60,N1,Neg,2026-03-20,1,-50', // 58: credits outweigh orders: below the M table, not graded
];
const csvText = (newline = '\n', separator = ',') => [HEADER, ...RECORDS].join(newline).replace(/,/g, (c) => (separator === ',' ? c : separator));
const ledger = file('orders.csv', csvText());

interface Run { code: number | null; out: string; err: string }
const grade = (input: string, output: string, ...more: string[]): Run => runCli('grade', input, '-o', output, ...more);
/** A graded CSV as rows of fields (quoting aside: DuckDB quotes a field holding '#'), the byte-order mark checked and dropped. */
function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(text.slice(1)).filter((row) => row.length > 1);
}
const warnings = (err: string) => err.split('\n').filter((l) => l.startsWith('warning: '));
const summaryLines = (err: string) => err.split('\n').filter((l) => / an order list: |^as of |^graded /.test(l));
const summaryLinesZh = (err: string) => err.split('\n').filter((l) => /：订单台账，|^截至 |^已分级 /.test(l));

describe('an order ledger CSV graded on the embedded engine and in memory', () => {
  const memory = grade(ledger, join(dir, 'memory.csv'), '--engine', 'memory', '--no-btyd');
  const duck = grade(ledger, join(dir, 'duck.csv'), '--engine', 'duckdb');
  const memoryRows = readCsv(join(dir, 'memory.csv'));
  const duckRows = readCsv(join(dir, 'duck.csv'));

  it('both grade it (exit 0), and the engine says it graded', () => {
    expect(memory.code, memory.err).toBe(0);
    expect(duck.code, duck.err).toBe(0);
    expect(duck.err).toContain('engine: DuckDB, in-process (--engine duckdb)');
    expect(memory.err).not.toContain('engine: DuckDB');
  });

  it('writes the same columns and, customer for customer, the same values', () => {
    expect(duckRows[0]).toEqual(memoryRows[0]);
    expect(duckRows[0]).toEqual(['Customer ID', 'Customer name', 'Days since last order', 'Orders (12 months)', 'Amount (12 months)',
      'Orders (the 12 months before)', 'First order', 'Customer status', 'R score', 'F score', 'M score', 'RFM code', 'Segment', 'Data problem']);
    expect(duckRows.length).toBe(memoryRows.length);
    expect(duckRows.length - 1).toBe(14);
    duckRows.forEach((row, i) => expect(row, row[0]).toEqual(memoryRows[i]));
  });

  it('gives the customers worked out by hand (as of 2026-03-31)', () => {
    const by = new Map(duckRows.slice(1).map((r) => [r[0], r]));
    // id: days, orders, amount, orders before, first order, status, then the seed's grade by hand.
    const want: Record<string, [number, number, number, number, string, string]> = {
      '00123': [16, 2, 1384.75, 0, '2026-03-01', 'New'],
      '123': [58, 2, 60, 0, '2025-12-31', 'New'],
      C9: [80, 2, 20, 0, '2026-01-10', 'New'],
      D1: [365, 1, 0.1, 1, '2025-03-30', 'Returning'],
      E1: [0, 1, 15_000, 0, '2023-03-15', 'Returning'],
      F1: [58, 2, 600, 0, '2025-12-31', 'New'],
      '0042': [0, 2, 1012.3456789, 0, '2026-03-31', 'New'],
      '1234': [0, 2, 10, 0, '2026-03-30', 'New'],
      M0: [62, 10, 145_000, 0, '2026-01-01', 'New'], // its lines on 1, 4, ... 28 January: 1,000 x (1 + 4 + ... + 28)
    };
    for (const [id, [days, orders, amount, before, first, status]] of Object.entries(want)) {
      const row = by.get(id)!;
      expect(row, id).toBeDefined();
      const g = seedGrade(days, orders, amount)!;
      expect([row[2], row[3], row[4], row[5], row[6], row[7]].map(String), id).toEqual([days, orders, amount, before, first, status].map(String));
      expect(row.slice(8, 13), id).toEqual([g.r, g.f, g.m, g.code, g.segment].map(String));
    }
    // The first line's name, a line break and all; text that would run as a formula, written as text.
    expect(by.get('G1')![1]).toBe('Gus\nJr');
    expect(by.has("'=HYPER")).toBe(true);
    expect(by.get("'=HYPER")![1]).toBe("'=cmd|' /C calc'!A0");
    // A credit balance: no scores, the sheet's #VALUE! (below M's first band, as RFM_SCORE says), and why.
    expect(by.get('N1')!.slice(2, 14)).toEqual(['11', '1', '-50', '0', '2026-03-20', 'New', '#VALUE!', '#VALUE!', '#VALUE!', '#VALUE!', '#VALUE!',
      "monetary: -50 is below the band table's first 'from' (0)"]);
    // Jo has no line that can be read: no customer. Customers in the order they first appear.
    expect(by.has('J1')).toBe(false);
    expect(duckRows.slice(1, 4).map((r) => r[0])).toEqual(['00123', '123', 'C9']);
  });

  it('reports the lines it leaves out with the same rows and examples, worked out by hand', () => {
    expect(warnings(duck.err)).toEqual(warnings(memory.err));
    expect(warnings(duck.err)).toEqual([
      "warning: Order Date: not dates ('soon') in row 10",
      "warning: Amount: not numbers ('n/a') in row 11",
      'warning: Customer ID: blank cells in row 12',
      'warning: Order Date: blank cells in row 24',
      'warning: Amount: blank cells in row 25',
    ]);
    expect(summaryLines(duck.err)).toEqual(summaryLines(memory.err));
    // 57 records, less the empty one and the one with nothing: 55 lines; 14 customers with a readable line.
    expect(summaryLines(duck.err)[0]).toBe(`${ledger}: an order list: 55 lines, 14 customers`);
    expect(summaryLines(duck.err)[2]).toBe('graded 13 customers, 1 could not be graded (see the Data problem column)');
  });

  it('reads a title and an empty line above the header as in memory, and counts the empty lines below it', () => {
    const path = file('titled.csv', ['Sales report 2026', '', HEADER, 'SO1,A1,Ann,2026-01-01,1,5', 'SO2,A1,Ann,2026-01-05,1,6', '',
      'SO3,B1,Bo,2026-01-03,1,x', 'SO4,B1,Bo,2026-01-04,1,7'].join('\n'));
    const runs = ['duckdb', 'memory'].map((engine) => grade(path, join(dir, `titled-${engine}.csv`), '--engine', engine, '--no-btyd'));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    // The title is row 1, the empty line row 2, the header row 3; the unreadable amount is on row 7.
    expect(warnings(runs[0].err)).toEqual(["warning: Amount: not numbers ('x') in row 7"]);
    expect(warnings(runs[1].err)).toEqual(warnings(runs[0].err));
    expect(readCsv(join(dir, 'titled-duckdb.csv'))).toEqual(readCsv(join(dir, 'titled-memory.csv')));
  });

  it('reads the same file with CRLF line ends, with semicolons, and in GBK as Chinese Excel saves it', () => {
    const variants = {
      crlf: file('crlf.csv', csvText('\r\n')),
      semicolon: file('semicolon.csv', csvText('\n', ';').replace('"1;234.50"', '1,234.50').replace('"1;234"', '1,234').replace('"Smith; J"', '"Smith, J"')),
      // ¥ has no two-byte GBK code: the amount is written without it.
      gbk: file('gbk.csv', encodeLegacy(csvText().replace('¥80', '80'), 'gb18030')),
    };
    for (const [name, path] of Object.entries(variants)) {
      const run = grade(path, join(dir, `${name}-duck.csv`), '--engine', 'duckdb');
      expect(run.code, `${name}: ${run.err}`).toBe(0);
      expect(warnings(run.err), name).toEqual(warnings(duck.err));
      const rows = readCsv(join(dir, `${name}-duck.csv`)).slice(1);
      expect(rows, name).toEqual(duckRows.slice(1));
    }
  });
});

describe('an as-of date before the latest order, on the engine and in memory', () => {
  const memory = grade(ledger, join(dir, 'asof-memory.csv'), '--engine', 'memory', '--no-btyd', '--as-of', '2026-03-15');
  const duck = grade(ledger, join(dir, 'asof-duck.csv'), '--engine', 'duckdb', '--as-of', '2026-03-15');

  it('leaves out the lines after it and the customers with no line before it, reported alike', () => {
    expect([memory.code, duck.code]).toEqual([0, 0]);
    expect(warnings(duck.err)).toEqual(warnings(memory.err));
    expect(summaryLines(duck.err)).toEqual(summaryLines(memory.err));
    // Lines after 2026-03-15, by hand: rows 14, 18, 21, 22, 23, 26, 27, 58; every line of =HYPER, G1, 0042, 1234 and N1 is after it.
    expect(warnings(duck.err)).toContain('warning: Order Date: 8 order lines after 2026-03-15, left out (rows 14, 18, 21, 22, 23, 26, 27, 58)');
    expect(warnings(duck.err)).toContain("warning: Customer ID: 5 customers have every order after 2026-03-15 and are not graded ('=HYPER', 'G1', '0042'; rows 14, 21, 22, 26, 58)");
    expect(readCsv(join(dir, 'asof-duck.csv'))).toEqual(readCsv(join(dir, 'asof-memory.csv')));
  });
});

// Order statuses (docs/ledgers.md): a Taobao-style and a Shopify-style export, graded on both paths.
const TAOBAO = file('taobao.csv', [
  '订单编号,买家会员名,订单创建时间,订单状态,实付款(元)',
  'T1001,小王,2026-10-01 10:15:00,交易成功,¥120.50', // 2
  'T1002,小王,2026-10-05 20:01:33,交易关闭,¥88.00', // 3: not an order
  'T1003,小李,2026-10-06 09:00:00,交易成功,"¥1,200.00"', // 4
  'T1004,小王,2026-10-08 12:00:00,等待买家付款,¥60.00', // 5: not an order
  'T1005,小李,2026-10-09 18:30:00,卖家已发货,¥300.00', // 6
  'T1006,小张,2026-10-12 11:11:11,交易关闭,¥50.00', // 7: not an order, 小张's only line
  'T1007,小李,2026-10-20 08:00:00, 交易关闭 ,', // 8: not an order (spaces around it), amount blank
].join('\n'));
const SHOPIFY = file('shopify.csv', [
  'Name,Email,Financial Status,Total,Created at',
  '#1001,ann@example.com,paid,100.00,2026-09-01 10:00:00 +0800', // 2
  '#1002,ann@example.com,refunded,40.00,2026-09-10 10:00:00 +0800', // 3: not an order
  '#1003,ann@example.com,partially_refunded,60.00,2026-09-20 10:00:00 +0800', // 4: counts
  '#1004,bob@example.com,voided,25.00,2026-09-25 10:00:00 +0800', // 5: not an order
  '#1005,bob@example.com,paid,80.00,2026-09-28 10:00:00 +0800', // 6
  '#1006,bob@example.com,,5.00,2026-09-27 10:00:00 +0800', // 7: no status: counts
].join('\n'));
const SHOPIFY_MAP = ['--map', 'orderId=Name', '--map', 'orderDate=Created at'];
const allWarnings = (err: string) => err.split('\n').filter((l) => /^(warning: |警告：)/.test(l));

describe('order statuses, on the embedded engine and in memory', () => {
  it('Taobao: the same customers and the same lines left out, worked out by hand', () => {
    const memory = grade(TAOBAO, join(dir, 'taobao-memory.csv'), '--engine', 'memory', '--no-btyd');
    const duck = grade(TAOBAO, join(dir, 'taobao-duck.csv'), '--engine', 'duckdb');
    expect([memory.code, duck.code], memory.err + duck.err).toEqual([0, 0]);
    const rows = readCsv(join(dir, 'taobao-duck.csv'));
    expect(rows).toEqual(readCsv(join(dir, 'taobao-memory.csv')));
    // As of 2026-10-09 (the latest line that counts): 小王 one order of 120.50 8 days before, 小李 two
    // (1,200 + 300), 小张 none at all.
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([['小王', '8', '1', '120.5'], ['小李', '0', '2', '1500']]);
    expect(allWarnings(duck.err)).toEqual(allWarnings(memory.err));
    expect(allWarnings(duck.err)).toEqual([
      '警告：订单状态：3 行状态为“交易关闭”，不是订单，未计入：第 3、7、8 行',
      '警告：订单状态：1 行状态为“等待买家付款”，不是订单，未计入：第 5 行',
    ]);
    expect(summaryLinesZh(duck.err)).toEqual(summaryLinesZh(memory.err));
  });

  it('Taobao with --count-all-statuses: every line counts, and stderr still says how many', () => {
    const memory = grade(TAOBAO, join(dir, 'taobao-all-memory.csv'), '--engine', 'memory', '--no-btyd', '--count-all-statuses');
    const duck = grade(TAOBAO, join(dir, 'taobao-all-duck.csv'), '--engine', 'duckdb', '--count-all-statuses');
    expect([memory.code, duck.code]).toEqual([0, 0]);
    const rows = readCsv(join(dir, 'taobao-all-duck.csv'));
    expect(rows).toEqual(readCsv(join(dir, 'taobao-all-memory.csv')));
    // Row 8's amount is blank: as of 小张's 2026-10-12; 小王 3 orders, 120.50 + 88 + 60 = 268.50, 4 days.
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([['小王', '4', '3', '268.5'], ['小李', '3', '2', '1500'], ['小张', '0', '1', '50']]);
    expect(allWarnings(duck.err)).toEqual(allWarnings(memory.err));
    expect(allWarnings(duck.err)[0]).toBe('警告：订单状态：3 行状态为“交易关闭”，已按订单计入（--count-all-statuses）：第 3、7、8 行');
    expect(allWarnings(duck.err)[2]).toBe('警告：实付款(元)：第 8 行为空');
  });

  it('Shopify: refunded and voided left out, partially refunded and a blank status counted', () => {
    const memory = grade(SHOPIFY, join(dir, 'shopify-memory.csv'), '--engine', 'memory', '--no-btyd', ...SHOPIFY_MAP);
    const duck = grade(SHOPIFY, join(dir, 'shopify-duck.csv'), '--engine', 'duckdb', ...SHOPIFY_MAP);
    expect([memory.code, duck.code], memory.err + duck.err).toEqual([0, 0]);
    const rows = readCsv(join(dir, 'shopify-duck.csv'));
    expect(rows).toEqual(readCsv(join(dir, 'shopify-memory.csv')));
    // As of 2026-09-28: ann #1001 + #1003 = 160 in 2 orders, 8 days; bob #1005 + #1006 = 85 in 2, 0 days.
    // Name, mapped to the order id, is no one's name: the days follow the id.
    expect(rows[0].slice(0, 2)).toEqual(['Customer ID', 'Days since last order']);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([['ann@example.com', '8', '2', '160'], ['bob@example.com', '0', '2', '85']]);
    expect(allWarnings(duck.err)).toEqual(allWarnings(memory.err));
    expect(allWarnings(duck.err)).toEqual([
      "warning: Financial Status: 1 line with status 'refunded' left out (not orders): row 3",
      "warning: Financial Status: 1 line with status 'voided' left out (not orders): row 5",
    ]);
  });

  it('a Parquet file with a status column: the same lines left out as its CSV twin in memory', async () => {
    const parquet = join(dir, 'taobao.parquet');
    const db = await openDuckDb();
    try {
      await db.run(`COPY (SELECT * FROM read_csv('${TAOBAO}', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    } finally {
      db.close();
    }
    const fromParquet = grade(parquet, join(dir, 'taobao-parquet.csv'));
    expect(fromParquet.code, fromParquet.err).toBe(0);
    expect(readCsv(join(dir, 'taobao-parquet.csv'))).toEqual(readCsv(join(dir, 'taobao-memory.csv')));
    expect(allWarnings(fromParquet.err)).toEqual([
      '警告：订单状态：3 行状态为“交易关闭”，不是订单，未计入：第 3、7、8 行',
      '警告：订单状态：1 行状态为“等待买家付款”，不是订单，未计入：第 5 行',
    ]);
  });
});

describe('Parquet in and out', () => {
  // A ledger as a warehouse exports it: typed columns, ids as text with their leading zeros, one amount missing.
  const parquet = join(dir, 'orders.parquet');
  const LINES: [order: string, customer: string, date: string, amount: number | null][] = [
    ['SO1', '00123', '2026-03-01', 100], ['SO1', '00123', '2026-03-01', 50.25], ['SO2', '00123', '2026-03-15', 1234.5],
    ['SO3', '123', '2026-02-01', 80], ['SO4', '123', '2025-12-31', -20], ['SO5', 'D1', '2025-03-31', 0.1], ['SO6', 'D1', '2025-03-30', 0.2],
    ['SO7', 'D1', '2026-01-01', null], ['SO8', 'E1', '2026-03-31', 15000], ['SO9', 'E1', '2024-06-30', 7],
  ];

  it('grades a Parquet ledger (DATE, DECIMAL, text ids) as the in-memory path grades the same lines as CSV', async () => {
    const db = await openDuckDb();
    try {
      const values = LINES.map(([o, c, d, a]) => `('${o}', '${c}', DATE '${d}', ${a ?? 'NULL'})`).join(', ');
      await db.run(`COPY (SELECT order_no, customer_id, order_date, CAST(amount AS DECIMAL(12, 2)) AS amount
        FROM (VALUES ${values}) AS t(order_no, customer_id, order_date, amount)) TO '${parquet}' (FORMAT parquet)`);
    } finally {
      db.close();
    }
    const csv = file('parquet-twin.csv', ['order_no,customer_id,order_date,amount', ...LINES.map((l) => l.map((v) => v ?? '').join(','))].join('\n'));
    const fromParquet = grade(parquet, join(dir, 'from-parquet.csv'));
    const fromCsv = grade(csv, join(dir, 'from-csv.csv'), '--engine', 'memory', '--no-btyd');
    expect(fromParquet.code, fromParquet.err).toBe(0);
    expect(fromParquet.err).toContain('engine: DuckDB, in-process (a Parquet file)');
    const got = readCsv(join(dir, 'from-parquet.csv'));
    expect(got).toEqual(readCsv(join(dir, 'from-csv.csv')));
    // By hand, as of 2026-03-31: 00123 16 days, 2 orders, 1,384.75; D1 365 days, 1 order of 0.1, 1 before.
    expect(got.slice(1, 4).map((r) => r.slice(0, 7))).toEqual([
      ['00123', '16', '2', '1384.75', '0', '2026-03-01', 'New'], ['123', '58', '2', '60', '0', '2025-12-31', 'New'],
      ['D1', '365', '1', '0.1', '1', '2025-03-30', 'Returning'],
    ]);
    // The missing amount: its row as a sheet of the file would show it (the header on row 1).
    expect(warnings(fromParquet.err)).toEqual(['warning: amount: blank cells in row 9']);
    expect(warnings(fromCsv.err)).toEqual(warnings(fromParquet.err));
  });

  it('reads a Parquet file of text columns as a workbook of text cells: the forms only the core reads, by the core', async () => {
    // Text as a warehouse may hold it: slash and Chinese dates, amounts with separators and ¥, ids with spaces.
    const TEXT: [string, string, string, string][] = [
      ['SO1', ' 00123 ', '2026/3/1', '1,234.50'], ['SO2', '00123', '2026年3月15日', '¥66'], ['SO3', 'B2', '2026-03-31', '5'],
      ['SO4', 'B2', 'soon', '5'], ['SO5', 'B2', '2026-03-30', 'n/a'], ['SO6', 'B2', '2026-03-30', '1.5万'],
    ];
    const path = join(dir, 'text.parquet');
    const db = await openDuckDb();
    try {
      const values = TEXT.map((r) => `(${r.map((v) => `'${v}'`).join(', ')})`).join(', ');
      await db.run(`COPY (SELECT * FROM (VALUES ${values}) AS t(order_no, customer_id, order_date, amount)) TO '${path}' (FORMAT parquet)`);
    } finally {
      db.close();
    }
    const run = grade(path, join(dir, 'text.csv'));
    expect(run.code, run.err).toBe(0);
    // By hand, as of 2026-03-31: 00123 16 days (last order 15 March), 2 orders, 1,300.50; B2 0 days, 2 orders, 15,005.
    expect(readCsv(join(dir, 'text.csv')).slice(1).map((r) => r.slice(0, 4))).toEqual([['00123', '16', '2', '1300.5'], ['B2', '0', '2', '15005']]);
    expect(warnings(run.err)).toEqual(["warning: order_date: not dates ('soon') in row 5", "warning: amount: not numbers ('n/a') in row 6"]);
  });

  it('writes Parquet: the graded sheet\'s columns, typed, the same values as the CSV', async () => {
    const run = grade(ledger, join(dir, 'graded.parquet'));
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('(-o .parquet)');
    const db = await openDuckDb();
    try {
      const types = await db.query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${join(dir, 'graded.parquet')}'))`);
      expect(types.map((t) => t.column_type)).toEqual(['VARCHAR', 'VARCHAR', 'BIGINT', 'BIGINT', 'DECIMAL(38,10)', 'BIGINT', 'DATE', 'VARCHAR',
        'INTEGER', 'INTEGER', 'INTEGER', 'INTEGER', 'VARCHAR', 'VARCHAR']);
      const got = await db.query(`SELECT * FROM read_parquet('${join(dir, 'graded.parquet')}')`);
      const csv = readCsv(join(dir, 'duck.csv'));
      expect(got.length).toBe(csv.length - 1);
      got.forEach((row, i) => {
        const want = csv[i + 1];
        const [id, name, days, orders, amount, before, first, status, r, f, m, code, segment] = Object.values(row);
        // The CSV guards text a spreadsheet would run; Parquet holds it as it is.
        expect([id, name].map((t) => (t && /^[=+\-@]/.test(t) ? `'${t}` : t ?? ''))).toEqual(want.slice(0, 2));
        expect([days, orders, Number(amount), before, first, status]).toEqual([want[2], want[3], Number(want[4]), want[5], want[6], want[7]]);
        // Parquet's NULL where the sheet shows #VALUE! (a customer no band could score), and why.
        expect([r, f, m, code, segment].map((v) => v ?? '#VALUE!')).toEqual(want.slice(8, 13));
        expect(row['Data problem'] ?? '').toBe(want[13]);
      });
    } finally {
      db.close();
    }
  });
});

describe('the workbook from the engine', () => {
  it('is the in-memory path\'s workbook, sheet for sheet and cell for cell', () => {
    const duck = grade(ledger, join(dir, 'duck.xlsx'), '--engine', 'duckdb');
    const memory = grade(ledger, join(dir, 'memory.xlsx'), '--engine', 'memory', '--no-btyd');
    expect([duck.code, memory.code]).toEqual([0, 0]);
    expect(warnings(duck.err)).toEqual(warnings(memory.err));
    const a = readWorkbook(join(dir, 'duck.xlsx')), b = readWorkbook(join(dir, 'memory.xlsx'));
    expect(a.names).toEqual(['Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']);
    expect(a.names).toEqual(b.names);
    for (const name of a.names) expect(a.sheets.get(name), name).toEqual(b.sheets.get(name));
  });

  it('is refused, with the numbers, when the customers do not fit in a sheet (exit 4)', async () => {
    const big = join(dir, 'big.parquet');
    const db = await openDuckDb();
    try {
      // 1,048,576 customers (one more than a sheet holds below its header), one of them twice.
      await db.run(`COPY (SELECT 'C' || range AS customer_id, DATE '2026-01-01' AS order_date, 1.0 AS amount FROM range(1048576)
        UNION ALL SELECT 'C0', DATE '2026-01-02', 1.0) TO '${big}' (FORMAT parquet)`);
    } finally {
      db.close();
    }
    const run = grade(big, join(dir, 'big.xlsx'));
    expect(run.code, run.err).toBe(4);
    expect(run.err).toContain('1,048,576 customers do not fit in a sheet (1,048,575 rows below the header): write -o .csv or .parquet');
    expect(existsSync(join(dir, 'big.xlsx'))).toBe(false);
  });
});

describe('what the engine refuses, and the CLI without DuckDB', () => {
  it.each([
    [['--engine', 'fast'], "--engine: 'fast' is not one of auto, duckdb, memory"],
    [['--engine', 'duckdb', '--preset', 'quintile'], '--preset quintile: --engine duckdb, with fixed bands'],
    [['--engine', 'duckdb', '--keep-rows'], '--keep-rows: --engine duckdb'],
    [['--engine', 'memory', '--no-btyd', '-o', join(dir, 'x.parquet')], '-o .parquet is written by the embedded engine: drop --engine memory'],
    [['--memory-mb', '10'], "--memory-mb: '10' is not a whole number of megabytes from 64"],
  ])('%j: exit 2', (args, message) => {
    const run = runCli('grade', ledger, ...args);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it('a ledger\'s header whose ids never repeat, on the engine: read as the in-memory path reads it (exit 3, asking for --ledger)', () => {
    const path = file('unique.csv', [HEADER, 'SO1,A1,Ann,2026-01-01,1,5', 'SO2,B1,Bo,2026-01-02,1,6', 'SO3,C1,Cy,2026-01-03,1,7'].join('\n'));
    const duck = runCli('grade', path, '-o', join(dir, 'unique-duck.csv'), '--engine', 'duckdb');
    const memory = runCli('grade', path, '-o', join(dir, 'unique-memory.csv'), '--engine', 'memory', '--no-btyd');
    expect([duck.code, memory.code]).toEqual([3, 3]);
    expect(duck.err).toContain('no customer id appears on two lines: if each line is one order, give --ledger');
    expect(duck.err.split('\n').filter((l) => l.startsWith('crm-grader:'))).toEqual(memory.err.split('\n').filter((l) => l.startsWith('crm-grader:')));
    // With --ledger, each line is an order: graded on the engine as in memory.
    const ledgerDuck = runCli('grade', path, '-o', join(dir, 'unique-ledger-duck.csv'), '--engine', 'duckdb', '--ledger');
    const ledgerMemory = runCli('grade', path, '-o', join(dir, 'unique-ledger-memory.csv'), '--engine', 'memory', '--no-btyd', '--ledger');
    expect([ledgerDuck.code, ledgerMemory.code]).toEqual([0, 0]);
    expect(readCsv(join(dir, 'unique-ledger-duck.csv'))).toEqual(readCsv(join(dir, 'unique-ledger-memory.csv')));
  });

  it('a customer list with --engine duckdb is graded as it streams, in memory, saying so', () => {
    const path = file('list.csv', ['Customer ID,Days since last purchase,Orders,Amount', 'A1,10,3,500', 'B1,200,1,20'].join('\n'));
    const run = runCli('grade', path, '-o', join(dir, 'list-duck.csv'), '--engine', 'duckdb');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('note: --engine duckdb grades order lists; a customer list is graded as it streams, in memory');
    expect(run.err).toContain('a customer list: 2 rows');
  });

  it('a Parquet file with --engine memory, or an .xlsx with --engine duckdb: exit 2', () => {
    expect(runCli('grade', join(dir, 'orders.parquet'), '--engine', 'memory', '--no-btyd').err).toContain('a Parquet file is read by the embedded engine only');
    expect(runCli('grade', join(dir, 'orders.parquet'), '--list').err).toContain('a customer list is graded from .csv or .xlsx');
    expect(runCli('grade', join(dir, 'memory.xlsx'), '--engine', 'duckdb').code).toBe(2);
  });

  // The built CLI alone, away from any node_modules: as installed without its optional dependency.
  const bare = join(dir, 'bare');
  mkdirSync(bare);
  copyFileSync(join(__dirname, '..', 'dist', 'cli', 'crm-grader.mjs'), join(bare, 'crm-grader.mjs'));
  const bareCli = (...args: string[]) => runCliAt(join(bare, 'crm-grader.mjs'), args);

  it('without @duckdb/node-api: a Parquet file or --engine duckdb is refused (exit 3) saying how to install it', () => {
    for (const args of [['grade', join(dir, 'orders.parquet')], ['grade', ledger, '--engine', 'duckdb', '-o', join(dir, 'bare.csv')]]) {
      const run = bareCli(...args);
      expect(run.code, run.err).toBe(3);
      expect(run.err).toContain('the embedded engine needs @duckdb/node-api, which is not installed: run `npm install @duckdb/node-api`');
    }
  });

  it('without @duckdb/node-api: a CSV past the threshold is graded in memory, saying why', () => {
    // 17 MB of order lines: past the 16 MB where --engine auto sends a CSV to DuckDB.
    const body: string[] = [];
    for (let i = 0; body.length < 400_000; i++) body.push(`SO${i},C${i % 20_000},Name ${i % 20_000},2026-0${1 + (i % 9)}-1${i % 10},1,${(i % 997) + 0.5}`);
    const big = file('big.csv', [HEADER, ...body].join('\n'));
    expect(readFileSync(big).length).toBeGreaterThan(16 * 1024 * 1024);
    const run = bareCli('grade', big, '-o', join(dir, 'big-bare.csv'));
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('note: the embedded engine needs @duckdb/node-api, which is not installed');
    expect(run.err).toContain('grading in memory instead');
    expect(run.err).toContain('big.csv: an order list: 400,000 lines, 20,000 customers');
    // With DuckDB installed, the same file goes to the engine, which says why.
    const withDuck = grade(big, join(dir, 'big-duck.csv'));
    expect(withDuck.code, withDuck.err).toBe(0);
    expect(withDuck.err).toMatch(/engine: DuckDB, in-process \(\d+ MB, past 16 MB; --engine memory grades it in memory\)/);
    expect(readCsv(join(dir, 'big-duck.csv'))).toEqual(readCsv(join(dir, 'big-bare.csv')));
  });
});

/** The CLI bundle at `path` run in its own process. */
function runCliAt(path: string, args: string[]): Run {
  const run = spawnSync(process.execPath, [path, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
