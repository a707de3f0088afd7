import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { gradeLedger, ledgerColumnsFromHeader, ledgerHeaderRow, tableReading } from '../../src/grading/grade-ledger';
import { describeProblem, TableError } from '../../src/grading/grade-table';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';
import { evaluateModel } from '../support/evaluate-model';

const d = (iso: string) => isoToSerial(iso);
const HEADER = ['订单号', '客户编号', '客户名称', '下单日期', '数量', '金额'];

// As of 2026-11-30, 12 months: the window is 2025-11-30 .. 2026-11-30, the one before 2024-11-30 .. 2025-11-29.
const LEDGER: unknown[][] = [
  ['A0', 'A', '甲公司', '2024-06-01', 1, 5],
  ...Array.from({ length: 9 }, (_, k) => [`A${k + 1}`, 'A', '甲公司', `2026-11-${String(11 + k).padStart(2, '0')}`, 2, 60000]),
  // Order A10 has two lines on 2026-11-20: one order of 60,000.
  ['A10', 'A', '甲公司', '2026-11-20', 1, 30000],
  ['A10', 'A', '甲公司', '2026-11-20', 1, 30000],
  ['B1', 'B', '乙公司', '2026-03-01', 1, 40000],
  ['B2', 'B', '乙公司', '2026-04-01', 1, 40000],
  ['B3', 'B', '乙公司', '2026-05-01', 1, 40000],
  ['B4', 'B', '乙公司', '2026-06-01', 1, 40000],
  ['B5', 'B', '乙公司', '2026-09-01', 1, 39999.5],
  ['C1', 'C', '丙公司', '2025-05-01', 1, 100],
  ['C2', 'C', '丙公司', '2025-06-01', 1, 200],
  ['D1', 'D', '丁公司', '2023-01-01', 1, 50],
  ['E1', 'E', '戊公司', '2026-12-03', 1, 70],
  ['F0', 'F', '己公司', '2025-01-01', 1, 10],
  ['F1', 'F', '己公司', '2026-11-30', 1, 1000],
  ['F2', 'F', '己公司', '2026-11-30', -1, -200],
];

const value = (cell: WorkbookCell | undefined) => (cell !== null && typeof cell === 'object' && 'v' in cell ? cell.v : cell);

describe('reading a table as a ledger or a list', () => {
  it('a ledger header with repeated customer ids is a ledger; a quantity column is not a count of orders', () => {
    expect(ledgerColumnsFromHeader(HEADER)).toEqual({ customerId: 1, orderDate: 3, amount: 5, orderId: 0, customerName: 2, amountScale: 1 });
    expect(tableReading([HEADER, ...LEDGER])).toBe('ledger');
  });
  it('the same header with every id once is a list (it may be last purchase and total, not orders)', () => {
    expect(tableReading([HEADER, LEDGER[0], LEDGER[12]])).toBe('list');
  });
  it('a count of orders or days makes it a list of customers', () => {
    expect(tableReading([['Customer ID', 'Order date', 'Orders', 'Amount'], ['A', '2026-10-01', 3, 10], ['A', '2026-10-02', 3, 10]])).toBe('list');
    expect(tableReading([['Customer ID', 'Date', 'Recency', 'Amount'], ['A', '2026-10-01', 3, 10], ['A', '2026-10-02', 3, 10]])).toBe('list');
  });
  it('headers named by the user find the header row below a title, where detection finds none', () => {
    const map = { customerId: 'Kunde', orderDate: 'Datum', amount: 'Betrag' };
    const table = [['Bestellungen 2026'], ['Kunde', 'Datum', 'Betrag'], ['A', '2026-10-01', 1], ['A', '2026-10-02', 2]];
    expect(ledgerHeaderRow(table, map)).toBe(1);
    expect(tableReading(table, 'auto', map)).toBe('ledger');
    expect(gradeLedger('x', table, { preset: 'seed', map }).summary.customers[0]).toMatchObject({ id: 'A', orders: 2, amount: 3 });
  });
  it('the user can say which', () => {
    expect(tableReading([HEADER, LEDGER[0]], 'ledger')).toBe('ledger');
    expect(tableReading([HEADER, ...LEDGER], 'list')).toBe('list');
  });
});

