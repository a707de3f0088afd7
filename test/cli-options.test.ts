// The CLI as people expect a CLI (issue 10.5), through bin/crm-grader.mjs: --help and --version, your
// own bands with --bands, a monthly run graded like the last with --settings, and -o graded.csv. Every
// expected grade is worked out here from the bands, never taken from the code's output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_IDS } from '../src/grading/fields';
import { parseCsv } from '../src/xlsx/read-csv';
import { writeXlsx } from '../src/xlsx/write-xlsx';
import { editXlsx } from './e2e/libreoffice';
import { readWorkbook, runCli, serial } from './support/cli-run';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-options-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The score of `value` in a band table written as from:score pairs: the last band whose from it reaches. */
function score(value: number, bands: string): number | null {
  let s: number | null = null;
  for (const [from, points] of bands.split(',').map((p) => p.split(':').map(Number))) if (value >= from) s = points;
  return s;
}

describe('--help and --version', () => {
  it('--help and -h print every option, the fields for --map, examples and the exit codes; exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = runCli(flag);
      expect(run.code).toBe(0);
      for (const option of ['-o, --output', '--preset', '--bands', '--settings', '--as-of', '--ledger', '--list', '--months', '--keep-rows',
        '--map', '--lang', '--date-order', '-h, --help', '--version', '--count-all-statuses']) expect(run.out, option).toContain(option);
      for (const field of [...FIELD_IDS.filter((f) => f !== 'quantity' && f !== 'orderStatus'), 'amount', 'status']) expect(run.out, field).toMatch(new RegExp(`\\b${field}\\b`));
      expect(run.out).toContain('crm-grader grade customers.csv');
      expect(run.out).toMatch(/crm-grader grade orders\.csv --months 12 --map orderDate=/);
      for (const code of ['0  graded', '1  an unexpected error', '2  bad arguments', '3  the input cannot be read', '4  the output cannot be written']) {
        expect(run.out).toContain(code);
      }
    }
    expect(runCli('grade', 'x.csv', '--help').out).toContain('usage: crm-grader grade');
  });

  it("README's --map paragraph names every field --map takes, and only those", () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const paragraph = /`--map field=Header` names a column:([\s\S]*?)\n- \*\*/.exec(readme)?.[1] ?? '';
    const named = new Set([...paragraph.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]));
    // A ledger's amount and status are --map's names for the monetary and orderStatus fields.
    const fields = [...FIELD_IDS.filter((f) => f !== 'quantity' && f !== 'orderStatus'), 'amount', 'status'];
    expect(fields.filter((f) => !named.has(f))).toEqual([]);
    // every name the paragraph quotes is a field (the sql command's own four among them)
    expect([...named].filter((n) => !fields.includes(n))).toEqual([]);
    expect(named.size).toBe(fields.length);
  });

  it('--version prints the version of package.json; exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(runCli('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('a mistake prints what is wrong and the short usage, pointing at --help; exit 2', () => {
    const run = runCli('grade', 'x.csv', '--colour', 'red');
    expect(run.code).toBe(2);
    expect(run.err).toContain("crm-grader: unknown option '--colour'");
    expect(run.err).toContain('crm-grader --help');
  });
});

// Days, orders and amount of six customers, one of them below the title.
const LIST = ['Customer list, November', 'Customer ID,Customer Name,Recency,Orders,Amount',
  'K1,Alpha,3,12,900000', 'K2,"Beta, Ltd",10,2,1500', 'K3,=SUM(A1),20,4,999', 'K4,+Plus,45,1,50000', 'K5,-Minus,70,3,0', 'K6,@At,200,9,1000'];
const list = file('list.csv', LIST.join('\n'));
const listRows = LIST.slice(2).map((l) => parseCsv(l)[0]);

