// planTable: recency is a date or a number of days by what its column holds, however the column was
// chosen; a column whose content contradicts its field is refused before grading; a missing or
// too-close column is a question (TableError) with the candidates as data.
import { describe, expect, it } from 'vitest';
import { gradeTable, planTable, TableError, type GradeTableOptions } from '../../src/grading/grade-table';

const AS_OF = 46327; // 2026-11-01
const options: GradeTableOptions = { preset: 'seed', asOf: AS_OF };
const value = (cell: unknown) => (typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell);

function codes(table: unknown[][], given: Partial<GradeTableOptions> = {}): unknown[] {
  const r = gradeTable('List', table, { ...options, ...given });
  const sheet = r.model.sheets[0];
  const at = sheet.rows[r.headerRow].findIndex((c) => /^RFM (code|代码|代碼)$/.test(String(value(c))));
  return sheet.rows.slice(r.headerRow + 1).map((row) => value(row[at]));
}

function refusal(run: () => unknown): TableError {
  try {
    run();
  } catch (e) {
    if (e instanceof TableError) return e;
    throw e;
  }
  throw new Error('not refused');
}

// 2026年10月20日 is 12 days before 2026-11-01 (R 5), 2026年3月6日 240 days (R 1); as day counts these
// cells would not be numbers at all, and as serials 46315 / 46087 they would score R 1 for everyone.
const CHINESE_DATES = [['客户', '最后交易日', '交易次数', '金额'], ['甲', '2026年10月20日', 12, 600_000], ['乙', '2026年3月6日', 12, 600_000]];

describe('planTable: date or days from the column, not from the header', () => {
  it('a date column mapped by hand as days is read as dates (the issue: R = 1 for all)', () => {
    expect(codes(CHINESE_DATES, { map: { recencyDays: '最后交易日' } })).toEqual([555, 155]);
    expect(planTable(CHINESE_DATES, { ...options, map: { recencyDays: '最后交易日' } }).columns.recencyIsDate).toBe(true);
  });
  it('a date column chosen in the pane as days (columns option) is read as dates', () => {
    const plan = planTable(CHINESE_DATES, { ...options, columns: { recencyDays: 1, frequency: 2, monetary: 3 } });
    expect(plan.columns.recencyIsDate).toBe(true);
    expect(plan.mapping).toEqual({ lastPurchase: 1, frequency: 2, monetary: 3 });
  });
  it('Excel serials under a "days" header are dates (2026-10-20 is serial 46315: 12 days, R 5)', () => {
    expect(codes([['Customer', 'Days since last order', 'Orders', 'Amount'], ['A', 46315, 12, 600_000]])).toEqual([555]);
  });
  it('day counts under a date header are days (12 days: R 5; 400 days: R 1)', () => {
    const table = [['Customer', 'Last purchase date', 'Orders', 'Amount'], ['A', 12, 12, 600_000], ['B', 400, 12, 600_000]];
    expect(planTable(table, options).columns.recencyIsDate).toBe(false);
    expect(codes(table)).toEqual([555, 155]);
  });
  it('with no data rows the header decides, as before', () => {
    expect(planTable([['Last purchase date', 'Orders', 'Amount']], options).columns.recencyIsDate).toBe(true);
    expect(planTable([['Recency', 'Orders', 'Amount']], options).columns.recencyIsDate).toBe(false);
  });
  it('ISO timestamps with an offset are dates of the day written (2026-10-30T14:22:10-05:00: 2 days, R 5)', () => {
    const table = [['Customer', 'Last order date', 'Total orders', 'Total amount spent'],
      ['A', '2026-10-30T14:22:10-05:00', 12, 600_000], ['B', '2026-07-01T23:59:59+08:00', 6, 250_000]];
    // B: 2026-07-01 is 123 days before 2026-11-01: R 1; 6 orders F 3; 250,000 M 3 -> 133
    expect(codes(table)).toEqual([555, 133]);
  });
});