describe('gradeLedger', () => {
  const graded = gradeLedger('订单明细', [['2026年销售台账'], HEADER, ...LEDGER], { preset: 'seed', asOf: d('2026-11-30') });
  const [customers, , summary, method] = graded.model.sheets;

  it('writes a customer sheet first, one row per customer with an order by as-of, in order of first appearance', () => {
    expect(customers.name).toBe('客户汇总');
    expect(customers.rows[0].slice(0, 8)).toEqual([
      '客户编号', '客户名称', '距今天数', '订单数（近12个月）', '金额（近12个月）', '上期订单数（再往前12个月）', '首次下单日期', '客户状态',
    ]);
    expect(customers.rows.slice(1).map((r) => r[0])).toEqual(['A', 'B', 'C', 'D', 'F']);
  });

  it('summarises each customer by hand: days, distinct orders, amount with credits, previous orders, status', () => {
    const row = (id: string) => customers.rows.find((r) => r[0] === id)!;
    // A: last order 2026-11-20 (10 days); A1..A10 = 10 orders of 60,000; first order 2024-06-01, before the window: returning.
    expect(row('A').slice(1, 8).map(value)).toEqual(['甲公司', 10, 10, 600000, 0, d('2024-06-01'), '老客户']);
    // B: first order 2026-03-01 in the window: new; 4 x 40,000 + 39,999.5; last 2026-09-01 is 90 days before.
    expect(row('B').slice(1, 8).map(value)).toEqual(['乙公司', 90, 5, 199999.5, 0, d('2026-03-01'), '新客户']);
    // C: two orders in the window before, none in this one: lost; last 2025-06-01 is 547 days before.
    expect(row('C').slice(1, 8).map(value)).toEqual(['丙公司', 547, 0, 0, 2, d('2025-05-01'), '流失客户']);
    // D: one order in 2023: inactive, 1429 days (2023-01-01 .. 2026-11-30).
    expect(row('D').slice(1, 8).map(value)).toEqual(['丁公司', 1429, 0, 0, 0, d('2023-01-01'), '沉睡客户']);
    // F: 1,000 and a credit of -200 on as-of (2 orders, 800), first order 2025-01-01 in the window before.
    expect(row('F').slice(1, 8).map(value)).toEqual(['己公司', 0, 2, 800, 1, d('2025-01-01'), '老客户']);
  });

  it('grades the customer sheet with the seed bands: codes and segments by hand', () => {
    const graded = (id: string) => customers.rows.find((r) => r[0] === id)!.slice(8, 13).map(value);
    // R: 0-30 -> 5, 31-90 -> 3, 91+ -> 1; F: 10+ -> 5, 5-9 -> 3, else 1; M: 500,000+ -> 5, 200,000+ -> 3, else 1.
    expect(graded('A')).toEqual([5, 5, 5, 555, '重要价值客户']);
    expect(graded('B')).toEqual([3, 3, 1, 331, '一般价值客户']);
    expect(graded('C')).toEqual([1, 1, 1, 111, '一般挽留客户']);
    expect(graded('D')).toEqual([1, 1, 1, 111, '一般挽留客户']);
    expect(graded('F')).toEqual([5, 1, 1, 511, '一般发展客户']);
    // The days, orders and amounts are values; the graded columns native formulas over them (the code
    // cell reads the days in C2, R its digit of the code).
    const a = customers.rows[1];
    expect(typeof a[2]).toBe('number');
    expect(a[11]).toMatchObject({ f: expect.stringContaining('VLOOKUP(C2,CRM_R_BANDS,2)') });
    expect(a[8]).toMatchObject({ f: 'IF(L2="","",INT(L2/100))' });
  });

  it('puts the stocktake on the summary sheet: new, returning, lost, their amounts and the lost rate', () => {
    const find = (label: string) => summary.rows.find((r) => value(r[0]) === label)!;
    const total = 600000 + 199999.5 + 800;
    expect(find('新客户').slice(1, 4).map(value)).toEqual([1, 199999.5, 199999.5 / total]);
    expect(find('老客户').slice(1, 4).map(value)).toEqual([2, 600800, 600800 / total]);
    expect(find('流失客户').slice(1, 4).map(value)).toEqual([1, 0, 0]);
    expect(find('沉睡客户').slice(1, 3).map(value)).toEqual([1, 0]);
    // Customers with an order in the 12 months before: C and F; lost rate 1 / 2.
    expect(value(find('上期（再往前12个月）有订单的客户')[1])).toBe(2);
    expect(value(find('流失率（流失客户 / 上期有订单的客户）')[1])).toBe(0.5);
    expect(find('流失率（流失客户 / 上期有订单的客户）')[1]).toMatchObject({ f: expect.stringMatching(/^IF\(B\d+=0,0,B\d+\/B\d+\)$/) });
  });

  it('counts new, returning, lost and inactive customers per segment', () => {
    const heading = summary.rows.findIndex((r) => value(r[0]) === '各客户类型的新客户、老客户与流失客户');
    const table = summary.rows.slice(heading + 2).filter((r) => typeof r[0] === 'string');
    const counts = (segment: string) => table.find((r) => r[0] === segment)!.slice(1, 5).map(value);
    expect(counts('重要价值客户')).toEqual([0, 1, 0, 0]);
    expect(counts('一般价值客户')).toEqual([1, 0, 0, 0]);
    expect(counts('一般挽留客户')).toEqual([0, 0, 1, 1]);
    expect(counts('一般发展客户')).toEqual([0, 1, 0, 0]);
    expect(table.find((r) => r[0] === '重要价值客户')![2]).toMatchObject({ f: expect.stringContaining('COUNTIFS(') });
  });

  it('says on the methodology sheet how the summary was made', () => {
    const text = method.rows.map((r) => String(value(r[0]) ?? '')).join('\n');
    expect(text).toContain('订单台账“订单明细”汇总而来：24 行订单，5 位客户，截至 2026-11-30');
    expect(text).toContain('2025-11-30 至 2026-11-30（含两端，12 个月）内不重复的订单号个数');
    expect(text).toContain('晚于截至日期的订单行未计入（1 行）');
  });

  it('reports the line after as-of and the customer it leaves ungraded, with sheet rows', () => {
    expect(graded.problems.map((p) => describeProblem(p, 'en'))).toEqual([
      '下单日期: 1 order line after 2026-11-30, left out (row 23)',
      "客户编号: 1 customers have every order after 2026-11-30 and are not graded ('E'; row 23)",
    ]);
    expect(graded.graded).toBe(5);
  });

  it('names the customer sheet as asked (the pane picks a free name), its summary formulas too, and tells its progress', () => {
    const read: number[] = [];
    const lines = Array.from({ length: 10000 }, (_, i) => [`K${i % 50}`, '2026-10-01', 1]);
    const named = gradeLedger('x', [['Customer', 'Order date', 'Amount'], ...lines], {
      preset: 'seed', customerSheet: 'Customers (2)', progress: (done, total) => read.push(done / total),
    });
    expect([named.customerSheet, named.model.sheets[0].name]).toEqual(['Customers (2)', 'Customers (2)']);
    expect(JSON.stringify(named.model.sheets[2].rows)).toContain("COUNTIF('Customers (2)'!");
    // Every 4,096 lines read.
    expect(read).toEqual([0.4096, 0.8192]);
  });

  it('takes the latest order as the as-of date when none is given', () => {
    const latest = gradeLedger('x', [HEADER, ...LEDGER], { preset: 'seed' });
    expect(latest.summary.asOf).toBe(d('2026-12-03'));
    expect(latest.graded).toBe(6);
  });
});

