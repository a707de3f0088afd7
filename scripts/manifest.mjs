// Gives manifest.xml its base URL at build time: https://localhost:3000/excel/ for development, the
// production host (ADDIN_BASE_URL) for a release.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The base every URL in the committed manifest.xml starts with. */
export const PLACEHOLDER = 'https://localhost:3000/';
/** Where `npm start` serves dist/excel. */
export const DEV_BASE_URL = 'https://localhost:3000/excel/';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Checks and normalises a base URL: absolute https (Office loads add-ins over HTTPS only), or http on
 * localhost for local testing; no query or fragment; always ending in a slash.
 * @example normaliseBaseUrl('https://grader.example.com/app') // 'https://grader.example.com/app/'
 */
export function normaliseBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL: '${baseUrl}' is not an absolute URL (e.g. https://grader.example.com/)`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(`ADDIN_BASE_URL: '${baseUrl}' must use https (Office loads add-ins over HTTPS only)`);
  }
  // A query or fragment would end up in the middle of every URL (and a bare & breaks the XML).
  if (/[?#]/.test(url.href)) {
    throw new Error(`ADDIN_BASE_URL: '${baseUrl}' must not have a query or fragment: give the folder the files are served from`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest text with every URL moved to `baseUrl`.
 * @example renderManifest('<IconUrl DefaultValue="https://localhost:3000/icon.png"/>', 'https://x.example/') // '<IconUrl DefaultValue="https://x.example/icon.png"/>'
 */
export function renderManifest(xmlText, baseUrl) {
  return xmlText.split(PLACEHOLDER).join(normaliseBaseUrl(baseUrl));
}

/**
 * Writes `<outDir>/manifest.xml` from the root manifest.xml.
 * @example writeManifest('dist/excel', 'https://grader.example.com/')
 */
export function writeManifest(outDir, baseUrl) {
  const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'manifest.xml'), renderManifest(xml, baseUrl));
}
