// The buy-till-you-die models' speed (`node scripts/bench-btyd.mjs`; not part of `npm run bench`): the
// core's models bundled with esbuild and timed in Node, median of BENCH_RUNS runs after a warm-up.
// - BG/NBD fit on CDNOW x 10 (23,570 customers: the published summary repeated; target well under 1 s),
//   and the Gamma-Gamma fit on CDNOW x 10's repeat buyers;
// - P(alive) + expected purchases in the next 39 weeks for 1,000,000 customers (target under 1 s),
//   beside a baseline: the same loop computing P(alive) alone;
// - 12-month expected CLV (12 expectations each) for the same 1,000,000 customers.
// The CDNOW summary is read from BENCH_CDNOW (default /work/shared/data/cdnow).
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CDNOW = process.env.BENCH_CDNOW ?? '/work/shared/data/cdnow';

const entry = join(mkdtempSync(join(tmpdir(), 'crm-bench-btyd-')), 'btyd.mjs');
await build({
  stdin: {
    contents: `export { fitBgNbd } from './src/models/bgnbd-fit';
      export { fitGammaGamma } from './src/models/gamma-gamma-fit';
      export { probabilityAlive, expectedPurchases } from './src/models/bgnbd';
      export { expectedClv } from './src/models/expected-clv';`,
    resolveDir: root, loader: 'ts',
  },
  outfile: entry, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
});
const { fitBgNbd, fitGammaGamma, probabilityAlive, expectedPurchases, expectedClv } = await import(pathToFileURL(entry).href);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median wall-clock and CPU milliseconds of `runs` calls after one warm-up call; the last result. The
 * CPU time is this process's alone, so it stays meaningful on a machine other work is sharing.
 */
function time(fn, runs = RUNS) {
  let result = fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), result };
}

/** "1234 ms (cpu 1100 ms)", padded. */
function show({ ms, cpuMs }) {
  return `${ms.toFixed(0).padStart(6)} ms (cpu ${cpuMs.toFixed(0).padStart(6)} ms)`;
}

// CDNOW x 10.
const rows = readFileSync(join(CDNOW, 'cdnow_customers_summary_with_transactions.csv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split(',').map(Number));
const copies = 10;
const frequency = new Float64Array(rows.length * copies);
const recency = new Float64Array(rows.length * copies);
const age = new Float64Array(rows.length * copies);
const monetary = new Float64Array(rows.length * copies);
rows.forEach(([, x, tx, T, zbar], i) => {
  for (let k = 0; k < copies; k++) {
    const j = k * rows.length + i;
    frequency[j] = x; recency[j] = tx; age[j] = T; monetary[j] = zbar;
  }
});

const load = (await import('node:os')).loadavg()[0];
console.log(`BTYD models, median of ${RUNS} runs after a warm-up, node ${process.version}, load average ${load.toFixed(1)}\n`);
const bg = time(() => fitBgNbd(frequency, recency, age));
const { r, alpha, a, b } = bg.result.params;
console.log(`BG/NBD fit, ${frequency.length.toLocaleString('en')} customers (CDNOW x ${copies})  ${show(bg)}   ` +
  `r ${r.toFixed(4)}, alpha ${alpha.toFixed(4)}, a ${a.toFixed(4)}, b ${b.toFixed(4)}, ${bg.result.iterations} iterations  (target: well under 1,000 ms)`);
const gg = time(() => fitGammaGamma(frequency, monetary));
const { p, q, v } = gg.result.params;
console.log(`Gamma-Gamma fit, ${gg.result.customers.toLocaleString('en')} repeat buyers            ${show(gg)}   ` +
  `p ${p.toFixed(4)}, q ${q.toFixed(4)}, v ${v.toFixed(4)}, ${gg.result.iterations} iterations`);

// N customers with CDNOW-like histories (seeded): x in 0..20, T from 27 to 39 weeks, t_x in [0, T].
let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const xs = new Float64Array(N), txs = new Float64Array(N), Ts = new Float64Array(N), ms = new Float64Array(N);
for (let i = 0; i < N; i++) {
  xs[i] = random() < 0.6 ? 0 : 1 + Math.floor(random() * 20);
  Ts[i] = 27 + 12 * random();
  txs[i] = xs[i] === 0 ? 0 : Ts[i] * random();
  ms[i] = xs[i] === 0 ? 0 : 5 + 60 * random();
}
const params = bg.result.params;
const ggParams = gg.result.params;
const alive = new Float64Array(N), purchases = new Float64Array(N), clv = new Float64Array(N);
const baseline = time(() => {
  for (let i = 0; i < N; i++) alive[i] = probabilityAlive(xs[i], txs[i], Ts[i], params);
});
const both = time(() => {
  for (let i = 0; i < N; i++) {
    alive[i] = probabilityAlive(xs[i], txs[i], Ts[i], params);
    purchases[i] = expectedPurchases(39, xs[i], txs[i], Ts[i], params);
  }
});
const clvRuns = time(() => {
  for (let i = 0; i < N; i++) clv[i] = expectedClv(xs[i], txs[i], Ts[i], ms[i], params, ggParams, 12, 0.01, 'W');
}, Math.min(RUNS, 3));
let bad = 0;
for (let i = 0; i < N; i++) if (!Number.isFinite(purchases[i]) || !Number.isFinite(clv[i]) || !(alive[i] > 0)) bad++;
console.log(`\n${N.toLocaleString('en')} customers (x 0-20, T 27-39 weeks)`);
console.log(`  baseline: P(alive) alone                  ${show(baseline)}`);
console.log(`  P(alive) + expected purchases in 39 weeks ${show(both)}  (target: under 1,000 ms)`);
console.log(`  expected CLV, 12 months at 1%             ${show(clvRuns)}`);
console.log(`  results not finite or P(alive) not above 0: ${bad}`);
