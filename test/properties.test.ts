// Properties that must hold for any input, checked on the core and across the two built bundles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfmScoreCall } from '../src/calls/rfm-score';
import { compositeScore } from '../src/models/composite';
import { RFM_PRESETS } from '../src/models/presets';
import { scoreFrequency, scoreMonetary, scoreRecency } from '../src/models/rfm';
import { quintileBreaks, quintileScore } from '../src/models/quintiles';
import { FakeCustomFunctionsError, loadExcel, loadSheets } from './bundles/load';

const days = fc.double({ min: 0, max: 5000, noNaN: true });
const count = fc.integer({ min: 0, max: 1000 });
const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
const presets = fc.constantFrom(...Object.values(RFM_PRESETS));

describe('RFM scores', () => {
  it('stay within 1-5 for any preset', () => {
    fc.assert(fc.property(days, count, amount, presets, (d, f, m, p) => {
      for (const s of [scoreRecency(d, p.r), scoreFrequency(f, p.f), scoreMonetary(m, p.m)]) {
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(5);
      }
    }));
  });

  it('R never improves as days grow; F and M never fall as they grow', () => {
    fc.assert(fc.property(days, days, count, count, amount, amount, presets, (d1, d2, f1, f2, m1, m2, p) => {
      const [dLo, dHi] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const [fLo, fHi] = f1 <= f2 ? [f1, f2] : [f2, f1];
      const [mLo, mHi] = m1 <= m2 ? [m1, m2] : [m2, m1];
      expect(scoreRecency(dHi, p.r)).toBeLessThanOrEqual(scoreRecency(dLo, p.r));
      expect(scoreFrequency(fHi, p.f)).toBeGreaterThanOrEqual(scoreFrequency(fLo, p.f));
      expect(scoreMonetary(mHi, p.m)).toBeGreaterThanOrEqual(scoreMonetary(mLo, p.m));
    }));
  });

  it('quintile scores stay in 1-5, never fall as values grow, and never split ties', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 200 }), (values) => {
      const breaks = quintileBreaks(values);
      const scores = values.map((v) => quintileScore(v, breaks));
      values.forEach((v, i) => {
        expect(scores[i]).toBeGreaterThanOrEqual(1);
        expect(scores[i]).toBeLessThanOrEqual(5);
        values.forEach((w, j) => {
          if (v === w) expect(scores[i]).toBe(scores[j]);
          if (v < w) expect(scores[i]).toBeLessThanOrEqual(scores[j]);
        });
      });
    }));
  });

  it('RFM_SCORE codes are made of three scores 1-5', () => {
    fc.assert(fc.property(fc.array(fc.tuple(days, count, amount), { minLength: 1, maxLength: 50 }), (rows) => {
      const grid = rfmScoreCall([rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]]),
        'quintile', 'quintile', 'quintile'], { lang: 'en' });
      for (const [code] of grid) expect(String(code)).toMatch(/^[1-5]{3}$/);
    }));
  });
});

describe('composite score', () => {
  it('stays within 0-100 for any scores and non-negative weights', () => {
    const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 });
    const weights = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 })
      .filter((w) => w.reduce((a, b) => a + b, 0) > 1e-9);
    fc.assert(fc.property(scores, weights, (s, w) => {
      const score = compositeScore(s, w);
      expect(score).toBeGreaterThanOrEqual(-1e-9);
      expect(score).toBeLessThanOrEqual(100 + 1e-9);
    }));
  });
});

describe('both bundles', () => {
  const sheets = loadSheets();
  const excel = loadExcel();
  const excelCall = (id: string, ...args: unknown[]) => excel.associated.get(id)!(...args) as unknown[][];
  // Compare what a user reads in each cell: Excel's error element, Sheets' "#VALUE! message" text in an
  // array, or the Error Sheets throws for a one-cell result, all come down to the message.
  const excelText = (cell: unknown) => (cell instanceof FakeCustomFunctionsError ? cell.message : cell);
  const sheetsText = (cell: unknown) => (typeof cell === 'string' ? cell.replace(/^#(VALUE!|N\/A) /, '') : cell);
  const sheetsGrid = (id: string, args: unknown[]): unknown[][] => {
    try {
      const result = sheets[id](...args);
      return Array.isArray(result) ? (result as unknown[][]).map((row) => row.map(sheetsText)) : [[result]];
    } catch (e) {
      return [[(e as Error).message]];
    }
  };

  // Cells a user might have in a column: numbers, number text, percents, blanks, junk.
  const cell = fc.oneof(
    fc.double({ min: 0, max: 2e6, noNaN: true }),
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom('', null, 'abc', '12%', '1,200', -5, true),
  );
  const column = (n: number) => fc.array(fc.tuple(cell), { minLength: n, maxLength: n });

  for (const [id, arity] of [['RFM_SCORE', 3], ['POTENTIAL_INDEX', 3], ['CLV', 4], ['BREAKTHROUGH_SCORE', 2], ['ABC_CLASS', 1]] as const) {
    it(`${id} gives the same answer on Excel and Sheets`, () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: arity }, () => column(n)))), (cols) => {
        const fromExcel = excelCall(id, ...cols, ...Array(8).fill(null));
        expect(fromExcel.map((row) => row.map(excelText))).toEqual(sheetsGrid(id, cols));
      }), { numRuns: 200 });
    });
  }
});
