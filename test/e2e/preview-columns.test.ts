// Columns found by what they hold (issue 10), in the standalone preview in headless Chromium: a list
// whose headers name nothing known (A列, B列, ...; Col1, ...) is pasted, the pane asks for each column
// it needs with its dropdown highlighted, the user maps them by hand, and every graded code is the one
// the seed's hand rules give (test/support/seed-rules.ts), never the code's own output. Screenshots of
// the questions and of a refusal at 320 px in the three languages go to test-results/preview/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chineseDate, expectedCodes, unnamedCustomers } from '../support/unnamed-list';
import { paste, previewSession, SHOTS } from './preview-session';

const session = previewSession();
const AS_OF = '2026-11-01';
const customers = unnamedCustomers(200, AS_OF);
const UNNAMED = ['A列\tB列\tC列\tD列\tE列', ...customers.map((c) => [c.id, c.name, chineseDate(c.last), c.orders, c.amount].join('\t'))].join('\n');

/** The values of one column of a sheet of the in-browser workbook, below its header. */
function column(page: Page, sheet: string, at: number): Promise<unknown[]> {
  return page.evaluate(([name, c]) => {
    const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } } }).crmWorkbook;
    return wb.sheet(name as string)!.cells.slice(1).map((row) => { const v = row[c as number]; return v && typeof v === 'object' && 'v' in v ? (v as { v: unknown }).v : v; });
  }, [sheet, at] as const);
}

/** Nothing in the pane is wider than the pane, and no text is cut. */
async function expectNoOverflow(page: Page): Promise<void> {
  const overflowing = await page.$$eval('#pane, #pane *', (els) => els
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' || el.getBoundingClientRect().right > document.getElementById('pane')!.getBoundingClientRect().right + 1)
    .filter((el) => !el.closest('#mapped-preview td, #mapped-preview th') && el.tagName !== 'OPTION')
    .map((el) => `${el.tagName}#${el.id}.${el.className}`));
  expect(overflowing).toEqual([]);
}

async function pasteAndFind(page: Page, tsv: string): Promise<void> {
  await paste(page, tsv);
  await page.click('#find-list');
  await page.waitForSelector('#map-recency');
  await page.fill('#as-of', AS_OF);
  await page.dispatchEvent('#as-of', 'change');
}

const QUESTIONS = {
  en: ["Which column holds the last purchase date (or the days since it)? It could be 'C列'.", "Which column holds the number of orders? It could be 'D列'.", "Which column holds the amount? It could be 'E列'."],
  'zh-CN': ['哪一列是最近购买日期（或距今天数）？可能是“C列”。', '哪一列是订单数（购买次数）？可能是“D列”。', '哪一列是金额？可能是“E列”。'],
  'zh-TW': ['哪一欄是最近購買日期（或距今天數）？可能是「C列」。', '哪一欄是訂單數（購買次數）？可能是「D列」。', '哪一欄是金額？可能是「E列」。'],
} as const;
const REFUSED = {
  en: 'Choose under Columns which column holds: Frequency.',
  'zh-CN': '请在“列对应”中选择以下各项所在的列：频次。',
  'zh-TW': '請在「欄位對應」中選擇以下各項所在的欄：頻次。',
} as const;

