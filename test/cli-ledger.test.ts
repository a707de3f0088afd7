// An order ledger through the built CLI (bin/crm-grader.mjs in its own process): detected as an order
// list, summarised per customer and graded; the workbook read back and every figure checked against
// what this file works out itself from the lines (a plain loop, the seed's bands by hand), never
// against the code's own output. Then --ledger / --list, --months, --keep-rows, --map, --as-of, CSV
// output and the exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/xlsx/read-csv';
import { monthsBefore, readWorkbook, runCli, serial } from './support/cli-run';
import { seedGrade } from './support/seed-rules';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-ledger-'));

interface Line { order: string; id: string; name: string; date: string; qty: number; amount: number | string }

const line = (order: string, id: string, name: string, date: string, amount: number | string, qty = 1): Line => ({ order, id, name, date, qty, amount });
const EVIL = '=HYPERLINK("http://evil.example","x")';

// The latest order is 2026-11-30: the default as-of date.
const LINES: (Line | null)[] = [
  line('O100', '00123', 'Acme', '2024-06-01', 5),
  ...Array.from({ length: 9 }, (_, k) => line(`O${101 + k}`, '00123', 'Acme', `2026-11-${11 + k}`, 60_000, 2)),
  line('O110', '00123', 'Acme', '2026-11-20', 30_000), // one order of two lines
  line('O110', '00123', 'Acme', '2026-11-20', 30_000),
  line('P1', 'C2', 'Bolt Ltd', '2026-03-01', 40_000),
  line('P2', 'C2', 'Bolt Ltd', '2026-04-01', 40_000),
  line('P3', 'C2', 'Bolt Ltd', '2026-05-01', 40_000),
  line('P4', 'C2', 'Bolt Ltd', '2026-06-01', 40_000),
  line('P5', 'C2', 'Bolt Ltd', '2026-09-01', 40_000),
  line('P5', 'C2', 'Bolt Ltd', '2026-09-01', -500, -1), // a return on the same order
  line('Q1', 'C3', EVIL, '2025-05-01', 100),
  line('Q2', 'C3', EVIL, '2025-06-01', 200),
  null, // a blank line
  line('R1', 'C4', 'Dormant Co', '2023-01-01', 50),
  line('S0', 'C5', 'Credit Inc', '2025-01-01', 10),
  line('S1', 'C5', 'Credit Inc', '2026-11-30', 1_000),
  line('S2', 'C5', 'Credit Inc', '2026-11-30', -1_200, -1), // a credit larger than the order: -200 in the window
  line('T1', 'C6', 'Typo GmbH', '2026-10-01', 'n/a'), // unreadable amount: reported, left out
  line('T2', 'C6', 'Typo GmbH', '2026-10-15', 250_000),
  line('U1', 'C7', 'No Date', '', 100), // no date: reported, left out
  line('V1', '123', 'Other 123', '2026-11-25', 1_000), // 123 is not 00123
];
const HEADER = ['Order No', 'Customer ID', 'Customer Name', 'Order Date', 'Qty', 'Amount'];
// Sheet rows: the title is row 1, the header row 2, LINES[i] row i + 3.
const rowOf = (i: number) => i + 3;

