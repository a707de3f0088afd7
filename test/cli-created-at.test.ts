// A minimal Shopify orders export (the columns a shop owner keeps), whose only date is "Created at",
// through the built CLI in memory and on DuckDB: read as an order list (its customers repeat), Name the
// order and Email the customer; every figure worked out by hand below. A customer list with a
// "Created at" whose ids never repeat is refused as a list, as before.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/xlsx/read-csv';
import { readWorkbook, runCli } from './support/cli-run';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-created-'));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
};

const SHOP = file('shop.csv', [
  'Name,Email,Financial Status,Total,Created at',
  '#1001,ann@example.com,paid,120.50,2026-10-01 12:30:45 +0800', // 2
  '#1002,ann@example.com,refunded,80.00,2026-10-03 09:10:00 +0800', // 3: refunded, not an order
  '#1003,bob@example.com,paid,1299.00,2026-09-15 20:00:00 +0800', // 4
  '#1004,bob@example.com,paid,310.00,2026-10-08 18:45:00 +0800', // 5: the latest order
  '#1005,cy@example.com,paid,45.00,2026-03-02 11:00:00 +0800', // 6
  '#1006,cy@example.com,paid,60.00,2025-08-20 15:20:00 +0800', // 7: in the 12 months before the window
]);
// As of 2026-10-08 (the latest order), the window 2025-10-08 .. 2026-10-08, the one before from 2024-10-08:
//   ann: #1001 only (#1002 refunded): 1 order, 120.50, 7 days (Oct 1 -> Oct 8), none before, first 2026-10-01
//   bob: #1003 + #1004: 2 orders, 1,299 + 310 = 1,609, 0 days, first 2026-09-15
//   cy:  #1005 in the window: 1 order, 45; 220 days (Mar 2 -> Oct 2 is 31+30+31+30+31+31+30 = 214, + 6);
//        #1006 (2025-08-20) is 1 order in the 12 months before; first order 2025-08-20
const EXPECTED = [
  ['ann@example.com', '7', '1', '120.5', '0', '2026-10-01'],
  ['bob@example.com', '0', '2', '1609', '0', '2026-09-15'],
  ['cy@example.com', '220', '1', '45', '1', '2025-08-20'],
];
const HEADER = ['Customer ID', 'Days since last order', 'Orders (12 months)', 'Amount (12 months)', 'Orders (the 12 months before)', 'First order'];

function readCsv(path: string): string[][] {
  return parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')).filter((row) => row.length > 1);
}

describe('a Shopify orders export whose only date is Created at', () => {
  it('in memory: an order list of 3 customers, Email the customer, no #1001 taken for a name', () => {
    const out = join(dir, 'memory.csv');
    const run = runCli('grade', SHOP, '-o', out, '--engine', 'memory', '--no-btyd');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('shop.csv: an order list: 6 lines, 3 customers');
    expect(run.err).toContain("warning: Financial Status: 1 line with status 'refunded' left out (not orders): row 3");
    const rows = readCsv(out);
    // No customer name column: the sheet goes straight from the id to the days.
    expect(rows[0].slice(0, 6)).toEqual(HEADER);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual(EXPECTED);
  });

  it('on DuckDB: the same customers', () => {
    const out = join(dir, 'duck.csv');
    const run = runCli('grade', SHOP, '-o', out, '--engine', 'duckdb');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('3 customers');
    expect(readCsv(out).slice(1).map((r) => r.slice(0, 6))).toEqual(EXPECTED);
  });

  it('the workbook: the customer sheet first, its ids the emails', () => {
    const out = join(dir, 'shop.xlsx');
    const run = runCli('grade', SHOP, '-o', out, '--no-btyd');
    expect(run.code, run.err).toBe(0);
    const { names, sheets } = readWorkbook(out);
    const sheet = sheets.get(names[0])!;
    expect(sheet[0].slice(0, 2)).toEqual(['Customer ID', 'Days since last order']);
    expect(sheet.slice(1, 4).map((r) => r[0])).toEqual(['ann@example.com', 'bob@example.com', 'cy@example.com']);
  });

  it('a customer list with Created at, ids never repeating, is refused as a list (its missing columns named)', () => {
    const list = file('customers.csv', [
      'Customer,Email,Total,Created at',
      'Ann,ann@example.com,120.50,2026-10-01 12:30:45 +0800',
      'Bob,bob@example.com,80.00,2026-10-03 09:10:00 +0800',
    ]);
    const run = runCli('grade', list, '-o', join(dir, 'customers.xlsx'));
    expect(run.code).toBe(3);
    expect(run.err).toContain('column not found: recency (days since last purchase, or last purchase date); frequency (number of purchases)');
    expect(run.err).not.toContain('order list');
  });
});
