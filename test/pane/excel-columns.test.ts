// The same list with unnamed headers through the Excel host on the fake of its API: Excel hands the pane
// a date cell as its serial number, and a column of them mapped by hand is still read as dates. Every
// code is worked out with the seed's hand rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { ExcelWorkbook } from '../../taskpane/hosts/excel';
import { PaneController } from '../../taskpane/app/pane-controller';
import { daysBetween, expectedCodes, unnamedCustomers } from '../support/unnamed-list';
import { FakeExcel, FakeSheet, installFakeOffice, removeFakeOffice } from './fake-excel';

const AS_OF = '2026-11-01';
const customers = unnamedCustomers(300, AS_OF, 11);

/** A date cell as Excel holds it: the serial number, shown through a date format. */
function setDate(sheet: FakeSheet, row: number, column: number, iso: string): void {
  sheet.set(row, column, isoToSerial(iso));
  sheet.formats.set(`${row},${column}`, 'yyyy-mm-dd');
}

let fake: FakeExcel;
const settings = new Map<string, unknown>();

beforeAll(() => {
  fake = new FakeExcel();
  const sheet = new FakeSheet('工作表1');
  // The list at B2, under headers that name nothing.
  ['A列', 'B列', 'C列', 'D列', 'E列'].forEach((h, c) => sheet.set(1, 1 + c, h));
  customers.forEach((k, i) => {
    sheet.set(2 + i, 1, k.id);
    sheet.set(2 + i, 2, k.name);
    setDate(sheet, 2 + i, 3, k.last);
    sheet.set(2 + i, 4, k.orders);
    sheet.set(2 + i, 5, k.amount);
  });
  fake.sheets.push(sheet);
  fake.selection = { sheet, row: 2, column: 1 };
  fake.install();
  installFakeOffice(settings);
});
afterAll(() => {
  removeFakeOffice();
});

describe('the pane on the Excel host, a column of date cells mapped by hand', () => {
  it('asks for the columns, reads the date cells as dates once mapped, and grades every customer right', async () => {
    const pane = new PaneController({ port: new ExcelWorkbook(), lang: 'zh-CN', today: new Date(2026, 10, 1) });
    await pane.findList();
    expect(pane.state.list).toMatchObject({ sheetName: '工作表1', top: 1, left: 1 });
    expect(pane.questions().recency?.text).toBe('哪一列是最近购买日期（或距今天数）？可能是“C列”。');
    pane.setAsOf(isoToSerial(AS_OF));
    pane.setColumn('customerId', 0);
    pane.setColumn('recency', 2);
    pane.setColumn('frequency', 3);
    pane.setColumn('monetary', 4);
    pane.setOutput('values');
    expect(pane.questions()).toEqual({});
    // Serials (46000 and up) are dates, never 46,000 days.
    expect(pane.reading.recencyIsDate()).toBe(true);
    expect(pane.bandValues('r')).toEqual(customers.map((c) => daysBetween(c.last, AS_OF)));
    await pane.grade();
    expect(pane.state.message?.text).toBe(`已为 ${customers.length} 位客户分级。`);
    // The graded columns follow the list's five (B..F): R, F, M, the code (J) and the segment.
    const sheet = fake.sheet('工作表1')!;
    expect([6, 7, 8, 9, 10].map((c) => sheet.get(1, c))).toEqual(['R 分', 'F 分', 'M 分', 'RFM 代码', '客户类型']);
    expect(customers.map((_, i) => sheet.get(2 + i, 9))).toEqual(expectedCodes(customers, AS_OF));
  });
});
