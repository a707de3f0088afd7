// The pipeline functions (docs/pipeline.md) through both built bundles, as their hosts call them:
// functions.js with matrices (a scalar argument arrives as [[x]], omitted ones as null) and errors as
// CustomFunctions.Error; Code.js with plain values and 2-D arrays, a one-cell result as a scalar, errors
// thrown (one cell) or as "#VALUE! message" text (inside a range). The worked examples are the doc's:
// seed 001's webinar leads and C139 advice, seed 003's funnel, R's mtcars fit, and hand computations.
import { describe, expect, it } from 'vitest';
import { FakeCustomFunctionsError, loadExcel, loadSheets } from './load';
import { AM, HP_WT, PUBLISHED, webinarLeads } from '../support/mtcars';

const excelRuntime = loadExcel('en-US');
const excel = (name: string, ...args: unknown[]) => excelRuntime.associated.get(name)!(...args) as unknown[][];
const zhExcel = loadExcel('zh-CN');
const sheets = loadSheets();
const zhSheets = loadSheets({ getActiveUserLocale: () => 'zh_CN' });
const twSheets = loadSheets({ getActiveUserLocale: () => 'zh_TW' });
const col = (...values: unknown[]) => values.map((v) => [v]);
const m = (x: unknown) => [[x]];

const NAMES = [['线索', '触达', '跟进', '商机', '赢单']];
const FACTORS = [[4, 4, 3, 5, 4, 4, 3, 5, 4]];
const TABLE = [['制造业', 30], ['零售', 15], ['500人以上', 20], ['100-499人', 10], ['华东', 10]];

/** Asserts `fn` throws the host's error for a whole call with exactly `message`. */
function expectExcelFailure(fn: () => unknown, message: string): void {
  expect(fn).toThrowError(expect.objectContaining({ code: '#VALUE!', message }));
}

describe('LEAD_SCORE on both hosts', () => {
  it('{8,1,1} x {5,15,30} = 85 (capped at 60: 60); a column of leads, one score each', () => {
    expect(excel('LEAD_SCORE', [[8, 1, 1]], [[5, 15, 30]], null)).toEqual([[85]]);
    expect(sheets.LEAD_SCORE([[8, 1, 1]], [[5, 15, 30]])).toBe(85);
    expect(excel('LEAD_SCORE', [[8, 1, 1], [2, 0, 0]], [[5, 15, 30]], m(60))).toEqual([[60], [10]]);
    expect(sheets.LEAD_SCORE([[8, 1, 1], [2, 0, 0]], [[5, 15, 30]], 60)).toEqual([[60], [10]]);
  });
  it('a negative count is its row\'s error, the rest scored; widths that differ fail the call naming both', () => {
    const onExcel = excel('LEAD_SCORE', [[8, -3, 1], [2, 0, 0]], [[5, 15, 30]], null);
    expect(onExcel[0][0]).toBeInstanceOf(FakeCustomFunctionsError);
    expect(onExcel[0][0]).toMatchObject({ code: '#VALUE!', message: 'counts: -3 is negative' });
    expect(onExcel[1]).toEqual([10]);
    expect(sheets.LEAD_SCORE([[8, -3, 1], [2, 0, 0]], [[5, 15, 30]])).toEqual([['#VALUE! counts: -3 is negative'], [10]]);
    const width = 'points: 2 values, but counts has 3 columns; give one for each column';
    expectExcelFailure(() => excel('LEAD_SCORE', [[8, 1, 1]], [[5, 15]], null), width);
    expect(() => sheets.LEAD_SCORE([[8, 1, 1]], [[5, 15]])).toThrow(width);
    expect(() => zhSheets.LEAD_SCORE([[8, 1, 1]], [[5, 15]])).toThrow('points：有 2 个值，但 counts 有 3 列；每列需要一个值');
  });
});

describe('ATTRIBUTE_SCORE on both hosts', () => {
  it('制造业 30 + 100-499人 10 + 华南 0 = 40; 零售 15 + 500人以上 20 + 华东 10 = 45', () => {
    const leads = [['制造业', '100-499人', '华南'], ['零售', '500人以上', '华东']];
    expect(excel('ATTRIBUTE_SCORE', leads, TABLE)).toEqual([[40], [45]]);
    expect(sheets.ATTRIBUTE_SCORE(leads, TABLE)).toEqual([[40], [45]]);
  });
  it('a value twice in the table fails the call naming both rows; a blank attribute is #N/A on its row', () => {
    const table = [...TABLE, ['制造业', 25]];
    const twice = "table: '制造业' is in rows 1 and 6 of the points table; give each value one row";
    expectExcelFailure(() => excel('ATTRIBUTE_SCORE', [['制造业']], table), twice);
    expect(() => sheets.ATTRIBUTE_SCORE([['制造业']], table)).toThrow(twice);
    const blank = excel('ATTRIBUTE_SCORE', [['制造业', null], ['零售', '华东']], TABLE);
    expect(blank[0][0]).toMatchObject({ code: '#N/A', message: 'values: the value is missing (the row has other inputs)' });
    expect(blank[1]).toEqual([25]);
    expect(sheets.ATTRIBUTE_SCORE([['制造业', ''], ['零售', '华东']], TABLE))
      .toEqual([['#N/A values: the value is missing (the row has other inputs)'], [25]]);
  });
});

