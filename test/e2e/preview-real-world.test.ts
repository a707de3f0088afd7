// A real export pasted into the preview, in headless Chromium: year-last dates the list cannot decide
// (the pane asks, with the locale's order preselected where it has one), a 万元 header and full-width
// digits. The grades are worked out by hand.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paste, previewSession, SHOTS } from './preview-session';

const session = previewSession();
const open = (lang: string, locale: string) => session.open(`lang=${lang}&locale=${locale}`);

async function pasteAndFind(page: Page, text: string): Promise<void> {
  await paste(page, text);
  await page.click('#find-list');
  await page.fill('#as-of', '2026-11-01');
  await page.dispatchEvent('#as-of', 'change');
}

function gradedCodes(page: Page): Promise<unknown[]> {
  return page.evaluate(() => {
    const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } } }).crmWorkbook;
    const cells = wb.sheet('粘贴的名单')?.cells ?? wb.sheet('Pasted list')!.cells;
    return cells.slice(1).map((row) => { const c = row[7]; return c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c; });
  });
}

// As of 2026-11-01, seed bands (R 5 to 30 days, 3 to 90, else 1; F 5 from 10, 3 from 5; M 5 from
// 500,000, 3 from 200,000). Day first: 10 January is 295 days back, 5 October 27, 3 April 212.
// Month first: 1 October is 31 days back, 10 May 175, 4 March 242.
const TSV = ['客户名称\t最近一次购买日期\t订单数\t金额（万元）',
  '甲\t10/1/2026\t12\t60', //   M 600,000 -> 5
  '乙\t5/10/2026\t6\t２５', //   full-width 25 (万元) = 250,000 -> 3
  '丙\t3/4/2026\t1\t0.5', //    5,000 -> 1
].join('\n');

describe('the preview with a real export', () => {
  it('asks for the day/month order when neither the list nor the locale tells, and grades as told', async () => {
    const page = await open('zh-CN', 'zh-CN');
    await pasteAndFind(page, TSV);
    expect(await page.$eval('#date-order', (s) => (s as HTMLSelectElement).value)).toBe('');
    expect(await page.locator('#problems li').allTextContents()).toEqual([
      '最近一次购买日期：第 2、3、4 行的日期可按日在前或月在前理解（“10/1/2026”、“5/10/2026”、“3/4/2026”）：请选择顺序',
    ]);
    // the 万元 header scales the live band counts too: 600,000 in M band 5, 250,000 in band 3, 5,000 in band 1
    expect(await page.textContent('[data-count="m-2"]')).toBe(' 1');
    expect(await page.textContent('[data-count="m-1"]')).toBe(' 1');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('名单本身无法判断');
    await page.screenshot({ path: join(SHOTS, '6-date-order-320-zh-CN.png') });
    await page.selectOption('#date-order', 'dmy');
    expect(await page.locator('#problems li').count()).toBe(0);
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('已为 3 位客户分级');
    // day first: 10 Jan (R 1, F 5, M 5), 5 Oct (R 5, F 3, M 3), 3 Apr (R 1, F 1, M 1)
    expect(await gradedCodes(page)).toEqual([155, 533, 111]);
  });

  it('takes the locale\'s order, preselected, where the locale has one (en-US: month first)', async () => {
    const page = await open('en', 'en-US');
    await pasteAndFind(page, TSV);
    expect(await page.$eval('#date-order', (s) => (s as HTMLSelectElement).value)).toBe('mdy');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Graded 3');
    // month first: 1 Oct (R 3), 10 May (R 1), 4 Mar (R 1)
    expect(await gradedCodes(page)).toEqual([355, 133, 111]);
  });

  it('asks nothing when the column tells: 13/1/2026 means day first', async () => {
    const page = await open('en', 'en-US');
    await pasteAndFind(page, `${TSV}\n丁\t13/1/2026\t1\t1`);
    expect(await page.$$('#date-order')).toHaveLength(0);
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Graded 4');
    expect((await gradedCodes(page)).slice(0, 3)).toEqual([155, 533, 111]);
  });

  it('sent no request outside the page', () => {
    expect(session.requests.filter((u) => !u.startsWith(session.serverUrl()))).toEqual([]);
  });
});
