// `npm run bench`: every part runs, in order, even when an earlier one misses its target (a part says so
// and exits non-zero); the run exits non-zero at the end if any part did.
import { spawnSync } from 'node:child_process';

const PARTS = [
  ['--expose-gc', 'scripts/bench.mjs'],
  ['--expose-gc', 'scripts/bench-detect.mjs'],
  ['scripts/bench-cli.mjs'],
  ['scripts/bench-hosts.mjs'],
  ['scripts/bench-preview.mjs'],
];

const missed = [];
for (const args of PARTS) {
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) missed.push(args.at(-1));
}
if (missed.length) {
  console.log(`\nover target or failed: ${missed.join(', ')}`);
  process.exitCode = 1;
}
