// Order ledgers in the pane (issue 9.3), on the in-memory workbook of the preview: the pane's ledger
// controller recognises a ledger when the list is found, asks, grades it per customer onto a new sheet,
// and never changes the ledger. The figures below are worked out by hand from the lines.
import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { TableError } from '../../src/grading/grade-table';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { GradingInterrupted } from '../../taskpane/app/grade-into-workbook';
import { bandCounts } from '../../taskpane/app/band-counts';
import { LedgerController, ledgerFoundText } from '../../taskpane/app/ledger-controller';
import { readSavedState } from '../../taskpane/app/saved-choices';
import { RFM_PRESETS } from '../../src/models/presets';
import { describeProblem } from '../../src/grading/grade-table';
import { findHeaderRow } from '../../src/grading/detect-columns';
import type { WorkbookPort } from '../../taskpane/hosts/workbook-port';
import { ExcelWorkbook } from '../../taskpane/hosts/excel';
import { FakeExcel, FakeSheet } from './fake-excel';
import { TAOBAO_HEADER, TAOBAO_LINES } from '../support/taobao-ledger';

const d = (iso: string) => isoToSerial(iso);
const HEADER = ['Order no', 'Customer ID', 'Customer', 'Order date', 'Units', 'Amount'];
// As of the latest order, 2026-11-30, 12 months: the window is 2025-11-30 .. 2026-11-30, the one before
// 2024-11-30 .. 2025-11-29. Dates are date cells (serials), as a spreadsheet holds them.
const LINES: unknown[][] = [
  ['O1', 'C001', 'Alpha', d('2026-11-20'), 3, 300000],
  ['O1', 'C001', 'Alpha', d('2026-11-20'), 1, 250000],
  ['O2', 'C001', 'Alpha', d('2026-10-01'), 1, 10000],
  ['O3', 'C002', 'Beta', d('2026-06-01'), 2, 1000],
  ['O4', 'C002', 'Beta', d('2026-09-01'), 1, 2000],
  ['O5', 'C003', 'Gamma', d('2025-06-01'), 1, 500],
  ['O6', 'C003', 'Gamma', d('2025-07-01'), 1, 700],
  ['O7', 'C004', 'Delta', d('2026-11-30'), 1, 99],
  ['O8', 'C001', 'Alpha', d('2024-01-15'), 1, 5],
  ['O9', 'C002', 'Beta', d('2026-11-01'), 1, 'tbd'],
];

/** A workbook holding the ledger under a title (its header in row 3), the selection inside it. */
function workbook(header = HEADER, lines = LINES): MemoryWorkbook {
  const wb = new MemoryWorkbook([{ name: 'Orders', cells: [['Order lines, 2026'], [], header, ...lines.map((l) => [...l])] as never }]);
  wb.selection = { sheet: 'Orders', row: 3, column: 1 };
  return wb;
}

async function found(wb: MemoryWorkbook, saved?: Parameters<LedgerController['recognise']>[2]) {
  const list = (await wb.readListAroundSelection())!;
  const ledger = new LedgerController();
  // The header row as the pane finds it (the title above is not part of the block around the selection).
  ledger.recognise(list, Math.max(0, findHeaderRow(list.rows)), saved);
  return { list, ledger };
}

const cellsOf = (wb: MemoryWorkbook, sheet: string) => JSON.stringify(wb.sheet(sheet)!.cells);
const value = (c: unknown) => (c !== null && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c);
const rowsOf = (wb: MemoryWorkbook, sheet: string) => wb.sheet(sheet)!.cells.map((row) => (row ?? []).map(value));