describe('LOGISTIC_FIT on both hosts', () => {
  it('mtcars, am on hp and wt: the published glm coefficients 18.86630, 0.03626, -8.08348, to 4 decimals', () => {
    const onExcel = excel('LOGISTIC_FIT', HP_WT, AM);
    expect(onExcel).toHaveLength(1);
    expect(onExcel[0]).toHaveLength(3);
    onExcel[0].forEach((b, j) => expect(Math.abs((b as number) - PUBLISHED[j]), `coefficient ${j}`).toBeLessThan(0.5e-4));
    expect(sheets.LOGISTIC_FIT(HP_WT, AM)).toEqual(onExcel);
  });
  it('seed 001\'s webinar leads with outcomes 赢单 / 输单: b0 = ln(5/95) = -2.944439, b1 = 1.209838', () => {
    const { webinar, won } = webinarLeads();
    const words = won.map(([y]) => [y === 1 ? '赢单' : '输单']);
    const [[b0, b1]] = sheets.LOGISTIC_FIT(webinar, words) as number[][];
    expect(b0).toBeCloseTo(-2.944439, 6);
    expect(b1).toBeCloseTo(1.209838, 6);
    expect(excel('LOGISTIC_FIT', webinar, words)).toEqual([[b0, b1]]);
  });
  it('a bad outcome fails the fit naming the first bad row, in the user\'s language', () => {
    const features = col(1, 2, 3, 4, 5, 6);
    const outcomes = col('won', 'lost', 'pending', 'won', 'lost', 'lost');
    const en = "Row 3 of the ranges cannot be read: outcomes: 'pending' is not won or lost (1/0, TRUE/FALSE, won/lost, 赢单/输单, 成交/未成交)";
    expectExcelFailure(() => excel('LOGISTIC_FIT', features, outcomes), en);
    expect(() => sheets.LOGISTIC_FIT(features, outcomes)).toThrow(en);
    expect(() => twSheets.LOGISTIC_FIT(features, outcomes)).toThrow('範圍第 3 列無法讀取：outcomes：「pending」不是贏單或輸單');
  });
  it('separated outcomes fail the fit, naming the feature column', () => {
    const separated = "features: won and lost are separated: the features (column 2 most) tell them apart without error, so the coefficients grow without bound; drop or merge that column, or add rows where it does not decide the outcome";
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v, i) => [(i * 7) % 5, v]);
    const y = col(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    expectExcelFailure(() => excel('LOGISTIC_FIT', x, y), separated);
    expect(() => sheets.LOGISTIC_FIT(x, y)).toThrow(separated);
  });
});

describe('CONVERSION_PROB on both hosts', () => {
  it('seed 001: 15% with a webinar, 5% without; R Tutorial\'s 120 hp, 2,800 lbs car: 0.6419', () => {
    const webinar = [[-2.944439, 1.209838]];
    const onExcel = excel('CONVERSION_PROB', col(1, 0), webinar);
    expect(onExcel.map(([p]) => Number((p as number).toFixed(6)))).toEqual([0.15, 0.05]);
    expect(sheets.CONVERSION_PROB(col(1, 0), webinar)).toEqual(onExcel);
    expect(sheets.CONVERSION_PROB([[120, 2.8]], [PUBLISHED]) as number).toBeCloseTo(0.64193, 5);
    expect(excel('CONVERSION_PROB', [[120, 2.8]], [PUBLISHED])[0][0] as number).toBeCloseTo(0.64193, 5);
  });
  it('the fit\'s own row feeds it: LOGISTIC_FIT then CONVERSION_PROB on mtcars, every probability in (0, 1)', () => {
    const coefficients = sheets.LOGISTIC_FIT(HP_WT, AM);
    const p = sheets.CONVERSION_PROB(HP_WT, coefficients) as number[][];
    expect(p).toHaveLength(32);
    for (const [q] of p) {
      expect(q).toBeGreaterThan(0);
      expect(q).toBeLessThan(1);
    }
  });
  it('coefficients of the wrong count fail the call', () => {
    const message = 'coefficients: expected one row of 3 values (intercept | b1 | b2), as LOGISTIC_FIT spills them; got 1 rows x 2 columns';
    expectExcelFailure(() => excel('CONVERSION_PROB', [[120, 2.8]], [[1, 2]]), message);
    expect(() => sheets.CONVERSION_PROB([[120, 2.8]], [[1, 2]])).toThrow(message);
  });
});

