// A ledger's graded workbook proven in real LibreOffice: a generated order ledger (every status, every
// band, multi-line orders, returns, a customer with a credit balance) graded by the built CLI, every
// formula's cached value removed, recalculated, and each graded cell of the customer sheet and each
// figure of the summary sheet (segments, the stocktake, its per-segment counts) compared with the value
// the CLI cached: what the workbook shows on opening is what its formulas compute.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, runCli } from '../support/cli-run';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';

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

let cached: Map<string, unknown[][]>;
let recalculated: Map<string, string[][]>;

beforeAll(() => {
  const csv = join(dir, 'ledger.csv'), xlsx = join(dir, 'ledger.xlsx');
  writeFileSync(csv, ledgerCsv());
  const run = runCli('grade', csv, '-o', xlsx, '--keep-rows');
  expect(run.code, run.err).toBe(0);
  cached = readWorkbook(xlsx).sheets;
  let formulas = 0;
  editXlsx(xlsx, (name, text) => {
    if (!name.startsWith('xl/worksheets/')) return text;
    const stripped = stripCachedValues(text);
    formulas += (stripped.match(/<f>/g) ?? []).length;
    return stripped;
  });
  expect(formulas).toBeGreaterThan(5 * CUSTOMERS);
  recalculated = recalculateWithLibreOffice(xlsx);
}, 180_000);

describe('a graded ledger, recalculated by LibreOffice', () => {
  it('gives every customer the R, F, M scores, code and segment the CLI cached', () => {
    const mine = cached.get('Customers')!, theirs = recalculated.get('Customers')!;
    expect(mine[0].slice(8, 13)).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment']);
    expect(theirs.filter((r) => r[0] !== '').length).toBe(mine.length);
    const codes = new Set<unknown>();
    for (let r = 1; r < mine.length; r++) {
      // A row that cannot be graded too: its error in all five columns, cached and recalculated.
      for (const c of [8, 9, 10, 11, 12]) expect(same(mine[r][c], theirs[r][c]), `${mine[r][0]} column ${c}: ${JSON.stringify(mine[r][c])} / ${theirs[r][c]}`).toBe(true);
      codes.add(mine[r][11]);
    }
    // The ledger reaches every band and the credit customer has no grade.
    expect(codes.size).toBeGreaterThan(12);
    // its balance (-300) is below M's first band: #VALUE!, as RFM_SCORE says
    expect(mine.find((r) => r[0] === 'KX')!.slice(8, 13)).toEqual(Array(5).fill('#VALUE!'));
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
