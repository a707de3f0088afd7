// A ledger's graded workbook proven in real LibreOffice: a generated order ledger (every status, every
// band, multi-line orders, returns, a customer with a credit balance) graded by the built CLI, every
// formula's cached value removed, recalculated, and each graded cell of the customer sheet and each
// figure of the summary sheet (segments, the stocktake, its per-segment counts, the customers by
// probability still active) compared with the value the CLI cached: what the workbook shows on opening is
// what its formulas compute. The buy-till-you-die predictions are on by default: the generated ledger's
// customers buy evenly until they stop, which the BG/NBD model cannot identify (no column is written and
// the CLI says why); the CDNOW sample, as of the end of its calibration period, gets them, and its
// P(alive) and expected value (formulas over the settings sheet's fitted parameters) are recalculated too.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, runCli } from '../support/cli-run';
import { sharedData } from '../support/shared-data';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';
import { formulaCount } from '../support/sheet-formulas';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-ledger-lo-'));
const CUSTOMERS = 400;

/** A seeded ledger: customers ordering between 2024-01 and 2026-11, some orders of two lines, some returns. */
function ledgerCsv(): string {
  let s = 5;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const lines = ['Order No,Customer ID,Customer Name,Order Date,Amount'];
  let order = 0;
  for (let c = 0; c < CUSTOMERS; c++) {
    const id = `K${String(c).padStart(4, '0')}`;
    // Each customer buys for a while: from a start day to an end day, 1 to 14 orders.
    const start = Math.floor(rand() * 1000), span = Math.floor(rand() * (1060 - start));
    const orders = 1 + Math.floor(rand() * 14);
    for (let k = 0; k < orders; k++) {
      const date = new Date(Date.UTC(2024, 0, 1) + (start + Math.floor(rand() * span)) * 86_400_000).toISOString().slice(0, 10);
      const no = `SO${++order}`;
      const amount = Math.round(rand() * 120_000 * 100) / 100;
      lines.push(`${no},${id},Customer ${c},${date},${amount}`);
      if (rand() < 0.2) lines.push(`${no},${id},Customer ${c},${date},${Math.round(rand() * 30_000)}`);
      if (rand() < 0.05) lines.push(`R${order},${id},Customer ${c},${date},-${Math.round(rand() * 5_000)}`);
    }
  }
  // A customer whose credit outweighs the order: no M score, still a returning customer in the stocktake.
  lines.push('SO-X1,KX,Credit Co,2025-06-01,100', 'SO-X2,KX,Credit Co,2026-11-29,500', 'RX,KX,Credit Co,2026-11-29,-900');
  return lines.join('\n');
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A cached value and LibreOffice's text for the same cell: equal as numbers (to 1e-9) or as text. */
function same(cached: unknown, recalculated: string | undefined): boolean {
  const text = recalculated ?? '';
  // LibreOffice writes a percent-formatted cell as 9.73451312410939%.
  if (typeof cached === 'number') return text !== '' && close(cached, text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text));
  if (typeof cached === 'boolean') return text.toUpperCase() === String(cached).toUpperCase();
  return text === String(cached ?? '');
}

/** Grades `csv` with the built CLI, reads what it cached, strips every formula's cached value (at least
 * `formulas` of them) and has LibreOffice recalculate the workbook. */
function gradeAndRecalculate(name: string, csv: string, formulas: number, ...options: string[]) {
  const input = join(dir, `${name}.csv`), xlsx = join(dir, `${name}.xlsx`);
  writeFileSync(input, csv);
  const run = runCli('grade', input, '-o', xlsx, ...options);
  expect(run.code, run.err).toBe(0);
  const cached = readWorkbook(xlsx).sheets;
  let stripped = 0;
  editXlsx(xlsx, (part, text) => {
    if (!part.startsWith('xl/worksheets/')) return text;
    const out = stripCachedValues(text);
    stripped += formulaCount(out);
    return out;
  });
  expect(stripped).toBeGreaterThan(formulas);
  return { err: run.err, cached, recalculated: recalculateWithLibreOffice(xlsx) };
}

