// The CDNOW sample (a public research ledger: 6,919 purchases by 2,357 customers, 1997-01 to 1998-06;
// ../shared/data/cdnow/README.md) turned into the CSV a shop would export and graded by the built CLI.
// Every customer's days, orders and amount are checked against a plain loop over the sample, and the
// segment counts against the seed's bands applied by hand (test/support/seed-rules.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthsBefore, readWorkbook, runCli, serial } from './support/cli-run';
import { seedSegmentCounts } from './support/seed-rules';
import { sharedData } from './support/shared-data';

// Beside the project, as SPEC cites it (../shared/data/cdnow/); never copied into the repository.
const SAMPLE = sharedData('cdnow', 'CDNOW_sample.txt');
const dir = mkdtempSync(join(tmpdir(), 'crm-cli-cdnow-'));

interface Purchase { id: string; date: string; cds: number; amount: number }

/** The sample's lines: master id, customer id (0001-2357), date YYYYMMDD, CDs, dollar value. */
function purchases(): Purchase[] {
  return readFileSync(SAMPLE, 'utf8').split(/\r?\n/).filter((l) => l.trim()).map((l) => {
    const [, id, ymd, cds, amount] = l.trim().split(/\s+/);
    return { id, date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, cds: Number(cds), amount: Number(amount) };
  });
}

describe('the CDNOW sample graded as an order list', () => {
  let lines: Purchase[];
  let run: ReturnType<typeof runCli>;
  let customers: unknown[][];
  let summary: unknown[][];
  const out = join(dir, 'cdnow-graded.xlsx');

  beforeAll(() => {
    lines = purchases();
    const csv = join(dir, 'cdnow.csv');
    writeFileSync(csv, ['Customer ID,Order date,CDs,Amount', ...lines.map((p) => `${p.id},${p.date},${p.cds},${p.amount}`)].join('\n'));
    run = runCli('grade', csv, '-o', out);
    const { sheets } = readWorkbook(out);
    customers = sheets.get('Customers')!;
    summary = sheets.get('CRM Summary')!;
  });

  /** Each customer's last order, orders and amount in the 12 months up to the latest order: a plain loop. */
  function expected() {
    const asOf = lines.reduce((latest, p) => (p.date > latest ? p.date : latest), '');
    const start = monthsBefore(asOf, 12);
    const byId = new Map<string, { last: string; orders: number; amount: number }>();
    for (const p of lines) {
      const c = byId.get(p.id) ?? { last: p.date, orders: 0, amount: 0 };
      if (p.date > c.last) c.last = p.date;
      if (p.date >= start) {
        c.orders++;
        c.amount += p.amount;
      }
      byId.set(p.id, c);
    }
    return { asOf, start, byId };
  }

  it('says what it read and the as-of date it took', () => {
    expect(run.code, run.err).toBe(0);
    expect(lines.length).toBe(6919);
    expect(run.err).toContain('cdnow.csv: an order list: 6,919 lines, 2,357 customers');
    expect(run.err).toContain('as of 1998-06-30, the latest order; orders and amounts of the 12 months from 1997-06-30');
    expect(run.err).toContain('graded 2357 customers');
    expect(run.err).not.toContain('warning');
  });

  it('gives every customer the days since the last order, the orders and the amount of the loop', () => {
    const { asOf, start, byId } = expected();
    expect([asOf, start]).toEqual(['1998-06-30', '1997-06-30']);
    expect(customers.length - 1).toBe(byId.size);
    let checked = 0;
    for (const row of customers.slice(1)) {
      const c = byId.get(row[0] as string)!;
      expect(c, String(row[0])).toBeDefined();
      expect([row[1], row[2]], String(row[0])).toEqual([serial(asOf) - serial(c.last), c.orders]);
      expect(row[3] as number, String(row[0])).toBeCloseTo(c.amount, 6);
      checked++;
    }
    expect(checked).toBe(2357);
    // Ids keep their leading zeros, in order of first appearance.
    expect(customers.slice(1, 4).map((r) => r[0])).toEqual(['0001', '0002', '0003']);
  });

  it('counts the customers of each segment as the seed bands, applied by hand, do', () => {
    const rows = [...expected().byId.values()];
    const days = (i: number) => serial('1998-06-30') - serial(rows[i].last);
    const want = seedSegmentCounts(rows.length, days, (i) => rows[i].orders, (i) => rows[i].amount);
    const got = new Map<string, number>();
    for (const segment of want.keys()) got.set(segment, summary.find((r) => r[0] === segment)![1] as number);
    expect(got).toEqual(want);
    // Every amount is far below the seed's 200,000: no customer is an "important" one.
    expect([...want.keys()].every((s) => s.startsWith('General'))).toBe(true);
    expect(summary.find((r) => r[0] === 'Total')![1]).toBe(2357);
  });
});
