// Part of `npm run bench`: the CLI on 100,000 rows, CSV in to .xlsx out, in its own process (time and
// peak memory), beside the time LibreOffice takes to recalculate the same file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROWS = Number(process.env.BENCH_CLI_ROWS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'crm-bench-cli-'));
const csv = join(dir, 'customers.csv');
const xlsx = join(dir, 'graded.xlsx');

let s = 11;
const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
const lines = ['客户编号,客户名称,最近一次购买日期,订单数,金额'];
const base = Date.UTC(2026, 10, 1);
for (let i = 0; i < ROWS; i++) {
  const last = new Date(base - Math.floor(rand() * 400) * 86_400_000).toISOString().slice(0, 10);
  lines.push(`C${i + 1},客户${i + 1},${last},${Math.floor(rand() * 20)},${Math.round(rand() * 900_000)}`);
}
writeFileSync(csv, lines.join('\n'));

// /usr/bin/time -v gives the peak resident set size; without it, only the time is reported.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cli = ['dist/cli/crm-grader.mjs', 'grade', csv, '-o', xlsx, '--as-of', '2026-11-01'];
const start = performance.now();
const run = timeBin
  ? spawnSync(timeBin, ['-v', process.execPath, ...cli], { encoding: 'utf8' })
  : spawnSync(process.execPath, cli, { encoding: 'utf8' });
const cliMs = performance.now() - start;
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')?.[1] ?? NaN);

let loMs = NaN;
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
if (soffice) {
  const profile = mkdtempSync(join(tmpdir(), 'crm-bench-lo-'));
  const t = performance.now();
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', dir, xlsx], { stdio: 'pipe' });
  loMs = performance.now() - t;
}

console.log(`\nCLI: ${ROWS.toLocaleString('en')} rows, CSV in to .xlsx out`);
console.log(`  crm-grader grade        ${(cliMs / 1000).toFixed(2)} s   peak memory ${Number.isNaN(peakKb) ? 'n/a (no /usr/bin/time)' : `${(peakKb / 1024).toFixed(0)} MB`}   (targets: under 10 s, under 1 GB)`);
console.log(`  LibreOffice load + export ${Number.isNaN(loMs) ? 'n/a (LibreOffice not installed)' : `${(loMs / 1000).toFixed(2)} s`}   (${Number.isNaN(loMs) ? '' : `${(loMs / cliMs).toFixed(1)}x the CLI`})`);
if (cliMs > 10_000 || peakKb > 1024 * 1024) {
  console.log('  <- over target');
  process.exitCode = 1;
}
