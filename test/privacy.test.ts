// What the add-in may reach and run, checked on what is shipped (dist/), not on the sources: no request
// leaves a page but Office.js from Microsoft's CDN, nothing evaluates code from text, and Apps Script may
// touch only the spreadsheet it is bound to and its own sidebar.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './bundles/load';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const shipped = filesUnder(DIST);
const scripts = shipped.filter((f) => /\.(m?js)$/.test(f));
const pages = shipped.filter((f) => f.endsWith('.html'));
const csp = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('privacy and permissions of the shipped files', () => {
  it('ships the bundles this test scans', () => {
    expect(scripts.map((f) => f.slice(DIST.length + 1)).sort()).toEqual([
      'cli/crm-grader.mjs', 'excel/functions.js', 'excel/grade-worker.js', 'excel/taskpane.js',
      'preview/grade-worker.js', 'preview/preview.js', 'sheets/Code.js',
    ]);
  });

  it.each(scripts.map((f) => [f.slice(DIST.length + 1), f]))('%s: no eval, no new Function, no network API', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/);
    expect(code).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|UrlFetchApp|importScripts\s*\(\s*['"`]http/);
    expect(code).not.toMatch(/https?:\/\/(?!appsforoffice\.microsoft\.com|www\.w3\.org|schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org|github\.com\/[^'"\s]*\/issues)[a-z0-9.-]+\.[a-z]{2,}/i);
  });

  it('every page of the Excel add-in and the preview carries a strict Content-Security-Policy', () => {
    for (const page of pages.filter((p) => !p.endsWith('Sidebar.html'))) {
      const policy = csp(readFileSync(page, 'utf8'));
      expect(policy, page).toBeDefined();
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
      expect(policy).toMatch(/default-src '(self|none)'/);
      expect(policy).toMatch(/base-uri 'none'/);
      // scripts from the add-in itself, and Office.js from Microsoft's CDN at most
      const scriptSrc = /script-src ([^;]*)/.exec(policy!)?.[1] ?? '';
      expect(scriptSrc.split(' ').filter((s) => s !== '' && s !== "'self'" && s !== 'https://appsforoffice.microsoft.com'), page).toEqual([]);
      const connect = /connect-src ([^;]*)/.exec(policy!)?.[1];
      expect(connect === undefined || connect === "'self'" || connect === "'none'", page).toBe(true);
    }
  });

  it('pages load scripts only from the add-in and Office.js from Microsoft', () => {
    for (const page of pages) {
      for (const [, src] of readFileSync(page, 'utf8').matchAll(/<script[^>]*\bsrc="([^"]*)"/g)) {
        expect(src.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/office.js') || !/^[a-z]+:|^\/\//i.test(src), `${page}: ${src}`).toBe(true);
      }
    }
  });

  it('Apps Script asks for the current spreadsheet and its UI only, and logs no exceptions to Google Cloud', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'sheets', 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    // An exception's message can quote a customer's cell: it stays in the user's sheet.
    expect(manifest.exceptionLogging).toBe('NONE');
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('the Excel manifest asks to read and write the document, nothing wider', () => {
    const manifest = readFileSync(join(DIST, 'excel', 'manifest.xml'), 'utf8');
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
  });
});
