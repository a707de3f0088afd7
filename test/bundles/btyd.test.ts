// The six buy-till-you-die functions through both built bundles, on the CDNOW sample as SPEC's "Buy till
// you die" checks them: functions.js with serial numbers (Excel hands a date cell over as its serial),
// Code.js with Dates (Sheets hands over a Date). Errors come in each host's form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FakeCustomFunctionsError, loadExcel, loadSheets } from './load';
import { sharedData } from '../support/shared-data';

const DATA = sharedData('cdnow');
const excelRuntime = loadExcel('en-US');
const excel = (name: string, ...args: unknown[]) => excelRuntime.associated.get(name)!(...args) as unknown[][];
const sheets = loadSheets();
const col = (...values: unknown[]) => values.map((v) => [v]);

// CDNOW_sample.txt: master id, customer id, YYYYMMDD, CDs, dollars; whitespace-separated.
const lines = readFileSync(`${DATA}/CDNOW_sample.txt`, 'utf8').trim().split('\n').map((l) => l.trim().split(/\s+/));
const ids = lines.map((l) => [l[1]]);
const ymd = (s: string) => [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))];
// Serial day numbers (days since 1899-12-30) as Excel passes them; local Dates as Sheets does.
const serialOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
const serials = lines.map((l) => [serialOf(...(ymd(l[2]) as [number, number, number]))]);
const dates = lines.map((l) => { const [y, m, d] = ymd(l[2]); return [new Date(y, m - 1, d)]; });
const amounts = lines.map((l) => [Number(l[4])]);
const AS_OF = serialOf(1997, 9, 30);

// cdnow_customers_summary.csv: ID, frequency, recency, T (2 decimals), the published summary.
const published = readFileSync(`${DATA}/cdnow_customers_summary.csv`, 'utf8').trim().split('\n').slice(1)
  .map((l) => l.split(',').map(Number));

const BG = [[0.243, 4.414, 0.793, 2.426]];
const GG = [[6.25, 3.74, 15.44]];
const round = (x: unknown, places: number) => Number((x as number).toFixed(places));

describe('BTYD on the CDNOW sample, both hosts', () => {
  const onExcel = excel('BTYD_SUMMARY', ids, serials, amounts, [[AS_OF]], 'W');
  const onSheets = sheets.BTYD_SUMMARY(ids, dates, amounts, new Date(1997, 8, 30), 'W') as unknown[][];
  const column = (i: number) => onExcel.map((row) => [row[i]]);

  it('BTYD_SUMMARY as of 1997-09-30 in weeks equals the published summary to 2 decimals, all 2,357 customers', () => {
    expect(onExcel).toHaveLength(2357);
    expect(onSheets).toEqual(onExcel);
    const byId = new Map(onExcel.map((row) => [Number(row[0]), row]));
    expect(published).toHaveLength(2357);
    for (const [id, frequency, recency, T] of published) {
      const row = byId.get(id)!;
      expect([row[1], round(row[2], 2), round(row[3], 2)], `customer ${id}`).toEqual([frequency, recency, T]);
    }
    // Customer 1 (hand-checked): purchases 1997-01-01, 01-18 and 08-02 (and 1997-12-12, after as_of):
    // 2 repeat days, 213 / 7 weeks, 272 / 7 weeks, (29.73 + 14.96) / 2.
    expect(onExcel[0][0]).toBe('0001');
    expect(onExcel[0].slice(1).map((x) => round(x, 4))).toEqual([2, 30.4286, 38.8571, 22.345]);
  });

  it('BGNBD_FIT over its columns gives r 0.243, alpha 4.414, a 0.793, b 2.426 (3 decimals)', () => {
    const fit = excel('BGNBD_FIT', column(1), column(2), column(3));
    expect(fit[0].map((x) => round(x, 3))).toEqual([0.243, 4.414, 0.793, 2.426]);
    expect(sheets.BGNBD_FIT(column(1), column(2), column(3))).toEqual(fit);
  });

  it('GAMMA_GAMMA_FIT on the repeat buyers gives p 6.25, q 3.74, v 15.44 (+/- 0.01)', () => {
    const fit = excel('GAMMA_GAMMA_FIT', column(1), column(4));
    const [p, q, v] = fit[0] as number[];
    expect(Math.abs(p - 6.25)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(q - 3.74)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(v - 15.44)).toBeLessThanOrEqual(0.01);
    expect(sheets.GAMMA_GAMMA_FIT(column(1), column(4))).toEqual(fit);
  });

  it('SPEC\'s worked values with the rounded published parameters: 1.226, 0.7266, 36.29', () => {
    expect(round(excel('EXPECTED_PURCHASES', 39, 2, 30.43, 38.86, BG)[0][0], 3)).toBe(1.226);
    expect(round(sheets.EXPECTED_PURCHASES(39, 2, 30.43, 38.86, BG), 3)).toBe(1.226);
    expect(round(excel('PROB_ALIVE', 2, 30.43, 38.86, BG)[0][0], 4)).toBe(0.7266);
    expect(round(sheets.PROB_ALIVE(2, 30.43, 38.86, BG), 4)).toBe(0.7266);
    expect(round(excel('EXPECTED_CLV', 2, 30.43, 38.86, 22.35, BG, GG, 12, '1%', 'W')[0][0], 2)).toBe(36.29);
    expect(round(sheets.EXPECTED_CLV(2, 30.43, 38.86, 22.35, BG, GG, 12, '1%', 'W'), 2)).toBe(36.29);
  });

  it('per row over the spilled summary: one result per customer on both hosts', () => {
    const alive = excel('PROB_ALIVE', column(1), column(2), column(3), BG);
    expect(alive).toHaveLength(2357);
    expect(round(alive[0][0], 4)).toBe(0.7266);
    expect(sheets.PROB_ALIVE(column(1), column(2), column(3), BG)).toEqual(alive);
    const clv = excel('EXPECTED_CLV', column(1), column(2), column(3), column(4), BG, GG, null, null, null);
    expect(sheets.EXPECTED_CLV(column(1), column(2), column(3), column(4), BG, GG)).toEqual(clv);
    for (const [v] of clv) expect(v as number).toBeGreaterThan(0);
  });
});

