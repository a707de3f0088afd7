/* global window, document, DataTransfer, ClipboardEvent -- the page.evaluate callbacks run in the browser */
// Part of `npm run bench`: grading 50,000 rows end to end in the standalone preview, in headless
// Chromium, and the longest time the page's main thread was blocked meanwhile (long tasks).
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { findChromium } from './system-deps.mjs';

const ROWS = Number(process.env.BENCH_PREVIEW_ROWS ?? 50_000);
const executablePath = findChromium();
if (!executablePath) {
  console.log('\npreview: skipped, no Chromium found (set CHROMIUM_PATH)');
  process.exit(0);
}
const server = await startServer({ root: 'dist', port: 0, https: false });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}/preview/?lang=en`);
  await page.evaluate((n) => {
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); }).observe({ entryTypes: ['longtask'] });
    let s = 5;
    const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const lines = ['客户编号\t客户名称\t距今天数\t订单数\t金额'];
    for (let i = 0; i < n; i++) lines.push(`KH${i}\t公司${i}\t${Math.floor(rand() * 400)}\t${Math.floor(rand() * 20)}\t${Math.round(rand() * 900000)}`);
    const data = new DataTransfer();
    data.setData('text/plain', lines.join('\n'));
    document.getElementById('grid').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, ROWS);
  const t0 = Date.now();
  await page.click('#find-list');
  await page.waitForSelector('#grade');
  const found = Date.now() - t0;
  await page.evaluate(() => { window.longTasks = []; });
  const t1 = Date.now();
  await page.click('#grade');
  await page.waitForFunction(() => document.getElementById('message')?.textContent?.includes('Graded'), null, { timeout: 120_000 });
  const graded = Date.now() - t1;
  const longest = await page.evaluate(() => Math.max(0, ...window.longTasks));
  console.log(`\npreview: ${ROWS.toLocaleString('en')} rows in headless Chromium`);
  console.log(`  find the list and map it   ${(found / 1000).toFixed(2)} s`);
  console.log(`  grade and write            ${(graded / 1000).toFixed(2)} s   (target: under 3 s)`);
  console.log(`  longest main-thread block  ${longest.toFixed(0)} ms   (target: under 200 ms)`);
  if (found + graded > 3000 || longest > 200) {
    console.log('  <- over target');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