describe('--bands', () => {
  const R = '0:5,8:4,15:3,31:2,61:1', F = '0:1,3:5', M = '0:1,1000:5';

  it('grades with your own bands for each dimension, and writes them on the settings sheet', () => {
    const out = join(dir, 'bands.xlsx');
    const run = runCli('grade', list, '-o', out, '--bands', `r=${R}`, '--bands', `f=${F}`, '--bands', `m=${M}`);
    expect(run.code, run.err).toBe(0);
    const { sheets } = readWorkbook(out);
    const sheet = sheets.get('list')!;
    listRows.forEach(([id, , days, orders, amount], k) => {
      const r = score(Number(days), R)!, f = score(Number(orders), F)!, m = score(Number(amount), M)!;
      expect(sheet[k + 2].slice(5, 9), id).toEqual([r, f, m, r * 100 + f * 10 + m]);
    });
    const settings = sheets.get('CRM Settings')!;
    expect(settings[2][0]).toBe('Preset: Custom');
    expect(settings.slice(5, 10).map((row) => row.slice(0, 2))).toEqual(R.split(',').map((p) => p.split(':').map(Number)));
    expect(settings.slice(5, 7).map((row) => row.slice(3, 5))).toEqual(F.split(',').map((p) => p.split(':').map(Number)));
  });

  it('keeps the preset\'s bands for the dimensions not given', () => {
    const out = join(dir, 'bands-r.xlsx');
    expect(runCli('grade', list, '-o', out, '--preset', 'five', '--bands', 'r=0:5,31:1').code).toBe(0);
    const settings = readWorkbook(out).sheets.get('CRM Settings')!;
    // Five-point F and M (SPEC): F 2/4/6/9, M 100k/200k/350k/500k as the lower edges of scores 2..5.
    expect(settings.slice(5, 10).map((row) => row[3])).toEqual([0, 2, 4, 6, 9]);
    expect(settings.slice(5, 10).map((row) => row[6])).toEqual([0, 100_000, 200_000, 350_000, 500_000]);
    expect(settings.slice(5, 8).map((row) => row[0] ?? null)).toEqual([0, 31, null]);
  });

  it.each([
    ['r=0:5,31:3,20:1', "--bands 'r=0:5,31:3,20:1': the band table's 'from' must ascend, but row 3 (20) is not above 31"],
    ['f=0:1,x:3', "--bands 'f=0:1,x:3': row 2 of the band table holds 'x', not a number"],
    ['m=0:1,1000:7', "--bands 'm=0:1,1000:7': the score 7 is not a whole number from 1 to 5"],
    ['m=0:1,1000:2.5', "--bands 'm=0:1,1000:2.5': the score 2.5 is not a whole number from 1 to 5"],
    ['m=0:1,1000', "--bands 'm=0:1,1000': each band is from:score"],
    ['x=0:1', "--bands 'x=0:1': write a dimension (r, f or m)"],
  ])('refuses --bands %s with exit 2, naming the value', (value, message) => {
    const run = runCli('grade', list, '--bands', value);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it('refuses a dimension given twice, or bands with the quintile preset: exit 2', () => {
    expect(runCli('grade', list, '--bands', 'r=0:5', '--bands', 'r=0:1').err).toContain('--bands r= is given twice');
    expect(runCli('grade', list, '--bands', 'r=0:5', '--preset', 'quintile').code).toBe(2);
  });
});

describe('--settings: a monthly run graded as the last one was', () => {
  const M = '0:1,500:3,2000:5';
  const november = file('november.csv', ['Customer ID,Order Date,Amount',
    'A,2026-10-01,300', 'A,2026-11-20,400', 'B,2026-09-01,2500', 'B,2026-11-30,100'].join('\n'));
  const december = file('december.csv', ['Customer ID,Order Date,Amount',
    'A,2026-10-01,300', 'A,2026-11-20,400', 'B,2026-09-01,2500', 'B,2026-11-30,100', 'A,2026-12-28,1500', 'C,2026-12-01,50', 'C,2026-12-02,60'].join('\n'));
  const novemberOut = join(dir, 'november-graded.xlsx');
  runCli('grade', november, '-o', novemberOut, '--bands', `m=${M}`);

  it('takes the bands of the settings sheet and, as there, the latest order of the new ledger', () => {
    const out = join(dir, 'december.xlsx');
    const run = runCli('grade', december, '-o', out, '--settings', novemberOut);
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain(`as of 2026-12-28, the latest order, as in ${novemberOut}`);
    const { sheets } = readWorkbook(out);
    expect(sheets.get('CRM Settings')!.slice(5, 8).map((row) => row.slice(6, 8))).toEqual(M.split(',').map((p) => p.split(':').map(Number)));
    // A: 0 days, 3 orders, 2,200 -> R 5, F 1, M 5; B: 28 days, 2 orders, 2,600 -> 515; C: 26 days, 110 -> 511.
    const customers = sheets.get('Customers')!;
    expect(customers.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[10]])).toEqual([
      ['A', 0, 3, 2200, 100 * 5 + 10 * 1 + score(2200, M)!], ['B', 28, 2, 2600, 515], ['C', 26, 2, 110, 511]]);
  });

  it('takes a band a person edited on the settings sheet', () => {
    const edited = join(dir, 'november-edited.xlsx');
    writeFileSync(edited, readFileSync(novemberOut));
    // The M table sits in G:H from row 6: its second "from" (G7) 500 becomes 100, so C's 110 scores 3.
    editXlsx(edited, (name, xml) => (name === 'xl/worksheets/sheet2.xml' ? xml.replace(/(<c r="G7"[^>]*>)<v>500<\/v>/, '$1<v>100</v>') : xml));
    const out = join(dir, 'december-edited.xlsx');
    expect(runCli('grade', december, '-o', out, '--settings', edited).code).toBe(0);
    expect(readWorkbook(out).sheets.get('Customers')!.find((r) => r[0] === 'C')![10]).toBe(513);
  });

  it('keeps a date chosen by hand, and says so', () => {
    const fixed = join(dir, 'fixed.xlsx');
    expect(runCli('grade', november, '-o', fixed, '--as-of', '2026-11-30').code).toBe(0);
    const run = runCli('grade', december, '-o', join(dir, 'december-fixed.xlsx'), '--settings', fixed);
    expect(run.err).toContain(`as of 2026-11-30, the date on the settings sheet of ${fixed} (--as-of counts to another day)`);
    // December's lines are after it: left out and reported, never counted.
    expect(run.err).toContain('Order Date: 3 order lines after 2026-11-30, left out (rows 6, 7, 8)');
    const list2 = runCli('grade', list, '-o', join(dir, 'list-fixed.xlsx'), '--settings', fixed);
    expect(list2.code).toBe(0);
    // --as-of still wins over the settings' date.
    expect(runCli('grade', december, '-o', join(dir, 'd2.xlsx'), '--settings', fixed, '--as-of', '2026-12-31').err).toContain('as of 2026-12-31, as given');
  });

  it('refuses a file without a readable settings sheet with exit 3, saying why', () => {
    const broken = join(dir, 'november-broken.xlsx');
    writeFileSync(broken, readFileSync(novemberOut));
    editXlsx(broken, (name, xml) => (name === 'xl/worksheets/sheet2.xml' ? xml.replace(/(<c r="G7"[^>]*>)<v>500<\/v>/, '$1<v>5000</v>') : xml));
    const plain = join(dir, 'plain.xlsx');
    writeFileSync(plain, writeXlsx({ sheets: [{ name: 'Sheet1', rows: [['a']] }], names: [] }));
    const cases: [string, string][] = [
      [broken, `--settings ${broken}: its settings sheet cannot be used: CRM Settings: m_table: the band table's 'from' must ascend, but row 3 (2000) is not above 5000`],
      [plain, `--settings ${plain}: has no settings sheet (CRM Settings, 分级设置, 分級設定)`],
      [november, `--settings ${november}: not a workbook graded before`],
      [join(dir, 'missing.xlsx'), 'missing.xlsx: no such file'],
      [file('fake.xlsx', 'not a zip'), 'cannot be read as an .xlsx workbook'],
    ];
    for (const [path, message] of cases) {
      const run = runCli('grade', december, '-o', join(dir, 'x.xlsx'), '--settings', path);
      expect(run.code, path).toBe(3);
      expect(run.err, path).toContain(message);
    }
  });

  it('cannot be given with --preset: exit 2', () => {
    expect(runCli('grade', december, '--settings', novemberOut, '--preset', 'five').code).toBe(2);
  });
});

