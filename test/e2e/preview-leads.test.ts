// A lead list in the standalone preview, in headless Chromium, driven as a user drives it: 5,000 leads
// generated here (a fixed linear congruential generator), pasted, recognised as leads, one profile value
// given points, scored; the A/B/C/D counts and the funnel's reach are worked out below by a plain loop
// with the rules of docs/pipeline.md written by hand, never taken from the code. Screenshots at 320 px
// in English and Simplified Chinese go to test-results/preview/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paste, previewSession, SHOTS } from './preview-session';

const session = previewSession();
const STAGES = ['线索', '触达', '跟进', '商机', '赢单'];
const INDUSTRIES = ['制造业', '零售', '教育', '金融'];
const SIZES = ['500人以上', '100-499人', '1-99人'];
const REGIONS = ['华东', '华南', '华北'];
const HEADER = ['线索编号', '公司', '文章浏览', '研讨会签到', '演示申请', '行业', '规模', '地区', '阶段', '赢单'];

interface Lead { views: number; webinars: number; demos: number; industry: string; stage: number; outcome: string; row: unknown[] }

/** 5,000 leads: counts, profile, the furthest stage, and won / lost history on every third. */
function leads(n: number): Lead[] {
  let seed = 2026;
  const next = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % m; };
  return Array.from({ length: n }, (_, i) => {
    const views = next(15), webinars = next(4), demos = next(6) === 0 ? 1 + next(2) : 0;
    const industry = INDUSTRIES[next(4)], size = SIZES[next(3)], region = REGIONS[next(3)];
    // Stages thin out: half stop at 线索, and each later stage keeps about half of the one before.
    let stage = 0;
    while (stage < 4 && next(100) < 55) stage++;
    const outcome = i % 3 === 0 ? (next(20) < 3 + 3 * webinars + 4 * demos ? '赢单' : '输单') : '';
    return { views, webinars, demos, industry, stage, outcome, row: [`L${10001 + i}`, `公司${i + 1}`, views, webinars, demos, industry, size, region, STAGES[stage], outcome] };
  });
}

const LEADS = leads(5000);
const TSV = [HEADER.join('\t'), ...LEADS.map((l) => l.row.join('\t'))].join('\n');

/** By hand: 5 per view, 15 per check-in, 30 per demo request (the defaults), 20 for 制造业 (set below); A 60, B 30, C 10. */
function gradeCounts(): Record<'A' | 'B' | 'C' | 'D', number> {
  const out = { A: 0, B: 0, C: 0, D: 0 };
  for (const l of LEADS) {
    const score = 5 * l.views + 15 * l.webinars + 30 * l.demos + (l.industry === '制造业' ? 20 : 0);
    out[score >= 60 ? 'A' : score >= 30 ? 'B' : score >= 10 ? 'C' : 'D']++;
  }
  return out;
}

/** By hand: a lead at stage k has reached every stage up to k. */
const reached = STAGES.map((_, k) => LEADS.filter((l) => l.stage >= k).length);

/** The values a sheet of the in-browser workbook shows. */
function sheetValues(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((n) => {
    const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } | undefined } }).crmWorkbook;
    return (wb.sheet(n)?.cells ?? []).map((row) => (row ?? []).map((c) => (c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null)));
  }, name);
}

/** Nothing in the pane is wider than the pane, and no text runs past it (ellipsised column names aside). */
async function expectNoOverflow(page: Page): Promise<void> {
  const overflowing = await page.$$eval('#pane, #pane *', (els) => els
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' || el.getBoundingClientRect().right > document.getElementById('pane')!.getBoundingClientRect().right + 1)
    .filter((el) => !el.classList.contains('colname') && el.tagName !== 'OPTION')
    .map((el) => `${el.tagName}#${el.id}.${el.className}`));
  expect(overflowing).toEqual([]);
}

const FOUND = {
  en: 'A lead list: 5,000 leads on sheet “Pasted list”, headers in row 1.',
  'zh-CN': '线索名单：工作表“粘贴的名单”中有 5,000 条线索，标题在第 1 行。',
} as const;

