// Part of `npm run bench`: the CLI on 1,000,000 rows (BENCH_CLI_ROWS overrides), CSV in to .xlsx out, in
// its own process (time and peak memory), against a baseline measured in the same run: the in-memory
// path the CLI used before it streamed (gradeTable + writeXlsx, as the pane still grades) on 100,000
// rows, and the streaming CLI on the same 100,000. LibreOffice recalculates the 100,000-row file. (Before
// the CLI streamed, at 3c2567e, it took 4.3 s and 836 MB on 100,000 rows; the in-memory baseline is
// lighter now because writeXlsx shares the streaming writer.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { findSoffice } from './system-deps.mjs';

const ROWS = Number(process.env.BENCH_CLI_ROWS ?? 1_000_000);
const BASELINE_ROWS = 100_000;
const TARGET = { seconds: 30, mb: 1024 };
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'crm-bench-cli-'));

/** A seeded customer list of `rows` rows as a CSV file. */
function writeList(rows) {
  const path = join(dir, `customers-${rows}.csv`);
  let s = 11;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const lines = ['客户编号,客户名称,最近一次购买日期,订单数,金额'];
  const base = Date.UTC(2026, 10, 1);
  for (let i = 0; i < rows; i++) {
    const last = new Date(base - Math.floor(rand() * 400) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`C${i + 1},客户${i + 1},${last},${Math.floor(rand() * 20)},${Math.round(rand() * 900_000)}`);
  }
  writeFileSync(path, lines.join('\n'));
  return path;
}

// /usr/bin/time -v gives the peak resident set size; without it, only the time is reported.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a Node script in its own process: seconds and peak MB. */
function measure(args) {
  const start = performance.now();
  const run = timeBin
    ? spawnSync(timeBin, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')?.[1] ?? NaN);
  return { seconds, mb: peakKb / 1024 };
}

// The baseline: the whole list read, graded into a WorkbookModel and zipped in memory.
const inMemory = join(dir, 'in-memory.mjs');
await build({
  stdin: {
    contents: `import { readFileSync, writeFileSync } from 'node:fs';
      import { gradeTable } from './src/grading/grade-table';
      import { parseCsv, typeCsvField } from './src/xlsx/read-csv';
      import { writeXlsx } from './src/xlsx/write-xlsx';
      const [input, output] = process.argv.slice(2);
      const rows = parseCsv(readFileSync(input, 'utf8')).map((row) => row.map(typeCsvField));
      writeFileSync(output, writeXlsx(gradeTable('customers', rows, { preset: 'seed', asOf: 46327 }).model));`,
    resolveDir: root, loader: 'ts',
  },
  outfile: inMemory, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
});

const cli = (csv, xlsx) => ['dist/cli/crm-grader.mjs', 'grade', csv, '-o', xlsx, '--as-of', '2026-11-01'];
const small = writeList(BASELINE_ROWS);
const baseline = measure([inMemory, small, join(dir, 'in-memory.xlsx')]);
const smallXlsx = join(dir, 'graded-small.xlsx');
const streamedSmall = measure(cli(small, smallXlsx));
const large = ROWS === BASELINE_ROWS ? small : writeList(ROWS);
const streamed = measure(cli(large, join(dir, 'graded.xlsx')));

let loSeconds = NaN;
const soffice = findSoffice();
if (soffice) {
  const profile = mkdtempSync(join(tmpdir(), 'crm-bench-lo-'));
  const t = performance.now();
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', dir, smallXlsx], { stdio: 'pipe' });
  loSeconds = (performance.now() - t) / 1000;
}

const mb = (m) => (Number.isNaN(m) ? 'n/a (no /usr/bin/time)' : `${m.toFixed(0)} MB`);
const line = (label, r) => `  ${label.padEnd(44)} ${r.seconds.toFixed(2).padStart(6)} s   peak memory ${mb(r.mb)}`;
const n = (rows) => rows.toLocaleString('en');
console.log(`\nCLI: CSV in to .xlsx out (targets at ${n(ROWS)} rows: under ${TARGET.seconds} s, under 1 GB)`);
console.log(line(`crm-grader grade, ${n(ROWS)} rows (streamed)`, streamed));
console.log(line(`crm-grader grade, ${n(BASELINE_ROWS)} rows (streamed)`, streamedSmall));
console.log(line(`baseline: in-memory path, ${n(BASELINE_ROWS)} rows`, baseline));
console.log(`  LibreOffice load + export, ${n(BASELINE_ROWS)} rows     ${Number.isNaN(loSeconds) ? 'n/a (LibreOffice not installed)' : `${loSeconds.toFixed(2)} s   (${(loSeconds / streamedSmall.seconds).toFixed(1)}x the CLI)`}`);
console.log(`  LibreOffice on ${n(ROWS)} rows: skipped (it takes minutes; the 100,000-row file shows the ratio)`);
if (streamed.seconds > TARGET.seconds || streamed.mb > TARGET.mb) {
  console.log('  <- over target');
  process.exitCode = 1;
}