describe('Find my list: a ledger recognised', () => {
  it('reads an order list as a ledger and asks before grading it per customer', async () => {
    const { ledger } = await found(workbook());
    expect([ledger.reading, ledger.pending(), ledger.active()]).toEqual(['ledger', true, false]);
    expect(ledger.columns).toEqual({ customerId: 1, orderDate: 3, amount: 5, orderId: 0, customerName: 2 });
    // O1..O8 (O1 of two lines counted once; O9's amount cannot be read), four customers.
    expect(ledger.shape()).toEqual({ orders: 8, customers: 4 });
    expect(ledger.latest()).toBe(d('2026-11-30'));
    ledger.confirm();
    expect(ledger.active()).toBe(true);
  });

  it('says so in the user\'s language, the counts with thousands separators', async () => {
    // 12,480 lines, one order each, from 1,906 customers who each appear on several lines.
    const lines = Array.from({ length: 12480 }, (_, i) => [`K${i % 1906}`, d('2026-01-01') + (i % 300), 10 + (i % 7)]);
    const { ledger } = await found(workbook(['Customer ID', 'Order date', 'Amount'], lines));
    expect(ledgerFoundText(ledger, 'en', 'Orders', 3)).toBe('An order list: 12,480 orders from 1,906 customers, on sheet “Orders”, headers in row 3.');
    expect(ledgerFoundText(ledger, 'zh-CN', 'Orders', 3)).toBe('订单明细：1,906 位客户的 12,480 笔订单，在工作表“Orders”中，标题在第 3 行。');
    expect(ledgerFoundText(ledger, 'zh-TW', 'Orders', 3)).toContain('1,906 位客戶的 12,480 筆訂單');
  });

  it('a customer list is not a ledger, and offers nothing', async () => {
    const { ledger } = await found(workbook(['Customer', 'Days Since Last Purchase', 'Orders', 'Amount'], [['A', 10, 12, 600000], ['A', 45, 6, 250000]]));
    expect([ledger.reading, ledger.hasLedgerHeader, ledger.choices()]).toEqual(['list', false, undefined]);
  });

  it('a ledger\'s header with no id repeated is read as one row per customer, with the switch the other way', async () => {
    const { ledger } = await found(workbook(HEADER, [LINES[0], LINES[3], LINES[5]]));
    expect([ledger.reading, ledger.hasLedgerHeader, ledger.repeats, ledger.active()]).toEqual(['list', true, false, false]);
    ledger.readAs('ledger');
    expect(ledger.active()).toBe(true);
    expect(ledger.shape()).toEqual({ orders: 3, customers: 3 });
  });

  it('switching a ledger to one row per customer is kept as the user\'s word', async () => {
    const { ledger } = await found(workbook());
    ledger.readAs('list');
    expect([ledger.reading, ledger.pending(), ledger.active(), ledger.repeats]).toEqual(['list', false, false, true]);
    expect(ledger.choices()).toMatchObject({ reading: 'list' });
  });
});

describe('the mapping step of a ledger', () => {
  it('previews the first lines as they will be read and lists the data problems with their sheet rows', async () => {
    const { ledger } = await found(workbook());
    ledger.confirm();
    const preview = ledger.preview(2);
    expect(preview.fields).toEqual(['customerId', 'orderDate', 'amount', 'orderId', 'customerName']);
    expect(preview.rows).toEqual([['C001', '2026-11-20', '300000', 'O1', 'Alpha'], ['C001', '2026-11-20', '250000', 'O1', 'Alpha']]);
    // O9 is the tenth line: sheet row 13 (a title, a blank row and the header above the lines).
    expect(ledger.problems(d('2026-11-30')).map((p) => describeProblem(p, 'en'))).toEqual(["Amount: not numbers ('tbd') in row 13"]);
    // As of 2026-11-01: O7 and O1's two lines are after it (rows 4, 5 and 11), and C004 has no order by then.
    expect(ledger.problems(d('2026-11-01')).map((p) => describeProblem(p, 'en'))).toEqual([
      "Amount: not numbers ('tbd') in row 13",
      'Order date: 3 order lines after 2026-11-01, left out (rows 4, 5, 11)',
      "Customer ID: 1 customers have every order after 2026-11-01 and are not graded ('C004'; row 11)",
    ]);
  });

  it('counts the summarised customers in each band, for the as-of date and window chosen', async () => {
    const { ledger } = await found(workbook());
    ledger.confirm();
    const asOf = d('2026-11-30');
    // Days 10, 90, 517, 0 (seed R bands 0 / 31 / 91); orders 2, 2, 0, 1; amounts 560,000, 3,000, 0, 99.
    expect(bandCounts(ledger.bandValues('r', asOf), RFM_PRESETS.seed.r)).toEqual([2, 1, 1]);
    expect(bandCounts(ledger.bandValues('f', asOf), RFM_PRESETS.seed.f)).toEqual([4, 0, 0]);
    expect(bandCounts(ledger.bandValues('m', asOf), RFM_PRESETS.seed.m)).toEqual([3, 0, 1]);
    // A 24-month window takes in C003's two orders of 2025 and C001's of 2024-01-15 stays out (before 2024-11-30).
    expect(ledger.setMonths(24)).toBe(true);
    expect(ledger.bandValues('f', asOf)).toEqual([2, 2, 2, 1]);
    expect([ledger.setMonths(1.5), ledger.setMonths(0), ledger.months]).toEqual([false, false, 24]);
  });
});

