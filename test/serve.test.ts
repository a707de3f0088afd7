// The dev server (scripts/serve.mjs) on a free port over a temp dir: content types, the pane's CSP, and
// nothing served from outside its root.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startServer } from '../scripts/serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'crm-serve-'));
const site = join(root, 'site');
let server: { url: string; close(): Promise<void> };

/** A raw GET, so paths like /../x reach the server unnormalised. */
function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject).end();
  });
}

beforeAll(async () => {
  mkdirSync(join(site, 'excel'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"secret":true}');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  writeFileSync(join(site, 'excel', 'taskpane.html'), '<p>hi</p>');
  writeFileSync(join(site, 'excel', 'functions.json'), '{"functions":[]}');
  writeFileSync(join(site, 'excel', 'functions.js'), 'void 0;');
  writeFileSync(join(site, 'excel', 'manifest.xml'), '<OfficeApp/>');
  writeFileSync(join(site, 'excel', 'icon.svg'), '<svg/>');
  writeFileSync(join(site, 'excel', 'pane.css'), 'p{}');
  writeFileSync(join(site, 'excel', 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(site, 'preview.html'), '<p>preview</p>');
  try {
    symlinkSync(join(root, 'secret.txt'), join(site, 'link.txt'));
  } catch {
    // No symlinks on this file system (some Windows setups): that case is then simply not exercised.
  }
  // https: false, so the test speaks plain HTTP even where the Office dev certificate is installed.
  server = await startServer({ root: site, port: 0, https: false });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('listens on the free port it was given 0 for', () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(new URL(server.url).port).not.toBe('0');
  });

  it('serves files with their content type, uncached', async () => {
    const json = await get('/excel/functions.json');
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['cache-control']).toBe('no-store');
    expect(json.body).toBe('{"functions":[]}');
    const types = {
      '/excel/functions.js': 'text/javascript; charset=utf-8',
      '/excel/manifest.xml': 'application/xml; charset=utf-8',
      '/excel/pane.css': 'text/css; charset=utf-8',
      '/excel/icon.png': 'image/png',
      '/excel/icon.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(types)) {
      const res = await get(path);
      expect([path, res.status, res.headers['content-type'], res.headers['cache-control']]).toEqual([path, 200, type, 'no-store']);
      expect(res.headers['content-security-policy'], path).toBeUndefined();
    }
  });

  it('puts the Content-Security-Policy on pages: Office.js from Microsoft, nothing else from outside', async () => {
    for (const path of ['/excel/taskpane.html', '/preview.html']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; "
      + "base-uri 'none'; form-action 'none'");
  });

  it('never serves outside its root, nor missing files', async () => {
    for (const path of ['/../package.json', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt',
      '/excel/..%2f..%2fpackage.json', '/link.txt', '/%E0%A4%A', '/nothing.js', '/excel/']) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toContain('outside');
    }
  });

  it('rejects a root that does not exist, with a hint', async () => {
    await expect(startServer({ root: join(root, 'missing'), port: 0, https: false })).rejects.toThrow('npm run build');
  });
});
