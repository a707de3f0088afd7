// The CLI as a script calls it: arguments, exit codes, messages, and the workbook it writes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../cli/crm-grader';
import { readXlsx } from '../src/xlsx/read-xlsx';
import { expandSharedFormulas } from './support/sheet-formulas';
import { writeXlsx } from '../src/xlsx/write-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-unit-'));

function run(...argv: string[]) {
  let out = '', err = '';
  const code = main(argv, { out: (s) => { out += s; return true; }, err: (s) => { err += s; return true; } }, new Date(2026, 10, 1));
  return { code, out, err };
}

function sheetXml(path: string, n: number): string {
  return strFromU8(unzipSync(readFileSync(path))[`xl/worksheets/sheet${n}.xml`]);
}

describe('crm-grader arguments and exit codes', () => {
  it('refuses a missing command, an unknown preset or a bad --map with exit 2 and the usage', () => {
    expect(run().code).toBe(EXIT.usage);
    const preset = run('grade', 'x.csv', '--preset', 'deciles');
    expect(preset.code).toBe(EXIT.usage);
    expect(preset.err).toContain("--preset: 'deciles' is not one of seed, five, manufacturing, quintile");
    expect(preset.err).toContain('usage: crm-grader grade');
    expect(run('grade', 'x.csv', '--map', 'colour=Red').err).toContain('--map takes field=Header');
    expect(run('grade', 'x.csv', '--as-of', '2026-02-30').err).toContain('--as-of: use a date like 2026-10-01');
  });

  it('exits 3 for a missing file, or a list without the needed columns (in any encoding)', () => {
    expect(run('grade', join(dir, 'none.csv')).err).toContain('no such file');
    const noCols = join(dir, 'nocols.csv');
    writeFileSync(noCols, 'Customer Name,Region\nA,North\n');
    const r = run('grade', noCols);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain('column not found: recency');
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0x0a])); // 客户 in GBK: decoded, but no columns to grade
    // A Chinese list is told in Chinese, with the --map lines that would name its columns.
    const told = run('grade', gbk).err;
    expect(told).toContain('未找到列：最近购买');
    expect(told).toContain('--map frequency=HEADER');
  });

  it('exits 4 when the output cannot be written', () => {
    const csv = join(dir, 'ok.csv');
    writeFileSync(csv, 'Recency,Orders,Amount\n10,12,600000\n');
    const r = run('grade', csv, '-o', join(dir, 'no-such-dir', 'out.xlsx'));
    expect(r.code).toBe(EXIT.output);
    expect(r.err).toContain('cannot write');
  });
});