describe('Grade: a ledger graded per customer onto a new sheet', () => {
  it('writes the customer sheet, settings, summary with the stocktake and methodology, and leaves every ledger cell as it was', async () => {
    const wb = workbook();
    const before = cellsOf(wb, 'Orders');
    const { ledger } = await found(wb);
    ledger.confirm();
    const result = await ledger.grade(wb, { preset: 'seed', lang: 'en', asOf: ledger.latest()! });
    expect(result.sheetName).toBe('Customers');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Orders', 'Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']);
    expect(cellsOf(wb, 'Orders')).toBe(before);

    const rows = rowsOf(wb, 'Customers');
    expect(rows[0]).toEqual(['Customer ID', 'Customer name', 'Days since last order', 'Orders (12 months)', 'Amount (12 months)',
      'Orders (the 12 months before)', 'First order', 'Customer status', 'R score', 'F score', 'M score', 'RFM code', 'Segment', 'Data problem']);
    // By hand, with the seed bands (R 5 to 30 days, 3 to 90, else 1; F 5 from 10, 3 from 5; M 5 from 500,000, 3 from 200,000):
    // C001: 10 days, orders O1 (two lines) and O2, 560,000; O8 of 2024-01-15 is its first order, before both windows.
    expect(rows[1].slice(0, 13)).toEqual(['C001', 'Alpha', 10, 2, 560000, 0, d('2024-01-15'), 'Returning', 5, 1, 5, 515, 'Important development']);
    // C002: 90 days (2026-09-01; O9's line is left out), 2 orders, 3,000; first order in the window: new.
    expect(rows[2].slice(0, 13)).toEqual(['C002', 'Beta', 90, 2, 3000, 0, d('2026-06-01'), 'New', 3, 1, 1, 311, 'General development']);
    // C003: 517 days, nothing in the window, two orders in the one before: lost.
    expect(rows[3].slice(0, 13)).toEqual(['C003', 'Gamma', 517, 0, 0, 2, d('2025-06-01'), 'Lost', 1, 1, 1, 111, 'General win-back']);
    expect(rows[4].slice(0, 13)).toEqual(['C004', 'Delta', 0, 1, 99, 0, d('2026-11-30'), 'New', 5, 1, 1, 511, 'General development']);
    expect(rows).toHaveLength(5);
    expect(wb.sheet('Customers')!.filter).toBe('A1:N5');
    expect(result.segmentCounts).toEqual([['General development', 2], ['Important development', 1], ['General win-back', 1]]);
    expect([result.graded, result.summary.lines, result.summary.linesUsed]).toEqual([4, 10, 9]);

    // The summary's stocktake counts the customer sheet by name: new 2, returning 1, lost 1, inactive 0.
    const summary = rowsOf(wb, 'CRM Summary');
    const status = (label: string) => summary.find((r) => r[0] === label)!.slice(1, 3);
    expect([status('New'), status('Returning'), status('Lost'), status('Inactive')]).toEqual([[2, 3099], [1, 560000], [1, 0], [0, 0]]);
    expect(JSON.stringify(wb.sheet('CRM Summary')!.cells)).toContain('COUNTIF(Customers!$M$2:$M$5');
    expect([...wb.names.keys()]).toEqual(expect.arrayContaining(['CRM_R_BANDS', 'CRM_AS_OF', 'CRM_SEGMENTS']));
  });

  it('gives the customer sheet a new name when one is taken, and never writes over it', async () => {
    const wb = workbook();
    wb.sheets.push({ name: 'customers', cells: [['my own notes']] });
    const { ledger } = await found(wb);
    ledger.confirm();
    const result = await ledger.grade(wb, { preset: 'seed', lang: 'en', asOf: ledger.latest()! });
    expect(result.sheetName).toBe('Customers (2)');
    expect(wb.sheet('customers')!.cells).toEqual([['my own notes']]);
    expect(JSON.stringify(wb.sheet('CRM Summary')!.cells)).toContain("COUNTIF('Customers (2)'!");
    const again = await ledger.grade(wb, { preset: 'seed', lang: 'en', asOf: ledger.latest()! });
    expect(again.sheetName).toBe('Customers (3)');
    expect(rowsOf(wb, 'Customers (2)')[1][0]).toBe('C001');
  });

  it('Cancel, or the host failing, takes back the sheets it added: the workbook is as it was', async () => {
    for (const stop of ['cancel', 'fail'] as const) {
      const wb = workbook();
      const before = JSON.stringify(wb.sheets);
      const { ledger } = await found(wb);
      ledger.confirm();
      let writes = 0;
      // The host fails on its third sheet (the summary); Cancel is clicked after two sheets were written.
      const port = new Proxy(wb, {
        get(target, name, receiver) {
          const v = Reflect.get(target, name, receiver);
          if (name !== 'replaceSheet' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
          return (...args: unknown[]) => (++writes === 3 && stop === 'fail' ? Promise.reject(new Error('host failed')) : v.apply(target, args));
        },
      }) as WorkbookPort;
      const error = await ledger.grade(port, { preset: 'seed', lang: 'en', asOf: ledger.latest()! }, undefined,
        { cancelled: () => stop === 'cancel' && writes >= 2 }).catch((e) => e);
      expect(error).toBeInstanceOf(GradingInterrupted);
      expect([error.message, error.restored]).toEqual([stop === 'cancel' ? 'cancelled' : 'host failed', true]);
      expect(JSON.stringify(wb.sheets)).toBe(before);
      expect(wb.names.size).toBe(0);
    }
  });

  it('grades with the window chosen: six months', async () => {
    const wb = workbook();
    const { ledger } = await found(wb);
    ledger.confirm();
    ledger.setMonths(6);
    await ledger.grade(wb, { preset: 'seed', lang: 'zh-CN', asOf: ledger.latest()! });
    const rows = rowsOf(wb, '客户汇总');
    expect(rows[0].slice(3, 6)).toEqual(['订单数（近6个月）', '金额（近6个月）', '上期订单数（再往前6个月）']);
    // 2026-05-30 .. 2026-11-30: C002 keeps O3 (2026-06-01) and O4; C003's orders of 2025 are before both windows now.
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['C001', 'Alpha', 10, 2, 560000, 0], ['C002', 'Beta', 90, 2, 3000, 0], ['C003', 'Gamma', 517, 0, 0, 0], ['C004', 'Delta', 0, 1, 99, 0],
    ]);
    expect(rows[3][7]).toBe('沉睡客户');
  });
});