describe('a lead list in the preview', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`5,000 leads pasted, recognised, scored: grade counts and the funnel as the hand rules give them (${lang}, 320 px)`, async () => {
      const hand = gradeCounts();
      expect(hand.A + hand.B + hand.C + hand.D).toBe(5000);
      expect(Object.values(hand).every((n) => n > 100)).toBe(true);
      const page = await session.open(`lang=${lang}`);
      await paste(page, TSV);
      await page.click('#find-list');
      await page.waitForSelector('#lead-prompt');
      const sheet = lang === 'en' ? 'Pasted list' : await page.evaluate(() => (window as unknown as { crmWorkbook: { selection: { sheet: string } } }).crmWorkbook.selection.sheet);
      expect(await page.textContent('#found')).toBe(FOUND[lang].replace(lang === 'en' ? 'Pasted list' : '粘贴的名单', sheet));
      // Nothing of the customer flow: no band tables, no customer Grade button.
      expect(await page.locator('#grade').count()).toBe(0);
      const roles = await page.$$eval('#lead-columns select', (els) => els.map((s) => (s as HTMLSelectElement).value));
      expect(roles).toEqual(['none', 'none', 'behaviour', 'behaviour', 'behaviour', 'attribute', 'attribute', 'attribute', 'stage', 'outcome']);
      expect(await page.$$eval('#behaviour-points input', (els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['5', '15', '30']);
      expect(await page.$eval('#stage-order', (e) => (e as HTMLInputElement).value)).toBe(STAGES.join(lang === 'en' ? ', ' : '，'));
      await expectNoOverflow(page);
      await page.locator('#pane').screenshot({ path: join(SHOTS, `leads-1-found-320-${lang}.png`) });

      // 制造业 is the target profile: 20 points.
      const at = await page.$$eval('#attribute-points td.colname', (tds) => tds.findIndex((td) => td.textContent === '制造业'));
      expect(at).toBeGreaterThanOrEqual(0);
      await page.fill(`[data-attribute="${at}"]`, '20');
      await page.dispatchEvent(`[data-attribute="${at}"]`, 'change');
      await page.click('#grade-leads');
      await page.waitForSelector('#message.info', { timeout: 60_000 });
      const shown = Object.fromEntries(await page.$$eval('#lead-summary td[data-grade]', (tds) => tds.map((td) => [td.getAttribute('data-grade'), Number(td.textContent!.replace(/,/g, ''))])));
      expect(shown).toEqual(hand);
      // The grade column on the list's sheet says the same, row by row counted.
      const list = await sheetValues(page, sheet);
      const gradeAt = list[0].indexOf(lang === 'en' ? 'Lead grade' : '线索等级');
      expect(gradeAt).toBe(13);
      const counted = { A: 0, B: 0, C: 0, D: 0 } as Record<string, number>;
      for (const row of list.slice(1)) counted[row[gradeAt] as string]++;
      expect(counted).toEqual(hand);
      // The list's own cells are as pasted.
      expect(list.slice(1, 4).map((r) => r.slice(0, 10))).toEqual(LEADS.slice(0, 3).map((l) => l.row.map((v) => (v === '' ? null : v))));

      const funnel = await sheetValues(page, lang === 'en' ? 'CRM Funnel' : 'CRM 销售漏斗');
      expect(funnel.slice(4, 9).map((r) => [r[0], r[2]])).toEqual(STAGES.map((s, k) => [s, reached[k]]));
      // The bottleneck by hand: the lowest step conversion (earlier on a tie).
      const steps = reached.slice(1).map((n, k) => n / reached[k]);
      const low = steps.indexOf(Math.min(...steps)) + 1;
      expect(funnel.slice(4, 9).map((r) => r[5] ?? '')).toEqual(STAGES.map((_, k) => (k === low ? (lang === 'en' ? 'bottleneck' : '瓶颈') : '')));
      const message = await page.textContent('#message');
      expect(message).toContain(lang === 'en' ? `bottleneck at ${STAGES[low]}` : `瓶颈在“${STAGES[low]}”`);
      expect(message).toContain(lang === 'en' ? 'Conversion probability learned from' : '转化概率基于');
      await expectNoOverflow(page);
      // Tall enough for the whole pane, the message and the counts at its foot included.
      const bottom = await page.$eval('#pane', (el) => Math.ceil(el.lastElementChild!.getBoundingClientRect().bottom));
      await page.setViewportSize({ width: 1420, height: bottom + 16 });
      await page.locator('#pane').screenshot({ path: join(SHOTS, `leads-2-graded-320-${lang}.png`) });
    }, 180_000);
  }
});
