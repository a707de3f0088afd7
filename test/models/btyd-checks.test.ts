// What the BTYD models refuse, and how they say it in the three languages.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang';
import { checkBgNbdParams, checkGammaGammaParams, checkHistory, checkMonetary } from '../../src/models/btyd-checks';
import { ModelProblem, isModelProblem } from '../../src/models/model-problem';

const CJK = /[\u4e00-\u9fff]/;

describe('checkHistory', () => {
  it.each([
    [2, 30.43, 38.86], [0, 0, 38.86], [0, 0, 0], [5, 20, 20],
  ])('accepts x = %s, t_x = %s, T = %s', (x, tx, T) => expect(checkHistory(x, tx, T)).toBeUndefined());

  it.each([
    [-1, 0, 10, 'frequency: -1 is negative'],
    [2.5, 3, 10, 'frequency: 2.5 is not a whole number'],
    [2, 40, 38.86, 'recency: 40 is above T (38.86); the last purchase cannot come after the end of the period'],
    [2, -3, 10, 'recency: -3 is negative'],
    [2, 3, -10, 'T: -10 is negative'],
    [0, 12, 38.86, 'recency: 12 with frequency 0; recency is the time from the first purchase to the last, so it is 0 without repeat purchases'],
    [NaN, 0, 10, 'frequency: NaN is not a finite number'],
    [1, 0, Infinity, 'T: Infinity is not a finite number'],
  ])('refuses x = %s, t_x = %s, T = %s: "%s"', (x, tx, T, message) => {
    expect(checkHistory(x, tx, T)?.message('en')).toBe(message);
  });

  it.each(LANGS)('names the argument and the value in %s', (lang) => {
    for (const [x, tx, T, value] of [[-1, 0, 10, '-1'], [2.5, 3, 10, '2.5'], [2, 40, 38.86, '40'], [0, 12, 38.86, '12']]) {
      const text = checkHistory(x as number, tx as number, T as number)!.message(lang);
      expect(text).toContain(value);
      expect(text).toMatch(/frequency|recency/);
      expect(text).not.toMatch(/\{\w+\}/);
      if (lang !== 'en') expect(text).toMatch(CJK);
    }
  });
});

describe('checkMonetary', () => {
  it('accepts any finite amount, zero and negative included (no repeat purchase of positive amount)', () => {
    for (const m of [22.35, 0, -5]) expect(checkMonetary(m)).toBeUndefined();
  });
  it('refuses NaN', () => expect(checkMonetary(NaN)?.message('en')).toBe('monetary: NaN is not a finite number'));
});

describe('checkBgNbdParams and checkGammaGammaParams', () => {
  it('accept the published CDNOW parameters', () => {
    expect(checkBgNbdParams({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 })).toBeUndefined();
    expect(checkGammaGammaParams({ p: 6.25, q: 3.74, v: 15.44 })).toBeUndefined();
  });
  it.each([
    [{ r: 0, alpha: 4.414, a: 0.793, b: 2.426 }, 'r: 0 is not above 0'],
    [{ r: 0.243, alpha: -1, a: 0.793, b: 2.426 }, 'alpha: -1 is not above 0'],
    [{ r: 0.243, alpha: 4.414, a: NaN, b: 2.426 }, 'a: NaN is not above 0'],
    [{ r: 0.243, alpha: 4.414, a: 0.793, b: Infinity }, 'b: Infinity is not above 0'],
  ])('BG/NBD %j: "%s"', (params, message) => expect(checkBgNbdParams(params)?.message('en')).toBe(message));
  it.each([
    [{ p: 0, q: 3.74, v: 15.44 }, 'p: 0 is not above 0'],
    [{ p: 6.25, q: 0.9, v: 15.44 }, 'q: 0.9 is not above 1, so the mean spend p v / (q - 1) does not exist'],
    [{ p: 6.25, q: 3.74, v: -2 }, 'v: -2 is not above 0'],
  ])('Gamma-Gamma %j: "%s"', (params, message) => expect(checkGammaGammaParams(params)?.message('en')).toBe(message));
});

describe('ModelProblem', () => {
  it('places a problem at a row, in each language', () => {
    const problem = new ModelProblem('negative', { arg: 'frequency', value: -1 }).atRow(3);
    expect(problem.message('en')).toBe('frequency: -1 is negative (row 3)');
    expect(problem.message('zh-CN')).toBe('frequency：-1 是负数（第 3 行）');
    expect(problem.message('zh-TW')).toBe('frequency：-1 是負數（第 3 列）');
    expect(isModelProblem(problem)).toBe(true);
    expect(isModelProblem({ key: 'negative' })).toBe(false);
  });
});
