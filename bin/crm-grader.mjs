#!/usr/bin/env node
// `npx crm-grader ...`: runs the built CLI, building it first on a fresh checkout.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli/crm-grader.mjs`;
if (!existsSync(cli)) {
  const built = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(1);
}
await import(pathToFileURL(cli).href);