let cached: Map<string, unknown[][]>;
let recalculated: Map<string, string[][]>;
let stderr: string;

beforeAll(() => {
  ({ cached, recalculated, err: stderr } = gradeAndRecalculate('ledger', ledgerCsv(), 5 * CUSTOMERS, '--keep-rows'));
}, 180_000);

describe('a graded ledger, recalculated by LibreOffice', () => {
  it('gives every customer the R, F, M scores, code and segment the CLI cached', () => {
    const mine = cached.get('Customers')!, theirs = recalculated.get('Customers')!;
    const r0 = mine[0].indexOf('R score');
    expect(mine[0].slice(r0, r0 + 6)).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment', 'Data problem']);
    const code = r0 + 3;
    expect(theirs.filter((r) => r[0] !== '').length).toBe(mine.length);
    const codes = new Set<unknown>();
    for (let r = 1; r < mine.length; r++) {
      // A row that cannot be graded too: its error in all five columns, cached and recalculated.
      for (const c of [r0, r0 + 1, r0 + 2, code, code + 1]) expect(same(mine[r][c], theirs[r][c]), `${mine[r][0]} column ${c}: ${JSON.stringify(mine[r][c])} / ${theirs[r][c]}`).toBe(true);
      codes.add(mine[r][code]);
    }
    // The ledger reaches every band and the credit customer has no grade.
    expect(codes.size).toBeGreaterThan(12);
    // its balance (-300) is below M's first band: #VALUE!, as RFM_SCORE says
    const kx = mine.find((r) => r[0] === 'KX')!;
    expect([r0, r0 + 1, r0 + 2, code, code + 1].map((c) => kx[c])).toEqual(Array(5).fill('#VALUE!'));
  });

  it('writes no prediction column where the BG/NBD model cannot be fitted, and says why', () => {
    expect(stderr).toContain('Predictions not written: BG/NBD: these data cannot determine b; the best fit drives it towards ∞.');
    expect(cached.get('Customers')![0]).not.toContain('Probability still active');
    expect(cached.get('CRM Settings')!.flat()).toContain('Not fitted: BG/NBD: these data cannot determine b; the best fit drives it towards ∞');
    expect(cached.get('CRM Summary')!.flat()).not.toContain('80% or more');
  });

  it('gives the stocktake and every figure of the summary sheet the CLI cached', () => {
    const mine = cached.get('CRM Summary')!, theirs = recalculated.get('CRM Summary')!;
    let compared = 0;
    mine.forEach((row, r) => row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      expect(same(cell, theirs[r]?.[c]), `row ${r + 1} column ${c + 1}: ${cell} / ${theirs[r]?.[c]}`).toBe(true);
      compared++;
    }));
    expect(compared).toBeGreaterThan(100);
    const status = (label: string) => mine.find((row) => row[0] === label)!;
    // Each status is there, so each formula is checked on a figure that is not 0.
    for (const label of ['New', 'Returning', 'Lost', 'Inactive']) expect(status(label)[1], label).toBeGreaterThan(0);
  });

  it('keeps the ledger as read: the copy holds every line', () => {
    expect(cached.get('ledger')!.length).toBe(ledgerCsv().split('\n').length);
  });
});

// ---------------------------------------------------------------------------------------------------
// The CDNOW sample (customer id, date YYYYMMDD, CDs, dollars), as of the end of its 39-week calibration period.
function cdnowCsv(): string {
  const lines = readFileSync(sharedData('cdnow', 'CDNOW_sample.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const [, id, ymd, units, amount] = l.trim().split(/\s+/);
    return `${id},${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)},${units},${amount}`;
  });
  expect(lines).toHaveLength(6919);
  return ['Customer ID,Order Date,Units,Amount', ...lines].join('\n');
}