const quote = (v: string | number) => (/[",]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
function ledgerCsv(header = HEADER, lines = LINES, title: string | null = 'Orders export November 2026'): string {
  const body = lines.map((l) => (l ? [l.order, l.id, l.name, l.date, l.qty, l.amount].map(quote).join(',') : ''));
  return [...(title === null ? [] : [title]), header.join(','), ...body].join('\n');
}

const readable = (l: Line | null): l is Line & { amount: number } => l !== null && l.date !== '' && typeof l.amount === 'number';

/** What the ledger says of each customer as of `asOf` over `months` months: worked out line by line. */
function expectedCustomers(asOf: string, months: number, lines = LINES) {
  const start = monthsBefore(asOf, months), before = monthsBefore(asOf, 2 * months);
  const byId = new Map<string, { id: string; name: string; last: string; first: string; orders: Set<string>; amount: number; previous: Set<string> }>();
  for (const l of lines) {
    if (!readable(l) || l.date > asOf) continue;
    let c = byId.get(l.id);
    if (!c) byId.set(l.id, c = { id: l.id, name: l.name, last: l.date, first: l.date, orders: new Set(), amount: 0, previous: new Set() });
    if (l.date > c.last) c.last = l.date;
    if (l.date < c.first) c.first = l.date;
    if (l.date >= start) {
      c.orders.add(l.order);
      c.amount += l.amount;
    } else if (l.date >= before) c.previous.add(l.order);
  }
  return [...byId.values()].map((c) => {
    const days = serial(asOf) - serial(c.last);
    const status = c.orders.size ? (c.first >= start ? 'New' : 'Returning') : c.previous.size ? 'Lost' : 'Inactive';
    return { id: c.id, name: c.name, days, orders: c.orders.size, amount: c.amount, previous: c.previous.size, first: serial(c.first), status, grade: seedGrade(days, c.orders.size, c.amount) };
  });
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const ledgerPath = file('orders.csv', ledgerCsv());

/** The Customers sheet's columns: id, name, days, orders, amount, previous orders, first order, status, R, F, M, code, segment, problem. */
function checkCustomers(rows: unknown[][], want: ReturnType<typeof expectedCustomers>) {
  expect(rows.slice(1).map((r) => r[0])).toEqual(want.map((c) => c.id));
  rows.slice(1).forEach((row, k) => {
    const c = want[k];
    expect(row.slice(0, 8), c.id).toEqual([c.id, c.name, c.days, c.orders, c.amount, c.previous, c.first, c.status]);
    if (c.grade) expect(row.slice(8, 13), c.id).toEqual([c.grade.r, c.grade.f, c.grade.m, c.grade.code, c.grade.segment]);
    else expect([row[11], row[13]], c.id).toEqual(['#VALUE!', expect.stringContaining('-200')]);
  });
}

/** The stocktake's figures worked out from the customers: count, amount and share per status, the lost rate. */
function checkStocktake(summary: unknown[][], want: ReturnType<typeof expectedCustomers>, months: number) {
  const row = (label: string) => summary.find((r) => r[0] === label)!;
  const total = want.reduce((s, c) => s + c.amount, 0);
  for (const status of ['New', 'Returning']) {
    const of = want.filter((c) => c.status === status);
    const amount = of.reduce((s, c) => s + c.amount, 0);
    expect(row(status)[1], status).toBe(of.length);
    expect(row(status)[2] as number, status).toBeCloseTo(amount, 6);
    expect(row(status)[3] as number, status).toBeCloseTo(amount / total, 12);
  }
  expect(row('Lost')[1]).toBe(want.filter((c) => c.status === 'Lost').length);
  expect(row('Inactive')[1]).toBe(want.filter((c) => c.status === 'Inactive').length);
  const before = want.filter((c) => c.previous > 0).length;
  expect(row(`Customers with an order in the ${months} months before`)[1]).toBe(before);
  const rate = summary.find((r) => String(r[0]).startsWith('Lost rate'))!;
  expect(rate[1] as number).toBeCloseTo(want.filter((c) => c.status === 'Lost').length / before, 12);
}

describe('crm-grader grade on an order ledger', () => {
  const out = join(dir, 'orders-graded.xlsx');
  const run = runCli('grade', ledgerPath, '-o', out);
  const want = expectedCustomers('2026-11-30', 12);

  it('says it read an order list, its as-of date and window, and each data problem with its row', () => {
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe(`${out}\n`);
    const lines = LINES.filter((l) => l !== null).length;
    const customers = new Set(LINES.filter(readable).map((l) => l.id)).size;
    expect(run.err).toContain(`orders.csv: an order list: ${lines} lines, ${customers} customers`);
    expect(run.err).toContain('as of 2026-11-30, the latest order; orders and amounts of the 12 months from 2025-11-30');
    const typo = LINES.findIndex((l) => l?.amount === 'n/a'), undated = LINES.findIndex((l) => l?.id === 'C7');
    expect(run.err).toContain(`warning: Amount: not numbers ('n/a') in row ${rowOf(typo)}`);
    expect(run.err).toContain(`warning: Order Date: blank cells in row ${rowOf(undated)}`);
    expect(run.err).toContain(`graded ${want.filter((c) => c.grade).length} customers, 1 could not be graded`);
  });

  it('writes the graded customer sheet first and does not copy the ledger', () => {
    const { names } = readWorkbook(out);
    expect(names).toEqual(['Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']);
  });

  it('gives each customer the days, orders, amount, status and grade worked out from the lines', () => {
    const rows = readWorkbook(out).sheets.get('Customers')!;
    expect(rows[0]).toEqual(['Customer ID', 'Customer name', 'Days since last order', 'Orders (12 months)', 'Amount (12 months)',
      'Orders (the 12 months before)', 'First order', 'Customer status', 'R score', 'F score', 'M score', 'RFM code', 'Segment', 'Data problem']);
    checkCustomers(rows, want);
    // By hand: 00123 has 10 orders (O110's two lines are one) of 600,000 and ordered 10 days ago: 555.
    expect(rows[1].slice(0, 5)).toEqual(['00123', 'Acme', 10, 10, 600_000]);
    expect(rows[1][11]).toBe(555);
    // The leading zeros are kept: 00123 and 123 are two customers.
    expect(rows.map((r) => r[0])).toContain('123');
  });

  it('takes stock: new, returning, lost and inactive customers, their amounts and shares, the lost rate', () => {
    checkStocktake(readWorkbook(out).sheets.get('CRM Summary')!, want, 12);
    // By hand: new C2 (199,500), C6 (250,000) and 123 (1,000); returning 00123 (600,000) and C5 (-200).
    expect(want.filter((c) => c.status === 'New').map((c) => c.id)).toEqual(['C2', 'C6', '123']);
    expect(want.filter((c) => c.status === 'Returning').map((c) => c.id)).toEqual(['00123', 'C5']);
  });

  it('notes on the settings sheet that the as-of date is the latest order', () => {
    const settings = readWorkbook(out).sheets.get('CRM Settings')!;
    expect(settings[16].slice(0, 3)).toEqual(['Days are counted up to', serial('2026-11-30'), expect.stringContaining('the latest order')]);
  });
});

describe('--months, --as-of and --keep-rows', () => {
  it('--months 6 counts orders and amounts over six months, and the six before for the stocktake', () => {
    const out = join(dir, 'six.xlsx');
    const run = runCli('grade', ledgerPath, '-o', out, '--months', '6');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('orders and amounts of the 6 months from 2026-05-30');
    const { sheets } = readWorkbook(out);
    const want = expectedCustomers('2026-11-30', 6);
    checkCustomers(sheets.get('Customers')!, want);
    expect(sheets.get('Customers')![0][3]).toBe('Orders (6 months)');
    checkStocktake(sheets.get('CRM Summary')!, want, 6);
  });

  it('--as-of before the latest order leaves out the lines after it, and says so with their rows', () => {
    const out = join(dir, 'asof.xlsx');
    const run = runCli('grade', ledgerPath, '-o', out, '--as-of', '2026-11-25');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('as of 2026-11-25, as given');
    const after = LINES.map((l, i) => (readable(l) && l.date > '2026-11-25' ? rowOf(i) : 0)).filter(Boolean);
    expect(run.err).toContain(`Order Date: ${after.length} order lines after 2026-11-25, left out (rows ${after.join(', ')})`);
    checkCustomers(readWorkbook(out).sheets.get('Customers')!, expectedCustomers('2026-11-25', 12));
  });

  it('--keep-rows copies the ledger after the customers, cells as read and text never a formula', () => {
    const out = join(dir, 'kept.xlsx');
    const run = runCli('grade', ledgerPath, '-o', out, '--keep-rows');
    expect(run.code, run.err).toBe(0);
    const { names, sheets } = readWorkbook(out);
    expect(names).toEqual(['Customers', 'orders', 'CRM Settings', 'CRM Summary', 'CRM Method']);
    const kept = sheets.get('orders')!;
    expect(kept[0]).toEqual(['Orders export November 2026']);
    expect(kept[1]).toEqual(HEADER);
    LINES.forEach((l, i) => {
      if (!l) return expect(kept[rowOf(i) - 1] ?? []).toEqual([]);
      // CSV fields typed as a spreadsheet types them: dates as dates, numbers as numbers, 00123 as text.
      const id = /^[1-9]\d*$/.test(l.id) ? Number(l.id) : l.id; // 123 is a number, 00123 is not
      const cells = [l.order, id, l.name, l.date === '' ? null : serial(l.date), l.qty, l.amount];
      expect(kept[rowOf(i) - 1], `row ${rowOf(i)}`).toEqual(cells);
    });
    const xml = strFromU8(unzipSync(readFileSync(out))['xl/worksheets/sheet2.xml']);
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)</t>');
    // The customer sheet's formulas still read its own cells and the settings sheet.
    checkCustomers(sheets.get('Customers')!, expectedCustomers('2026-11-30', 12));
  });

  it('--keep-rows names the copy apart from a sheet of the same name', () => {
    const out = join(dir, 'customers-kept.xlsx');
    const run = runCli('grade', file('Customers.csv', ledgerCsv()), '-o', out, '--keep-rows');
    expect(run.code, run.err).toBe(0);
    expect(readWorkbook(out).names.slice(0, 2)).toEqual(['Customers', 'Customers (2)']);
  });
});

describe('--map names the ledger columns detection does not know', () => {
  const header = ['Beleg', 'Kunde', 'Firma', 'Datum', 'Menge', 'Betrag'];
  const path = file('bestellungen.csv', ledgerCsv(header));

  it('is graded exactly as the same ledger with known headers', () => {
    const out = join(dir, 'bestellungen.xlsx');
    const run = runCli('grade', path, '-o', out, '--map', 'customerId=Kunde', '--map', 'orderDate=Datum', '--map', 'amount=Betrag',
      '--map', 'orderId=Beleg', '--map', 'customerName=Firma');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('an order list');
    checkCustomers(readWorkbook(out).sheets.get('Customers')!, expectedCustomers('2026-11-30', 12));
  });

  it('without them it is neither a list nor a ledger: exit 3, saying what is missing', () => {
    const run = runCli('grade', path, '-o', join(dir, 'x.xlsx'));
    expect(run.code).toBe(3);
    expect(run.err).toContain('column not found');
  });

  it('a mapped header that is not there: exit 3 naming it', () => {
    const run = runCli('grade', path, '-o', join(dir, 'x.xlsx'), '--map', 'orderDate=Date');
    expect(run.code).toBe(3);
    expect(run.err).toContain("orderDate: no column is headed 'Date'");
  });
});

describe('--ledger and --list', () => {
  // One line per customer: as likely a customer list with its last purchase and total as an order list.
  const once = file('once.csv', 'Customer ID,Order Date,Amount\nA,2026-11-01,300000\nB,2026-10-01,100\nC,2026-06-01,700000\n');

  it('a ledger header whose ids never repeat is not guessed: exit 3, asking for --ledger or the order counts', () => {
    const run = runCli('grade', once, '-o', join(dir, 'x.xlsx'));
    expect(run.code).toBe(3);
    expect(run.err).toContain('no customer id appears on two lines: if each line is one order, give --ledger');
  });

  it('--ledger grades it as one order a line', () => {
    const out = join(dir, 'once.xlsx');
    const run = runCli('grade', once, '-o', out, '--ledger');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('an order list (--ledger): 3 lines, 3 customers');
    const rows = readWorkbook(out).sheets.get('Customers')!;
    // As of 2026-11-01: A 0 days, 1 order, 300,000 -> 513; B 31 days, 100 -> 311; C 153 days, 700,000 -> 115.
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[10]])).toEqual([['A', 0, 1, 300000, 513], ['B', 31, 1, 100, 311], ['C', 153, 1, 700000, 115]]);
  });

  it('a --map field only a customer list has is said to be unused when the file is read as an order list', () => {
    const run = runCli('grade', ledgerPath, '-o', join(dir, 'unused.xlsx'), '--ledger', '--map', 'frequency=Qty');
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain('note: --map frequency: not read in an order list');
    // Without --ledger, a count of orders named by the user makes the file a customer list.
    expect(runCli('grade', ledgerPath, '-o', join(dir, 'x.xlsx'), '--map', 'frequency=Qty').err).toContain('column not found: recency');
  });

  it('--list reads a ledger as a customer list, which it cannot be: exit 3', () => {
    const run = runCli('grade', ledgerPath, '-o', join(dir, 'x.xlsx'), '--list');
    expect(run.code).toBe(3);
    expect(run.err).toContain('column not found: recency');
  });

  it('an order list without an amount or a date column: exit 3 saying which is missing', () => {
    const noAmount = runCli('grade', file('no-amount.csv', 'Customer ID,Order Date,Qty\nA,2026-11-01,1\nA,2026-11-02,2\n'), '-o', join(dir, 'x.xlsx'));
    expect(noAmount.code).toBe(3);
    expect(noAmount.err).toContain('an order list needs a customer id, an order date and an amount on each line; no column found for: amount');
    const noDate = runCli('grade', file('no-date.csv', 'Customer ID,Amount\nA,1\nA,2\n'), '-o', join(dir, 'x.xlsx'), '--ledger');
    expect(noDate.code).toBe(3);
    expect(noDate.err).toContain('no column found for: order date');
  });

  it('--ledger and --list together, or a --months that is not a positive whole number: exit 2', () => {
    for (const bad of [['--ledger', '--list'], ['--months', '0'], ['--months', '1.5'], ['--months', 'six'], ['--months', '-3']]) {
      const run = runCli('grade', ledgerPath, ...bad);
      expect(run.code, bad.join(' ')).toBe(2);
      expect(run.err, bad.join(' ')).toContain(bad[0] === '--months' ? `--months: '${bad[1]}' is not a positive whole number` : 'give one or the other');
    }
  });
});

