// Excel's maximum column through the Excel adapter: 1,048,575 customers under a header fill every row
// a worksheet has. Excel itself cannot run here, so the fake stands in for it (test/pane/fake-excel.ts);
// everything of ours runs as in the pane. The grades are counted by hand-written rules below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeIntoWorkbook } from '../../taskpane/app/grade-into-workbook';
import { ExcelWorkbook, MAX_REQUEST_BYTES } from '../../taskpane/hosts/excel';
import { FakeExcel, FakeSheet } from './fake-excel';
import { seedSegmentCounts } from '../support/seed-rules';

const EXCEL_ROWS = 1_048_576;
const N = EXCEL_ROWS - 1;
const days = (i: number) => i % 200, orders = (i: number) => i % 15, amount = (i: number) => (i % 9) * 100_000;
let fake: FakeExcel;

beforeAll(() => {
  fake = new FakeExcel();
  const list = new FakeSheet('Customers');
  ['Customer', 'Days Since Last Purchase', 'Orders', 'Amount'].forEach((h, c) => list.set(0, c, h));
  for (let i = 0; i < N; i++) {
    list.set(1 + i, 0, `C${i}`);
    list.set(1 + i, 1, days(i));
    list.set(1 + i, 2, orders(i));
    list.set(1 + i, 3, amount(i));
  }
  list.recordWrites = false;
  list.resetWritten();
  fake.sheets.push(list);
  fake.selection = { sheet: list, row: 1, column: 0 };
  fake.install();
});
afterAll(() => { delete (globalThis as Record<string, unknown>).Excel; });

describe("Excel's maximum column", () => {
  it('grades 1,048,575 customers in requests under the size limit, writing only beside the list', async () => {
    const host = new ExcelWorkbook();
    const found = await host.readListAroundSelection();
    expect(found!.rows).toHaveLength(EXCEL_ROWS);
    fake.requests.length = 0;
    const outcome = await gradeIntoWorkbook(host, found!, { preset: 'seed', asOf: 46327 }, false);
    expect(outcome.kind).toBe('graded');
    expect(Math.max(...fake.requests)).toBeLessThan(MAX_REQUEST_BYTES);
    const list = fake.sheet('Customers')!;
    // the six graded columns E..J, every row of the sheet, and nothing else
    expect(list.writtenBox).toEqual({ top: 0, left: 4, bottom: EXCEL_ROWS - 1, right: 9 });
    expect(list.get(EXCEL_ROWS - 1, 4)).toBe(`=IF(H${EXCEL_ROWS}="","",INT(H${EXCEL_ROWS}/100))`);
    expect(list.get(EXCEL_ROWS - 1, 7)).toContain(`VLOOKUP(B${EXCEL_ROWS},CRM_R_BANDS,2)*100`);
    expect(list.get(EXCEL_ROWS - 1, 8)).toBe(`=IF(H${EXCEL_ROWS}="","",VLOOKUP(H${EXCEL_ROWS},CRM_SEGMENTS,2,FALSE))`);

    // the seed's rules, written out by hand in test/support/seed-rules.ts
    expect(new Map(outcome.result.segmentCounts)).toEqual(seedSegmentCounts(N, days, orders, amount));
    expect(outcome.result.graded).toBe(N);
  }, 180_000);
});
