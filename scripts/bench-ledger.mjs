// Part of `npm run bench`: an order ledger of 1,000,000 lines (100,000 customers, orders of one to three
// lines, some credits) summarised per customer, in one run: a plain loop over the same arrays (the
// floor: group by id with a Map, latest date, distinct orders, sum), the core's summarizeLedger, and
// ORDERS_SUMMARY through both built bundles as their hosts call it (Excel: serial numbers; Sheets:
// Dates). Every part runs even when one misses its target; the misses are listed at the end.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadExcel, loadSheets } from './bench-bundles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LINES = Number(process.env.BENCH_LEDGER_LINES ?? 1_000_000);
const CUSTOMERS = Number(process.env.BENCH_LEDGER_CUSTOMERS ?? Math.max(1, Math.round(LINES / 10)));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_CORE_MS = 1500;
const TARGET_BUNDLE_MS = 2000;

/** A seeded generator, so every run summarises the same ledger. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * The ledger as flat arrays: orders of 1 (70%), 2 (20%) or 3 (10%) lines sharing an order number and a
 * date, dated over two years up to 2026-11-30 (serial 46356), 2% of the lines credits (negative).
 */
function makeLedger(lines, customers) {
  const rand = random(7);
  const ids = new Array(lines), dates = new Array(lines), amounts = new Array(lines), orderIds = new Array(lines);
  let i = 0, order = 0;
  while (i < lines) {
    const id = `C${String(Math.floor(rand() * customers)).padStart(6, '0')}`;
    const date = 46356 - Math.floor(rand() * 730);
    const r = rand();
    const size = r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
    const orderId = `SO-${++order}`;
    for (let k = 0; k < size && i < lines; k++, i++) {
      ids[i] = id;
      dates[i] = date;
      const amount = Math.round(rand() * 500_000) / 100;
      amounts[i] = rand() < 0.02 ? -amount : amount;
      orderIds[i] = orderId;
    }
  }
  return { ids, dates, amounts, orderIds, orders: order };
}

/** EDATE as Excel counts it, for the floor (the core has its own). */
function edate(serial, months) {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12), month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return (Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The floor: the same table from the same flat arrays, no coercion and no checks. */
function floor({ ids, dates, amounts, orderIds }) {
  let asOf = -Infinity;
  for (let i = 0; i < dates.length; i++) if (dates[i] > asOf) asOf = dates[i];
  const start = edate(asOf, -12);
  const index = new Map();
  const out = [];
  const counted = new Set();
  for (let i = 0; i < ids.length; i++) {
    let row = index.get(ids[i]);
    if (row === undefined) {
      row = [ids[i], -Infinity, 0, 0];
      index.set(ids[i], row);
      out.push(row);
    }
    const d = dates[i];
    if (d > row[1]) row[1] = d;
    if (d >= start) {
      row[3] += amounts[i];
      if (!counted.has(orderIds[i])) { counted.add(orderIds[i]); row[2]++; }
    }
  }
  for (const row of out) { row[1] = asOf - row[1]; row[3] = Number(row[3].toPrecision(15)); }
  return out;
}

/** The core's summarizeLedger, bundled from the TypeScript source as the hosts' bundles are. */
async function loadCore() {
  const out = join(root, 'node_modules', '.cache', 'crm-grader', 'ledger-summary.mjs');
  await build({ entryPoints: [join(root, 'src/grading/ledger-summary.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

/**
 * Median wall time in ms over RUNS runs after one warm-up run, the garbage collected before each, and
 * the median processor time of the same runs (on a machine shared with other work, wall time grows
 * with the load and processor time much less).
 */
function time(fn) {
  fn();
  const walls = [], cpus = [];
  for (let r = 0; r < RUNS; r++) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(walls), cpuMs: median(cpus) };
}

/** The first row where two tables differ, or undefined. */
function difference(a, b) {
  if (a.length !== b.length) return `${a.length} rows against ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    for (let c = 0; c < 4; c++) {
      const x = a[i][c], y = b[i][c];
      const same = typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)) : x === y;
      if (!same) return `row ${i + 1}: ${JSON.stringify(a[i])} against ${JSON.stringify(b[i])}`;
    }
  }
  return undefined;
}

const ledger = makeLedger(LINES, CUSTOMERS);
// As each caller hands the ledger over: rows for the core, one-column ranges for the hosts, Dates in Sheets.
const rows = ledger.ids.map((id, i) => [id, ledger.dates[i], ledger.amounts[i], ledger.orderIds[i]]);
const col = (values) => values.map((v) => [v]);
const idsCol = col(ledger.ids), serialsCol = col(ledger.dates), amountsCol = col(ledger.amounts), orderIdsCol = col(ledger.orderIds);
const datesCol = ledger.dates.map((s) => [new Date(1899, 11, 30 + s)]);

const core = await loadCore();
const sheets = loadSheets(root);
const excel = loadExcel(root);
const expected = floor(ledger);

const parts = [
  { name: 'core summarizeLedger', targetMs: TARGET_CORE_MS,
    run: () => core.summarizeLedger(rows, { customerId: 0, orderDate: 1, amount: 2, orderId: 3 }, { lang: 'en' }),
    table: (s) => s.customers.map((c) => [c.id, c.days, c.orders, c.amount]) },
  { name: 'ORDERS_SUMMARY, functions.js (serials)', targetMs: TARGET_BUNDLE_MS,
    run: () => excel.get('ORDERS_SUMMARY')(idsCol, serialsCol, amountsCol, null, null, orderIdsCol) },
  { name: 'ORDERS_SUMMARY, Code.js (Dates)', targetMs: TARGET_BUNDLE_MS,
    run: () => sheets.ORDERS_SUMMARY(idsCol, datesCol, amountsCol, '', '', orderIdsCol) },
];

console.log(`Order ledger: ${LINES.toLocaleString('en')} lines, ${expected.length.toLocaleString('en')} customers, `
  + `${ledger.orders.toLocaleString('en')} orders; median of ${RUNS} runs, node ${process.version}\n`);
const figures = ({ ms, cpuMs }) => `${ms.toFixed(0).padStart(6)} ms  (processor ${cpuMs.toFixed(0).padStart(5)} ms)`;
const baseline = time(() => floor(ledger));
const floorMs = baseline.ms;
console.log(`  ${'baseline (plain loop)'.padEnd(40)} ${figures(baseline)}`);
const misses = [];
for (const part of parts) {
  let ms, timing, note = '';
  try {
    timing = time(part.run);
    ms = timing.ms;
    const result = part.run();
    const diff = difference(part.table ? part.table(result) : result, expected);
    if (diff) { note = `  <- RESULTS DIFFER FROM BASELINE (${diff})`; misses.push(`${part.name}: results differ from the baseline`); }
  } catch (e) {
    note = `  <- FAILED: ${e instanceof Error ? e.message : String(e?.message ?? e)}`;
    misses.push(`${part.name}: failed`);
  }
  if (ms !== undefined && ms > part.targetMs) {
    note += `  <- over the ${part.targetMs} ms target`;
    misses.push(`${part.name}: ${ms.toFixed(0)} ms, target ${part.targetMs} ms`);
  }
  const figure = timing === undefined ? '     - ms' : `${figures(timing)}  ${(ms / floorMs).toFixed(2)}x baseline`;
  console.log(`  ${part.name.padEnd(40)} ${figure}${note}`);
}
if (misses.length) {
  console.log(`\nmissed:\n${misses.map((m) => `  ${m}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`\nall targets met (core under ${TARGET_CORE_MS} ms, each bundle under ${TARGET_BUNDLE_MS} ms)`);
}
