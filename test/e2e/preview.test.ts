// The standalone preview driven as a user drives it, in real headless Chromium: paste a 1,000-row list
// with Chinese headers and planted problems, accept the detected columns, pick a preset, edit one band,
// grade; the written cells and the summary are checked against the core, computed here independently.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isoToSerial, serialToIso } from '../../src/cells/dates';
import { scoreByBands } from '../../src/models/band-table';
import { RFM_PRESETS } from '../../src/models/presets';
import { value8Segment } from '../../src/models/segments';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { paste, previewSession, SHOTS } from './preview-session';
import { expandSharedFormulas } from '../support/sheet-formulas';

const AS_OF = '2026-11-01';
const N = 1000;

interface Row { id: string; name: string; last: string; orders: string; amount: string; manual: string }

function list(): Row[] {
  let s = 99;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const asOf = isoToSerial(AS_OF);
  const rows = Array.from({ length: N }, (_, i) => ({
    id: `KH${1000 + i}`, name: `公司${i}`,
    last: serialToIso(asOf - Math.floor(rand() * 300)),
    orders: String(Math.floor(rand() * 12)), amount: String(Math.round(rand() * 700_000)),
    // seed 004: a few grades set by hand, which must win and survive re-grading
    manual: i % 97 === 5 ? '重点跟进' : '',
  }));
  rows[10].orders = '';          // blank count
  rows[20].amount = '待确认';     // text in a number column
  rows[30].id = rows[31].id;     // duplicate id
  rows[40].last = '2026-12-24';  // after the as-of date
  return rows;
}

const session = previewSession();
const open = (width: number, lang: string): Promise<Page> => session.open(`lang=${lang}`, width);
const requests = session.requests;

/** The values a sheet of the in-browser workbook shows. */
function sheetValues(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((n) => {
    const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } } }).crmWorkbook;
    return wb.sheet(n)!.cells.map((row) => (row ?? []).map((c) => (c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null)));
  }, name);
}

