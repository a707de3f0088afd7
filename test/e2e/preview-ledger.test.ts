// Order ledgers in the standalone preview, in headless Chromium, driven as a user drives it: the CDNOW
// sample and a generated 100,000-line ledger pasted, recognised, confirmed, summarised and graded in the
// worker. Every expected figure is worked out here with a plain loop over the lines and the seed's band
// rules written by hand (test/support/seed-rules.ts), never taken from the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedSegmentCounts } from '../support/seed-rules';
import { sharedData } from '../support/shared-data';
import { expectNoOverflow, paste, previewSession, SHOTS } from './preview-session';

const session = previewSession();
const DAY = 86_400_000;
/** Whole days from one ISO date to another, by the calendar (UTC). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const isoDaysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

/** The values a sheet of the in-browser workbook shows. */
function sheetValues(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((n) => {
    const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } | undefined } }).crmWorkbook;
    return (wb.sheet(n)?.cells ?? []).map((row) => (row ?? []).map((c) => (c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null)));
  }, name);
}

const sheetNames = (page: Page) => page.evaluate(() =>
  (window as unknown as { crmWorkbook: { sheets: { name: string }[] } }).crmWorkbook.sheets.map((s) => s.name));

/** Customers per segment on the summary sheet, from its first table. */
async function summaryCounts(page: Page, sheet: string): Promise<Map<string, number>> {
  const rows = await sheetValues(page, sheet);
  const start = rows.findIndex((r) => r[0] === 'Segment') + 1;
  const end = rows.findIndex((r, i) => i >= start && r[0] === 'Total');
  return new Map(rows.slice(start, end).filter((r) => (r[1] as number) > 0).map((r) => [r[0] as string, r[1] as number]));
}

/** Counts seen on the progress bar while grading runs (its value attribute, set as the worker reads). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { seenProgress: number[] }).seenProgress = seen;
    new MutationObserver((changes) => changes.forEach((m) => {
      const el = m.target as Element;
      if (el.tagName === 'PROGRESS' && el.getAttribute('value') !== null) seen.push(Number(el.getAttribute('value')));
    })).observe(document.getElementById('pane')!, { attributes: true, subtree: true, attributeFilter: ['value'] });
  });
}

// ---------------------------------------------------------------------------------------------------
// (a) The CDNOW sample: master id, customer id (1-2357), date YYYYMMDD, CDs, dollar value; no header.
// Read where the project's shared data lives (SPEC: ../shared/data/cdnow/), never copied into the repository.
const CDNOW_FILE = sharedData('cdnow', 'CDNOW_sample.txt');
interface Line { master: number; id: string; date: string; units: number; amount: number }
const CDNOW: Line[] = readFileSync(CDNOW_FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const [master, id, ymd, units, amount] = l.trim().split(/\s+/);
  // Ids as a spreadsheet holds them once pasted (0001 is the number 1); dates as ISO text.
  return { master: Number(master), id: String(Number(id)), date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, units: Number(units), amount: Number(amount) };
});

/**
 * Who the Gamma-Gamma spend model leaves out, by a plain loop over the lines up to `asOf` (SPEC's BTYD
 * summary: one purchase a day, its lines' amounts summed): customers with one purchase day, and those
 * whose later purchase days come to 0 or less.
 */
function spendLeftOut(lines: readonly Line[], asOf: string): { customers: number; noRepeat: number; notPositive: number } {
  const days = new Map<string, Map<string, number>>();
  for (const l of lines) {
    if (l.date > asOf) continue;
    const byDay = days.get(l.id) ?? new Map<string, number>();
    byDay.set(l.date, (byDay.get(l.date) ?? 0) + l.amount);
    days.set(l.id, byDay);
  }
  let noRepeat = 0, notPositive = 0;
  for (const byDay of days.values()) {
    const sorted = [...byDay].sort(([a], [b]) => a.localeCompare(b));
    if (sorted.length === 1) noRepeat++;
    else if (sorted.slice(1).reduce((sum, [, amount]) => sum + amount, 0) <= 0) notPositive++;
  }
  return { customers: days.size, noRepeat, notPositive };
}

