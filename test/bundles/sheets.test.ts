// Code.js as Google Sheets calls it: numbers, strings, Dates and 2-D arrays in; scalars for a scalar
// call, 2-D arrays for ranges; errors thrown (scalar) or as "#VALUE! message" text (ranges).
import { describe, expect, it } from 'vitest';
import { loadSheets } from './load';

const sheets = loadSheets();
const isDate = (x: unknown): x is Date => Object.prototype.toString.call(x) === '[object Date]';
const ymd = (d: unknown) => {
  if (!isDate(d)) throw new Error(`not a Date: ${String(d)}`);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('Code.js in a bare Apps Script global scope', () => {
  it('declares every function at the top level with its @customfunction JSDoc', () => {
    for (const name of ['RFM_SCORE', 'RFM_SEGMENT', 'POTENTIAL_INDEX', 'CLV', 'CHURN_RISK', 'COMPOSITE_GRADE',
      'ABC_CLASS', 'NEXT_ORDER_DATE', 'BREAKTHROUGH_SCORE', 'ORDERS_SUMMARY',
      'BTYD_SUMMARY', 'BGNBD_FIT', 'PROB_ALIVE', 'EXPECTED_PURCHASES', 'GAMMA_GAMMA_FIT', 'EXPECTED_CLV',
      'LEAD_SCORE', 'ATTRIBUTE_SCORE', 'LOGISTIC_FIT', 'CONVERSION_PROB', 'C139_SCORE', 'FUNNEL']) {
      expect(typeof sheets[name], name).toBe('function');
    }
  });

  it('reads the user locale from Session when present', () => {
    const zh = loadSheets({ getActiveUserLocale: () => 'zh_CN' });
    expect(zh.RFM_SEGMENT(5, 5, 5)).toBe('重要价值客户');
    const broken = loadSheets({ getActiveUserLocale: () => { throw new Error('not allowed'); } });
    expect(broken.RFM_SEGMENT(5, 5, 5)).toBe('Important value');
  });
});

describe('RFM_SCORE', () => {
  it('scores a scalar call with the seed bands: 30 days, 10 orders, 500,000 = 555', () => {
    expect(sheets.RFM_SCORE(30, 10, 500000)).toBe(555);
  });
  it('grades a column in one call, one result per row', () => {
    // 31 days -> 3, 9 orders -> 3, 499,999.99 -> 3; 91 -> 1, 4 -> 1, 199,999.99 -> 1
    expect(sheets.RFM_SCORE([[31], [91]], [[9], [4]], [[499999.99], [199999.99]])).toEqual([[333], [111]]);
  });
  it('treats skipped optional arguments ("" and undefined) as defaults, and honours output', () => {
    expect(sheets.RFM_SCORE(31, 10, 0, '', '', '', '', 'sum')).toBe(3 + 5 + 1);
    expect(sheets.RFM_SCORE(31, 10, 0, undefined, undefined, undefined, undefined, 'r')).toBe(3);
    expect(sheets.RFM_SCORE(31, 10, 0, '', '', '', '', 'f')).toBe(5);
    expect(sheets.RFM_SCORE(31, 10, 0, '', '', '', '', 'm')).toBe(1);
  });
  it('takes Dates of the last purchase with as_of as a Date', () => {
    // 2026-10-01 to 2026-11-01 is 31 days -> R 3
    expect(sheets.RFM_SCORE(new Date(2026, 9, 1), 10, 500000, '', '', '', new Date(2026, 10, 1))).toBe(355);
    // ISO text works as well: 30 days -> 5
    expect(sheets.RFM_SCORE('2026-10-02', 10, 500000, '', '', '', '2026-11-01')).toBe(555);
  });
  it('accepts a band table as a 2-D array', () => {
    // F table 0->1, 3->4: 3 orders score 4
    expect(sheets.RFM_SCORE(0, 3, 0, '', [[0, 1], [3, 4]], '', '', 'f')).toBe(4);
  });
  it('throws a clear Error for a bad scalar call', () => {
    expect(() => sheets.RFM_SCORE(10, 5, 'abc')).toThrow("monetary: 'abc' is not a number");
  });
  it('puts a row error as #VALUE! text inside a column result, keeping the other rows', () => {
    expect(sheets.RFM_SCORE([[10], [10]], [[5], [5]], [['abc'], [0]])).toEqual([
      ["#VALUE! monetary: 'abc' is not a number"], [531],
    ]);
  });
  it('gives a blank row a blank cell and a half-blank row #N/A naming the missing argument', () => {
    expect(sheets.RFM_SCORE([[''], [10]], [[''], ['']], [[''], [100]])).toEqual([
      [''], ['#N/A frequency: the value is missing (the row has other inputs)'],
    ]);
  });
  it('fails the whole call for misaligned ranges, naming both sizes', () => {
    expect(() => sheets.RFM_SCORE([[1], [2], [3]], [[1], [2], [3]], [[1], [2]]))
      .toThrow('Ranges do not line up: recency has 3 rows, monetary has 2 rows');
  });
});

describe('RFM_SEGMENT', () => {
  it('labels the eight value classes (seed 003) and follows lang', () => {
    expect(sheets.RFM_SEGMENT(5, 1, 5)).toBe('Important development');
    expect(sheets.RFM_SEGMENT(1, 1, 1, '', 'zh-CN')).toBe('一般挽留客户');
    expect(sheets.RFM_SEGMENT(535, '', '', 'five', 'zh-TW')).toBe('高價值客戶');
  });
  it('segments a column of codes', () => {
    // 333: all High in value8; 155: R low, F and M high
    expect(sheets.RFM_SEGMENT([[333], [155]])).toEqual([['Important value'], ['Important retention']]);
  });
});

describe('POTENTIAL_INDEX', () => {
  it("gives the seed's 57.75 for 87.5%, 80%, 82.5%", () => {
    expect(sheets.POTENTIAL_INDEX(0.875, 0.8, 0.825)).toBeCloseTo(57.75, 9);
    expect(sheets.POTENTIAL_INDEX('87.5%', '80%', '82.5%')).toBeCloseTo(57.75, 9);
  });
  it('refuses a ratio written as a percent number', () => {
    expect(() => sheets.POTENTIAL_INDEX(0.875, 87.5, 0.825)).toThrow('penetration: 87.5 is above 1, write 87.5% or 0.875');
  });
});

describe('CLV', () => {
  it('is revenue x margin x years minus costs, optionally discounted', () => {
    // 2,000,000 x 3 - (300,000 + 200,000) = 5,500,000
    expect(sheets.CLV(2000000, 3, 300000, 200000)).toBe(5500000);
    // margin 30%: 600,000 x 3 - 500,000 = 1,300,000
    expect(sheets.CLV(2000000, 3, 300000, 200000, '30%')).toBeCloseTo(1300000, 6);
    // 1000 a year for 2 years at 10%: 1000/1.1 + 1000/1.21 = 1735.5371900826...
    expect(sheets.CLV(1000, 2, 0, 0, '', 0.1)).toBeCloseTo(1000 / 1.1 + 1000 / 1.21, 9);
  });
});

describe('CHURN_RISK', () => {
  it('adds the sample sds of each customer row (seed formula 5)', () => {
    // sd(4,6,5,7,3,5) = sqrt(10/5) = 1.41421356; sd(8,8,7,9,8,8) = sqrt(2/5) = 0.63245553
    // One customer row: a one-cell result comes back as a plain number.
    expect(sheets.CHURN_RISK([[4, 6, 5, 7, 3, 5]], [[8, 8, 7, 9, 8, 8]])).toBeCloseTo(Math.sqrt(2) + Math.sqrt(0.4), 9);
  });
  it('divides by the mean in cv mode and weighs with m and n', () => {
    // cv: 1.41421356/5 + 0.63245553/8; m = 2, n = 10
    expect(sheets.CHURN_RISK([[4, 6, 5, 7, 3, 5]], [[8, 8, 7, 9, 8, 8]], 2, 10, 'cv')).toBeCloseTo((2 * Math.sqrt(2)) / 5 + (10 * Math.sqrt(0.4)) / 8, 9);
  });
});

describe('COMPOSITE_GRADE', () => {
  it('grades the weighted score against 90/70/50', () => {
    // 0.4x90 + 0.3x80 + 0.2x70 + 0.1x60 = 80 -> Core
    expect(sheets.COMPOSITE_GRADE([[90, 80, 70, 60]])).toBe('Core');
    expect(sheets.COMPOSITE_GRADE([[90, 80, 70, 60]], '', '', '', 'score')).toBe(80);
    expect(sheets.COMPOSITE_GRADE([[90, 90, 90, 90], [49, 49, 49, 49]], '', '', [['A', 'B', 'C', 'D']]))
      .toEqual([['A'], ['D']]);
    expect(sheets.COMPOSITE_GRADE([[70, 70, 70, 70]], '', '', '', '', 'zh-CN')).toBe('核心级');
  });
});

describe('ABC_CLASS', () => {
  it('applies the 80/95 rule over the column', () => {
    // total 100: 50 (cum before 0), 30 (50) -> A; 10 (80), 5 (90) -> B; 5 (95) -> C
    expect(sheets.ABC_CLASS([[50], [30], [10], [5], [5]])).toEqual([['A'], ['A'], ['B'], ['B'], ['C']]);
  });
});

describe('NEXT_ORDER_DATE', () => {
  it('returns a Date: last order + mean interval', () => {
    // intervals 30 and 40 days, mean 35: 2026-03-12 + 35 = 2026-04-16
    const row = [[new Date(2026, 0, 1), new Date(2026, 0, 31), new Date(2026, 2, 12)]];
    expect(ymd(sheets.NEXT_ORDER_DATE(row))).toBe('2026-04-16');
    // sd of (30, 40) = 7.07 days: window 2026-04-09 .. 2026-04-23 after rounding to whole days
    expect(ymd(sheets.NEXT_ORDER_DATE(row, 'window_start'))).toBe('2026-04-09');
    expect(ymd(sheets.NEXT_ORDER_DATE(row, 'window_end'))).toBe('2026-04-23');
    // volatility sd/mean = 7.0710678/35
    expect(sheets.NEXT_ORDER_DATE(row, 'volatility')).toBeCloseTo(Math.sqrt(50) / 35, 9);
  });
});

describe('BREAKTHROUGH_SCORE', () => {
  it('is 100 x penetration x technical match', () => {
    expect(sheets.BREAKTHROUGH_SCORE(0.8, '90%')).toBeCloseTo(72, 9);
  });
});

describe('dates in any script time zone', () => {
  // Apps Script hands a date cell over as local midnight in the script's time zone; whole days must
  // come out the same from UTC-8 to UTC+14.
  for (const zone of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC']) {
    it(`counts whole days and returns local-midnight dates in ${zone}`, () => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        // 2026-10-01 -> 2026-10-31 is 30 days: R 5; to 2026-11-01 is 31 days: R 3
        expect(sheets.RFM_SCORE(new Date(2026, 9, 1), 0, 0, '', '', '', new Date(2026, 9, 31), 'r')).toBe(5);
        expect(sheets.RFM_SCORE(new Date(2026, 9, 1), 0, 0, '', '', '', new Date(2026, 10, 1), 'r')).toBe(3);
        const next = sheets.NEXT_ORDER_DATE([[new Date(2026, 0, 1), new Date(2026, 0, 31), new Date(2026, 2, 12)]]) as Date;
        expect(ymd(next)).toBe('2026-04-16');
        expect([next.getHours(), next.getMinutes()]).toEqual([0, 0]);
      } finally {
        process.env.TZ = before;
        if (before === undefined) delete process.env.TZ;
      }
    });
  }
});