describe('choices saved with the workbook', () => {
  it('saves the window and the reading, and restores them for the same list', async () => {
    const wb = workbook();
    const first = await found(wb);
    first.ledger.confirm();
    first.ledger.setMonths(6);
    first.ledger.setColumn('customerName', undefined);
    // What the pane saves after grading (choicesJson), read back as Find my list reads it.
    await wb.saveState(JSON.stringify({ headers: HEADER, columns: {}, preset: 'seed', tables: RFM_PRESETS.seed, ledger: first.ledger.choices() }));
    const saved = readSavedState(await wb.loadState(), HEADER);
    if (saved.kind !== 'ok') throw new Error(saved.kind);
    const again = await found(wb, saved.choices.ledger);
    expect([again.ledger.active(), again.ledger.months, again.ledger.columns.customerName]).toEqual([true, 6, undefined]);
    // The predictions are on unless the user turned them off, and the choice is saved like the others.
    expect([first.ledger.btyd, saved.choices.ledger?.btyd]).toEqual([true, true]);
    again.ledger.setBtyd(false);
    const off = readSavedState(JSON.stringify({ headers: HEADER, columns: {}, preset: 'seed', tables: RFM_PRESETS.seed, ledger: again.ledger.choices() }), HEADER);
    if (off.kind !== 'ok') throw new Error(off.kind);
    expect((await found(wb, off.choices.ledger)).ledger.btyd).toBe(false);
    // Choices saved before the option existed have none: on.
    expect((await found(wb, { reading: 'ledger', columns: saved.choices.ledger!.columns, months: 12 })).ledger.btyd).toBe(true);
    // Another list's choices are not restored: its header differs.
    expect(readSavedState(await wb.loadState(), ['Customer ID', 'Order date', 'Amount']).kind).toBe('otherList');
  });

  it('a damaged window or reading is reported, never half applied', () => {
    const base = { headers: HEADER, columns: {}, preset: 'seed', tables: RFM_PRESETS.seed };
    for (const ledger of [{ reading: 'ledger', columns: {}, months: 0 }, { reading: 'rows', columns: {}, months: 12 }, { reading: 'ledger', columns: { amount: 9 }, months: 12 },
      { reading: 'ledger', columns: {}, months: 12, btyd: 'yes' }]) {
      expect(readSavedState(JSON.stringify({ ...base, ledger }), HEADER)).toEqual({ kind: 'damaged', reason: 'brokenLedger' });
    }
  });
});

