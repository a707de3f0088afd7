// The built CLI grades 1,000,000 rows in a Node limited to a 700 MB heap: the list streams in from disk
// and the workbook streams out. Every outcome is checked against the seed's rules applied by hand.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, Unzip, UnzipInflate, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandSharedFormulas, noteSharedGroups, type SharedGroups } from './support/sheet-formulas';

const ROWS = 1_000_000;
const CLI = join(__dirname, '..', 'dist', 'cli', 'crm-grader.mjs');
const dir = mkdtempSync(join(tmpdir(), 'crm-cli-million-'));
const csv = join(dir, 'million.csv');
const xlsx = join(dir, 'million.xlsx');

// Row i: recency i % 120 days, i % 15 orders, (i % 10) x 100,000 in amount; two rows without an amount.
const days = (i: number) => i % 120, orders = (i: number) => i % 15, amount = (i: number) => (i % 10) * 100_000;
const BLANK_AMOUNT = 500_000, TEXT_AMOUNT = 777_777;

/** The seed 5/3/1 scores and eight-class segment (SPEC, seed 002 and 003), written out by hand. */
function expected(i: number): [number, number, number, number, string] {
  const r = days(i) <= 30 ? 5 : days(i) <= 90 ? 3 : 1;
  const f = orders(i) >= 10 ? 5 : orders(i) >= 5 ? 3 : 1;
  const m = amount(i) >= 500_000 ? 5 : amount(i) >= 200_000 ? 3 : 1;
  const key = `${r >= 3 ? 'H' : 'L'}${f >= 3 ? 'H' : 'L'}${m >= 3 ? 'H' : 'L'}`;
  const segment = {
    HHH: 'Important value', HLH: 'Important development', LHH: 'Important retention', LLH: 'Important win-back',
    HHL: 'General value', HLL: 'General development', LHL: 'General retention', LLL: 'General win-back',
  }[key]!;
  return [r, f, m, r * 100 + f * 10 + m, segment];
}

/** Calls `onText` with sheet1.xml's text a piece at a time, inflating the file as it is read. */
function streamSheet1(path: string, onText: (text: string) => void): void {
  const decoder = new TextDecoder();
  const unzip = new Unzip((file) => {
    if (file.name !== 'xl/worksheets/sheet1.xml') return;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      onText(decoder.decode(chunk, { stream: !final }));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const fd = openSync(path, 'r');
  const buffer = new Uint8Array(1 << 20);
  for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) unzip.push(buffer.slice(0, n));
  unzip.push(new Uint8Array(0), true);
  closeSync(fd);
}

let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli/crm-grader.mjs is missing: run `npm run build` (npm test does)');
  const lines = ['Customer list, exported 2026-11-01', 'Customer ID,Customer Name,Recency,Orders,Amount'];
  for (let i = 0; i < ROWS; i++) {
    const name = i % 100_000 === 0 ? '=HYPERLINK(""http://x"")' : `Customer ${i}`;
    const money = i === BLANK_AMOUNT ? '' : i === TEXT_AMOUNT ? 'abc' : String(amount(i));
    lines.push(`C${i},"${name}",${days(i)},${orders(i)},${money}`);
  }
  writeFileSync(csv, lines.join('\n'));
  run = spawnSync(process.execPath, ['--max-old-space-size=700', CLI, 'grade', csv, '-o', xlsx], { encoding: 'utf8', timeout: 170_000 });
}, 180_000);

describe('crm-grader grade on 1,000,000 rows in a 700 MB heap', () => {
  it('exits 0, reports the two rows without an amount and prints the output path', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(run.stdout).toBe(`${xlsx}\n`);
    expect(run.stderr).toContain('Amount: blank cells in row 500003');
    expect(run.stderr).toContain("Amount: not numbers ('abc') in row 777780");
    expect(run.stderr).toContain(`graded ${ROWS - 2} customers, 2 rows could not be graded`);
  });

  it('writes every row, with the graded values the seed rules give', () => {
    const checkAt = new Set([0, 1, 31, 91, 99_999, 100_000, 654_321, ROWS - 1]);
    const seen = new Map<number, string>();
    const groups: SharedGroups = new Map();
    let rows = 0, lastRow = 0, carry = '';
    streamSheet1(xlsx, (text) => {
      const body = carry + text;
      const end = body.lastIndexOf('</row>') + 6;
      // The graded columns are shared formulas: the rows checked read them written out in full.
      noteSharedGroups(body.slice(0, end), groups);
      for (const m of body.slice(0, end).matchAll(/<row r="(\d+)">(.*?)<\/row>/g)) {
        rows++;
        lastRow = Number(m[1]);
        const i = lastRow - 3;
        if (checkAt.has(i) || i === BLANK_AMOUNT) seen.set(i, expandSharedFormulas(m[2], groups));
      }
      carry = body.slice(end);
    });
    // the title, the header and every customer
    expect(rows).toBe(ROWS + 2);
    expect(lastRow).toBe(ROWS + 2);
    for (const i of checkAt) {
      const cells = [...seen.get(i)!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(?:<f>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>|<is><t[^>]*>([^<]*)<\/t><\/is>)<\/c>/g)];
      const values = Object.fromEntries(cells.map((c) => [c[1], c[2] ?? c[3]]));
      expect([values.F, values.G, values.H, values.I, values.J], `row ${i + 3}`).toEqual(expected(i).map(String));
      // the name stays text, never a formula
      if (i % 100_000 === 0) expect(values.B).toBe('=HYPERLINK(&quot;http://x&quot;)');
    }
    // A blank amount: #N/A cached in the code cell, which checks the row, and in the R score that reads it.
    expect(seen.get(BLANK_AMOUNT)).toMatch(/<c r="I500003" t="e"><f>CHOOSE\(1\+MIN\(4,[^<]*TRIM\(E500003\)[^<]*<\/f><v>#N\/A<\/v><\/c>/);
    expect(seen.get(BLANK_AMOUNT)).toContain('<c r="F500003" t="e"><f>IF(I500003=&quot;&quot;,&quot;&quot;,INT(I500003/100))</f><v>#N/A</v></c>');
  });

  it('counts every segment on the summary sheet as the seed rules do', () => {
    const want = new Map<string, number>();
    for (let i = 0; i < ROWS; i++) {
      if (i === BLANK_AMOUNT || i === TEXT_AMOUNT) continue;
      const segment = expected(i)[4];
      want.set(segment, (want.get(segment) ?? 0) + 1);
    }
    const summary = strFromU8(unzipSync(readFileSync(xlsx), { filter: (f) => f.name === 'xl/worksheets/sheet3.xml' })['xl/worksheets/sheet3.xml']);
    for (const [segment, count] of want) {
      const at = new RegExp(`>${segment}</t></is></c><c r="B\\d+" s="3"><f>COUNTIF\\(million!\\$J\\$3:\\$J\\$${ROWS + 2},A\\d+\\)</f><v>(\\d+)</v>`).exec(summary);
      expect(Number(at?.[1]), segment).toBe(count);
    }
    expect(summary).toContain(`<v>${ROWS - 2}</v>`);
  });
});
