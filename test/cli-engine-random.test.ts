// Random order ledgers (seeded: the same files every run) graded by the built CLI on the embedded engine
// and in memory: the same exit code, the same reported lines and, customer for customer, the same
// output. Each file mixes what the two readers must agree on: titles and empty lines above and among
// the lines, CRLF, quoted commas and line breaks, ids that are numbers or keep their zeros, every date
// and amount form the core reads, blank and unreadable fields, lines without an order number, an order
// status (some values no order's: 交易关闭, ' Refunded ', CANCELLED...), and an as-of date before some lines.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/xlsx/read-csv';
import { runCli } from './support/cli-run';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-engine-random-'));
const FILES = 8;

/** A seeded generator (the same sequence every run). */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

const IDS = ['00123', '123', ' 123 ', '"1,234"', '1234', 'C1', 'C2', 'B-7', '=X', 'Ann Co', '客户甲', '0042'];
// Order statuses: no order's (in any case, with spaces) and ones that count (部分退款, paid, a number, blank).
const STATUSES = ['交易成功', '交易关闭', ' Refunded ', 'paid', '', 'voided', '部分退款', '等待买家付款', 'CANCELLED', '0', 'partially_refunded', '交易關閉'];
const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One day of 2025-2026 in one of the forms the core reads (or, rarely, one it does not). */
function dateText(r: ReturnType<typeof random>, dayFirst: boolean): string {
  const day = new Date(Date.UTC(2025, 0, 1) + r.int(700) * 86_400_000);
  const y = day.getUTCFullYear(), m = day.getUTCMonth() + 1, d = day.getUTCDate();
  const iso = day.toISOString().slice(0, 10);
  switch (r.int(12)) {
    case 0: return `${y}/${m}/${d}`;
    case 1: return `${y}年${m}月${d}日`;
    case 2: return dayFirst ? `${d}/${m}/${y}` : iso;
    case 3: return `${iso} ${String(r.int(24)).padStart(2, '0')}:15`;
    case 4: return String((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000); // a serial
    case 5: return r.int(4) ? iso : r.pick(['soon', '', '2026-02-30']);
    default: return iso;
  }
}

function amountText(r: ReturnType<typeof random>): string {
  switch (r.int(12)) {
    case 0: return quote(`${r.int(9) + 1},${String(r.int(1000)).padStart(3, '0')}.5`);
    case 1: return `¥${r.int(500)}`;
    case 2: return `${r.int(9) + 1}.5万`;
    case 3: return `${r.int(9) + 1}e3`;
    case 4: return `-${r.int(3000)}.25`;
    case 5: return `${r.int(100)}.1234567`;
    case 6: return r.int(3) ? '0.1' : r.pick(['n/a', '', ' ']);
    default: return `${r.int(20_000)}.${String(r.int(100)).padStart(2, '0')}`;
  }
}

/** A ledger CSV and the CLI arguments to grade it with. */
function ledger(seed: number): { path: string; args: string[] } {
  const r = random(seed);
  const dayFirst = r.int(2) === 0;
  const named = r.int(2) === 0, numbered = r.int(3) > 0, withStatus = r.int(2) === 0;
  const header = ['Customer ID', ...(named ? ['Customer Name'] : []), ...(numbered ? ['Order No'] : []), 'Order Date', 'Amount', ...(withStatus ? ['Order Status'] : [])];
  const rows: string[] = [];
  for (let t = r.int(3); t > 0; t--) rows.push(t === 1 && r.int(2) ? '' : `Orders export ${seed}`);
  rows.push(header.join(','));
  let order = 0;
  for (let n = 40 + r.int(40); n > 0;) {
    const id = r.pick(IDS), name = r.int(8) ? `Name ${r.int(5)}` : 'Two\nlines', size = 1 + r.int(3);
    const no = r.int(6) ? `SO${++order}` : '';
    const status = r.pick(STATUSES);
    for (let k = 0; k < size && n > 0; k++, n--) {
      rows.push([id, ...(named ? [quote(name)] : []), ...(numbered ? [no] : []), dateText(r, dayFirst), amountText(r), ...(withStatus ? [status] : [])].join(','));
      if (r.int(25) === 0) rows.push(r.int(2) ? '' : ','.repeat(header.length - 1));
    }
  }
  // A 31 (or 13) in day-first files decides their order, as the column would for a person.
  if (dayFirst) rows.push([IDS[5], ...(named ? ['Name 1'] : []), ...(numbered ? ['SO0'] : []), '31/12/2025', '10', ...(withStatus ? ['paid'] : [])].join(','));
  const path = join(dir, `ledger-${seed}.csv`);
  writeFileSync(path, rows.join(r.int(2) ? '\r\n' : '\n'));
  return { path, args: r.int(3) ? [] : ['--as-of', `2026-0${1 + r.int(9)}-15`] };
}

const read = (path: string) => parseCsv(readFileSync(path, 'utf8').slice(1)).filter((row) => row.length > 1);
const warnings = (err: string) => err.split('\n').filter((l) => l.startsWith('warning: ') || l.includes('an order list:') || l.startsWith('graded '));

describe('random ledgers, on the embedded engine and in memory', () => {
  it.each(Array.from({ length: FILES }, (_, k) => k + 1))('ledger %i: the same exit code, reported lines and customers', (seed) => {
    const { path, args } = ledger(seed);
    const duck = runCli('grade', path, '-o', join(dir, `duck-${seed}.csv`), '--engine', 'duckdb', ...args);
    const memory = runCli('grade', path, '-o', join(dir, `memory-${seed}.csv`), '--engine', 'memory', '--no-btyd', ...args);
    expect(duck.code, duck.err).toBe(memory.code);
    expect(warnings(duck.err)).toEqual(warnings(memory.err));
    if (memory.code !== 0) {
      expect(duck.err.split('\n').filter((l) => l.startsWith('crm-grader:'))).toEqual(memory.err.split('\n').filter((l) => l.startsWith('crm-grader:')));
      return;
    }
    const a = read(join(dir, `duck-${seed}.csv`)), b = read(join(dir, `memory-${seed}.csv`));
    expect(a.length).toBeGreaterThan(3);
    expect(a.length).toBe(b.length);
    // Amounts as numbers: the engine sums decimals, the in-memory path doubles (-739.81 / -739.809999999998).
    const amountAt = a[0].findIndex((h) => h.startsWith('Amount'));
    const same = (row: string[]) => row.map((v, i) => (i === amountAt || (v.includes(': ') && /-?\d/.test(v)) ? v.replace(/-?\d+\.\d+/g, (x) => String(+Number(x).toFixed(6))) : v));
    a.forEach((row, i) => expect(same(row), row[0]).toEqual(same(b[i])));
  });
});
