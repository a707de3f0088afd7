// The predictions option of an order ledger in the standalone preview, in headless Chromium at the task
// pane's width: the models are fitted in the grading worker, the option says it is checking until the
// worker answers, and grading sends the fitted models back to the worker instead of fitting again. The
// worker script is served with a wrapper in front (the test's only change to it) that holds each
// predictions check until the page releases it, so the checking state is seen for certain, and that
// tells the page what it was asked (over a BroadcastChannel).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../support/shared-data';
import { expectNoOverflow, paste, previewSession, SHOTS } from './preview-session';

const session = previewSession();

// The CDNOW sample: customer id (1-2357), date YYYYMMDD, CDs, amount; 6,919 lines, the latest on 1998-06-30.
const CDNOW = readFileSync(sharedData('cdnow', 'CDNOW_sample.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const [, id, ymd, units, amount] = l.trim().split(/\s+/);
  return [String(Number(id)), `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, units, amount].join('\t');
});

/** Runs before the worker's own script: holds 'btyd' requests until 'release', and reports every request. */
const HOLD_CHECKS = `(() => {
  const channel = new BroadcastChannel('crm-test-worker');
  const held = [];
  let released = false, handler;
  channel.onmessage = (e) => { if (e.data === 'release') { released = true; held.splice(0).forEach((run) => run()); } };
  Object.defineProperty(self, 'onmessage', { configurable: true, get: () => handler, set: (h) => { handler = h; } });
  self.addEventListener('message', (e) => {
    channel.postMessage({ kind: e.data.kind, withModels: Boolean(e.data.options && e.data.options.btydModels) });
    const run = () => handler(e);
    if (e.data.kind === 'btyd' && !released) held.push(run); else run();
  });
})();
`;

/** Opens the preview with the wrapped worker; the page keeps what the workers were asked in `asked`. */
async function openHeld(query: string): Promise<Page> {
  const page = await session.open(query);
  await page.route('**/grade-worker.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: HOLD_CHECKS + await response.text() });
  });
  await page.evaluate(() => {
    const asked: unknown[] = [];
    (window as unknown as { asked: unknown[] }).asked = asked;
    // The page's own 'release' comes back to it too: only the workers' reports are kept.
    new BroadcastChannel('crm-test-worker').onmessage = (e) => { if (typeof e.data === 'object') asked.push(e.data); };
  });
  return page;
}

const release = (page: Page) => page.evaluate(() => new BroadcastChannel('crm-test-worker').postMessage('release'));
/** Releases the held check until the option is offered: a worker still loading its script when the page
 * says "checking" has no channel yet and misses a release (seen under CI's load), so it is sent again. */
const releaseUntilOffered = (page: Page) => expect.poll(async () => {
  await release(page);
  return page.locator('#btyd').count();
}, { timeout: 30_000 }).toBe(1);
const asked = (page: Page) => page.evaluate(() => (window as unknown as { asked: { kind: string; withModels: boolean }[] }).asked);

describe('the predictions option in the preview', () => {
  it('CDNOW in Chinese: checking in the worker, then offered; a new as-of date is checked again; grading reuses the fit', async () => {
    const page = await openHeld('lang=zh-CN');
    await paste(page, ['客户编号\t下单日期\t数量\t金额', ...CDNOW].join('\n'));
    await page.click('#find-list');
    await page.click('#ledger-confirm');
    // The check started when the ledger was found and is held: the option says so, with no checkbox to tick.
    await page.waitForSelector('#btyd-checking');
    expect(await page.textContent('#btyd-checking')).toBe('正在检查能否为此订单明细做预测…');
    expect(await page.textContent('#btyd-option .check span')).toBe('预测客户是否仍活跃，以及未来 12 个月的订单数和价值');
    expect([await page.locator('#btyd').count(), await page.isDisabled('#btyd-waiting')]).toEqual([0, true]);
    await page.locator('#btyd-option').scrollIntoViewIfNeeded();
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-btyd-0-checking-320-zh-CN.png') });

    await releaseUntilOffered(page);
    expect([await page.isChecked('#btyd'), await page.isDisabled('#btyd'), await page.locator('#btyd-checking').count()]).toEqual([true, false, 0]);
    expect(await page.textContent('#btyd-hint')).toBe('BG/NBD 与 Gamma-Gamma 模型，按本订单明细拟合：预测写在每位客户旁，参数写在设置表中。');
    await expectNoOverflow(page);
    await page.locator('#pane').screenshot({ path: join(SHOTS, 'ledger-btyd-1-option-after-check-320-zh-CN.png') });
    // One check for the ledger as found and confirmed (the as-of date is the latest order both times).
    expect((await asked(page)).map((a) => a.kind)).toEqual(['btyd']);

    // The end of the published calibration period: another as-of date, checked again.
    await page.fill('#as-of', '1997-09-30');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForSelector('#btyd-checking');
    await releaseUntilOffered(page);
    expect((await asked(page)).map((a) => a.kind)).toEqual(['btyd', 'btyd']);

    await page.click('#grade');
    await expect.poll(() => page.$$eval('#btyd-report p', (ps) => ps.map((p) => p.textContent)), { timeout: 30_000 }).toEqual([
      '预测：BG/NBD 按 2,357 位客户拟合（仍活跃概率与未来 12 个月预期订单数）。',
      '消费：Gamma-Gamma 按 946 位客户拟合；未纳入：1,411 位无复购，0 位复购金额不大于 0。',
    ]);
    // The grading request carried the models the check fitted: the worker did not fit them again.
    expect(await asked(page)).toEqual([{ kind: 'btyd', withModels: false }, { kind: 'btyd', withModels: false }, { kind: 'ledger', withModels: true }]);
    await page.close();
  }, 120_000);
});
