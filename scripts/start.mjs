// `npm start`: builds, serves dist/ on localhost and says how to load the add-in into Excel and Sheets.
import { spawn, spawnSync } from 'node:child_process';
import { startServer } from './serve.mjs';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { url } = await startServer({ root: 'dist', port: Number(process.env.PORT ?? 3000) });
const secure = url.startsWith('https:');
const preview = `${url}/preview/`;
console.log(`
CRM Grader is being served on ${url}
  Preview:        ${preview}   (the pane beside a sample customer list: no Excel or Google account needed)
  Task pane:      ${url}/excel/taskpane.html
  Excel manifest: dist/excel/manifest.xml

Excel desktop:  npm run sideload   (opens Excel with the add-in loaded)
Excel on the web: Home > Add-ins > More Add-ins > Upload My Add-in, then choose dist/excel/manifest.xml
${secure ? '' : `  Excel loads add-ins over HTTPS only: run \`npx office-addin-dev-certs install\` once, then npm start again.\n`}Google Sheets:  npx clasp login, put your script id in .clasp.json (see .clasp.json.example), npm run push:sheets

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
