// The task pane page as a user opens it, in real headless Chromium, at the Excel pane's 320 px and the
// Sheets sidebar's 300 px, in English and Chinese. Screenshots go to test-results/ to be looked at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { DIST } from '../bundles/load';
import { launchChromium } from './chromium';

const SHOTS = join(DIST, '..', 'test-results', 'taskpane');
let browser: Browser;
let server: { url: string; close(): Promise<void> | void };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ root: DIST, port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the plain task pane', () => {
  for (const width of [320, 300]) {
    it(`lists every function in English and Chinese at ${width} px, with no request leaving the machine`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'en-US' });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      // Office.js comes from Microsoft's CDN in Excel; here the network is closed, so refuse it at once
      // and check the pane still works as a plain page.
      await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/excel/taskpane.html`);

      await expect.poll(() => page.locator('#functions li').count()).toBe(22);
      expect(await page.locator('#functions li code').first().textContent()).toBe('CRM.RFM_SCORE(30, 10, 500000) = 555');
      // Nothing wider than the pane: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SHOTS, `pane-${width}-en.png`), fullPage: true });

      await page.selectOption('#lang', 'zh-CN');
      await expect.poll(() => page.locator('#intro').textContent()).toContain('在任意单元格输入以下函数');
      expect(await page.locator('#functions li p').first().textContent()).toContain('按最近购买');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SHOTS, `pane-${width}-zh-CN.png`), fullPage: true });

      expect(errors).toEqual([]);
      const outside = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('https://appsforoffice.microsoft.com/'));
      expect(outside).toEqual([]);
      await page.close();
    });
  }
});
