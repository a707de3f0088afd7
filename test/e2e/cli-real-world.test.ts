// Real CRM exports through the CLI: GBK and Big5 files, amounts written 50万 / ¥1,234 / (1,234), a
// 万元 header, dates in several forms and a day/month order only the list can tell. The workbook is then
// recalculated by LibreOffice with every cached value removed: the formulas must give the core's grades.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/crm-grader';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';
import { encodeLegacy } from '../support/legacy-encoding';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-real-'));

function grade(file: string, ...extra: string[]) {
  let err = '';
  const out = file.replace(/\.csv$/, '-graded.xlsx');
  const code = main(['grade', file, '-o', out, '--as-of', '2026-11-01', ...extra], { out: () => true, err: (s) => { err += s; return true; } });
  return { code, err, out };
}

/** R, F, M and the code of each customer row, recalculated by LibreOffice from formulas alone. */
function recalculatedCodes(xlsx: string, sheet: string, firstGraded: number): string[][] {
  editXlsx(xlsx, (name, text) => (name.startsWith('xl/worksheets/') ? stripCachedValues(text) : text));
  const rows = recalculateWithLibreOffice(xlsx).get(sheet)!;
  return rows.slice(1).filter((r) => r[0] !== '').map((r) => r.slice(firstGraded, firstGraded + 4));
}

// Seed bands as of 2026-11-01: R 5 up to 30 days, 3 up to 90, else 1; F 5 from 10 orders, 3 from 5,
// else 1; M 5 from 500,000, 3 from 200,000, else 1.
describe('a GBK export with a 万元 header and text amounts', () => {
  const lines = [
    '客户名称,最近一次购买日期,订单数,金额（万元）',
    '甲,2026/10/20,12,60', //        12 days, 12 orders, 600,000 -> 555
    '乙,2026年9月15日,6,"25"', //    47 days, 6 orders, 250,000 -> 333
    '丙,2026-05-01,1,5', //          184 days, 1 order, 50,000 -> 111
  ];
  const file = join(dir, 'gbk.csv');
  writeFileSync(file, encodeLegacy(`${lines.join('\r\n')}\r\n`, 'gb18030'));

  it('is decoded, scaled by its header and graded; LibreOffice recalculates the same codes', () => {
    const r = grade(file);
    // Simplified headers: stderr in Simplified Chinese.
    expect(r.err).toContain('已分级 3 位客户');
    expect(r.code).toBe(0);
    expect(recalculatedCodes(r.out, 'gbk', 4)).toEqual([['5', '5', '5', '555'], ['3', '3', '3', '333'], ['1', '1', '1', '111']]);
  });
});

describe('a Big5 export with amounts as CRM systems write them', () => {
  const lines = [
    '客戶名稱,最近購買日期,訂單數,金額',
    '甲,2026/10/20,12,"NT$600,000"', // 555
    '乙,2026/09/15,6,25萬', //          250,000 -> 333
    '丙,2026/05/01,1,"(1,234)"', //     a refund: -1,234 is below the first band (0), so no grade
  ];
  const file = join(dir, 'big5.csv');
  writeFileSync(file, encodeLegacy(`${lines.join('\n')}\n`, 'big5'));

  it('is decoded as Big5, and text amounts are graded and recalculated alike', () => {
    const r = grade(file);
    expect(r.code).toBe(0);
    const codes = recalculatedCodes(r.out, 'big5', 4);
    expect(codes[0]).toEqual(['5', '5', '5', '555']);
    expect(codes[1]).toEqual(['3', '3', '3', '333']);
    // every graded column of the refund's row is its #VALUE!, as cached and as RFM_SCORE says
    expect(codes[2]).toEqual(['#VALUE!', '#VALUE!', '#VALUE!', '#VALUE!']);
    // Traditional headers: stderr in Traditional Chinese, rows as 列.
    expect(r.err).toContain('已分級 2 位客戶，1 列無法分級');
  });
});