describe('BTYD errors in each host\'s form', () => {
  // Rows: negative frequency, recency above T, a fractional frequency, T of 0, blank, a good row.
  const f = col(-1, 2, 1.5, 0, null, 2);
  const r = col(0, 40, 3, 0, null, 30.43);
  const T = col(5, 38.86, 10, 0, null, 38.86);
  const messages = [
    'frequency: -1 is negative',
    'recency: 40 is above T (38.86); the last purchase cannot come after the end of the period',
    'frequency: 1.5 is not a whole number',
    'T: 0 is not above 0',
  ];

  it('a bad row is that row\'s error: a #VALUE! CustomFunctions.Error in Excel, "#VALUE! message" text in Sheets; blank rows stay blank', () => {
    const onExcel = excel('PROB_ALIVE', f, r, T, BG);
    messages.forEach((message, i) => {
      expect(onExcel[i][0]).toBeInstanceOf(FakeCustomFunctionsError);
      expect(onExcel[i][0]).toMatchObject({ code: '#VALUE!', message });
    });
    expect(onExcel[4]).toEqual(['']);
    expect(round(onExcel[5][0], 4)).toBe(0.7266);
    const onSheets = sheets.PROB_ALIVE(f, r, T, BG) as unknown[][];
    expect(onSheets.slice(0, 5)).toEqual([...messages.map((m) => [`#VALUE! ${m}`]), ['']]);
    expect(() => sheets.EXPECTED_PURCHASES(39, 2, 40, 38.86, BG)).toThrow(messages[1]);
  });

  it('a parameters range of the wrong shape, or with a value <= 0, fails the call saying which', () => {
    const shape = 'params: expected one row of 4 values (r | alpha | a | b), as BGNBD_FIT spills them; got 1 rows x 3 columns';
    expect(() => excel('PROB_ALIVE', 2, 30.43, 38.86, [[0.243, 4.414, 0.793]])).toThrowError(expect.objectContaining({ code: '#VALUE!', message: shape }));
    expect(() => sheets.PROB_ALIVE(2, 30.43, 38.86, [[0.243, 4.414, 0.793]])).toThrow(shape);
    const zero = 'bgnbd_params: a: 0 is not above 0';
    const bad = [[0.243, 4.414, 0, 2.426]];
    expect(() => excel('EXPECTED_CLV', 2, 30.43, 38.86, 22.35, bad, GG, null, null, null)).toThrowError(expect.objectContaining({ message: zero }));
    expect(() => sheets.EXPECTED_CLV(2, 30.43, 38.86, 22.35, bad, GG)).toThrow(zero);
    const q = 'gg_params: q: 0.9 is not above 1, so the mean spend p v / (q - 1) does not exist';
    expect(() => sheets.EXPECTED_CLV(2, 30.43, 38.86, 22.35, BG, [[6.25, 0.9, 15.44]])).toThrow(q);
  });

  it('a fit that the data cannot identify, or a bad row in a fit, fails the call naming it', () => {
    const few = 'frequency: customers with repeat purchases (frequency above 0): 1; the BG/NBD fit needs at least 2';
    expect(() => excel('BGNBD_FIT', col(1, 0), col(2, 0), col(5, 5))).toThrowError(expect.objectContaining({ message: few }));
    expect(() => sheets.BGNBD_FIT(col(1, 0), col(2, 0), col(5, 5))).toThrow(few);
    // Row 3 of the ranges (a blank row 2 skipped) holds recency above T.
    expect(() => sheets.BGNBD_FIT(col(1, '', 2), col(2, '', 9), col(5, '', 6)))
      .toThrow('recency: 9 is above T (6); the last purchase cannot come after the end of the period (row 3)');
    expect(() => sheets.GAMMA_GAMMA_FIT(col(1, 2), col(10, 'lots')))
      .toThrow("Row 2 of the ranges cannot be read: monetary: 'lots' is not a number");
  });

  it('messages follow the host\'s language', () => {
    const zh = loadSheets({ getActiveUserLocale: () => 'zh_CN' });
    expect(() => zh.PROB_ALIVE(-1, 0, 5, BG)).toThrow('frequency：-1 是负数');
    const tw = loadExcel('zh-TW').associated.get('PROB_ALIVE')!;
    expect(() => tw(2, 30.43, 38.86, [[1, 2]])).toThrowError(expect.objectContaining({ message: expect.stringContaining('應為一列 4 個數值') }));
  });
});
