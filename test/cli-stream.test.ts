// The streamed CLI writes the workbook gradeTable builds in memory, part for part: the same list with
// the same graded cells, settings, summary and methodology, across pieces of rows, with the quintile
// preset, title rows, composite grades, CLV, churn risk, early warnings and manual grades.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/crm-grader';
import { gradeTable } from '../src/grading/grade-table';
import { isoToSerial } from '../src/cells/dates';
import { parseCsv, typeCsvField } from '../src/xlsx/read-csv';
import { writeXlsx } from '../src/xlsx/write-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-stream-'));
const AS_OF = '2026-11-01';

/** Every XML part of an .xlsx, by name. */
function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

function gradeBothWays(name: string, csv: string, ...flags: string[]) {
  const input = join(dir, `${name}.csv`), output = join(dir, `${name}.xlsx`);
  writeFileSync(input, csv);
  let err = '';
  const code = main(['grade', input, '-o', output, '--as-of', AS_OF, ...flags], { out: () => true, err: (s) => { err += s; return true; } });
  expect(code, err).toBe(0);
  const preset = flags.includes('quintile') ? 'quintile' : 'seed';
  const inMemory = gradeTable(name, parseCsv(csv).map((row) => row.map(typeCsvField)), { preset, asOf: isoToSerial(AS_OF) });
  return { streamed: parts(readFileSync(output)), inMemory: parts(writeXlsx(inMemory.model)), err, inMemory_: inMemory };
}

let s = 3;
const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);

describe('crm-grader grade writes what gradeTable builds', () => {
  it('for 10,000 rows below a title, in pieces, with quintile bands and planted problems', () => {
    const lines = ['Customer report 2026', '', 'Customer ID,Customer Name,Last Purchase Date,Orders,Amount,Manual Grade'];
    for (let i = 0; i < 10_000; i++) {
      const day = isoToSerial(AS_OF) - Math.floor(rand() * 300) + (i === 4321 ? 400 : 0);
      const date = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
      const orders = i === 5000 ? '' : String(Math.floor(rand() * 16));
      const amount = i === 9000 ? 'n/a' : String(Math.round(rand() * 800_000));
      lines.push(`C${i % 9999},"=客户 ${i}",${date},${orders},${amount},${i % 997 === 0 ? 'VIP' : ''}`);
    }
    const { streamed, inMemory, err, inMemory_ } = gradeBothWays('report', lines.join('\n'), '--preset', 'quintile');
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(inMemory).sort());
    for (const name of Object.keys(inMemory)) expect(streamed[name], name).toBe(inMemory[name]);
    expect(err).toContain("Customer ID: duplicate ids ('C0') in rows 4, 10003");
    expect(err).toContain(`graded ${inMemory_.graded} customers, 3 rows could not be graded`);
  });

  it('for a list with composite, CLV, churn and early-warning columns', () => {
    const header = 'Customer,Recency,Orders,Amount,Current Value,Growth Potential,Stability,Strategic Importance,'
      + 'Annual Revenue,Years,Acquisition Cost,Maintenance Cost,Interactions 1,Interactions 2,Satisfaction 1,Satisfaction 2,'
      + 'This Quarter,Last Quarter,Response Hours';
    const lines = [header];
    for (let i = 0; i < 5000; i++) {
      const n = (k: number) => String(Math.round(rand() * k));
      lines.push([`K${i}`, n(200), n(15), n(900_000), n(100), n(100), n(100), n(100), n(9_000_000), n(10), n(50_000), n(20_000),
        n(20), n(20), n(5), n(5), n(100_000), n(100_000), i % 7 === 0 ? '' : n(72)].join(','));
    }
    const { streamed, inMemory } = gradeBothWays('models', lines.join('\n'));
    // churn risk, composite score and CLV columns are all there
    for (const formula of ['_xlfn.STDEV.S', 'CRM_WEIGHTS', 'CRM_CLV_MARGIN']) expect(streamed['xl/worksheets/sheet1.xml']).toContain(formula);
    for (const name of Object.keys(inMemory)) expect(streamed[name], name).toBe(inMemory[name]);
  });

  it('for a header with no data rows', () => {
    const { streamed, inMemory } = gradeBothWays('empty', 'Recency,Orders,Amount\n');
    for (const name of Object.keys(inMemory)) expect(streamed[name], name).toBe(inMemory[name]);
  });
});
