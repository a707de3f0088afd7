// Which row of a pasted list is its header, and what happens when none is: a list with no header row
// whose first customer's cells hold field words (华东机电销售公司, 订单管理软件) must not have that
// customer read as column names (and dropped from grading), and a header must not be read as a data row.
// Codes by the seed bands, worked out by hand as of 2026-11-01:
//   A: last order 2026-10-20 (12 days, R 5), 12 orders (F 5), 600,000 (M 5) -> 555
//   B: last order 2026-09-15 (47 days, R 3), 6 orders (F 3), 250,000 (M 3) -> 333
//   C: last order 2026-05-01 (184 days, R 1), 1 order (F 1), 50,000 (M 1) -> 111
import { describe, expect, it } from 'vitest';
import { findHeaderRow, rowReadsAsData } from '../../src/grading/detect-columns';
import { gradeTable, TableError, type GradeTableOptions } from '../../src/grading/grade-table';
import { tableHints } from '../../cli/table-hints';

const AS_OF = 46327; // 2026-11-01
const value = (cell: unknown) => (typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell);
const A = ['华东机电销售公司', '订单管理软件', '2026-10-20', 12, 600000];
const B = ['华南贸易有限公司', '客户服务系统', '2026-09-15', 6, 250000];
const C = ['北方重工集团', '销售管理平台', '2026-05-01', 1, 50000];

/** The customers graded (first column) and their RFM codes, or the TableError the table is refused with. */
function grade(table: unknown[][], options: Partial<GradeTableOptions> = {}): { names: unknown[]; codes: unknown[] } | TableError {
  try {
    const r = gradeTable('List', table, { preset: 'seed', asOf: AS_OF, ...options });
    const sheet = r.model.sheets[0];
    const at = sheet.rows[r.headerRow].findIndex((c) => /^RFM (code|代码|代碼)$/.test(String(value(c))));
    expect(at).toBeGreaterThan(0);
    const rows = sheet.rows.slice(r.headerRow + 1);
    return { names: rows.map((row) => value(row[0])), codes: rows.map((row) => value(row[at])) };
  } catch (e) {
    if (e instanceof TableError) return e;
    throw e;
  }
}

describe('a list with no header row', () => {
  it('is not given its first customer as the header, though 华东机电销售公司 and 订单管理软件 read as field words', () => {
    expect(findHeaderRow([A, B, C])).toBe(-1);
  });

  it('is refused, naming the first row as the data it is, in the language of the list', () => {
    const r = grade([A, B, C]);
    expect(r).toBeInstanceOf(TableError);
    const e = r as TableError;
    expect(e.problem).toBe('noHeader');
    expect(e.message).toBe('没有表头：第一行是数据（华东机电销售公司, 订单管理软件, 2026-10-20, 12, 600000），不是列名；请在其上方插入一行表头写明各列（如 客户名称、最近购买日期、订单数、金额）');
    const en = grade([['Acme Sales Ltd', 'Order Management', '2026-10-20', 12, 600000]]) as TableError;
    expect(en.message).toMatch(/^no header row: the first row holds data \(Acme Sales Ltd, Order Management, 2026-10-20, 12, 600000\)/);
    expect((grade([A], { lang: 'zh-TW' }) as TableError).message).toMatch(/^沒有標題列：第一列是資料（華東|^沒有標題列：第一列是資料（华东/);
  });

  it('shows a yyyymmdd date number as typed, not as a serial day (CDNOW_sample.txt\'s lines with commas)', () => {
    // 19970101 reads as a date by its digits; taken for a serial it was shown as +056576-04.
    const e = grade([['00004', '0001', 19970101, 2, 29.33], ['00004', '0001', 19970118, 2, 29.73]]) as TableError;
    expect(e).toBeInstanceOf(TableError);
    expect(e.message).toMatch(/^no header row: the first row holds data \(00004, 0001, 19970101, 2, 29\.33\)/);
  });

  it('with days for recency, is still refused when --map names its first customer\'s cells as headers (it used to grade B and C only)', () => {
    const days = [['华东机电销售公司', '订单管理软件', 12, 12, 600000], ['华南贸易有限公司', '客户服务系统', 47, 6, 250000], ['北方重工集团', '销售管理平台', 184, 1, 50000]];
    expect(findHeaderRow(days)).toBe(-1);
    const r = grade(days, { map: { recencyDays: '12', frequency: '12', monetary: '600000' } });
    expect(r).toBeInstanceOf(TableError);
    expect((r as TableError).problem).toBe('noHeader');
  });

  it('once given a header row, grades all three customers', () => {
    const r = grade([['客户名称', '产品', '最近购买日期', '订单数', '金额'], A, B, C]);
    expect(r).toEqual({ names: ['华东机电销售公司', '华南贸易有限公司', '北方重工集团'], codes: [555, 333, 111] });
  });

  it('gets the command line that names the columns, not a customer\'s cells', () => {
    expect(tableHints(grade([A, B, C]) as TableError)).toBe('  name the columns with: --map lastPurchase=HEADER --map frequency=HEADER --map monetary=HEADER (a list with no header row needs one added first)\n');
  });
});

describe('the header among several header-like rows', () => {
  it('is the row naming the fields best when two name as many (a group row above the real header)', () => {
    const table = [['客户', '产品', '日期', '次数', '金额'], ['客户名称', '产品', '最近购买日期', '订单数', '金额'], A, B, C];
    expect(findHeaderRow(table)).toBe(1);
    expect(grade(table)).toEqual({ names: ['华东机电销售公司', '华南贸易有限公司', '北方重工集团'], codes: [555, 333, 111] });
  });

  it('is never a data row, though its notes name more fields than the header does', () => {
    const header = ['最近购买日期', '订单数', '金额', '备注1', '备注2', '备注3', '备注4'];
    const noted = ['2026-10-20', 12, 600000, '客户名称', '销售额', '订单数', '最近购买日期'];
    const table = [header, noted, ['2026-09-15', 6, 250000], ['2026-05-01', 1, 50000]];
    expect(findHeaderRow(table)).toBe(0);
    expect((grade(table) as { codes: unknown[] }).codes).toEqual([555, 333, 111]);
  });

  it('is found from --map when detection knows none of its words, below a title', () => {
    const table = [['Kunden 2026'], ['Kunde', 'Datum', 'Anzahl', 'Betrag'], ['K1', '2026-10-20', 12, 600000], ['K2', '2026-09-15', 6, 250000], ['K3', '2026-05-01', 1, 50000]];
    expect(findHeaderRow(table)).toBe(-1);
    expect(grade(table, { map: { lastPurchase: 'Datum', frequency: 'Anzahl', monetary: 'Betrag' } })).toEqual({ names: ['K1', 'K2', 'K3'], codes: [555, 333, 111] });
  });
});

describe('rowReadsAsData', () => {
  it.each([
    [['华东机电销售公司', '2026-03-01', 3, 1200], true],
    [['华东机电销售公司', 1200], true],
    [['C0012', '138-1234-5678', 'a@b.cn'], true],
    [['客户名称', '最近购买日期', '订单数', '金额（万元）'], false],
    [['Customer', 'Sales 2025', 'Q1', 'Col1', '2025年销售额'], false],
    [['客户名称', '订单数', 2025], false],
    [['Customer report 2026'], false],
  ])('%j -> %s', (row, expected) => expect(rowReadsAsData(row)).toBe(expected));
});