describe('the CDNOW sample graded by the CLI with its predictions, recalculated by LibreOffice', () => {
  let cdnow: ReturnType<typeof gradeAndRecalculate>;
  beforeAll(() => {
    cdnow = gradeAndRecalculate('cdnow', cdnowCsv(), 2 * 2357, '--as-of', '1997-09-30', '--btyd');
  }, 180_000);

  it('says what the models were fitted on and who the spend model left out', () => {
    expect(cdnow.err).toContain('Predictions: BG/NBD fitted on 2,357 customers (probability still active and expected orders, next 12 months).');
    expect(cdnow.err).toContain('Spend: Gamma-Gamma fitted on 946 customers; left out: 1,411 without a repeat purchase, 0 whose repeat purchases come to 0 or less.');
  });

  it('gives every customer the probability still active and the expected value the CLI cached, from the settings sheet\'s parameters', () => {
    const mine = cdnow.cached.get('Customers')!, theirs = cdnow.recalculated.get('Customers')!;
    const [x, pAlive, orders, value] = ['Repeat purchases', 'Probability still active', 'Expected orders, next 12 months', 'Expected value, next 12 months']
      .map((h) => mine[0].indexOf(h));
    // Written after the status, before the graded columns.
    expect([x, pAlive, orders, value]).toEqual([7, 11, 12, 13]);
    expect(mine).toHaveLength(2358);
    const spread = new Set<number>();
    for (let r = 1; r < mine.length; r++) {
      for (const c of [pAlive, value]) expect(same(mine[r][c], theirs[r][c]), `${mine[r][0]} column ${c}: ${mine[r][c]} / ${theirs[r][c]}`).toBe(true);
      const p = mine[r][pAlive] as number;
      expect(p > 0 && p <= 1, `${mine[r][0]}: P(alive) ${p}`).toBe(true);
      expect(mine[r][value] as number, `${mine[r][0]}`).toBeGreaterThan(0);
      spread.add(Math.min(4, Math.floor(p * 5)));
    }
    // Customers in every fifth of the probability: the formula is checked across its range.
    expect(spread.size).toBe(5);
    const settings = cdnow.cached.get('CRM Settings')!;
    const parameter = (label: string) => settings.find((row) => row[9] === label)?.[12] as number;
    // The published parameters (Fader, Hardie & Lee 2005; SPEC).
    expect(parameter('BG/NBD r (purchase rate, shape)')).toBeCloseTo(0.243, 3);
    expect(parameter('BG/NBD alpha (purchase rate, scale)')).toBeCloseTo(4.414, 3);
    expect(parameter('BG/NBD a (dropout)')).toBeCloseTo(0.793, 3);
    expect(parameter('BG/NBD b (dropout)')).toBeCloseTo(2.426, 3);
    expect(Math.abs(parameter('Gamma-Gamma q (spread across customers)') - 3.74)).toBeLessThan(0.01);
  });

  it('gives the customers by probability still active and every other figure of the summary the CLI cached', () => {
    const mine = cdnow.cached.get('CRM Summary')!, theirs = cdnow.recalculated.get('CRM Summary')!;
    let compared = 0;
    mine.forEach((row, r) => row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      expect(same(cell, theirs[r]?.[c]), `row ${r + 1} column ${c + 1}: ${cell} / ${theirs[r]?.[c]}`).toBe(true);
      compared++;
    }));
    expect(compared).toBeGreaterThan(100);
    const figure = (label: string) => mine.find((row) => row[0] === label)![1] as number;
    const bands = ['80% or more', '50% to under 80%', '20% to under 50%', 'under 20%'].map(figure);
    expect(bands.every((n) => n > 0)).toBe(true);
    expect(bands.reduce((a, b) => a + b, 0)).toBe(2357);
    // The published summary's customers with x = 0.
    expect(figure('of them: one purchase day only (1 by the model)')).toBe(1411);
  });
});
