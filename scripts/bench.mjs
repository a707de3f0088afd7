// `npm run bench`: 1,000,000 customers through each built bundle, as its host calls it, beside a
// baseline measured in the same run: a plain loop over the same 2-D arrays that computes the same
// results with no checks at all (the floor for the hosts' input format).
import { statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExcel, loadSheets } from './bench-bundles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** A seeded generator, so every run grades the same list. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function makeList(n) {
  const rand = random(42);
  const recency = new Array(n), frequency = new Array(n), monetary = new Array(n);
  const codes = new Array(n), scores = new Array(n);
  const bands = [1, 3, 5];
  for (let i = 0; i < n; i++) {
    recency[i] = [Math.floor(rand() * 400)];
    frequency[i] = [Math.floor(rand() * 30)];
    monetary[i] = [Math.round(rand() * 1_200_000 * 100) / 100];
    codes[i] = [bands[(rand() * 3) | 0] * 100 + bands[(rand() * 3) | 0] * 10 + bands[(rand() * 3) | 0]];
    scores[i] = [rand() * 100, rand() * 100, rand() * 100, rand() * 100];
  }
  // The same amounts as a CRM export writes them: "¥1,234,567.89".
  const monetaryText = monetary.map(([m]) => [`¥${m.toLocaleString('en', { maximumFractionDigits: 2 })}`]);
  return { recency, frequency, monetary, monetaryText, codes, scores };
}

// The floors: the same results, computed with no coercion, no checks, no errors.
const floors = {
  rfm(list) {
    const { recency, frequency, monetary } = list;
    const out = new Array(recency.length);
    for (let i = 0; i < recency.length; i++) {
      const d = recency[i][0], f = frequency[i][0], m = monetary[i][0];
      out[i] = [(d <= 30 ? 5 : d <= 90 ? 3 : 1) * 100 + (f >= 10 ? 5 : f >= 5 ? 3 : 1) * 10 + (m >= 500000 ? 5 : m >= 200000 ? 3 : 1)];
    }
    return out;
  },
  rfmText(list) {
    const { recency, frequency, monetaryText } = list;
    const out = new Array(recency.length);
    for (let i = 0; i < recency.length; i++) {
      const d = recency[i][0], f = frequency[i][0], m = Number(monetaryText[i][0].slice(1).replace(/,/g, ''));
      out[i] = [(d <= 30 ? 5 : d <= 90 ? 3 : 1) * 100 + (f >= 10 ? 5 : f >= 5 ? 3 : 1) * 10 + (m >= 500000 ? 5 : m >= 200000 ? 3 : 1)];
    }
    return out;
  },
  quintile(list) {
    const cols = [list.recency, list.frequency, list.monetary];
    const breaks = cols.map((col) => {
      const sorted = new Float64Array(col.length);
      for (let i = 0; i < col.length; i++) sorted[i] = col[i][0];
      sorted.sort();
      return [0.2, 0.4, 0.6, 0.8].map((p) => {
        const h = (sorted.length - 1) * p, lo = Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
      });
    });
    const score = (v, b) => 1 + (v > b[0]) + (v > b[1]) + (v > b[2]) + (v > b[3]);
    const out = new Array(list.recency.length);
    for (let i = 0; i < out.length; i++) {
      out[i] = [(6 - score(cols[0][i][0], breaks[0])) * 100 + score(cols[1][i][0], breaks[1]) * 10 + score(cols[2][i][0], breaks[2])];
    }
    return out;
  },
  segment(list) {
    const labels = ['General win-back', 'Important win-back', 'General retention', 'Important retention',
      'General development', 'Important development', 'General value', 'Important value'];
    const out = new Array(list.codes.length);
    for (let i = 0; i < out.length; i++) {
      const c = list.codes[i][0];
      out[i] = [labels[((c / 100 | 0) >= 3 ? 4 : 0) + ((c / 10 | 0) % 10 >= 3 ? 2 : 0) + (c % 10 >= 3 ? 1 : 0)]];
    }
    return out;
  },
  composite(list) {
    const labels = ['Strategic', 'Core', 'Potential', 'Basic'];
    const out = new Array(list.scores.length);
    for (let i = 0; i < out.length; i++) {
      const s = list.scores[i];
      const v = 0.4 * s[0] + 0.3 * s[1] + 0.2 * s[2] + 0.1 * s[3];
      out[i] = [labels[v >= 90 ? 0 : v >= 70 ? 1 : v >= 50 ? 2 : 3]];
    }
    return out;
  },
};

/** Wall time and this process's CPU time of one run, in ms. No result outlives its run, and the garbage
 * is collected first, so no run pays for another's million arrays. */
