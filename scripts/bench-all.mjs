// `npm run bench`: every part in turn, each in its own node process (so none inherits another's heap),
// whether or not an earlier one missed a target; the parts that did are named again at the end.
import { spawnSync } from 'node:child_process';

const PARTS = [
  ['functions through both bundles', ['--expose-gc', 'scripts/bench.mjs']],
  ['the CLI', ['scripts/bench-cli.mjs']],
  ["the pane's hosts", ['scripts/bench-hosts.mjs']],
  ['the preview', ['scripts/bench-preview.mjs']],
];

const missed = [];
for (const [name, args] of PARTS) {
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) missed.push(`${name} (${args.at(-1)}): ${run.error?.message ?? `exit ${run.status ?? run.signal}`}`);
}
if (missed.length > 0) {
  console.log('\nParts that missed a target or failed (their own output above says which):');
  for (const line of missed) console.log(`  ${line}`);
  process.exitCode = 1;
}