describe('C139_SCORE on both hosts', () => {
  it('the worked example scores 73.75 (weights {1,1,2,1}: 69)', () => {
    expect(excel('C139_SCORE', m(0.8), m(0.9), [[0, 1, 0.5]], FACTORS, null, null)).toEqual([[73.75]]);
    expect(sheets.C139_SCORE(0.8, '90%', [[0, 1, 0.5]], FACTORS)).toBe(73.75);
    expect(sheets.C139_SCORE(0.8, 0.9, [[false, true, 0.5]], FACTORS, [[1, 1, 2, 1]])).toBe(69);
  });
  it('seed 001\'s advice when key people score low: reach the decision level, in the user\'s language', () => {
    expect(excel('C139_SCORE', m(0.8), m(0.9), [[0, 1, 0.5]], FACTORS, null, 'advice'))
      .toEqual([['Key people are the weakest (50%): reach the decision maker']]);
    expect(zhExcel.associated.get('C139_SCORE')!(m(0.8), m(0.9), [[0, 1, 0.5]], FACTORS, null, 'advice'))
      .toEqual([['关键人覆盖最弱（50%）：补充接触决策层（决策人）']]);
    expect(zhSheets.C139_SCORE(0.8, 0.9, [[0, 1, 0.5]], FACTORS, '', 'advice')).toBe('关键人覆盖最弱（50%）：补充接触决策层（决策人）');
    expect(twSheets.C139_SCORE(0.8, 0.9, [[0, 1, 0.5]], FACTORS, '', 'advice')).toBe('關鍵人覆蓋最弱（50%）：補充接觸決策層（決策人）');
  });
  it('a factor outside 1-5 is that row\'s error; a coverage of 80 is refused, never rescaled', () => {
    expect(() => sheets.C139_SCORE(0.8, 0.9, [[0, 1, 0.5]], [[4, 4, 3, 5, 6, 4, 3, 5, 4]])).toThrow('factors: 6 is outside 1-5');
    const rows = excel('C139_SCORE', col(80, 0.8), col(0.9, 0.9), [[0, 1, 0.5], [0, 1, 0.5]], FACTORS, null, null);
    expect(rows[0][0]).toMatchObject({ code: '#VALUE!', message: 'coverage: 80 is above 1, write 80% or 0.8' });
    expect(rows[1]).toEqual([73.75]);
  });
});

describe('FUNNEL on both hosts', () => {
  const counts = [[1000, 600, 300, 90, 27]];
  const targets = [[1000, 650, 350, 120, 30]];
  const expected = [
    ['线索', 1000, '', 1, 0, ''],
    ['触达', 600, 0.6, 0.6, 50, ''],
    ['跟进', 300, 0.5, 0.3, 50, ''],
    ['商机', 90, 0.3, 0.09, 30, '瓶颈'],
    ['赢单', 27, 0.3, 0.027, 3, ''],
  ];

  it('seed 003\'s five stages with targets (by hand): 商机 is the bottleneck', () => {
    expect(zhExcel.associated.get('FUNNEL')!(counts, NAMES, targets)).toEqual(expected);
    expect(zhSheets.FUNNEL(counts, NAMES, targets)).toEqual(expected);
    expect((sheets.FUNNEL(counts, NAMES, targets) as unknown[][])[3][5]).toBe('bottleneck');
  });
  it('records: 10 counted (10, 6, 4, 3, 2), the blank skipped, 报价 its row\'s error with the rest counted', () => {
    const records = col('线索', '触达', '赢单', '线索', '报价', '跟进', null, '线索', '商机', '触达', '赢单', '线索');
    const onExcel = excel('FUNNEL', records, NAMES, null);
    expect(onExcel.slice(0, 5).map((row) => row[1])).toEqual([10, 6, 4, 3, 2]);
    expect(onExcel.map((row) => row[5])).toEqual(['', 'bottleneck', '', '', '', '']);
    const unknown = "stages: row 5 not counted: '报价' is not one of the stage names (线索, 触达, 跟进, 商机, 赢单)";
    expect(onExcel[5][0]).toMatchObject({ code: '#VALUE!', message: unknown });
    expect(onExcel[5][1]).toBe(1);
    const onSheets = sheets.FUNNEL(records.map(([r]) => [r ?? '']), NAMES) as unknown[][];
    expect(onSheets.slice(0, 5)).toEqual(onExcel.slice(0, 5));
    expect(onSheets[5]).toEqual([`#VALUE! ${unknown}`, 1, '', '', '', '']);
  });
  it('counts that rise fail the call naming the stage', () => {
    const rise = 'stages: stage 2 (40) is above the stage before it (30); a funnel counts who reached each stage (for counts now at each stage, add the later stages to each first)';
    expectExcelFailure(() => excel('FUNNEL', [[30, 40, 10]], null, null), rise);
    expect(() => sheets.FUNNEL([[30, 40, 10]])).toThrow(rise);
  });
});