describe('a ledger that cannot be graded', () => {
  it('without an amount column it is recognised, then refused with what is missing, in the user\'s language', async () => {
    const wb = workbook(['客户编号', '订单日期', '数量'], [['A', d('2026-10-01'), 1], ['A', d('2026-10-02'), 2], ['B', d('2026-10-03'), 1]]);
    const before = JSON.stringify(wb.sheets);
    const { ledger } = await found(wb);
    expect([ledger.reading, ledger.shape(), ledger.missing()]).toEqual(['ledger', undefined, ['amount']]);
    expect(ledgerFoundText(ledger, 'zh-CN', 'Orders', 3)).toBe('订单明细（同一客户出现在多行），在工作表“Orders”中，标题在第 3 行。');
    ledger.confirm();
    const error = await ledger.grade(wb, { preset: 'seed', lang: 'zh-CN', asOf: d('2026-10-03') }).catch((e) => e);
    expect(error).toBeInstanceOf(TableError);
    expect(error.message).toBe('订单明细每行需要客户编号、订单日期和金额。未找到：金额。请在“列对应”中选择。');
    const en = await ledger.grade(wb, { preset: 'seed', lang: 'en', asOf: d('2026-10-03') }).catch((e) => e);
    expect(en.message).toBe('An order list needs a customer ID, an order date and an amount on each line. No column found for: Amount. Choose it under Columns.');
    expect(JSON.stringify(wb.sheets)).toBe(before);
  });

  it('order dates that read day first or month first wait for the user to say which', async () => {
    const wb = workbook(['Customer', 'Order date', 'Amount'], [['A', '10/1/2026', 1], ['A', '11/2/2026', 2]]);
    const { ledger } = await found(wb);
    ledger.confirm();
    expect(ledger.dateOrderOf(undefined)).toBe('ask');
    const error = await ledger.grade(wb, { preset: 'seed', lang: 'zh-TW', asOf: d('2026-10-03') }).catch((e) => e);
    expect(error.message).toBe('訂單日期既可按「日在前」也可按「月在前」理解，名單本身無法判斷：請在「欄位對應」中選擇。');
    ledger.setDateOrder('dmy');
    expect(ledger.latest()).toBe(d('2026-02-11'));
    const graded = await ledger.grade(wb, { preset: 'seed', lang: 'en', asOf: ledger.latest()! });
    expect(rowsOf(wb, graded.sheetName)[1].slice(0, 4)).toEqual(['A', 0, 2, 3]);
  });
});

describe('through the Excel host', () => {
  it('writes the customer sheet through Excel\'s calls and not one cell of the ledger', async () => {
    const fake = new FakeExcel();
    const orders = new FakeSheet('Orders');
    [HEADER, ...LINES].forEach((row, r) => row.forEach((v, c) => orders.set(r, c, v as string | number)));
    orders.resetWritten();
    fake.sheets.push(orders);
    fake.selection = { sheet: orders, row: 1, column: 1 };
    fake.install();
    try {
      const host = new ExcelWorkbook();
      const list = (await host.readListAroundSelection())!;
      const ledger = new LedgerController();
      ledger.recognise(list, Math.max(0, findHeaderRow(list.rows)));
      ledger.confirm();
      const result = await ledger.grade(host, { preset: 'seed', lang: 'en', asOf: ledger.latest()! });
      expect(result.sheetName).toBe('Customers');
      expect(orders.written).toEqual([]);
      expect(fake.sheets.map((s) => s.name)).toEqual(['Orders', 'Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']);
      const customers = fake.sheet('Customers')!;
      expect([0, 1, 2, 3, 4].map((c) => customers.get(1, c))).toEqual(['C001', 'Alpha', 10, 2, 560000]);
      // R reads its digit of the code cell (L), which checks the row and looks the days (C) up
      expect(customers.get(1, 8)).toBe('=IF(L2="","",INT(L2/100))');
      expect(customers.get(1, 11)).toContain('VLOOKUP(C2,CRM_R_BANDS,2)*100');
      // A header filter over the customer sheet: its 14 columns, header and four customers.
      expect(customers.filter).toBe('A1:N5');
    } finally {
      delete (globalThis as Record<string, unknown>).Excel;
    }
  });
});

