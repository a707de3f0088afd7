// An order list's predictions through the built CLI (bin/crm-grader.mjs in its own process): on by
// default where the models can be fitted, said on stderr, --no-btyd leaving them out, --btyd requiring
// them (exit 3, nothing written, where they cannot be made), and the CSV output carrying them. The
// CDNOW figures are the published ones (SPEC "Buy till you die"), never the code's own output.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/xlsx/read-csv';
import { readWorkbook, runCli } from './support/cli-run';
import { sharedData } from './support/shared-data';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-btyd-'));

/** The CDNOW sample as an export would have it: customer id, order date, CDs, dollars. */
function cdnowCsv(): string {
  const path = join(dir, 'cdnow.csv');
  if (existsSync(path)) return path;
  const lines = readFileSync(sharedData('cdnow', 'CDNOW_sample.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const [, id, ymd, units, amount] = l.trim().split(/\s+/);
    return `${id},${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)},${units},${amount}`;
  });
  expect(lines).toHaveLength(6919);
  writeFileSync(path, ['Customer ID,Order Date,Units,Amount', ...lines].join('\n'));
  return path;
}

/** Two customers, one of whom came back: BG/NBD needs at least 2 who did. */
function tinyCsv(): string {
  const path = join(dir, 'tiny.csv');
  writeFileSync(path, ['Customer ID,Order Date,Amount', 'A,2026-01-05,10', 'A,2026-03-05,20', 'B,2026-02-01,5', 'B,2026-02-01,7'].join('\n'));
  return path;
}

const PREDICTIONS = ['Repeat purchases', 'Weeks from first to last purchase', 'Weeks since first purchase', 'Average repeat purchase',
  'Probability still active', 'Expected orders, next 12 months', 'Expected value, next 12 months'];

describe('an order list\'s predictions in the CLI', () => {
  it('by default: fitted on the order list, said on stderr, the published parameters on the settings sheet', () => {
    const out = join(dir, 'default.xlsx');
    const run = runCli('grade', cdnowCsv(), '-o', out, '--as-of', '1997-09-30');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('Predictions: BG/NBD fitted on 2,357 customers (probability still active and expected orders, next 12 months).\n');
    expect(run.err).toContain('Spend: Gamma-Gamma fitted on 946 customers; left out: 1,411 without a repeat purchase, 0 whose repeat purchases come to 0 or less.\n');
    const { sheets } = readWorkbook(out);
    expect(sheets.get('Customers')![0].slice(7, 14)).toEqual(PREDICTIONS);
    const settings = sheets.get('CRM Settings')!;
    const parameter = (label: string) => settings.find((row) => row[9] === label)?.[12] as number;
    expect([parameter('BG/NBD r (purchase rate, shape)'), parameter('BG/NBD alpha (purchase rate, scale)'), parameter('BG/NBD a (dropout)'),
      parameter('BG/NBD b (dropout)')].map((x) => Number(x.toFixed(3)))).toEqual([0.243, 4.414, 0.793, 2.426]);
  });

  it('-o graded.csv: the prediction columns as values, the same as the workbook caches', () => {
    const csv = join(dir, 'graded.csv'), xlsx = join(dir, 'default.xlsx');
    expect(runCli('grade', cdnowCsv(), '-o', csv, '--as-of', '1997-09-30').code).toBe(0);
    if (!existsSync(xlsx)) expect(runCli('grade', cdnowCsv(), '-o', xlsx, '--as-of', '1997-09-30').code).toBe(0);
    const table = parseCsv(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''));
    const sheet = readWorkbook(xlsx).sheets.get('Customers')!;
    expect(table[0].slice(7, 14)).toEqual(PREDICTIONS);
    const rows = table.slice(1).filter((r) => r.length > 1);
    expect(rows).toHaveLength(2357);
    rows.forEach((row, i) => {
      for (let c = 7; c < 14; c++) expect(Number(row[c]), `${row[0]} column ${c}`).toBeCloseTo(sheet[i + 1][c] as number, 9);
    });
  });

  it('--no-btyd leaves them out', () => {
    const out = join(dir, 'none.xlsx');
    const run = runCli('grade', cdnowCsv(), '-o', out, '--as-of', '1997-09-30', '--no-btyd');
    expect(run.code, run.err).toBe(0);
    expect(run.err).not.toContain('Predictions');
    const { sheets } = readWorkbook(out);
    expect(sheets.get('Customers')![0]).not.toContain('Probability still active');
    expect(sheets.get('CRM Settings')!.flat()).not.toContain('BG/NBD r (purchase rate, shape)');
  });

  it('where they cannot be made: the order list is graded without them and stderr says why; with --btyd, exit 3 and nothing written', () => {
    const out = join(dir, 'tiny.xlsx');
    const run = runCli('grade', tinyCsv(), '-o', out);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('Predictions not written: customers who ordered on more than one day: 1; the BG/NBD model needs at least 2.\n');
    expect(readWorkbook(out).sheets.get('Customers')![0]).not.toContain('Probability still active');

    const required = join(dir, 'tiny-required.xlsx');
    const strict = runCli('grade', tinyCsv(), '-o', required, '--btyd');
    expect(strict.code).toBe(3);
    expect(strict.err).toContain('--btyd: Predictions not written: customers who ordered on more than one day: 1; the BG/NBD model needs at least 2.');
    expect(existsSync(required)).toBe(false);
  });

  it('--btyd on a customer list: exit 3, saying predictions come from an order list; --btyd with --no-btyd: exit 2', () => {
    const list = join(dir, 'list.csv');
    writeFileSync(list, ['Customer,Days since last purchase,Orders,Amount', 'A,10,12,600000', 'B,45,6,250000'].join('\n'));
    const run = runCli('grade', list, '-o', join(dir, 'list.xlsx'), '--btyd');
    expect(run.code).toBe(3);
    expect(run.err).toContain('--btyd: the predictions are made from an order list (one row per order); this file is read as a customer list');
    const both = runCli('grade', cdnowCsv(), '--btyd', '--no-btyd');
    expect(both.code).toBe(2);
    expect(both.err).toContain('--btyd and --no-btyd: give one or the other');
    expect(runCli('--help').out).toContain('--btyd, --no-btyd');
  });
});