describe('order dates written day and month', () => {
  const ambiguous = file('dm.csv', 'Customer,Order Date,Amount\nA,10/1/2026,1\nA,11/2/2026,2\n');

  it('are asked about when the column cannot tell: exit 3 naming --date-order', () => {
    const run = runCli('grade', ambiguous, '-o', join(dir, 'x.xlsx'));
    expect(run.code).toBe(3);
    expect(run.err).toContain('could be day first or month first');
    expect(run.err).toContain('choose with: --date-order dmy (10/1/2026 is 10 January) or --date-order mdy (1 October)');
  });

  it('are read as the user says, or as one date of the whole column shows (13/1/2026 is day first)', () => {
    expect(runCli('grade', ambiguous, '-o', join(dir, 'dmy.xlsx'), '--date-order', 'dmy').err).toContain('as of 2026-02-11, the latest order');
    expect(runCli('grade', ambiguous, '-o', join(dir, 'mdy.xlsx'), '--date-order', 'mdy').err).toContain('as of 2026-11-02, the latest order');
    const decided = file('dm-decided.csv', 'Customer,Order Date,Amount\nA,10/1/2026,1\nA,11/2/2026,2\nB,13/1/2026,1\nB,1/3/2026,1\n');
    expect(runCli('grade', decided, '-o', join(dir, 'decided.xlsx')).err).toContain('as of 2026-03-01, the latest order');
  });
});

describe('-o graded.csv for a ledger', () => {
  it('is the customer sheet as values: UTF-8 with a BOM, dates as dates, formula-like text guarded', () => {
    const csv = join(dir, 'orders-graded.csv'), xlsx = join(dir, 'orders-for-csv.xlsx');
    expect(runCli('grade', ledgerPath, '-o', csv).code).toBe(0);
    expect(runCli('grade', ledgerPath, '-o', xlsx).code).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    const sheet = readWorkbook(xlsx).sheets.get('Customers')!;
    expect(rows[0]).toEqual(sheet[0]);
    expect(rows.length).toBe(sheet.length);
    sheet.slice(1).forEach((cells, k) => {
      const shown = cells.map((v, c) => (c === 6 ? new Date(Date.UTC(1899, 11, 30) + (v as number) * 86_400_000).toISOString().slice(0, 10)
        : typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v === null || v === undefined ? '' : String(v)));
      expect(rows[k + 1], String(cells[0])).toEqual([...shown, ...Array(14 - shown.length).fill('')]);
    });
    expect(rows.find((r) => r[0] === 'C3')![1]).toBe(`'${EVIL}`);
  });
});