function once(fn) {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Times the floor and each bundle in rounds, after one warm-up round: each round runs all three back to
 * back. Returns the median wall ms of each and, per bundle, the median of its per-round ratios to the
 * floor in CPU time: on cores shared with other jobs, wall time also counts the time this process
 * waited for a core, which says nothing about the code and can double a run.
 */
function timeRounds(fns) {
  for (const fn of Object.values(fns)) fn();
  const runs = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < RUNS; r++) for (const [k, fn] of Object.entries(fns)) runs[k].push(once(fn));
  const result = {};
  for (const k of Object.keys(fns)) {
    result[k] = {
      ms: median(runs[k].map((t) => t.wall)),
      ratio: median(runs[k].map((t, r) => t.cpu / runs.floor[r].cpu)),
    };
  }
  return result;
}

function sameCells(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0]) return false;
  return true;
}

const list = makeList(N);
const sheets = loadSheets(root);
const excel = loadExcel(root);
const workloads = [
  { name: 'RFM codes, default bands', floor: floors.rfm,
    sheets: () => sheets.RFM_SCORE(list.recency, list.frequency, list.monetary),
    excel: () => excel.get('RFM_SCORE')(list.recency, list.frequency, list.monetary, null, null, null, null, null),
    targetMs: 500, targetRatio: 1.5 },
  { name: 'RFM codes, amounts as text ("¥1,234.50")', floor: floors.rfmText,
    sheets: () => sheets.RFM_SCORE(list.recency, list.frequency, list.monetaryText),
    excel: () => excel.get('RFM_SCORE')(list.recency, list.frequency, list.monetaryText, null, null, null, null, null),
    targetMs: 1500, targetRatio: 2.5 },
  { name: 'RFM codes, quintiles', floor: floors.quintile,
    sheets: () => sheets.RFM_SCORE(list.recency, list.frequency, list.monetary, 'quintile', 'quintile', 'quintile'),
    excel: () => excel.get('RFM_SCORE')(list.recency, list.frequency, list.monetary, 'quintile', 'quintile', 'quintile', null, null),
    targetMs: 1500 },
  { name: 'segments (value8) from codes', floor: floors.segment,
    sheets: () => sheets.RFM_SEGMENT(list.codes),
    excel: () => excel.get('RFM_SEGMENT')(list.codes, null, null, null, null) },
  { name: 'composite grades', floor: floors.composite,
    sheets: () => sheets.COMPOSITE_GRADE(list.scores),
    excel: () => excel.get('COMPOSITE_GRADE')(list.scores, null, null, null, null, null) },
];

const rate = (ms) => `${((N / ms) * 1000 / 1e6).toFixed(2)} M rows/s`;
console.log(`${N.toLocaleString('en')} customers, median of ${RUNS} rounds (floor, Excel, Sheets back to back; ratios per round, in CPU time), node ${process.version}\n`);
// Every part runs even when one misses its target; the misses are listed together at the end.
const misses = [];
for (const w of workloads) {
  const timed = timeRounds({ floor: () => w.floor(list), excel: w.excel, sheets: w.sheets });
  const floorMs = timed.floor.ms;
  console.log(`${w.name}`);
  console.log(`  baseline (plain loop)   ${floorMs.toFixed(0).padStart(6)} ms  ${rate(floorMs)}`);
  for (const host of ['excel', 'sheets']) {
    const { ms, ratio } = timed[host];
    const agrees = sameCells(w[host](), w.floor(list));
    const notes = [];
    if (!agrees) notes.push('RESULTS DIFFER FROM BASELINE');
    if (w.targetMs && ms > w.targetMs) notes.push(`over the ${w.targetMs} ms target`);
    if (w.targetRatio && ratio > w.targetRatio) notes.push(`over ${w.targetRatio}x the floor`);
    for (const note of notes) misses.push(`${w.name}, ${host} bundle: ${note} (${ms.toFixed(0)} ms, ${ratio.toFixed(2)}x)`);
    console.log(`  ${`${host} bundle`.padEnd(22)}  ${ms.toFixed(0).padStart(6)} ms  ${rate(ms)}  ${ratio.toFixed(2)}x baseline${notes.length ? `  <- ${notes.join(', ')}` : ''}`);
  }
}
console.log('\nbundle sizes (target under 150 KB each)');
for (const file of ['dist/excel/functions.js', 'dist/sheets/Code.js']) {
  const kb = statSync(join(root, file)).size / 1024;
  if (kb >= 150) misses.push(`${file}: ${kb.toFixed(1)} KB, over 150 KB`);
  console.log(`  ${file.padEnd(26)} ${kb.toFixed(1)} KB`);
}
if (misses.length > 0) {
  console.log(`\n${misses.length} target${misses.length === 1 ? ' was' : 's were'} missed:`);
  for (const miss of misses) console.log(`  ${miss}`);
  process.exitCode = 1;
}
