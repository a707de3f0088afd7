// Part of `npm run bench`: Excel's maximum column (1,048,575 customers under a header) graded through
// the pane's Excel adapter, in its own process for its peak memory. Excel cannot run here: a fake
// stands in (test/pane/fake-excel.ts), and its own memory is measured in the same run as the baseline
// (the list and a graded block written by a plain loop), so the adapter's share is the difference.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROWS = Number(process.env.BENCH_EXCEL_ROWS ?? 1_048_575);
const dir = mkdtempSync(join(tmpdir(), 'crm-bench-hosts-'));
const entry = join(dir, 'excel-max-column.mjs');
await build({ entryPoints: ['scripts/bench/excel-max-column.ts'], bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'error' });

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function run(mode) {
  const args = ['--max-old-space-size=8000', entry, mode, String(ROWS)];
  const r = timeBin ? spawnSync(timeBin, ['-v', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { ms: JSON.parse(r.stdout.trim().split('\n').pop()).ms, peakMb: peakKb / 1024 };
}

const fake = run('fake');
const adapter = run('adapter');
const share = adapter.peakMb - fake.peakMb;
console.log(`\nExcel's maximum column: ${ROWS.toLocaleString('en')} customers through the Excel adapter (fake Excel)`);
console.log(`  baseline: the fake holding the list and a graded block   peak ${fake.peakMb.toFixed(0)} MB`);
console.log(`  one-click grading through the adapter   ${(adapter.ms / 1000).toFixed(1)} s   peak ${adapter.peakMb.toFixed(0)} MB`);
console.log(`  the adapter's share (difference)        ${share.toFixed(0)} MB   (target: under 1,536 MB)`);
if (share > 1536) {
  console.log('  <- over target');
  process.exitCode = 1;
}