describe('a customer who cannot be scored', () => {
  it('is still in the stocktake, as its formulas count it: the cached figures are what the spreadsheet computes', () => {
    // G's only line in the window is a credit: a net amount of -50, below the M table's first band (0).
    const graded = gradeLedger('x', [HEADER, ...LEDGER, ['G1', 'G', '庚公司', '2026-11-01', -1, -50]], { preset: 'seed', asOf: d('2026-11-30') });
    expect([graded.graded, graded.rowProblems]).toEqual([5, 1]);
    const summary = graded.model.sheets[2];
    const computed = evaluateModel(graded.model);
    const at = (label: string) => summary.rows.findIndex((r) => value(r[0]) === label);
    // New: B and G; their amount 199,999.5 - 50; share of all amounts in the window (600,000 + 199,999.5 + 800 - 50).
    const row = at('新客户');
    expect(summary.rows[row].slice(1, 4).map(value)).toEqual([2, 199949.5, 199949.5 / 800749.5]);
    for (let c = 1; c <= 3; c++) expect(computed(summary.name, row, c)).toBeCloseTo(value(summary.rows[row][c]) as number, 9);
    const lost = at('流失率（流失客户 / 上期有订单的客户）');
    expect(computed(summary.name, lost, 1)).toBeCloseTo(value(summary.rows[lost][1]) as number, 9);
  });
});