describe('the standalone preview', () => {
  const rows = list();
  const tsv = ['客户编号\t客户名称\t最近一次购买日期\t订单数\t金额\t手动等级',
    ...rows.map((r) => [r.id, r.name, r.last, r.orders, r.amount, r.manual].join('\t'))].join('\n');

  it('grades a pasted list end to end, as the core grades it, and re-grades without touching the list', async () => {
    const page = await open(320, 'zh-CN');
    await paste(page, tsv);
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toContain('1000 位客户');
    // the detected mapping, accepted as it is
    expect(await page.$eval('#map-recency', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe('最近一次购买日期');
    expect(await page.$eval('#map-frequency', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe('订单数');
    expect(await page.$eval('#map-monetary', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe('金额');
    expect(await page.locator('#problems li').allTextContents()).toEqual([
      '订单数：第 12 行为空', '金额：第 22 行不是数字（“待确认”）',
      expect.stringContaining('最近一次购买日期：第 42 行的日期晚于截至日期'), '客户编号：第 32、33 行客户编号重复（“KH1031”）',
    ]);
    await page.screenshot({ path: join(SHOTS, '1-mapped-320-zh-CN.png') });

    await page.fill('#as-of', AS_OF);
    await page.dispatchEvent('#as-of', 'change');
    await page.selectOption('#preset', 'five');
    // edit one band: F "2 purchases score 2" becomes "3 purchases score 2"
    await page.fill('[data-band="f-1-from"]', '3');
    await page.dispatchEvent('[data-band="f-1-from"]', 'change');
    expect(await page.$eval('#preset', (s) => (s as HTMLSelectElement).value)).toBe('custom');
    const tables = { ...RFM_PRESETS.five, f: { from: [0, 3, 4, 6, 9], score: [1, 2, 3, 4, 5] } };
    const ordersIn = (lo: number, hi: number) => rows.filter((r) => r.orders !== '' && Number(r.orders) >= lo && Number(r.orders) < hi).length;
    expect(await page.textContent('[data-count="f-1"]')).toBe(` ${ordersIn(3, 4)}`);
    await page.screenshot({ path: join(SHOTS, '2-thresholds-320-zh-CN.png') });

    const before = await sheetValues(page, '粘贴的名单');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('已为 997 位客户分级');
    await page.screenshot({ path: join(SHOTS, '3-graded-320-zh-CN.png') });

    const after = await sheetValues(page, '粘贴的名单');
    expect(after[0].slice(6, 11)).toEqual(['R 分', 'F 分', 'M 分', 'RFM 代码', '客户类型']);
    const asOf = isoToSerial(AS_OF);
    const counts = new Map<string, number>();
    rows.forEach((r, i) => {
      const days = asOf - isoToSerial(r.last);
      // text and a date after as-of are bad inputs (#VALUE!), a blank count a missing one (#N/A)
      const error = Number.isNaN(Number(r.amount)) || days < 0 ? '#VALUE!' : r.orders === '' ? '#N/A' : undefined;
      const got = after[i + 1].slice(6, 11);
      if (error) return expect(got.slice(0, 4), `row ${i + 2}`).toEqual(Array(4).fill({ error }));
      const [R, F, M] = [scoreByBands(days, tables.r), scoreByBands(Number(r.orders), tables.f), scoreByBands(Number(r.amount), tables.m)];
      const segment = r.manual || value8Segment(R, F, M)['zh-CN'];
      counts.set(segment, (counts.get(segment) ?? 0) + 1);
      expect(got, `row ${i + 2}`).toEqual([R, F, M, R * 100 + F * 10 + M, segment]);
    });
    // the summary sheet's customers per segment
    const summary = await sheetValues(page, '分级汇总');
    for (const [segment, n] of counts) expect(summary.find((row) => row[0] === segment)?.[1], segment).toBe(n);
    // the list itself is untouched
    expect(after.map((row) => row.slice(0, 6))).toEqual(before.map((row) => row.slice(0, 6)));

    // finding the list again restores the choices saved with the workbook: the edited band included
    await page.click('#find-list');
    await expect.poll(() => page.$eval('#preset', (el) => (el as HTMLSelectElement).value)).toBe('custom');
    expect(await page.$eval('[data-band="f-1-from"]', (el) => (el as HTMLInputElement).value)).toBe('3');
    // re-grading replaces its own columns and nothing else
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('已为 997 位客户分级');
    const again = await sheetValues(page, '粘贴的名单');
    expect(again.map((row) => row.slice(0, 6))).toEqual(before.map((row) => row.slice(0, 6)));
    expect(again[0]).toHaveLength(12);
    // the manual grades won again
    const manualRows = rows.flatMap((r, i) => (r.manual ? [i + 1] : []));
    expect(manualRows.length).toBeGreaterThan(5);
    for (const i of manualRows) expect(again[i][10], `row ${i + 1}`).toBe('重点跟进');

    // Download .xlsx: the workbook as graded, written in the page
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const file = join(SHOTS, 'graded.xlsx');
    await download.saveAs(file);
    const xml = strFromU8(unzipSync(readFileSync(file))['xl/workbook.xml']);
    expect([...xml.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['客户名单', '粘贴的名单', '分级设置', '分级汇总', '分级方法']);
    expect(xml).toContain('<definedName name="CRM_F_BANDS">');
    // Each graded column is written as shared formulas (src/xlsx/shared-formulas.ts): read as Excel reads them.
    const sheet2 = expandSharedFormulas(strFromU8(unzipSync(readFileSync(file))['xl/worksheets/sheet2.xml']));
    // orders are in column D: the code cell (J) reads D2, the F score its digit (quotes escaped in the XML)
    expect(sheet2).toMatch(/<f>CHOOSE\([^<]*VLOOKUP\(D2,CRM_F_BANDS,2\)[^<]*<\/f><v>/);
    expect(sheet2).toContain('<f>IF(J2=&quot;&quot;,&quot;&quot;,MOD(INT(J2/10),10))</f><v>');
    expect(sheet2).toContain('<f>IF(TRIM(F7)&lt;&gt;&quot;&quot;,TRIM(F7),IF(J7=&quot;&quot;,&quot;&quot;,VLOOKUP(J7,CRM_SEGMENTS,2,FALSE)))</f>');
    await page.close();
  });

  it('fits the Sheets sidebar width in English, writes to a new sheet beside a note, and sends nothing', async () => {
    const page = await open(300, 'en');
    // someone's note two columns right of the sample list (A..F), inside the block grading would fill
    await page.evaluate(() => {
      const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } } }).crmWorkbook;
      wb.sheet('Customer list')!.cells[4][8] = 'call back Friday';
    });
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toContain('300 customers');
    const overflow = await page.$eval('#pane', (p) => p.scrollWidth - p.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, '4-mapped-300-en.png') });
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('not empty');
    await page.screenshot({ path: join(SHOTS, '5-occupied-300-en.png') });
    await page.click('#new-sheet');
    await expect.poll(() => page.textContent('#message')).toContain('The graded list is on sheet “Customer list (graded)”');
    expect((await sheetValues(page, 'Customer list'))[4][8]).toBe('call back Friday');
    expect((await sheetValues(page, 'Customer list'))[0]).toHaveLength(6);
    expect((await sheetValues(page, 'Customer list (graded)'))[0].slice(6, 11)).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment']);
    await page.screenshot({ path: join(SHOTS, '6-new-sheet-300-en.png') });
    expect(requests.filter((u) => !u.startsWith(session.serverUrl()) && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('speaks Traditional Chinese when asked, at the task pane width', async () => {
    const page = await open(320, 'zh-TW');
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toContain('找到 300 位客戶');
    expect(await page.textContent('#grade')).toBe('開始分級');
    expect(await page.locator('#mapped-preview th').allTextContents()).toEqual(['最近購買', '頻次', '金額', '客戶編號']);
    await page.screenshot({ path: join(SHOTS, '7-mapped-320-zh-TW.png'), fullPage: true });
    await page.close();
  });

  it('grades the composite dimensions too, warning when the weights do not sum to 100%', async () => {
    const page = await open(320, 'en');
    const lines = ['Customer\tRecency\tOrders\tAmount\tCurrent value\tGrowth potential\tStability\tStrategic importance',
      'A\t10\t12\t600000\t90\t80\t70\t60', 'B\t45\t6\t250000\t40\t40\t40\t40'];
    await paste(page, lines.join('\n'));
    await page.click('#find-list');
    await expect.poll(() => page.locator('#composite').count()).toBe(1);
    expect(await page.locator('#weights-warning').count()).toBe(0);
    // strategic importance weight 0.1 -> 0.2: the weights now sum to 110%
    const strategic = page.locator('#composite input').nth(3);
    await strategic.fill('0.2');
    await strategic.dispatchEvent('change');
    await expect.poll(() => page.textContent('#weights-warning')).toContain('The weights sum to 1.1');
    await page.screenshot({ path: join(SHOTS, '8-composite-320-en.png'), fullPage: true });
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Graded 2 customers');
    const sheet = await sheetValues(page, 'Pasted list');
    expect(sheet[0].slice(14, 16)).toEqual(['Composite score', 'Grade']);
    // A: (0.4x90 + 0.3x80 + 0.2x70 + 0.2x60) / 1.1 = 86/1.1 = 78.181818182 -> Core; B: 40 -> Basic
    expect(sheet[1][14]).toBeCloseTo(86 / 1.1, 9);
    expect([sheet[1][15], sheet[2][14], sheet[2][15]]).toEqual(['Core', 40, 'Basic']);
    await page.close();
  });

  it('cancels a long grading at once, writing nothing', async () => {
    const page = await open(320, 'en');
    // 100,000 rows keep the worker busy long enough to be cancelled
    await page.evaluate(() => {
      const lines = ['Recency\tOrders\tAmount'];
      for (let i = 0; i < 100_000; i++) lines.push(`${i % 300}\t${i % 20}\t${i * 7 % 900000}`);
      const data = new DataTransfer();
      data.setData('text/plain', lines.join('\n'));
      document.getElementById('grid')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await page.click('#find-list');
    await page.waitForSelector('#grade');
    await page.click('#grade');
    await page.click('#cancel');
    await expect.poll(() => page.textContent('#message')).toBe('Grading cancelled: nothing was written.');
    const sheet = await sheetValues(page, 'Pasted list');
    expect(sheet[0]).toEqual(['Recency', 'Orders', 'Amount']);
    expect(await page.evaluate(() => (window as unknown as { crmWorkbook: { sheets: unknown[] } }).crmWorkbook.sheets.length)).toBe(2);
    await page.close();
  });

  it('opens a CSV and an XLSX file the user picks', async () => {
    const page = await open(320, 'en');
    await page.setInputFiles('#open-file', { name: 'export.csv', mimeType: 'text/csv',
      buffer: Buffer.from('\ufeffCustomer,Recency,Orders,Amount\nA,10,12,"600,000"\n') });
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toContain('1 customers on sheet “export”');
    const xlsx = writeXlsx({ sheets: [{ name: 'CRM export', rows: [['客户名称', '距今天数', '订单数', '金额'], ['甲', 45, 6, 250000]] }], names: [] });
    await page.setInputFiles('#open-file', { name: 'crm.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) });
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toContain('“CRM export”');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Graded 1 customers');
    // 45 days -> 3, 6 orders -> 3, 250,000 -> 3
    expect((await sheetValues(page, 'CRM export'))[1].slice(4, 8)).toEqual([3, 3, 3, 333]);
    await page.close();
  });
});