describe('planTable: a mapping the content contradicts is refused before grading', () => {
  const table = [['客户', '最近购买日期', '订单数', '金额', '备注'],
    ['甲', '2026-10-20', 12, 600_000, '老客户'], ['乙', '2026-09-15', 6, 250_000, '需回访'], ['丙', '2026-05-01', 1, 50_000, '新客户']];
  it('text mapped as the amount: the column and examples are named', () => {
    const e = refusal(() => planTable(table, { ...options, map: { monetary: '备注' } }));
    expect(e.problem).toBe('contradicted');
    expect(e.message).toBe("消费金额：“备注”列是文字（“老客户”、“需回访”、“新客户”）；请选择消费金额所在的列");
    expect(e.details.column).toBe('备注');
    expect(e.details.examples).toEqual(['老客户', '需回访', '新客户']);
    expect(e.field).toBe('monetary');
  });
  it('dates chosen as the count of orders (the pane\'s columns), in English when asked', () => {
    const e = refusal(() => planTable(table, { ...options, lang: 'en', columns: { lastPurchase: 1, frequency: 1, monetary: 3 } }));
    expect(e.message).toBe("frequency (number of purchases): column '最近购买日期' holds dates ('2026-10-20', '2026-09-15', '2026-05-01'); choose the column that holds frequency (number of purchases)");
  });
  it('a few bad cells are data problems of their rows, not a wrong column', () => {
    const some = [table[0], ...table.slice(1), ['丁', '2026-10-01', 'n/a', 100, '']];
    expect(() => planTable(some, options)).not.toThrow();
  });
});

describe('planTable: unsure means ask', () => {
  const twoAmounts = [['Customer', 'Last Order Date', 'Orders', 'Revenue 2024', 'Revenue 2025'], ['A', '2026-10-20', 12, 300_000, 600_000]];
  it('two columns as close for the amount: a question naming both, as data for the pane', () => {
    const e = refusal(() => planTable(twoAmounts, options));
    expect(e.problem).toBe('ambiguous');
    expect(e.message).toBe("monetary (amount): 2 columns could hold it ('Revenue 2024', 'Revenue 2025'); choose one");
    expect(e.field).toBe('monetary');
    expect(e.candidates).toEqual(['Revenue 2024', 'Revenue 2025']);
    expect(e.questions).toEqual([{ field: 'monetary', columns: [3, 4], candidates: ['Revenue 2024', 'Revenue 2025'] }]);
    expect(e.details.headerRow).toBe(0);
  });
  it('answered by the user, it grades', () => {
    expect(codes(twoAmounts, { map: { monetary: 'Revenue 2025' } })).toEqual([555]);
  });
  it('a missing column: what could hold it, in the list\'s language', () => {
    const e = refusal(() => planTable([['客戶代號', '日期', '交易筆數', '金額'], ['A1', '2026-10-20', 3, 100]], options));
    expect(e.problem).toBe('missing');
    expect(e.message).toBe('找不到欄：最近購買（距今天數，或最近購買日期）。哪一欄是最近購買（距今天數，或最近購買日期）？可能是「日期」。');
    expect(e.questions).toEqual([{ field: 'lastPurchase', columns: [1], candidates: ['日期'] }]);
  });
  it('messages never name a command-line option (a UI adds how to answer)', () => {
    for (const run of [() => planTable(twoAmounts, options), () => planTable([['A', 'B'], [1, 2]], options), () => planTable([['Orders', 'Amount']], options)]) {
      expect(refusal(run).message).not.toMatch(/--map|--date-order/);
    }
  });
  it('a TableError passed as plain data (from a worker) is rebuilt with its questions', () => {
    const e = refusal(() => planTable(twoAmounts, options));
    const copy = new TableError(e.message, JSON.parse(JSON.stringify(e.details)));
    expect(copy.candidates).toEqual(e.candidates);
    expect(copy.problem).toBe('ambiguous');
  });
  it('a header named with map that no column has', () => {
    const e = refusal(() => planTable(twoAmounts, { ...options, lang: 'en', map: { frequency: 'Count' } }));
    expect(e.problem).toBe('noSuchColumn');
    expect(e.message).toBe("frequency: no column is headed 'Count'");
  });
});
