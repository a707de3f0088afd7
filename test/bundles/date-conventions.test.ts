// The workbook's own date conventions, as each host reports them to the built bundles: the regional
// format's day/month order for year-last text, and Excel's 1904 date system.
import { describe, expect, it } from 'vitest';
import { FakeCustomFunctionsError, loadExcel, loadSheets } from './load';

// Serials by hand: 2026-10-01 is 46296; 2026-01-01 is 273 days earlier, 46023; 2026-01-31 is 46053;
// 2026-03-12 is 40 days later, 46093; 2026-01-10 is 46032; 2026-11-01 is 46327.
// NEXT_ORDER_DATE of 1 Jan, 31 Jan, 12 Mar 2026: intervals 30 and 40, mean 35, so 46093 + 35 = 46128 (16 Apr).
const NEXT = 46128;
const shift1904 = 1462;

async function excel(workbook?: { culture?: string; use1904?: boolean }) {
  const runtime = loadExcel('en-US', workbook);
  await runtime.ready;
  return (name: string, ...args: unknown[]) => runtime.associated.get(name)!(...args) as unknown[][];
}

describe('Excel: the workbook date system', () => {
  it('reads 1904 serials and writes dates back as 1904 serials', async () => {
    const call = await excel({ culture: 'en-US', use1904: true });
    expect(call('NEXT_ORDER_DATE', [[46023 - shift1904, 46053 - shift1904, 46093 - shift1904]], null)).toEqual([[NEXT - shift1904]]);
  });
  it('keeps 1900 serials when the workbook counts from 1900', async () => {
    const call = await excel({ culture: 'en-US', use1904: false });
    expect(call('NEXT_ORDER_DATE', [[46023, 46053, 46093]], null)).toEqual([[NEXT]]);
  });
  it('text dates are not shifted in a 1904 workbook', async () => {
    const call = await excel({ culture: 'en-US', use1904: true });
    expect(call('NEXT_ORDER_DATE', [['2026-01-01', '2026-01-31', '2026-03-12']], null)).toEqual([[NEXT - shift1904]]);
  });
});

describe('Excel: the regional format decides 10/1/2026', () => {
  // As of 2026-11-01: 1 October is 31 days back (R 3 with the seed bands), 10 January 295 (R 1).
  const rOf = (call: (name: string, ...a: unknown[]) => unknown[][]) =>
    call('RFM_SCORE', [['10/1/2026']], [[1]], [[1]], null, null, null, '2026-11-01', 'r')[0][0];
  it('en-US reads month first', async () => expect(rOf(await excel({ culture: 'en-US' }))).toBe(3));
  it('en-GB reads day first', async () => expect(rOf(await excel({ culture: 'en-GB' }))).toBe(1));
  it('zh-CN cannot tell, and says so on the row', async () => {
    const cell = rOf(await excel({ culture: 'zh-CN' })) as FakeCustomFunctionsError;
    expect(cell.code).toBe('#VALUE!');
    expect(cell.message).toBe("recency: '10/1/2026' could be 2026-10-01 or 2026-01-10; write it as 2026-10-01 or choose the day/month order");
  });
  it('no Excel API (an old host): no order, so the same message', async () => {
    const cell = rOf(await excel()) as FakeCustomFunctionsError;
    expect(cell.message).toMatch(/could be 2026-10-01 or 2026-01-10/);
  });
});

describe('Sheets: the spreadsheet locale decides 10/1/2026', () => {
  const ymd = (d: unknown) => (d as Date).toISOString === undefined ? d
    : `${(d as Date).getFullYear()}-${(d as Date).getMonth() + 1}-${(d as Date).getDate()}`;
  it('en_GB reads 1/1, 31/1, 12/3 as 1 Jan, 31 Jan, 12 Mar: next order 16 Apr', () => {
    const sheets = loadSheets(undefined, 'en_GB');
    expect(ymd(sheets.NEXT_ORDER_DATE([['1/1/2026', '31/1/2026', '12/3/2026']]))).toBe('2026-4-16');
  });
  it('en_US reads 12/3 as 3 December: intervals 30 and 306, mean 168, next order 2027-05-20', () => {
    const sheets = loadSheets(undefined, 'en_US');
    expect(ymd(sheets.NEXT_ORDER_DATE([['1/1/2026', '31/1/2026', '12/3/2026']]))).toBe('2027-5-20');
  });
  it('RFM_SCORE as of 2026-11-01 scores 10/1/2026 by the locale', () => {
    expect(loadSheets(undefined, 'en_US').RFM_SCORE('10/1/2026', 1, 1, '', '', '', '2026-11-01', 'r')).toBe(3);
    expect(loadSheets(undefined, 'en_GB').RFM_SCORE('10/1/2026', 1, 1, '', '', '', '2026-11-01', 'r')).toBe(1);
  });
});