describe('a customer who cannot be graded in the stocktake', () => {
  // G's credit (-300) outweighs its order (100): an amount of -200 has no M score, so G is not graded,
  // but it is a returning customer and the stocktake's COUNTIF / SUMIF formulas count it: the cached
  // figures must be the ones the formulas give.
  const rows = [['Customer', 'Order date', 'Amount'], ['G', '2025-06-01', 10], ['G', '2026-11-30', 100], ['G', '2026-11-30', -300], ['H', '2026-11-01', 1000], ['H', '2026-11-02', 1000]];
  const graded = gradeLedger('x', rows, { preset: 'seed' });
  const summary = graded.model.sheets[2];
  const find = (label: string) => summary.rows.find((r) => value(r[0]) === label)!;

  it('counts it with its status and amount, and its orders of the window before', () => {
    expect(graded.rowProblems).toBe(1);
    // Returning: G (-200, first order 2025-06-01 before the window) and H (2,000, first order 2026-11-01: new).
    expect(find('Returning').slice(1, 4).map(value)).toEqual([1, -200, -200 / 1800]);
    expect(find('New').slice(1, 4).map(value)).toEqual([1, 2000, 2000 / 1800]);
    expect(value(find('Customers with an order in the 12 months before')[1])).toBe(1);
  });
});

describe('ledgers that cannot be graded', () => {
  it('a ledger without an amount column is refused, saying what is missing, in the headers\' language', () => {
    expect(() => gradeLedger('x', [['客户编号', '订单日期'], ['A', '2026-10-01']], { preset: 'seed' }))
      .toThrow(new TableError('订单台账每行需要客户编号、订单日期和金额；未找到：金额'));
    expect(() => gradeLedger('x', [['Customer ID', 'Amount'], ['A', 1]], { preset: 'seed' }))
      .toThrow('an order list needs a customer id, an order date and an amount on each line; no column found for: order date');
  });
  it('a ledger whose every order is after as-of is refused', () => {
    expect(() => gradeLedger('x', [HEADER, LEDGER[0]], { preset: 'seed', asOf: d('2020-01-01'), lang: 'en' }))
      .toThrow('no customer has an order on or before the as-of date (1 lines read)');
  });
  it('dates that read day first or month first, with nothing to tell, are asked about', () => {
    expect(() => gradeLedger('x', [['Customer', 'Order date', 'Amount'], ['A', '10/1/2026', 1], ['A', '11/2/2026', 1]], { preset: 'seed' }))
      .toThrow('could be day first or month first');
    const dmy = gradeLedger('x', [['Customer', 'Order date', 'Amount'], ['A', '10/1/2026', 1], ['A', '11/2/2026', 1]], { preset: 'seed', dates: { order: 'dmy' } });
    expect(dmy.summary.asOf).toBe(d('2026-02-11'));
  });
});