describe('-o graded.csv', () => {
  const csv = join(dir, 'list-graded.csv'), xlsx = join(dir, 'list-graded.xlsx');

  it('holds the graded sheet\'s table (header and rows, not the title above) as values, UTF-8 with a BOM', () => {
    const run = runCli('grade', list, '-o', csv, '--as-of', '2026-11-01');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toBe(`${csv}\n`);
    expect(runCli('grade', list, '-o', xlsx, '--as-of', '2026-11-01').code).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    const sheet = readWorkbook(xlsx).sheets.get('list')!.slice(1);
    expect(rows[0]).toEqual(sheet[0]);
    expect(rows[0].slice(5, 11)).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment', 'Data problem']);
    expect(rows.length).toBe(sheet.length);
    // By hand with the seed bands: K1 3 days, 12 orders, 900,000 -> 555.
    expect(rows[1].slice(5, 9)).toEqual(['5', '5', '5', '555']);
    sheet.slice(1).forEach((cells, k) => {
      const want = Array.from({ length: rows[0].length }, (_, c) => {
        const v = cells[c];
        return v === null || v === undefined ? '' : typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
      });
      expect(rows[k + 1], String(cells[0])).toEqual(want);
    });
  });

  it('guards text that a spreadsheet would run as a formula with a leading \', and quotes what needs it', () => {
    const text = readFileSync(csv, 'utf8');
    for (const guarded of ["'=SUM(A1)", "'+Plus", "'-Minus", "'@At"]) expect(text).toContain(`,${guarded},`);
    expect(text).toContain(',"Beta, Ltd",');
    // A number is not text: -5 would stay -5 (and 0 is 0).
    expect(parseCsv(text.slice(1))[5][4]).toBe('0');
    const tab = file('tab.csv', 'Customer Name,Recency,Orders,Amount\n"\tTab",1,1,1\n"\rCR",1,1,1\n');
    const out = join(dir, 'tab-graded.csv');
    expect(runCli('grade', tab, '-o', out).code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8').slice(1));
    expect([rows[1][0], rows[2][0]]).toEqual(["'\tTab", "'\rCR"]);
  });

  it('exit 4 when it cannot be written; any other extension is refused with exit 2', () => {
    expect(runCli('grade', list, '-o', join(dir, 'no-dir', 'x.csv')).code).toBe(4);
    const run = runCli('grade', list, '-o', join(dir, 'x.txt'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('is neither a workbook (.xlsx) nor a table (.csv, .parquet)');
  });
});

describe('the settings sheet of a customer list', () => {
  it('notes that its as-of date is the day it was graded, so a later --settings run counts to its own day', () => {
    const out = join(dir, 'today.xlsx');
    expect(runCli('grade', list, '-o', out).code).toBe(0);
    const row = readWorkbook(out).sheets.get('CRM Settings')![16];
    const now = new Date();
    const today = serial(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
    expect(row).toEqual(['Days are counted up to', today, 'the day it was graded (graded again, that day)']);
  });
});
