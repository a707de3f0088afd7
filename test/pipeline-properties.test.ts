// Properties of the pipeline functions (docs/pipeline.md) that must hold for any input, on the core and
// through the built Sheets bundle: probabilities in (0, 1), the fit's score equations, funnel counts that
// never rise from one stage to the next, and a C139 score that never falls when a component rises.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { c139Components, c139Score } from '../src/models/c139';
import { funnelCounts } from '../src/models/funnel';
import { conversionProbability } from '../src/models/logistic';
import { fitLogistic } from '../src/models/logistic-fit';
import { isModelProblem } from '../src/models/model-problem';
import { loadSheets } from './bundles/load';

const sheets = loadSheets();
const ratio = fc.double({ min: 0, max: 1, noNaN: true });
const factor = fc.double({ min: 1, max: 5, noNaN: true });
const weights = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 })
  .filter((w) => w.some((x) => x > 0.001));

describe('conversion probabilities', () => {
  // Each |b_j x_j| is at most 4 and there are at most 5 features plus the intercept: scores within +/-24,
  // where floating point still tells p from 0 and 1 (above about 36.7 it rounds to exactly 1).
  const model = fc.integer({ min: 1, max: 5 }).chain((k) => fc.tuple(
    fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: k + 1, maxLength: k + 1 }),
    fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 20 }),
  ));

  it('are strictly between 0 and 1, in the core and through Code.js', () => {
    fc.assert(fc.property(model, ([coefficients, leads]) => {
      const onSheets = sheets.CONVERSION_PROB(leads, [coefficients]);
      const cells = leads.length === 1 ? [onSheets] : (onSheets as number[][]).map(([p]) => p);
      expect(cells).toHaveLength(leads.length);
      leads.forEach((lead, i) => {
        const p = conversionProbability(lead, coefficients);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThan(1);
        expect(cells[i]).toBe(p);
      });
    }), { numRuns: 200 });
  });

  it('a fit that exists satisfies its score equations: fitted probabilities add up to the won rows, and to each feature\'s won total', () => {
    // Features as a sheet holds them: counts, and amounts to two decimals (arbitrary doubles such as 1e-288
    // next to 1e-23 make one row an outlier no finite fit can reach, which the fit rightly refuses).
    const amount = fc.integer({ min: -300, max: 300 }).map((v) => v / 100);
    const history = fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), amount, fc.boolean()), { minLength: 12, maxLength: 60 });
    let fits = 0;
    fc.assert(fc.property(history, (rows) => {
      const x = Float64Array.from(rows.flatMap(([a, b]) => [a, b]));
      const y = Uint8Array.from(rows.map(([, , won]) => Number(won)));
      const fit = fitLogistic(x, y, 2);
      if (isModelProblem(fit)) return;
      fits++;
      let residual = 0, first = 0, second = 0;
      rows.forEach(([a, b], i) => {
        const r = y[i] - conversionProbability([a, b], fit.coefficients);
        residual += r;
        first += a * r;
        second += b * r;
      });
      expect(Math.abs(residual)).toBeLessThan(1e-6);
      expect(Math.abs(first)).toBeLessThan(1e-5);
      expect(Math.abs(second)).toBeLessThan(1e-5);
    }), { numRuns: 200 });
    // Most random histories have a fit; the property must not pass by refusing them all.
    expect(fits).toBeGreaterThan(100);
  });
});

describe('funnel counts', () => {
  const records = fc.array(fc.integer({ min: -1, max: 4 }), { minLength: 0, maxLength: 200 });

  it('never rise from one stage to the next, and the first counts every record counted', () => {
    fc.assert(fc.property(records, (furthest) => {
      const counts = funnelCounts(furthest, 5);
      for (let k = 1; k < 5; k++) expect(counts[k]).toBeLessThanOrEqual(counts[k - 1]);
      expect(counts[0]).toBe(furthest.filter((s) => s >= 0).length);
    }));
  });

  it('through Code.js, from records as text: counts never rise and every step conversion is in [0, 1]', () => {
    const names = ['线索', '触达', '跟进', '商机', '赢单'];
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 100 }), (stages) => {
      const out = sheets.FUNNEL(stages.map((k) => [names[k]]), [names]) as unknown[][];
      expect(out).toHaveLength(5);
      expect(out[0][1]).toBe(stages.length);
      for (let k = 1; k < 5; k++) {
        expect(out[k][1] as number).toBeLessThanOrEqual(out[k - 1][1] as number);
        if (typeof out[k][2] === 'number') {
          expect(out[k][2]).toBeGreaterThanOrEqual(0);
          expect(out[k][2]).toBeLessThanOrEqual(1);
        }
      }
    }), { numRuns: 100 });
  });
});

describe('the C139 score', () => {
  const opportunity = fc.record({
    coverage: ratio, valueFit: ratio,
    keyPeople: fc.array(ratio, { minLength: 3, maxLength: 3 }),
    factors: fc.array(factor, { minLength: 9, maxLength: 9 }),
  });

  it('stays within 0-100 and never falls when any one input rises (each of the 14), whatever the weights', () => {
    fc.assert(fc.property(opportunity, weights, fc.integer({ min: 0, max: 13 }), fc.double({ min: 0, max: 1, noNaN: true }), (o, w, which, by) => {
      const score = c139Score(c139Components(o), w);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      const up = { ...o, keyPeople: [...o.keyPeople], factors: [...o.factors] };
      if (which === 0) up.coverage = Math.min(1, o.coverage + by);
      else if (which === 1) up.valueFit = Math.min(1, o.valueFit + by);
      else if (which <= 4) up.keyPeople[which - 2] = Math.min(1, o.keyPeople[which - 2] + by);
      else up.factors[which - 5] = Math.min(5, o.factors[which - 5] + 4 * by);
      expect(c139Score(c139Components(up), w)).toBeGreaterThanOrEqual(score);
    }), { numRuns: 500 });
  });

  it('rises strictly with a component of positive weight (coverage from 0.2 to 0.6 under weight 1 adds 10 points)', () => {
    fc.assert(fc.property(opportunity, (o) => {
      const low = c139Score(c139Components({ ...o, coverage: 0.2 }));
      const high = c139Score(c139Components({ ...o, coverage: 0.6 }));
      // 100 x 0.4 / 4
      expect(high - low).toBeCloseTo(10, 6);
    }));
  });

  it('through Code.js equals the core for the same opportunity', () => {
    fc.assert(fc.property(opportunity, (o) => {
      const onSheets = sheets.C139_SCORE(o.coverage, o.valueFit, [o.keyPeople], [o.factors]);
      expect(onSheets).toBe(c139Score(c139Components(o)));
    }), { numRuns: 100 });
  });
});