describe('a list whose headers name nothing known, in the preview', () => {
  for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
    it(`asks for each column it needs, the dropdown highlighted, and refuses a column holding dates as a count (${lang}, 320 px)`, async () => {
      const page = await session.open(`lang=${lang}`);
      await pasteAndFind(page, UNNAMED);
      // Nothing is chosen for the three it needs: each is marked, with its question, and nothing else is.
      expect(await page.$$eval('.field.asked', (els) => els.map((el) => el.id))).toEqual(['field-recency', 'field-frequency', 'field-monetary']);
      expect(await page.locator('.field.asked .ask').allTextContents()).toEqual(QUESTIONS[lang]);
      expect(await page.$eval('#map-frequency', (s) => (s as HTMLSelectElement).value)).toBe('');
      expect(await page.$eval('#map-frequency', (s) => s.getAttribute('aria-invalid'))).toBe('true');
      await expectNoOverflow(page);
      await page.locator('#pane').screenshot({ path: join(SHOTS, `columns-1-asked-320-${lang}.png`) });

      // The user maps recency and the amount, and (wrongly) the dates as the number of orders.
      await page.selectOption('#map-recency', '2');
      await page.selectOption('#map-frequency', '2');
      await page.selectOption('#map-monetary', '4');
      expect(await page.$$eval('.field.asked', (els) => els.map((el) => `${el.id} ${el.getAttribute('data-question')}`))).toEqual(['field-frequency contradicted']);
      await page.click('#grade');
      await expect.poll(() => page.textContent('#message')).toBe(REFUSED[lang]);
      expect(await page.evaluate(() => (window as unknown as { crmWorkbook: { sheets: unknown[] } }).crmWorkbook.sheets.length)).toBe(2);
      await expectNoOverflow(page);
      // Tall enough to show the flagged field and the refusal below the Grade button together.
      await page.setViewportSize({ width: 1420, height: 1500 });
      await page.locator('#pane').screenshot({ path: join(SHOTS, `columns-2-refused-320-${lang}.png`) });
      await page.close();
    });
  }

  it('mapped by hand through the dropdowns: dates like 2026年3月6日 read as dates, every code right', async () => {
    const page = await session.open('lang=zh-CN');
    await pasteAndFind(page, UNNAMED);
    await page.selectOption('#map-customerId', '0');
    await page.selectOption('#map-recency', '2');
    await page.selectOption('#map-frequency', '3');
    await page.selectOption('#map-monetary', '4');
    expect(await page.locator('.field.asked').count()).toBe(0);
    // The first rows as they will be read: the date as a date, not a serial or a count of days.
    expect(await page.locator('#mapped-preview tbody tr').first().locator('td').allTextContents())
      .toEqual([customers[0].last, String(customers[0].orders), customers[0].amount.toLocaleString('zh-CN'), customers[0].id]);
    // The live counts count days since each date: every customer lands in a band of R.
    const r = await Promise.all([0, 1, 2].map((i) => page.textContent(`[data-count="r-${i}"]`)));
    expect(r.reduce((sum, t) => sum + Number(t), 0)).toBe(customers.length);
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toBe(`已为 ${customers.length} 位客户分级。`);
    // The graded columns follow A..E: R, F, M, then the code in column I.
    expect(await column(page, '粘贴的名单', 8)).toEqual(expectedCodes(customers, AS_OF));
    await page.close();
  });

  it('an amount in 萬元 mapped by hand (headers Col1.. and 金額（萬元）): every code right', async () => {
    const page = await session.open('lang=zh-TW');
    const tsv = ['Col1\tCol2\tCol3\tCol4\t金額（萬元）',
      ...customers.map((c) => [c.id, c.name, chineseDate(c.last), c.orders, c.amount / 10_000].join('\t'))].join('\n');
    await pasteAndFind(page, tsv);
    // The pasted sheet is named in the session's language.
    expect(await page.textContent('#found')).toContain('在工作表「貼上的名單」中');
    await page.selectOption('#map-recency', '2');
    await page.selectOption('#map-frequency', '3');
    await page.selectOption('#map-monetary', '4');
    expect(await page.locator('.field.asked').count()).toBe(0);
    // 12.5 萬元 is 125,000: the M counts are the amounts in yuan.
    const inBand = (lo: number, hi: number) => customers.filter((c) => c.amount >= lo && c.amount < hi).length;
    expect(await page.textContent('[data-count="m-1"]')).toBe(` ${inBand(200_000, 500_000)}`);
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toBe(`已為 ${customers.length} 位客戶分級。`);
    expect(await column(page, '貼上的名單', 8)).toEqual(expectedCodes(customers, AS_OF));
    // The toolbar speaks the session's language, and the summary sheet's grid shows its formats.
    expect(await page.locator('.toolbar').innerText()).toContain('範例名單');
    await page.click('#tabs button:text("分級彙總")');
    const shown = await page.locator('#grid td').allTextContents();
    expect(shown.some((t) => /^\d{1,3}(,\d{3})+\.\d\d$/.test(t))).toBe(true);
    expect(shown.some((t) => /^\d+\.\d\d%$/.test(t))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'columns-4-summary-grid-zh-TW.png'), clip: { x: 0, y: 0, width: 1100, height: 420 } });
    await page.close();
  });
});

describe('the pane in a zh-TW session', () => {
  /** The pane's own words: what it shows, less the list's data (its headers in the dropdowns, the
   * previewed cells) and the language switch, which names English in English. */
  const paneWords = (page: Page) => page.evaluate(() => {
    const pane = document.getElementById('pane')!.cloneNode(true) as HTMLElement;
    pane.querySelectorAll('#lang option, select[id^="map-"] option:not([value=""]), #mapped-preview td').forEach((el) => el.remove());
    return pane.textContent ?? '';
  });
  /** Latin words of two letters or more, but for the product's name and the model's (CRM, RFM). */
  const english = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => w !== 'CRM' && w !== 'RFM');

  it('says no English in a refusal, a data-problem report and the core\'s own refusal, and names no --map', async () => {
    const page = await session.open('lang=zh-TW');
    // Traditional headers, the composite's four dimensions, and the problems a real export has.
    const lines = ['客戶名稱\t最後交易日\t交易筆數\t金額\t當前價值\t成長潛力\t合作穩定性\t戰略意義',
      '甲公司\t2026/10/1\t12\t600000\t90\t80\t70\t60', '乙公司\t2026/9/12\t\t250000\t40\t40\t40\t40',
      '丙公司\t2026/8/30\t3\t待確認\t50\t50\t50\t50', '丁公司\t2026/12/24\t5\t300000\t60\t60\t60\t60'];
    await pasteAndFind(page, lines.join('\n'));
    expect(await page.locator('#problems li').allTextContents()).toEqual([
      '交易筆數：第 3 列為空', '金額：第 4 列不是數字（「待確認」）',
      '最後交易日：第 5 列的日期晚於截至日期（「2026-12-24」）',
    ]);
    // A refusal: the customer names mapped as the number of orders.
    await page.selectOption('#map-frequency', '0');
    expect(await page.textContent('#ask-frequency')).toBe('「客戶名稱」欄是文字（「甲公司」、「乙公司」、「丙公司」），不是訂單數（購買次數）：請另選一欄。');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toBe(REFUSED['zh-TW']);
    let words = await paneWords(page);
    expect(english(words)).toEqual([]);
    expect(words).not.toContain('--');
    await page.setViewportSize({ width: 1420, height: 1700 });
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'columns-3-no-english-320-zh-TW.png') });

    // The core's own refusal, from the grading worker: composite weights that sum to zero.
    await page.selectOption('#map-frequency', '2');
    for (let i = 0; i < 4; i++) {
      await page.locator('#composite input').nth(i).fill('0');
      await page.locator('#composite input').nth(i).dispatchEvent('change');
    }
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toBe('無法分級：綜合評分權重：權重之和為零');
    words = await paneWords(page);
    expect(english(words)).toEqual([]);
    expect(words).not.toContain('--');
    await page.close();
  });

  it('sent no request outside the page', () => {
    expect(session.requests.filter((u) => !u.startsWith(session.serverUrl()) && !u.startsWith('data:'))).toEqual([]);
  });
});