describe('an order status column in the pane', () => {
  // A Taobao-style export under the title (header in row 3, lines from row 4). By hand, as of the latest
  // line that counts, 2026-10-09: 小王 one order of 120.50 (rows 5 交易关闭 and 7 等待买家付款 left out),
  // 8 days; 小李 two orders, 1,500; 小张 (row 9, 交易关闭 only) no customer.
  const TB_HEADER = [...TAOBAO_HEADER];
  const TB_LINES = TAOBAO_LINES.map((l) => [...l]);
  const saveOf = (ledger: LedgerController) => JSON.stringify({ headers: TB_HEADER, columns: {}, preset: 'seed', tables: RFM_PRESETS.seed, ledger: ledger.choices() });

  it('finds the status column, leaves the lines that are not orders out and lists them with their rows', async () => {
    const { ledger } = await found(workbook(TB_HEADER, TB_LINES));
    expect(ledger.columns.status).toBe(3);
    ledger.confirm();
    expect(ledger.latest()).toBe(d('2026-10-09'));
    expect(ledger.summary(undefined)!.customers.map((c) => [c.id, c.days, c.orders, c.amount])).toEqual([['小王', 8, 1, 120.5], ['小李', 0, 2, 1500]]);
    expect(ledger.problems(d('2026-10-09')).map((p) => describeProblem(p, 'zh-CN'))).toEqual([
      '订单状态：2 行状态为“交易关闭”，不是订单，未计入：第 5、9 行',
      '订单状态：1 行状态为“等待买家付款”，不是订单，未计入：第 7 行',
    ]);
    expect(ledger.preview(1).rows[0]).toEqual(['小王', '2026-10-01', '120.5', 'T1001', '交易成功']);
  });

  it('"— none —" counts every line; the choice is saved and restored, and old choices read the status found', async () => {
    const wb = workbook(TB_HEADER, TB_LINES);
    const { ledger } = await found(wb);
    ledger.confirm();
    ledger.setColumn('status', undefined);
    // Every line an order, as of 小张's 2026-10-12: 小王 3 orders, 120.50 + 88 + 60 = 268.50.
    expect(ledger.summary(undefined)!.customers.find((c) => c.id === '小王')).toMatchObject({ orders: 3, amount: 268.5, days: 4 });
    expect(ledger.problems(d('2026-10-12'))).toEqual([]);
    const none = readSavedState(saveOf(ledger), TB_HEADER);
    if (none.kind !== 'ok') throw new Error(none.kind);
    expect((await found(wb, none.choices.ledger)).ledger.columns.status).toBeUndefined();
    // Chosen again, it is saved as chosen.
    ledger.setColumn('status', 3);
    const chosen = readSavedState(saveOf(ledger), TB_HEADER);
    if (chosen.kind !== 'ok') throw new Error(chosen.kind);
    expect((await found(wb, chosen.choices.ledger)).ledger.columns.status).toBe(3);
    // Choices saved before statuses were read (no status, no noStatus): the status column found is read.
    const old = { reading: 'ledger' as const, columns: { customerId: 1, orderDate: 2, amount: 4, orderId: 0 }, months: 12 };
    expect((await found(wb, old)).ledger.columns.status).toBe(3);
  });

  it('grades the customer sheet without the lines that are not orders', async () => {
    const wb = workbook(TB_HEADER, TB_LINES);
    const { ledger } = await found(wb);
    ledger.confirm();
    const result = await ledger.grade(wb, { preset: 'seed', lang: 'zh-CN', asOf: ledger.latest()! });
    expect(rowsOf(wb, result.sheetName).slice(1).map((r) => r.slice(0, 4))).toEqual([['小王', 8, 1, 120.5], ['小李', 0, 2, 1500]]);
    // (The grading numbers rows within the list it was given; the pane lists them by sheet row, above.)
    expect(result.problems.filter((p) => p.kind === 'notAnOrder').map((p) => [p.examples[0], p.rows.length])).toEqual([['交易关闭', 2], ['等待买家付款', 1]]);
  });
});