/** Each customer's days, orders and amount as SPEC defines them, by a plain loop (each line an order). */
function byHand(lines: readonly Line[], asOf: string, windowStart: string) {
  const customers = new Map<string, { last: string; orders: number; amount: number }>();
  for (const l of lines) {
    const c = customers.get(l.id) ?? { last: '0000-00-00', orders: 0, amount: 0 };
    if (l.date > c.last) c.last = l.date;
    if (l.date >= windowStart && l.date <= asOf) { c.orders++; c.amount += l.amount; }
    customers.set(l.id, c);
  }
  return new Map([...customers].map(([id, c]) => [id, { days: daysBetween(c.last, asOf), orders: c.orders, amount: c.amount }]));
}

describe('an order ledger in the preview', () => {
  it('the CDNOW sample: recognised as 6,919 orders from 2,357 customers, confirmed, graded per customer in the worker', async () => {
    expect(CDNOW).toHaveLength(6919);
    const page = await session.open('lang=en');
    // A header as an export would have one; the CDs are units of an order line, never a count of orders.
    const tsv = ['Master ID\tCustomer ID\tOrder date\tUnits (CDs)\tAmount', ...CDNOW.map((l) => [l.master, l.id, l.date, l.units, l.amount].join('\t'))].join('\n');
    await paste(page, tsv);
    const before = await sheetValues(page, 'Pasted list');
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toBe('An order list: 6,919 orders from 2,357 customers, on sheet “Pasted list”, headers in row 1.');
    // Nothing else until the user says how to read it.
    expect(await page.locator('#grade').count()).toBe(0);
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-1-prompt-320-en.png') });

    await page.click('#ledger-confirm');
    await page.waitForSelector('#grade');
    const selected = (id: string) => page.$eval(id, (s) => (s as HTMLSelectElement).selectedOptions[0].textContent);
    expect([await selected('#map-ledger-customerId'), await selected('#map-ledger-orderDate'), await selected('#map-ledger-amount'),
      await selected('#map-ledger-orderId'), await selected('#map-ledger-customerName')]).toEqual(['Customer ID', 'Order date', 'Amount', '— none —', '— none —']);
    expect(await page.locator('#mapped-preview tbody tr').first().locator('td').allTextContents()).toEqual(['1', '1997-01-01', '29.33']);
    expect(await page.textContent('#problems')).toBe('No data problems found.');
    // The as-of date is the latest order, the window 12 months: 1997-06-30 .. 1998-06-30.
    expect(await page.$eval('#as-of', (el) => (el as HTMLInputElement).value)).toBe('1998-06-30');
    expect(await page.$eval('#window-months', (el) => (el as HTMLInputElement).value)).toBe('12');
    const expected = byHand(CDNOW, '1998-06-30', '1997-06-30');
    expect(expected.size).toBe(2357);
    const customers = [...expected.values()];
    // The live band counts count the summarised customers: R from 0 / 31 / 91 days, F from 0 / 5 / 10 orders.
    const rCounts = [customers.filter((c) => c.days <= 30).length, customers.filter((c) => c.days > 30 && c.days <= 90).length, customers.filter((c) => c.days > 90).length];
    const fCounts = [customers.filter((c) => c.orders < 5).length, customers.filter((c) => c.orders >= 5 && c.orders < 10).length, customers.filter((c) => c.orders >= 10).length];
    for (let i = 0; i < 3; i++) {
      expect(await page.textContent(`[data-count="r-${i}"]`)).toBe(` ${rCounts[i]}`);
      expect(await page.textContent(`[data-count="f-${i}"]`)).toBe(` ${fCounts[i]}`);
    }
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-2-mapped-320-en.png') });
    // The predictions are offered, on: the models can be fitted on this ledger.
    expect(await page.isChecked('#btyd')).toBe(true);
    expect(await page.isDisabled('#btyd')).toBe(false);
    expect(await page.textContent('#btyd-hint')).toBe('BG/NBD and Gamma-Gamma, fitted on this order list: the predictions beside each customer, the parameters on the settings sheet.');
    await page.locator('#btyd').scrollIntoViewIfNeeded();
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-btyd-1-option-320-en.png') });

    await page.click('#grade');
    await expect.poll(() => page.textContent('#message'), { timeout: 30_000 })
      .toBe('Graded 2,357 customers from 6,919 order lines. The customers are on the new sheet “Customers”; the order list was not changed.');
    // What the models were fitted on, and who the spend model left out, counted here by hand.
    const left = spendLeftOut(CDNOW, '1998-06-30');
    expect(left.customers).toBe(2357);
    expect(left.noRepeat).toBeGreaterThan(0);
    const n = (x: number) => x.toLocaleString('en');
    expect(await page.$$eval('#btyd-report p', (ps) => ps.map((p) => p.textContent))).toEqual([
      'Predictions: BG/NBD fitted on 2,357 customers (probability still active and expected orders, next 12 months).',
      `Spend: Gamma-Gamma fitted on ${n(2357 - left.noRepeat - left.notPositive)} customers; left out: ${n(left.noRepeat)} without a repeat purchase, ${left.notPositive} whose repeat purchases come to 0 or less.`,
    ]);
    await page.locator('#btyd-report').scrollIntoViewIfNeeded();
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-btyd-2-report-320-en.png') });
    await page.locator('#summary').scrollIntoViewIfNeeded();
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-3-graded-320-en.png') });
    expect(session.requests.some((u) => u.endsWith('/grade-worker.js'))).toBe(true);
    expect(await sheetNames(page)).toEqual(['Customer list', 'Pasted list', 'Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']);
    // The ledger: every cell as it was.
    expect(await sheetValues(page, 'Pasted list')).toEqual(before);

    const sheet = await sheetValues(page, 'Customers');
    expect(sheet[0].slice(0, 4)).toEqual(['Customer ID', 'Days since last order', 'Orders (12 months)', 'Amount (12 months)']);
    expect(sheet[0].slice(7, 14)).toEqual(['Repeat purchases', 'Weeks from first to last purchase', 'Weeks since first purchase', 'Average repeat purchase',
      'Probability still active', 'Expected orders, next 12 months', 'Expected value, next 12 months']);
    expect(sheet).toHaveLength(2358);
    // Every customer has a probability in (0, 1] and a positive expected value; one purchase day means 1.
    const predictions = sheet.slice(1).map((r) => ({ x: r[7] as number, p: r[11] as number, value: r[13] as number }));
    expect(predictions.every((c) => c.p > 0 && c.p <= 1 && c.value > 0)).toBe(true);
    expect(predictions.filter((c) => c.x === 0).map((c) => c.p)).toEqual(Array(left.noRepeat).fill(1));
    const rowOf = new Map(sheet.slice(1).map((r) => [r[0] as string, r]));
    // A sample of customers: the first, the last and every 97th.
    for (const id of ['1', '2357', ...Array.from({ length: 24 }, (_, k) => String(1 + k * 97))]) {
      const want = expected.get(id)!;
      const got = rowOf.get(id)!;
      expect([got[1], got[2]], `customer ${id}`).toEqual([want.days, want.orders]);
      expect(got[3] as number, `customer ${id}`).toBeCloseTo(want.amount, 6);
    }
    // Segment counts by the seed's rules, on the summary sheet and in the pane.
    const ids = [...expected.keys()];
    const counts = seedSegmentCounts(ids.length, (i) => expected.get(ids[i])!.days, (i) => expected.get(ids[i])!.orders, (i) => expected.get(ids[i])!.amount);
    expect(await summaryCounts(page, 'CRM Summary')).toEqual(counts);
    const shown = await page.$$eval('#summary tbody tr', (trs) => trs.map((tr) => [tr.children[0].textContent, Number(tr.children[1].textContent)] as [string, number]));
    expect(new Map(shown)).toEqual(counts);

    // Found again: the reading is remembered with the workbook, and the window and the predictions too.
    await page.fill('#window-months', '6');
    await page.dispatchEvent('#window-months', 'change');
    await page.uncheck('#btyd');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message'), { timeout: 30_000 }).toContain('“Customers (2)”');
    expect(await page.locator('#btyd-report').count()).toBe(0);
    await page.click('#find-list');
    await expect.poll(() => page.$eval('#window-months', (el) => (el as HTMLInputElement).value)).toBe('6');
    expect(await page.isChecked('#btyd')).toBe(false);
    expect(await page.locator('#ledger-confirm').count()).toBe(0);
    const second = await sheetValues(page, 'Customers (2)');
    expect(second[0][2]).toBe('Orders (6 months)');
    expect(second[0]).not.toContain('Probability still active');
    expect(session.requests.filter((u) => !u.startsWith(session.serverUrl()) && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('the CDNOW sample in Chinese: the prompt at the task pane width, and the switch to one row per customer', async () => {
    const page = await session.open('lang=zh-CN');
    const tsv = ['客户编号\t下单日期\t数量\t金额', ...CDNOW.map((l) => [l.id, l.date, l.units, l.amount].join('\t'))].join('\n');
    await paste(page, tsv);
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toBe('订单明细：2,357 位客户的 6,919 笔订单，在工作表“粘贴的名单”中，标题在第 1 行。');
    expect(await page.textContent('#ledger-confirm')).toBe('是，按客户分级');
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-1-prompt-320-zh-CN.png') });
    await page.click('#ledger-confirm');
    await page.waitForSelector('#window-months');
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-2-mapped-320-zh-CN.png') });
    // One row per customer instead: the list's columns, and grading waits for the ones a list needs.
    await page.click('#ledger-as-list');
    await page.waitForSelector('#map-recency');
    expect(await page.textContent('#ledger-offer p')).toBe('已按您的选择，按“每位客户一行”读取；有些客户出现在多行。');
    expect(await page.locator('#window-months').count()).toBe(0);
    // Counted as a list now: days up to today, not up to the last order.
    expect(await page.$eval('#as-of', (el) => (el as HTMLInputElement).value)).not.toBe('1998-06-30');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toBe('请在“列对应”中选择以下各项所在的列：最近购买；频次。');
    // And back: the offer to read it per order again.
    await page.click('#find-list');
    await page.click('#ledger-as-list');
    await page.click('#ledger-as-ledger');
    await page.waitForSelector('#window-months');
    await page.close();
  });

  it('the CDNOW sample in Chinese as of 1997-09-30, three customers\' repeat purchases refunded: the published parameters, and who the spend model left out', async () => {
    // Customers 2, 6 and 7 (repeat buyers by the published summary) returned every later purchase (negative amounts on their later days).
    const refunded = new Set(['2', '6', '7']);
    const first = new Map<string, string>();
    for (const l of CDNOW) if (!first.has(l.id) || l.date < first.get(l.id)!) first.set(l.id, l.date);
    const lines = CDNOW.map((l) => (refunded.has(l.id) && l.date !== first.get(l.id) ? { ...l, amount: -l.amount } : l));
    const left = spendLeftOut(lines, '1997-09-30');
    // By hand: the published summary's 1,411 customers with one purchase day, and the three.
    expect(left).toEqual({ customers: 2357, noRepeat: 1411, notPositive: 3 });
    const page = await session.open('lang=zh-CN');
    await paste(page, ['客户编号\t下单日期\t数量\t金额', ...lines.map((l) => [l.id, l.date, l.units, l.amount].join('\t'))].join('\n'));
    await page.click('#find-list');
    await page.click('#ledger-confirm');
    await page.waitForSelector('#btyd');
    await page.fill('#as-of', '1997-09-30');
    await page.dispatchEvent('#as-of', 'change');
    expect(await page.isChecked('#btyd')).toBe(true);
    expect(await page.textContent('.check span')).toBe('预测客户是否仍活跃，以及未来 12 个月的订单数和价值');
    await page.click('#grade');
    await expect.poll(() => page.$$eval('#btyd-report p', (ps) => ps.map((p) => p.textContent)), { timeout: 30_000 }).toEqual([
      '预测：BG/NBD 按 2,357 位客户拟合（仍活跃概率与未来 12 个月预期订单数）。',
      '消费：Gamma-Gamma 按 943 位客户拟合；未纳入：1,411 位无复购，3 位复购金额不大于 0。',
    ]);
    expect(await sheetNames(page)).toEqual(['客户名单', '粘贴的名单', '客户汇总', '分级设置', '分级汇总', '分级方法']);
    // The published BG/NBD parameters (Fader, Hardie & Lee 2005): the purchase days are CDNOW's own.
    const settings = await sheetValues(page, '分级设置');
    const parameter = (label: string) => settings.find((r) => r[9] === label)?.[12] as number;
    expect(parameter('BG/NBD r（购买率，形状）')).toBeCloseTo(0.243, 3);
    expect(parameter('BG/NBD alpha（购买率，尺度）')).toBeCloseTo(4.414, 3);
    expect(parameter('BG/NBD a（流失）')).toBeCloseTo(0.793, 3);
    expect(parameter('BG/NBD b（流失）')).toBeCloseTo(2.426, 3);
    expect([parameter('Gamma-Gamma 拟合客户数'), parameter('未纳入 Gamma-Gamma：无复购'), parameter('未纳入 Gamma-Gamma：复购金额不大于 0')]).toEqual([943, 1411, 3]);
    const sheet = await sheetValues(page, '客户汇总');
    expect(sheet[0].slice(11, 14)).toEqual(['仍活跃概率', '未来12个月预期订单数', '未来12个月预期价值']);
    const method = (await sheetValues(page, '分级方法')).map((r) => r[0]);
    expect(method.some((line) => String(line).startsWith('何时不宜采信'))).toBe(true);
    await page.locator('#btyd-report').scrollIntoViewIfNeeded();
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-btyd-2-report-320-zh-CN.png') });
    await page.close();
  }, 120_000);

  it('a ledger the model cannot be fitted on: the option is off and says why, grading writes no prediction column and says why', async () => {
    const page = await session.open('lang=zh-CN');
    await paste(page, ['客户编号\t下单日期\t金额', 'A\t2026-01-05\t10', 'A\t2026-03-05\t20', 'B\t2026-02-01\t5', 'C\t2026-02-01\t7', 'C\t2026-02-01\t3'].join('\n'));
    await page.click('#find-list');
    await page.click('#ledger-confirm');
    await page.waitForSelector('#btyd');
    const why = '只有 1 位客户在不止一天下过单；BG/NBD 模型至少需要 2 位';
    expect([await page.isChecked('#btyd'), await page.isDisabled('#btyd')]).toEqual([false, true]);
    expect(await page.textContent('#btyd-hint')).toBe(`此订单明细无法预测：${why}。`);
    await page.locator('#btyd').scrollIntoViewIfNeeded();
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-btyd-1-cannot-320-zh-CN.png') });
    await page.click('#grade');
    await expect.poll(() => page.textContent('#btyd-report')).toBe(`未写入预测：${why}。`);
    const sheet = await sheetValues(page, '客户汇总');
    expect(sheet[0]).not.toContain('仍活跃概率');
    expect(sheet.flat().filter((v) => typeof v === 'number' && !Number.isFinite(v))).toEqual([]);
    await page.close();
  });

  it('an order list without an amount: recognised, what is missing said in the user\'s language, and grading refused', async () => {
    const page = await session.open('lang=zh-CN');
    await paste(page, ['客户编号\t下单日期\t数量\t备注', 'A\t2026-10-01\t1\t', 'A\t2026-10-05\t2\t', 'B\t2026-10-03\t1\t加急'].join('\n'));
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#found')).toBe('订单明细（同一客户出现在多行），在工作表“粘贴的名单”中，标题在第 1 行。');
    await page.click('#ledger-confirm');
    const missing = '订单明细每行需要客户编号、订单日期和金额。未找到：金额。请在“列对应”中选择。';
    expect(await page.textContent('#problems')).toBe(missing);
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toBe(`无法分级：${missing}`);
    expect(await sheetNames(page)).toEqual(['客户名单', '粘贴的名单']);
    await expectNoOverflow(page);
    await page.locator('#message').scrollIntoViewIfNeeded();
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-4-no-amount-320-zh-CN.png') });
    await page.close();
  });

  // -------------------------------------------------------------------------------------------------
  // (b) A generated ledger of 100,000 lines: orders of one to three lines, some credits, over 800 days
  // up to 2026-11-30, from 8,000 customers, a few of whom buy far more often than the rest.
  it('a 100,000-line ledger: recognised, summarised and graded, Cancel first, the counts checked by hand', async () => {
    const AS_OF = '2026-11-30';
    let s = 20261130;
    const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const lines: { order: string; id: string; offset: number; amount: number }[] = [];
    for (let n = 0; lines.length < 100_000; n++) {
      const id = `KH${String(Math.floor(rand() ** 2 * 8000)).padStart(5, '0')}`;
      // The first order is on as-of itself, so the latest order (the as-of date by default) is known.
      const offset = n === 0 ? 0 : Math.floor(rand() * 800);
      const parts = Math.min(1 + Math.floor(rand() * 3), 100_000 - lines.length);
      for (let p = 0; p < parts; p++) {
        const amount = Math.round(rand() * 60_000);
        lines.push({ order: `SO${n}`, id, offset, amount: rand() < 0.01 ? -Math.round(amount / 10) : amount });
      }
    }
    // By hand: the window is 2025-11-30 .. 2026-11-30 (offsets 0..365), the one before 2024-11-30 .. 2025-11-29 (366..730).
    expect([daysBetween('2025-11-30', AS_OF), daysBetween('2024-11-30', AS_OF)]).toEqual([365, 730]);
    const per = new Map<string, { last: number; first: number; orders: Set<string>; before: Set<string>; amount: number }>();
    for (const l of lines) {
      const c = per.get(l.id) ?? { last: Infinity, first: -1, orders: new Set(), before: new Set(), amount: 0 };
      c.last = Math.min(c.last, l.offset);
      c.first = Math.max(c.first, l.offset);
      if (l.offset <= 365) { c.orders.add(l.order); c.amount += l.amount; } else if (l.offset <= 730) c.before.add(l.order);
      per.set(l.id, c);
    }
    const ids = [...per.keys()];
    const orderCount = new Set(lines.map((l) => l.order)).size;
    const status = (c: { first: number; orders: Set<string>; before: Set<string> }) =>
      (c.orders.size ? (c.first <= 365 ? 'New' : 'Returning') : c.before.size ? 'Lost' : 'Inactive');
    const statusCounts = new Map<string, number>();
    for (const c of per.values()) statusCounts.set(status(c), (statusCounts.get(status(c)) ?? 0) + 1);
    // A customer whose credits outweigh their orders in the window has a net amount below the M table's
    // first band (0): it cannot be scored and is reported on its row, but still counts in the stocktake.
    const scored = ids.filter((id) => per.get(id)!.amount >= 0);
    const unscored = ids.length - scored.length;
    expect(unscored).toBeGreaterThan(0);
    const counts = seedSegmentCounts(scored.length, (i) => per.get(scored[i])!.last, (i) => per.get(scored[i])!.orders.size, (i) => per.get(scored[i])!.amount);
    expect(counts.size).toBeGreaterThan(4);

    const page = await session.open('lang=en');
    await paste(page, ['Order number\tCustomer ID\tOrder date\tQty\tNet amount',
      ...lines.map((l) => [l.order, l.id, isoDaysBefore(AS_OF, l.offset), 1, l.amount].join('\t'))].join('\n'));
    await page.click('#find-list');
    const n = (x: number) => x.toLocaleString('en');
    await expect.poll(() => page.textContent('#found'), { timeout: 30_000 })
      .toBe(`An order list: ${n(orderCount)} orders from ${n(ids.length)} customers, on sheet “Pasted list”, headers in row 1.`);
    await page.click('#ledger-confirm');
    await page.waitForSelector('#grade');
    expect(await page.$eval('#as-of', (el) => (el as HTMLInputElement).value)).toBe(AS_OF);
    expect(await page.textContent('[data-count="f-2"]')).toBe(` ${[...per.values()].filter((c) => c.orders.size >= 10).length}`);

    // Cancel: the worker stops, nothing is written.
    const sheetsBefore = await sheetNames(page);
    await page.click('#grade');
    await page.click('#cancel');
    // Cancelled while the worker grades, or between the first writes (then taken back): nothing is left.
    await expect.poll(() => page.textContent('#message')).toMatch(/cancelled/);
    expect(await sheetNames(page)).toEqual(sheetsBefore);

    await watchProgress(page);
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message'), { timeout: 60_000 }).toContain(`Graded ${n(scored.length)} customers from 100,000 order lines.`);
    expect(await page.textContent('#message')).toContain(`${unscored} rows could not be graded: see the Data problem column.`);
    const progress = await page.evaluate(() => (window as unknown as { seenProgress: number[] }).seenProgress);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((p, i) => p > 0 && p <= 1 && (i === 0 || p >= progress[i - 1]))).toBe(true);

    expect(await summaryCounts(page, 'CRM Summary')).toEqual(counts);
    const summary = await sheetValues(page, 'CRM Summary');
    for (const [label, count] of statusCounts) expect(summary.find((r) => r[0] === label)?.[1], label).toBe(count);
    const sheet = await sheetValues(page, 'Customers');
    expect(sheet).toHaveLength(ids.length + 1);
    for (const id of ids.filter((_, i) => i % 401 === 0)) {
      const row = sheet.find((r) => r[0] === id)!;
      const c = per.get(id)!;
      // days, orders, amount, orders in the 12 months before, first order (a date serial: days from 1899-12-30), status
      expect(row.slice(1, 7), id).toEqual([c.last, c.orders.size, c.amount, c.before.size, daysBetween('1899-12-30', isoDaysBefore(AS_OF, c.first)), status(c)]);
    }
    await page.close();
  }, 240_000);
});
