import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startServer } from '../scripts/serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'crm-serve-'));
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
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'secret.txt'), 'outside');
  writeFileSync(join(root, 'site', 'page.html'), '<p>hi</p>');
  writeFileSync(join(root, 'site', 'functions.json'), '{"functions":[]}');
  server = await startServer({ root: join(root, 'site'), port: 0, https: false });
});
afterAll(() => server.close());

describe('the dev server', () => {
  it('serves files with their content type, uncached', async () => {
    const json = await get('/functions.json');
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['cache-control']).toBe('no-store');
    expect(json.body).toBe('{"functions":[]}');
  });
  it('puts the Content-Security-Policy on pages: Office.js from Microsoft, nothing else from outside', async () => {
    const page = await get('/page.html');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  });
  it('never serves outside its root, nor missing files', async () => {
    expect((await get('/../secret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/nothing.js')).status).toBe(404);
  });
});
