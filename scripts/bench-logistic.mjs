// Part of `npm run bench`: LOGISTIC_FIT on 100,000 leads x 10 features (counts, flags and amounts, with
// won / lost drawn from a known model) through both built bundles as their hosts call them, beside a
// plain Newton loop over the same 2-D arrays in the same run: the floor, which fits the same
// coefficients with no reading, no checks, no scaling and no step control. Floor and bundles run back to
// back in rounds after a warm-up; each bundle's ratio is the median of its per-round ratios in CPU time
// (shared cores make wall time count waiting for a core). Every fit is checked against the floor's.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExcel, loadSheets } from './bench-bundles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const FEATURES = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 1000;
const TARGET_RATIO = 1.5;

/** A seeded generator, so every run fits the same leads. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// The model the outcomes are drawn from: intercept, then 4 counts, 3 flags and 3 amounts (thousands).
const TRUE_MODEL = [-11, 0.08, 0.15, 0.05, 0.3, 1.1, 0.6, -0.4, 0.002, -0.001, 0.0005];

/** Leads as a sheet holds them: one row of 10 features each, and a column of 1 (won) / 0 (lost). */
function makeLeads(n) {
  const rand = random(14);
  const features = new Array(n);
  const outcomes = new Array(n);
  let won = 0;
  for (let i = 0; i < n; i++) {
    const row = [
      Math.floor(rand() * 20), Math.floor(rand() * 6), Math.floor(rand() * 30), Math.floor(rand() * 3),
      rand() < 0.3 ? 1 : 0, rand() < 0.5 ? 1 : 0, rand() < 0.2 ? 1 : 0,
      Math.round(rand() * 500_000) / 100, Math.round(rand() * 200_000) / 100, Math.round(rand() * 1_000_000) / 100,
    ];
    let score = TRUE_MODEL[0];
    for (let j = 0; j < FEATURES; j++) score += TRUE_MODEL[j + 1] * row[j];
    const y = rand() < 1 / (1 + Math.exp(-score)) ? 1 : 0;
    won += y;
    features[i] = row;
    outcomes[i] = [y];
  }
  return { features, outcomes, won };
}

/** The floor: Newton's method on the raw 2-D arrays, the normal equations solved by Gaussian elimination. */
function newton(features, outcomes) {
  const n = features.length, m = FEATURES + 1;
  const beta = new Float64Array(m);
  const x = new Float64Array(m);
  for (let iteration = 0; iteration < 100; iteration++) {
    const h = new Float64Array(m * m), g = new Float64Array(m);
    for (let i = 0; i < n; i++) {
      const row = features[i];
      x[0] = 1;
      let score = beta[0];
      for (let j = 0; j < FEATURES; j++) {
        x[j + 1] = row[j];
        score += beta[j + 1] * row[j];
      }
      const p = 1 / (1 + Math.exp(-score));
      const w = p * (1 - p), r = outcomes[i][0] - p;
      for (let a = 0; a < m; a++) {
        g[a] += r * x[a];
        for (let b = 0; b <= a; b++) h[a * m + b] += w * x[a] * x[b];
      }
    }
    for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) h[a * m + b] = h[b * m + a];
    // Gaussian elimination with partial pivoting on [h | g].
    for (let c = 0; c < m; c++) {
      let pivot = c;
      for (let r = c + 1; r < m; r++) if (Math.abs(h[r * m + c]) > Math.abs(h[pivot * m + c])) pivot = r;
      for (let k = 0; k < m; k++) [h[c * m + k], h[pivot * m + k]] = [h[pivot * m + k], h[c * m + k]];
      [g[c], g[pivot]] = [g[pivot], g[c]];
      for (let r = c + 1; r < m; r++) {
        const f = h[r * m + c] / h[c * m + c];
        for (let k = c; k < m; k++) h[r * m + k] -= f * h[c * m + k];
        g[r] -= f * g[c];
      }
    }
    let converged = true;
    for (let c = m - 1; c >= 0; c--) {
      let s = g[c];
      for (let k = c + 1; k < m; k++) s -= h[c * m + k] * g[k];
      g[c] = s / h[c * m + c];
    }
    for (let c = 0; c < m; c++) {
      beta[c] += g[c];
      if (Math.abs(g[c]) > 1e-10 * (1 + Math.abs(beta[c]))) converged = false;
    }
    if (converged) return Array.from(beta);
  }
  throw new Error('the floor did not converge');
}

/** Wall time and this process's CPU time of one run, in ms, after collecting the garbage of the last. */
function once(fn) {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, result };
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { features, outcomes, won } = makeLeads(LEADS);
const sheets = loadSheets(root);
const excel = loadExcel(root);
const parts = {
  floor: () => newton(features, outcomes),
  sheets: () => sheets.LOGISTIC_FIT(features, outcomes)[0],
  excel: () => excel.get('LOGISTIC_FIT')(features, outcomes)[0],
};
for (const fn of Object.values(parts)) fn();
const runs = { floor: [], sheets: [], excel: [] };
for (let r = 0; r < RUNS; r++) for (const [k, fn] of Object.entries(parts)) runs[k].push(once(fn));

const load = (await import('node:os')).loadavg()[0];
console.log(`LOGISTIC_FIT: ${LEADS.toLocaleString('en')} leads x ${FEATURES} features (${won.toLocaleString('en')} won), ` +
  `median of ${RUNS} rounds, node ${process.version}, load average ${load.toFixed(1)}\n`);
const floorFit = runs.floor[0].result;
const misses = [];
console.log(`  plain Newton loop (floor)  ${median(runs.floor.map((t) => t.wall)).toFixed(0).padStart(6)} ms (cpu ${median(runs.floor.map((t) => t.cpu)).toFixed(0).padStart(6)} ms)`);
for (const host of ['sheets', 'excel']) {
  const ms = median(runs[host].map((t) => t.wall));
  const cpu = median(runs[host].map((t) => t.cpu));
  const ratio = median(runs[host].map((t, r) => t.cpu / runs.floor[r].cpu));
  const fit = runs[host][0].result;
  const worst = Math.max(...fit.map((b, j) => Math.abs(b - floorFit[j]) / (1 + Math.abs(floorFit[j]))));
  const notes = [];
  if (!(worst < 1e-6)) notes.push(`COEFFICIENTS DIFFER FROM THE FLOOR'S (${worst.toExponential(1)})`);
  if (ms > TARGET_MS) notes.push(`over the ${TARGET_MS} ms target`);
  if (ratio > TARGET_RATIO) notes.push(`over ${TARGET_RATIO}x the floor`);
  for (const note of notes) misses.push(`LOGISTIC_FIT, ${host} bundle: ${note} (${ms.toFixed(0)} ms, ${ratio.toFixed(2)}x)`);
  const name = host === 'sheets' ? 'Sheets bundle (Code.js)' : 'Excel bundle (functions.js)';
  console.log(`  ${name.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms (cpu ${cpu.toFixed(0).padStart(6)} ms)  ${ratio.toFixed(2)}x the floor${notes.length ? `  <- ${notes.join(', ')}` : ''}`);
}
console.log(`  coefficients: ${floorFit.map((b) => b.toPrecision(4)).join(', ')} (drawn from ${TRUE_MODEL.join(', ')})`);
console.log(`  targets: under ${TARGET_MS} ms and ${TARGET_RATIO}x the floor's CPU time, the floor's coefficients to 1e-6`);
if (misses.length > 0) {
  console.log(`\n${misses.length} target${misses.length === 1 ? ' was' : 's were'} missed:`);
  for (const miss of misses) console.log(`  ${miss}`);
  process.exitCode = 1;
}
