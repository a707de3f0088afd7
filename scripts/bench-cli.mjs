// Part of `npm run bench`: the CLI on 1,000,000 rows (BENCH_CLI_ROWS overrides), CSV in to .xlsx out, in
// its own process (time and peak memory), against a baseline measured in the same run: the in-memory
// path the CLI used before it streamed (gradeTable + writeXlsx, as the pane still grades) on 100,000
// rows, and the streaming CLI on the same 100,000. LibreOffice recalculates the 100,000-row file. (Before
// the CLI streamed, at 3c2567e, it took 4.3 s and 836 MB on 100,000 rows; the in-memory baseline is
// lighter now because writeXlsx shares the streaming writer.) Then the CLI on a generated order ledger of
// 1,000,000 lines (BENCH_CLI_LEDGER_LINES overrides) for 100,000 customers, summarised and graded per
// customer. Every part runs even when one misses its target or fails; the exit code says whether all met.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { findSoffice } from './system-deps.mjs';

const ROWS = Number(process.env.BENCH_CLI_ROWS ?? 1_000_000);
const LEDGER_LINES = Number(process.env.BENCH_CLI_LEDGER_LINES ?? 1_000_000);
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

/** A seeded order ledger of `lines` lines as a CSV file: a tenth as many customers, two lines an order. */
function writeLedger(lines) {
  const path = join(dir, `ledger-${lines}.csv`);
  let s = 13;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const customers = Math.max(1, Math.round(lines / 10));
  const out = ['订单号,客户编号,客户名称,下单日期,数量,金额'];
  const base = Date.UTC(2026, 10, 30);
  for (let i = 0; i < lines; i++) {
    const c = Math.floor(rand() * customers);
    const date = new Date(base - Math.floor(rand() * 900) * 86_400_000).toISOString().slice(0, 10);
    out.push(`SO${i >> 1},C${String(c).padStart(6, '0')},客户${c},${date},${1 + Math.floor(rand() * 5)},${(rand() * 20_000).toFixed(2)}`);
  }
  writeFileSync(path, out.join('\n'));
  return path;
}

// /usr/bin/time -v gives the peak resident set size; without it, only the time is reported.
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a Node script in its own process: seconds and peak MB, and whether it failed (then the rest still runs). */
function measure(args) {
  const start = performance.now();
  const run = timeBin
    ? spawnSync(timeBin, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  const failed = run.status !== 0;
  if (failed) {
    console.error(`failed (exit ${run.status}): node ${args.join(' ')}\n${run.stderr}`);
    process.exitCode = 1;
  }
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')?.[1] ?? NaN);
  // CPU seconds (user + system) too: on a machine shared with other work they vary less than the wall clock.
  const cpu = ['User', 'System'].reduce((t, kind) => t + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr ?? '')?.[1] ?? NaN), 0);
  return { seconds, mb: peakKb / 1024, cpu, failed };
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
// The ledger's as-of date is its latest order, as a user leaves it.
// In memory, as this part has always measured it (a CSV this big would go to DuckDB: bench-engine.mjs).
const ledger = measure(['dist/cli/crm-grader.mjs', 'grade', writeLedger(LEDGER_LINES), '-o', join(dir, 'ledger-graded.xlsx'), '--engine', 'memory']);

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
const cpu = (r) => (Number.isNaN(r.cpu) ? '' : `   CPU ${r.cpu.toFixed(1)} s`);
const line = (label, r) => `  ${label.padEnd(44)} ${r.seconds.toFixed(2).padStart(6)} s   peak memory ${mb(r.mb)}${cpu(r)}${r.failed ? '   FAILED' : ''}`;
const over = (r) => r.failed || r.seconds > TARGET.seconds || r.mb > TARGET.mb;
const n = (rows) => rows.toLocaleString('en');
console.log(`\nCLI: CSV in to .xlsx out (targets at ${n(ROWS)} rows: under ${TARGET.seconds} s, under 1 GB)`);
console.log(line(`crm-grader grade, ${n(ROWS)} rows (streamed)`, streamed));
console.log(line(`crm-grader grade, ${n(BASELINE_ROWS)} rows (streamed)`, streamedSmall));
console.log(line(`baseline: in-memory path, ${n(BASELINE_ROWS)} rows`, baseline));
console.log(`  LibreOffice load + export, ${n(BASELINE_ROWS)} rows     ${Number.isNaN(loSeconds) ? 'n/a (LibreOffice not installed)' : `${loSeconds.toFixed(2)} s   (${(loSeconds / streamedSmall.seconds).toFixed(1)}x the CLI)`}`);
console.log(`  LibreOffice on ${n(ROWS)} rows: skipped (it takes minutes; the 100,000-row file shows the ratio)`);
if (over(streamed)) {
  console.log('  <- the list is over target');
  process.exitCode = 1;
}
console.log(`\nCLI: an order ledger, CSV in to .xlsx out (targets: under ${TARGET.seconds} s, under 1 GB)`);
console.log(line(`crm-grader grade, ${n(LEDGER_LINES)} order lines`, ledger));
if (over(ledger)) {
  console.log('  <- the ledger is over target');
  process.exitCode = 1;
}
