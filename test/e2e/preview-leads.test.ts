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
/** Targets typed in the pane: every lead at 线索, then each step meant to keep 60%. */
const TARGETS = [5000, 3000, 1800, 1080, 648];
/** By hand, FUNNEL's rule with targets: the lowest step / target step below 1 (earlier on a tie). */
function targetBottleneck(): number {
  const ratios = reached.map((n, k) => (k === 0 ? Infinity : (n / reached[k - 1]) / (TARGETS[k] / TARGETS[k - 1])));
  const low = Math.min(...ratios);
  return low < 1 ? ratios.indexOf(low) : -1;
}
const RATE_REFUSED = {
  en: 'targets: 0.6 looks like a rate; targets are how many should reach each stage (e.g. 1000, 650, 350), not conversion rates',
  'zh-CN': 'targets：0.6 像是转化率；目标是各阶段应到达的数量（如 1000、650、350），不是转化率',
} as const;

/** Types a value into a pane input and commits it, as a user tabbing out does. */
async function type(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
  await page.dispatchEvent(selector, 'change');
}

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
      await type(page, `[data-attribute="${at}"]`, '20');
      // Targets beside the stages: 0.6 is refused as FUNNEL refuses it, then the counts are typed.
      expect(await page.$$eval('#stage-targets td.colname', (tds) => tds.map((td) => td.textContent))).toEqual(STAGES);
      await type(page, '[data-target="1"]', '0.6');
      expect(await page.textContent('#targets-hint')).toBe(RATE_REFUSED[lang]);
      await page.setViewportSize({ width: 1420, height: 2400 });
      await page.locator('#lead-points').screenshot({ path: join(SHOTS, `leads-targets-refused-320-${lang}.png`) });
      for (const [k, t] of TARGETS.entries()) await type(page, `[data-target="${k}"]`, String(t));
      expect(await page.$eval('#targets-hint', (e) => e.className)).toBe('hint');
      await expectNoOverflow(page);
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
      // The gap to each target and the bottleneck by FUNNEL's with-targets rule, by hand.
      expect(funnel.slice(4, 9).map((r) => [r[6], r[7]])).toEqual(TARGETS.map((t, k) => [t, t - reached[k]]));
      const low = targetBottleneck();
      expect(low).toBeGreaterThan(0);
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

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`300 opportunities (C139) pasted, scored and graded A/B/C/D with an edited cutoff, counts by hand (${lang}, 320 px)`, async () => {
      const page = await session.open(`lang=${lang}`);
      await paste(page, OPP_TSV);
      await page.click('#find-list');
      await page.waitForSelector('#lead-prompt');
      expect(await page.$$eval('#cutoffs input', (els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['75', '50', '25']);
      // B from 40 instead of 50; C above B is refused until put back in order.
      await type(page, '#cut-b', '20');
      expect(await page.$eval('#cutoffs-hint', (e) => e.className)).toBe('hint warning');
      await type(page, '#cut-b', '40');
      expect(await page.$eval('#cutoffs-hint', (e) => e.className)).toBe('hint');
      await expectNoOverflow(page);
      await page.locator('#pane').screenshot({ path: join(SHOTS, `opportunities-1-found-320-${lang}.png`) });
      await page.click('#grade-leads');
      await page.waitForSelector('#message.info', { timeout: 60_000 });
      const hand = oppGradeCounts([75, 40, 25]);
      expect(hand.A + hand.B + hand.C + hand.D).toBe(300);
      expect(Object.values(hand).every((n) => n > 5)).toBe(true);
      const shown = Object.fromEntries(await page.$$eval('#lead-summary td[data-grade]', (tds) => tds.map((td) => [td.getAttribute('data-grade'), Number(td.textContent!.replace(/,/g, ''))])));
      expect(shown).toEqual(hand);
      const sheet = await page.evaluate(() => (window as unknown as { crmWorkbook: { selection: { sheet: string } } }).crmWorkbook.selection.sheet);
      const list = await sheetValues(page, sheet);
      const gradeAt = list[0].indexOf(lang === 'en' ? 'Opportunity grade' : '商机等级');
      expect(gradeAt).toBe(OPP_HEADER.length + 1);
      const counted = { A: 0, B: 0, C: 0, D: 0 } as Record<string, number>;
      for (const row of list.slice(1)) counted[row[gradeAt] as string]++;
      expect(counted).toEqual(hand);
      await expectNoOverflow(page);
      const bottom = await page.$eval('#pane', (el) => Math.ceil(el.lastElementChild!.getBoundingClientRect().bottom));
      await page.setViewportSize({ width: 1420, height: bottom + 16 });
      await page.locator('#pane').screenshot({ path: join(SHOTS, `opportunities-2-graded-320-${lang}.png`) });
    }, 180_000);
  }
});

const OPP_HEADER = ['商机名称', '客户覆盖度', '价值匹配', '决策人', '影响者', '使用者', '价格', '服务', '产品', '品牌', '技术', '交付', '关系', '口碑', '实施'];
/** 300 opportunities: coverage and value fit in tenths, each key person reached or not, nine factors 1-5. */
const OPPS = (() => {
  let seed = 139;
  const next = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % m; };
  return Array.from({ length: 300 }, (_, i) => [`O${i + 1}`, next(11) / 10, next(11) / 10, next(2), next(2), next(2), ...Array.from({ length: 9 }, () => 1 + next(5))]);
})();
const OPP_TSV = [OPP_HEADER.join('\t'), ...OPPS.map((r) => r.join('\t'))].join('\n');

/** By hand (docs/pipeline.md, equal weights): 100 x (coverage + value fit + key people's mean + (factors' mean - 1) / 4) / 4, graded by the cutoffs. */
function oppGradeCounts(cut: readonly [number, number, number]): Record<'A' | 'B' | 'C' | 'D', number> {
  const out = { A: 0, B: 0, C: 0, D: 0 };
  for (const r of OPPS) {
    const n = r.slice(1) as number[];
    const score = 100 * (n[0] + n[1] + (n[2] + n[3] + n[4]) / 3 + (n.slice(5).reduce((a, b) => a + b, 0) / 9 - 1) / 4) / 4;
    out[score >= cut[0] ? 'A' : score >= cut[1] ? 'B' : score >= cut[2] ? 'C' : 'D']++;
  }
  return out;
}
