// A small static server for dist/: HTTPS with the Office dev certificate when it is installed (Excel
// sideloading needs it), plain HTTP otherwise. No dependencies; nothing but files under root is served.
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { homedir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pane may load Office.js from Microsoft's CDN and nothing else from outside. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  'frame-ancestors *',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The Office dev certificate, if `npx office-addin-dev-certs install` has been run. */
function devCertificate() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const cert = join(dir, 'localhost.crt'), key = join(dir, 'localhost.key');
  return existsSync(cert) && existsSync(key) ? { cert: readFileSync(cert), key: readFileSync(key) } : undefined;
}

/** The file a request path names under root, or undefined when it leaves root or does not exist. */
function fileFor(root, urlPath) {
  const inside = (p) => p === root || p.startsWith(root + sep);
  try {
    // Decoding after URL parsing, so %2e%2e and %2f are judged by where they lead, not how they look.
    const path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
    let file = resolve(root, `.${path}`);
    if (!inside(file)) return undefined;
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!statSync(file).isFile()) return undefined;
    // A symlink under root may still point outside it: judge where it really leads.
    return inside(realpathSync(file)) ? file : undefined;
  } catch {
    return undefined; // malformed escapes, missing files, files gone since: all simply not found
  }
}

/**
 * Serves `root` on `host:port` (port 0 picks a free one); `https: false` forces plain HTTP.
 * @param {{ root: string, port?: number, host?: string, https?: boolean }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 * @example const { url, close } = await startServer({ root: 'dist', port: 0 }) // url 'http://localhost:PORT'
 */
export function startServer({ root, port = 3000, host = '127.0.0.1', https: useHttps }) {
  if (!existsSync(root)) return Promise.reject(new Error(`startServer: ${resolve(root)} does not exist (run npm run build)`));
  const base = realpathSync(resolve(root));
  const tls = useHttps === false ? undefined : devCertificate();
  const handler = (req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(base, req.url ?? '/') : undefined;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    // A file removed between the check and the read ends this response, not the server.
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shown = host === '127.0.0.1' ? 'localhost' : host;
      resolvePromise({
        url: `${tls ? 'https' : 'http'}://${shown}:${address.port}`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

// `node scripts/serve.mjs [root]`: the dev server office-addin-debugging starts (npm run dev-server).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ root: process.argv[2] ?? 'dist', port: Number(process.env.PORT ?? 3000) });
  console.log(`serving on ${url}`);
}
