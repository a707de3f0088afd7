// `npm run bench`: every bench script in turn, each in its own process (so one's memory peak is not
// another's), every one run even when an earlier one missed a target; the misses are listed at the end
// and the run exits non-zero when there were any.
import { spawnSync } from 'node:child_process';

const PARTS = [
  ['--expose-gc', 'scripts/bench.mjs'],
  ['--expose-gc', 'scripts/bench-detect.mjs'],
  ['--expose-gc', 'scripts/bench-ledger.mjs'],
  ['scripts/bench-btyd.mjs'],
  ['--expose-gc', 'scripts/bench-logistic.mjs'],
  ['scripts/bench-cli.mjs'],
  ['scripts/bench-engine.mjs'],
  ['scripts/bench-hosts.mjs'],
  ['scripts/bench-preview.mjs'],
];

const missed = [];
for (const args of PARTS) {
  const script = args[args.length - 1];
  console.log(`\n=== ${script}`);
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) missed.push(`${script} (exit ${run.status ?? run.signal})`);
}
console.log(missed.length ? `\nTargets missed in: ${missed.join(', ')} (see each part's own list above)` : '\nEvery target met.');
process.exit(missed.length ? 1 : 0);
