// One headless Chromium and one dev server for a preview test file, and the user's actions the tests
// share: open the preview, paste a list into its grid. Every request a page makes is recorded, so a test
// can assert that none left the page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { DIST } from '../bundles/load';
import { launchChromium } from './chromium';

export const SHOTS = join(DIST, '..', 'test-results', 'preview');

/** Starts the server and the browser before the file's tests and stops them after. */
export function previewSession(): { open(query: string, width?: number): Promise<Page>; requests: string[]; serverUrl(): string } {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  const requests: string[] = [];
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ root: DIST, port: 0, https: false });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    requests,
    serverUrl: () => server.url,
    async open(query, width = 320) {
      const page = await browser.newPage({ viewport: { width: 1100 + width, height: 900 } });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${server.url}/preview/?${query}&width=${width}`);
      return page;
    },
  };
}

/** Pastes text (tab-separated, as copied from a spreadsheet) into the preview's grid. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.getElementById('grid')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

/**
 * Asserts the pane is not wider than its box and no text is cut: nothing scrolls sideways, in the pane
 * or its parts (the mapped preview's cells may).
 * @example await expectNoOverflow(page)
 */
export async function expectNoOverflow(page: Page): Promise<void> {
  const overflowing = await page.$$eval('#pane, #pane *', (els) => els
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' || el.getBoundingClientRect().right > document.getElementById('pane')!.getBoundingClientRect().right + 1)
    .filter((el) => !el.closest('#mapped-preview td, #mapped-preview th'))
    .map((el) => `${el.tagName}#${el.id}.${el.className}`));
  expect(overflowing).toEqual([]);
}
