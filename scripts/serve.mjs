// A small static server for dist/: HTTPS with the Office dev certificate when it is installed (Excel
// sideloading needs it), plain HTTP otherwise. No dependencies; nothing but files under root is served.
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
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
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return undefined;
  }
  let file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves `root` on `host:port` (port 0 picks a free one); `https: false` forces plain HTTP.
 * @param {{ root: string, port?: number, host?: string, https?: boolean }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 * @example const { url, close } = await startServer({ root: 'dist', port: 0 }) // url 'http://localhost:PORT'
 */
export function startServer({ root, port = 3000, host = '127.0.0.1', https: useHttps }) {
  const base = resolve(root);
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
    else createReadStream(file).pipe(res);
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
