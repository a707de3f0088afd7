// Microsoft's Office.js CDN, served from the @microsoft/office-js package for the browser tests: the
// shipped pages keep their CDN <script>, and Playwright answers those requests from node_modules, so a
// test runs the real office.js (and whatever files it loads on demand) with the network closed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import type { Page } from 'playwright-core';

/** The folder the pages' `<script src>` points into; the package's dist/ holds the same tree. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** The package's dist/: office.js at its root, host files (excel-web-16.00.js, ...) and locale folders. */
export const OFFICE_JS_DIST = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');

/** One CDN request as the route answered it: the path asked for and the package file served, if any. */
export interface OfficeCdnHit {
  readonly path: string;
  readonly file?: string;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8' };

/**
 * Answers every request under the CDN folder with the package's file of the same relative path, and
 * 404 for anything else (recorded without `file`, so a test can insist there were none).
 * @example const hits = await serveOfficeJsFromPackage(page); // later: hits[0] = { path: 'office.js', file: '…/dist/office.js' }
 */
export async function serveOfficeJsFromPackage(page: Page): Promise<OfficeCdnHit[]> {
  const hits: OfficeCdnHit[] = [];
  await page.route('https://appsforoffice.microsoft.com/**', async (route) => {
    const url = route.request().url();
    const path = url.startsWith(OFFICE_CDN) ? decodeURIComponent(new URL(url).pathname).slice(new URL(OFFICE_CDN).pathname.length) : url;
    const file = resolve(OFFICE_JS_DIST, path);
    // The CDN's tree is lower case (en-us/, excel-web-16.00.js); nothing outside dist/ is ever served.
    if (url.startsWith(OFFICE_CDN) && file.startsWith(OFFICE_JS_DIST + sep) && existsSync(file) && statSync(file).isFile()) {
      hits.push({ path, file });
      await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    } else {
      hits.push({ path });
      await route.fulfill({ status: 404, body: '' });
    }
  });
  return hits;
}