describe('year-last dates', () => {
  // 10/1/2026 and 5/10/2026 read either way; 13/10/2026 only day first, which decides the column.
  const rows = ['Customer,Last Purchase Date,Orders,Amount', 'A,10/1/2026,12,600000', 'B,13/10/2026,12,600000', 'C,5/10/2026,12,600000'];
  const decided = join(dir, 'dmy.csv');
  writeFileSync(decided, `${rows.join('\n')}\n`);

  it('take the order the column shows: 10/1/2026 is 10 January (295 days, R 1)', () => {
    const r = grade(decided);
    expect(r.code).toBe(0);
    // A: 10 Jan -> 295 days -> R 1; B: 13 Oct -> 19 days -> R 5; C: 5 Oct -> 27 days -> R 5
    expect(recalculatedCodes(r.out, 'dmy', 4).map((c) => c[0])).toEqual(['1', '5', '5']);
  });

  it('that the column cannot decide are refused with what to do, and read as told with --date-order', () => {
    const ambiguous = join(dir, 'ambiguous.csv');
    writeFileSync(ambiguous, `${[rows[0], rows[1], rows[3]].join('\n')}\n`);
    const refused = grade(ambiguous);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('could be day first or month first');
    expect(refused.err).toContain('--date-order');
    const mdy = grade(ambiguous, '--date-order', 'mdy');
    expect(mdy.code).toBe(0);
    // month first: A is 1 October (31 days, R 3), C is 10 May (175 days, R 1)
    expect(recalculatedCodes(mdy.out, 'ambiguous', 4).map((c) => c[0])).toEqual(['3', '1']);
  });
});

describe('the issue\'s exports, graded with no --map', () => {
  // Seed bands as of 2026-11-01, as above. The decoys beside the real columns would give other codes:
  // the average order value 50,000 scores M 1 for A, the balance 900,000 M 5 for everyone.
  it('a Big5 export headed 客戶代號 / 最後交易日 / 交易筆數, with a balance beside the amount', () => {
    const lines = [
      '客戶代號,客戶簡稱,最後交易日,交易筆數,銷售金額(NT$),應收帳款餘額',
      'A00001,甲,2026/10/20,12,"NT$600,000",900000', // 12 days, 12 orders, 600,000 -> 555
      'A00002,乙,2026/09/15,6,"NT$250,000",900000', //  47 days, 6 orders, 250,000 -> 333
      'A00003,丙,2026/05/01,1,"NT$50,000",900000', //   184 days, 1 order, 50,000 -> 111
    ];
    const file = join(dir, 'digiwin.csv');
    writeFileSync(file, encodeLegacy(`${lines.join('\r\n')}\r\n`, 'big5'));
    const r = grade(file);
    expect(r.code, r.err).toBe(0);
    expect(recalculatedCodes(r.out, 'digiwin', 6)).toEqual([['5', '5', '5', '555'], ['3', '3', '3', '333'], ['1', '1', '1', '111']]);
  });

  it('ISO timestamps with an offset under "Last order date", read as the day written, an AOV beside the total', () => {
    const lines = [
      'Customer ID,Customer name,Last order date,Total orders,Total amount spent,Average order value',
      '7051234567001,Acme,2026-10-30T14:22:10-05:00,12,600000.00,50000.00', //   2 days -> 555
      '7051234567002,Blue,2026-09-15T23:59:59+08:00,6,250000.00,41666.67', //   47 days -> 333
      '7051234567003,Cedar,2026-05-01T00:00:00Z,1,50000.00,50000.00', //         184 days -> 111
    ];
    const file = join(dir, 'shopify.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = grade(file);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('not dates');
    expect(recalculatedCodes(r.out, 'shopify', 6)).toEqual([['5', '5', '5', '555'], ['3', '3', '3', '333'], ['1', '1', '1', '111']]);
  });
});
