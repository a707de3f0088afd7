// A note typed above a list in Excel (a title or remark in row 1, the header in row 2): the Excel host
// hands the pane the region around the selection, note and all, and the pane must find the header below
// the note, never grade with the note as header and the real header read as a customer. Codes by the
// seed bands, worked out by hand as of 2026-11-01:
//   甲: last order 2026-10-20 (12 days, R 5), 12 orders (F 5), 600,000 (M 5) -> 555
//   乙: last order 2026-09-15 (47 days, R 3), 6 orders (F 3), 250,000 (M 3) -> 333
//   丙: last order 2026-05-01 (184 days, R 1), 1 order (F 1), 50,000 (M 1) -> 111
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { ExcelWorkbook } from '../../taskpane/hosts/excel';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { PaneController } from '../../taskpane/app/pane-controller';
import type { WorkbookPort } from '../../taskpane/hosts/workbook-port';
import { FakeExcel, FakeSheet, installFakeOffice, removeFakeOffice } from './fake-excel';

const AS_OF = isoToSerial('2026-11-01');
const CUSTOMERS: [string, string, number, number][] = [['甲', '2026-10-20', 12, 600000], ['乙', '2026-09-15', 6, 250000], ['丙', '2026-05-01', 1, 50000]];

let fake: FakeExcel;
const settings = new Map<string, unknown>();

/** A sheet with `note` in row 1 (from A1), `header` in row 2 and the three customers below, the
 * selection on the first customer; the Excel fake and the in-memory host hold the same cells. */
function hosts(note: readonly string[], header: readonly string[]): { excel: WorkbookPort; memory: WorkbookPort; sheet: FakeSheet } {
  fake = new FakeExcel();
  const sheet = new FakeSheet('Sheet1');
  note.forEach((text, c) => sheet.set(0, c, text));
  header.forEach((h, c) => sheet.set(1, c, h));
  CUSTOMERS.forEach(([name, last, orders, amount], i) => {
    sheet.set(2 + i, 0, name);
    sheet.set(2 + i, 1, isoToSerial(last));
    sheet.formats.set(`${2 + i},1`, 'yyyy-mm-dd');
    sheet.set(2 + i, 2, orders);
    sheet.set(2 + i, 3, amount);
  });
  fake.sheets.push(sheet);
  fake.selection = { sheet, row: 3, column: 1 };
  fake.install();
  const cells = [[...note], [...header], ...CUSTOMERS.map(([n, l, o, a]) => [n, isoToSerial(l), o, a])];
  const memory = new MemoryWorkbook([{ name: 'Sheet1', cells }]);
  memory.selection = { sheet: 'Sheet1', row: 3, column: 1 };
  return { excel: new ExcelWorkbook(), memory, sheet };
}

beforeEach(() => {
  installFakeOffice(settings);
});
afterEach(() => {
  removeFakeOffice();
  settings.clear();
});

describe('a note above the list', () => {
  it.each([['excel'], ['memory']] as const)('a title naming a field: the header below it is found on the %s host', async (host) => {
    const { excel, memory } = hosts(['2026年客户销售额统计（单位：元）'], ['客户名称', '最近购买日期', '订单数', '金额']);
    const pane = new PaneController({ port: host === 'excel' ? excel : memory, lang: 'zh-CN', today: new Date(2026, 10, 1) });
    await pane.findList();
    expect(pane.state.list).toMatchObject({ sheetName: 'Sheet1', top: 0, left: 0 });
    expect(pane.state.headerRow).toBe(1);
    expect(pane.state.columns).toMatchObject({ customerId: undefined, recency: 1, frequency: 2, monetary: 3 });
  });

  it.each([['excel'], ['memory']] as const)('a remark naming a field above headers detection does not know: the header is still row 2 on the %s host, and grading writes beside it', async (host) => {
    const { excel, memory, sheet } = hosts(['销售金额'], ['Kunde', 'Datum', 'Anzahl', 'Betrag']);
    const port = host === 'excel' ? excel : memory;
    const pane = new PaneController({ port, lang: 'zh-CN', today: new Date(2026, 10, 1) });
    await pane.findList();
    // It used to be row 1: the remark named the amount, and Kunde, Datum, ... were read as a customer.
    expect(pane.state.headerRow).toBe(1);
    expect(pane.reading.dataRows()).toHaveLength(3);
    pane.setAsOf(AS_OF);
    pane.setColumn('customerId', 0);
    pane.setColumn('recency', 1);
    pane.setColumn('frequency', 2);
    pane.setColumn('monetary', 3);
    pane.setOutput('values');
    expect(pane.questions()).toEqual({});
    await pane.grade();
    expect(pane.state.message?.text).toBe('已为 3 位客户分级。');
    const at = (r: number, c: number) => (host === 'excel' ? sheet.get(r, c) : (memory as MemoryWorkbook).valueAt('Sheet1', r, c));
    expect(at(1, 7)).toBe('RFM 代码');
    expect([2, 3, 4].map((r) => at(r, 7))).toEqual([555, 333, 111]);
    expect(at(0, 7) ?? '').toBe('');
  });

  // Excel hands the date cell over as its serial (46315 is 2026-10-20); the message shows what was read.
  it.each([['excel'], ['memory']] as const)('a list with no header row is refused on the %s host, naming its first customer', async (host) => {
    const { excel, memory } = hosts([], []);
    const port = host === 'excel' ? excel : memory;
    const pane = new PaneController({ port, lang: 'zh-CN', today: new Date(2026, 10, 1) });
    await pane.findList();
    expect(pane.state.list).toBeUndefined();
    expect(pane.state.message).toEqual({ kind: 'error', text: '没有表头：第一行是数据（甲, 46315, 12, 600000），不是列名；请在其上方插入一行表头写明各列（如 客户名称、最近购买日期、订单数、金额）' });
  });
});