describe('crm-grader grade', () => {
  it('grades a CSV with English headers and prints the output path', () => {
    const csv = join(dir, 'en.csv');
    // 10 days, 12 orders, 600,000 -> 555; 45 days, 6 orders, 250,000 -> 333
    writeFileSync(csv, 'Days Since Last Purchase,Orders,Revenue\n10,12,"600,000"\n45,6,250000\n');
    const r = run('grade', csv);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(`${join(dir, 'en-graded.xlsx')}\n`);
    const sheet = readXlsx(readFileSync(join(dir, 'en-graded.xlsx')));
    expect(sheet.rows[0].slice(3, 8)).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment']);
    expect(sheet.rows[1].slice(3, 8)).toEqual([5, 5, 5, 555, 'Important value']);
    expect(sheet.rows[2].slice(3, 8)).toEqual([3, 3, 3, 333, 'Important value']);
    // the list itself is copied as typed: "600,000" became the number 600000
    expect(sheet.rows[1].slice(0, 3)).toEqual([10, 12, 600000]);
  });

  it('grades an .xlsx list with Chinese headers, a title row and a date column, honouring --map', () => {
    const input = join(dir, 'zh.xlsx');
    writeFileSync(input, writeXlsx({
      sheets: [{ name: '客户名单', rows: [
        ['2026 年客户名单'],
        ['客户名称', '最近一次购买日期', '下单', '销售额'],
        ['甲', { v: 46296, style: 'date' }, 10, 500000], // 2026-10-01: 31 days before 2026-11-01 -> R 3
      ] }],
      names: [],
    }));
    const r = run('grade', input, '--map', 'frequency=下单', '--as-of', '2026-11-01');
    expect(r.code).toBe(EXIT.ok);
    const sheet = readXlsx(readFileSync(join(dir, 'zh-graded.xlsx')));
    expect(sheet.name).toBe('客户名单');
    expect(sheet.rows[1].slice(4, 9)).toEqual(['R 分', 'F 分', 'M 分', 'RFM 代码', '客户类型']);
    // R 3 counts as High in the eight-class model (seed 003: >= 3), so 355 is an important value customer
    expect(sheet.rows[2].slice(4, 9)).toEqual([3, 5, 5, 355, '重要价值客户']);
    expect(sheet.rows[0][0]).toBe('2026 年客户名单');
  });

  it('writes input text that looks like a formula as text, never as a formula', () => {
    const csv = join(dir, 'inject.csv');
    writeFileSync(csv, 'Customer Name,Recency,Orders,Amount\n"=HYPERLINK(""http://evil.example"",""x"")",10,1,1\n+1+1,10,1,1\n-2+3,10,1,1\n@SUM(A1),10,1,1\n');
    expect(run('grade', csv).code).toBe(EXIT.ok);
    const xml = expandSharedFormulas(sheetXml(join(dir, 'inject-graded.xlsx'), 1));
    const formulas = [...xml.matchAll(/<c r="([A-Z]+)\d+"[^>]*><f>/g)].map((m) => m[1]);
    // formulas only in the graded columns E..I, never in the list's columns A..D
    expect(new Set(formulas)).toEqual(new Set(['E', 'F', 'G', 'H', 'I']));
    for (const text of ['=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)', '+1+1', '@SUM(A1)']) {
      expect(xml).toContain(`t="inlineStr"><is><t xml:space="preserve">${text}</t>`);
    }
  });

  it('takes the quintile preset and writes its bands as plain numbers on the settings sheet', () => {
    const csv = join(dir, 'q.csv');
    const lines = ['Recency,Orders,Amount', ...Array.from({ length: 10 }, (_, i) => `${(i + 1) * 10},${i + 1},${(i + 1) * 1000}`)];
    writeFileSync(csv, lines.join('\n'));
    expect(run('grade', csv, '--preset', 'quintile').code).toBe(EXIT.ok);
    const settings = sheetXml(join(dir, 'q-graded.xlsx'), 2);
    // orders 1..10: breaks 2.8, 4.6, 6.4, 8.2 -> F bands start at 0, 3, 5, 7, 9 (cells D6..D10)
    const fFrom = [6, 7, 8, 9, 10].map((r) => new RegExp(`<c r="D${r}"[^>]*><v>([^<]*)</v>`).exec(settings)?.[1]);
    expect(fFrom).toEqual(['0', '3', '5', '7', '9']);
  });
});

describe('crm-grader when unsure what a column holds', () => {
  it('asks when two columns are as close, printing the --map lines that settle it (exit 3)', () => {
    const csv = join(dir, 'close.csv');
    writeFileSync(csv, '客戶代號,最後交易日,交易筆數,訂單數,銷售金額\nA001,2026/10/20,12,12,600000\n');
    const r = run('grade', csv);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain('購買頻次（購買次數）：有 2 欄都可能是（「訂單數」、「交易筆數」），請選擇一欄');
    // The option lines in the file's language too (zh-TW), the options as they are typed.
    expect(r.err).toContain('  用以下任一選項選擇：--map frequency=訂單數   --map frequency=交易筆數\n');
    expect(run('grade', csv, '--lang', 'en').err).toContain('  choose with one of: --map frequency=訂單數   --map frequency=交易筆數\n');
    expect(run('grade', csv, '--map', 'frequency=交易筆數').code).toBe(EXIT.ok);
  });

  it('says what could hold a missing column, quoting headers for the shell', () => {
    const csv = join(dir, 'missing.csv');
    writeFileSync(csv, 'Customer,Order date,Orders,Amount\nA,2026-10-20,12,600000\n');
    const r = run('grade', csv);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain("It could be 'Order date'.");
    expect(r.err).toContain('  if that is it, add: --map lastPurchase="Order date"\n');
  });

  it('refuses a column mapped by hand whose content contradicts it, naming examples', () => {
    const csv = join(dir, 'contradicted.csv');
    writeFileSync(csv, 'Customer,Last order date,Orders,Amount\nA,2026-10-20,12,600000\nB,2026-10-21,3,100\nC,2026-10-22,4,100\n');
    const r = run('grade', csv, '--map', 'monetary=Customer');
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain("monetary (amount): column 'Customer' holds text ('A', 'B', 'C')");
  });
});

