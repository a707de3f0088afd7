// The task pane page (which is also the custom functions' page: one shared runtime, manifest.xml) with
// the REAL office.js, served from the @microsoft/office-js package in place of Microsoft's CDN, in
// headless Chromium, outside Office. It must boot as a user opening the page in a browser sees it:
// Office.onReady resolving with no host, every function registered with Office.js's own
// CustomFunctions association, no script error, and a plain notice that the pane must be opened in Excel.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { CATALOG } from '../../functions/catalog';
import { DIST } from '../bundles/load';
import { launchChromium } from './chromium';
import { OFFICE_CDN, OFFICE_JS_DIST, serveOfficeJsFromPackage } from './office-js-cdn';

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

// The notice, as written in taskpane/taskpane.ts (the product's words, checked here character for character).
const NOTICE = {
  'en-US': 'This pane must be opened in Excel: it grades the workbook it is opened in. Opened elsewhere, it only lists the functions.',
  'zh-CN': '此任务窗格必须在 Excel 中打开：它为所在的工作簿分级。在别处打开时只列出函数。',
  'zh-TW': '此工作窗格必須在 Excel 中開啟：它為所在的活頁簿分級。在別處開啟時只列出函數。',
} as const;

// Outside Office, office.js takes the page for an old desktop client, loads o15apptofilemappingtable.js
// and, 3 s later, tries to frame Microsoft's telemetry proxy (an iframe with an inline style). The
// pages' Content-Security-Policy refuses both, which is the point of it (README: no connection but
// Office.js itself); Chromium reports each refusal as a console error. Those refusals, and nothing else,
// are allowed here, and each must come from that office.js file.
const TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com/';
const CSP_REFUSAL = [
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/,
  /^Applying inline style violates the following Content Security Policy directive 'style-src 'self''/,
];

interface Violation { directive: string; blocked: string; source: string }

describe('the task pane page with the real office.js, outside Office', () => {
  for (const locale of ['en-US', 'zh-CN', 'zh-TW'] as const) {
    it(`boots with no script error, registers every function with Office.js and says to open it in Excel (${locale}, 320 px)`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 }, locale });
      const pageErrors: string[] = [];
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      page.on('request', (r) => requests.push(r.url()));
      await page.addInitScript(() => {
        const seen: Violation[] = [];
        (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }));
      });
      const hits = await serveOfficeJsFromPackage(page);

      await page.goto(`${server.url}/excel/taskpane.html`);

      // The shipped page still names Microsoft's CDN; the route answered it with the package's file.
      expect(await page.locator('script[src$="office.js"]').getAttribute('src')).toBe(`${OFFICE_CDN}office.js`);
      expect(hits[0]).toEqual({ path: 'office.js', file: join(OFFICE_JS_DIST, 'office.js') });
      expect(hits.filter((h) => !h.file)).toEqual([]);
      expect(await page.evaluate(() => typeof Office === 'object' && typeof Office.onReady === 'function' && Office.HostType.Excel)).toBe('Excel');

      // Office.onReady resolves, with no host.
      const info = await page.evaluate(() => Office.onReady());
      expect(info.host).toBeNull();

      // functions.js found Office.js's CustomFunctions and registered every catalog function with it;
      // one called through that association answers as in Excel (a matrix: the seed's 555).
      const names = await page.evaluate(() => Object.keys((CustomFunctions as unknown as { _association: { mappings: object } })._association.mappings).sort());
      expect(names).toEqual(CATALOG.map((f) => f.name).sort());
      expect(names).toContain('RFM_SCORE');
      expect(names).toContain('FUNNEL');
      expect(await page.evaluate(() => (CustomFunctions as unknown as { _association: { mappings: Record<string, (...a: unknown[]) => unknown> } })
        ._association.mappings.RFM_SCORE([[30]], [[10]], [[500000]]))).toEqual([[555]]);

      // The notice, in the browser's language, above the function list.
      const notice = page.locator('#open-in-excel');
      await expect.poll(() => notice.textContent()).toBe(NOTICE[locale]);
      expect(await notice.isVisible()).toBe(true);
      expect(await page.locator('#functions li').count()).toBe(CATALOG.length);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      // Wait out office.js's 3 s telemetry timer, so its refusal is seen here rather than missed: the
      // frame refused (Chromium names no script for a frame), and its inline style refused in that file.
      const violations = () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
      await expect.poll(async () => (await violations()).filter((v) => v.directive === 'frame-src').length, { timeout: 15_000 }).toBeGreaterThan(0);
      for (const v of await violations()) {
        expect([
          { directive: 'frame-src', blocked: TELEMETRY.slice(0, -1), source: '' },
          { directive: 'style-src-attr', blocked: 'inline', source: `${OFFICE_CDN}o15apptofilemappingtable.js` },
        ]).toContainEqual(v);
      }
      await page.screenshot({ path: join(SHOTS, `office-js-320-${locale}.png`), fullPage: true });

      expect(pageErrors).toEqual([]);
      expect(consoleErrors.filter((text) => !CSP_REFUSAL.some((rule) => rule.test(text)))).toEqual([]);
      // Nothing left the machine: only this server and the routed CDN were asked, never the telemetry.
      expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith(OFFICE_CDN))).toEqual([]);
      expect(hits.map((h) => h.path)).toEqual(['office.js', 'o15apptofilemappingtable.js']);
      await page.close();
    });
  }
});
