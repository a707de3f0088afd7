// `npm start`: builds, serves dist/ on localhost and says how to load the add-in into Excel and Sheets.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startServer } from './serve.mjs';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { url } = await startServer({ root: 'dist', port: Number(process.env.PORT ?? 3000) });
const secure = url.startsWith('https:');
// Excel fetches the pane from wherever the built manifest says; say so when that is not this server.
const manifestPane = /DefaultValue="([^"]+\/taskpane\.html)"/.exec(readFileSync('dist/excel/manifest.xml', 'utf8'))?.[1];
const servedPane = `${url}/excel/taskpane.html`;
const mismatch = manifestPane && manifestPane !== servedPane
  ? `  Note: dist/excel/manifest.xml points at ${manifestPane}, not this server: unset PORT, or run\n`
    + `  ADDIN_BASE_URL=${url}/excel/ npm start.\n`
  : '';
const preview = `${url}/preview/`;
console.log(`
CRM Grader is being served on ${url}
  Preview:        ${preview}   (the pane beside a sample customer list: no Excel or Google account needed)
  Task pane:      ${servedPane}
  Excel manifest: dist/excel/manifest.xml

Excel desktop:  npm run sideload   (opens Excel with the add-in loaded)
Excel on the web: Home > Add-ins > More Add-ins > Upload My Add-in, then choose dist/excel/manifest.xml
${secure ? '' : `  Excel loads add-ins over HTTPS only: run \`npx office-addin-dev-certs install\` once, then npm start again.\n`}${secure ? mismatch : ''}Google Sheets:  npx clasp login, put your script id in .clasp.json (see .clasp.json.example), npm run push:sheets

Press Ctrl+C to stop.`);

// Open the preview in the default browser, where there is one (never fatal: CI and servers have none).
if (!process.env.CI && !process.env.NO_OPEN) {
  const [command, args] = process.platform === 'darwin' ? ['open', [preview]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', preview]]
    : ['xdg-open', [preview]];
  try {
    spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  } catch {
    // No browser to open: the URL above is enough.
  }
}
