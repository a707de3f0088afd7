// functions.js as Excel's custom-functions runtime loads it, checked against functions.json as Excel
// reads it: matrices in, a matrix out, errors as CustomFunctions.Error elements.
import { describe, expect, it } from 'vitest';
import { FakeCustomFunctionsError, excelMetadata, loadExcel } from './load';

const runtime = loadExcel();
const call = (id: string, ...args: unknown[]) => {
  const fn = runtime.associated.get(id);
  if (!fn) throw new Error(`${id} is not associated`);
  return fn(...args) as unknown[][];
};

describe('functions.js and functions.json agree', () => {
  const metadata = excelMetadata();

  it('associates exactly the ids the metadata declares, each equal to its name', () => {
    const ids = metadata.functions.map((f) => f.id);
    expect([...runtime.associated.keys()].sort()).toEqual([...ids].sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
    expect(ids).toEqual(['RFM_SCORE', 'RFM_SEGMENT', 'POTENTIAL_INDEX', 'CLV', 'CHURN_RISK', 'COMPOSITE_GRADE',
      'ABC_CLASS', 'NEXT_ORDER_DATE', 'BREAKTHROUGH_SCORE', 'ORDERS_SUMMARY',
      'BTYD_SUMMARY', 'BGNBD_FIT', 'PROB_ALIVE', 'EXPECTED_PURCHASES', 'GAMMA_GAMMA_FIT', 'EXPECTED_CLV',
      'LEAD_SCORE', 'ATTRIBUTE_SCORE', 'LOGISTIC_FIT', 'CONVERSION_PROB', 'C139_SCORE', 'FUNNEL']);
  });

  it("declares as many parameters as each function takes, required ones first, and matrix results", () => {
    for (const f of metadata.functions) {
      const fn = runtime.associated.get(f.id)!;
      // The associated wrapper takes rest args; the parameter count is checked against the catalog via
      // the Sheets stubs' signatures instead, which are generated from the same list.
      expect(typeof fn).toBe('function');
      expect(f.result).toEqual({ type: 'any', dimensionality: 'matrix' });
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
      for (const p of f.parameters) {
        // T is SPEC's own name for the length of a customer's history (BGNBD_FIT(frequency, recency, T)).
        expect(p.name).toMatch(/^([a-z_]+|T)$/);
        expect(p.description.length).toBeGreaterThan(5);
        expect(['matrix', 'scalar']).toContain(p.dimensionality);
      }
    }
  });

  it('has zh-CN and zh-TW copies with the same ids and parameters, in Chinese', () => {
    for (const file of ['functions.zh-CN.json', 'functions.zh-TW.json']) {
      const zh = excelMetadata(file);
      expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
      zh.functions.forEach((f, i) => {
        expect(f.parameters.map((p) => p.name)).toEqual(metadata.functions[i].parameters.map((p) => p.name));
        expect(f.description).toMatch(/[\u4e00-\u9fff]/);
        for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  });

  it('declares the seed parameter lists of SPEC.md', () => {
    const params = (id: string) => metadata.functions.find((f) => f.id === id)!.parameters.map((p) => p.name);
    expect(params('RFM_SCORE')).toEqual(['recency', 'frequency', 'monetary', 'r_table', 'f_table', 'm_table', 'as_of', 'output']);
    expect(params('CLV')).toEqual(['annual_revenue', 'years', 'acquisition_cost', 'maintenance_cost', 'margin', 'discount_rate']);
    expect(params('COMPOSITE_GRADE')).toEqual(['scores', 'weights', 'cutoffs', 'labels', 'output', 'lang']);
    expect(params('CHURN_RISK')).toEqual(['interactions', 'satisfaction', 'm', 'n', 'mode']);
  });
});

describe('calls as Excel makes them', () => {
  it('one cell arrives as [[x]] and omitted optionals as null', () => {
    expect(call('RFM_SCORE', [[30]], [[10]], [[500000]], null, null, null, null, null)).toEqual([[555]]);
    expect(call('POTENTIAL_INDEX', [[0.875]], [[0.8]], [[0.825]])[0][0]).toBeCloseTo(57.75, 9);
  });

  it('returns a bad row as a #VALUE! CustomFunctions.Error carrying the message', () => {
    const result = call('RFM_SCORE', [[10], [10]], [[5], ['many']], [[0], [0]], null, null, null, null, null);
    // 10 days -> R 5, 5 orders -> F 3, 0 -> M 1
    expect(result[0]).toEqual([531]);
    const error = result[1][0] as FakeCustomFunctionsError;
    expect(error).toBeInstanceOf(FakeCustomFunctionsError);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toBe("frequency: 'many' is not a number");
  });

  it('returns a missing value as #N/A', () => {
    const result = call('CLV', [[1000], [1000]], [[2], [null]], [[0], [0]], [[0], [0]], null, null);
    expect(result[0]).toEqual([2000]);
    expect((result[1][0] as FakeCustomFunctionsError).code).toBe('#N/A');
  });

  it('throws a CustomFunctions.Error for misaligned ranges', () => {
    expect(() => call('BREAKTHROUGH_SCORE', [[0.5], [0.5]], [[0.5], [0.5], [0.5]])).toThrowError(
      expect.objectContaining({ code: '#VALUE!', message: 'Ranges do not line up: penetration has 2 rows, tech_match has 3 rows' }),
    );
  });

  it('returns dates as serial numbers', () => {
    // serials 46023 (2026-01-01), 46053, 46093: intervals 30 and 40, mean 35 -> 46128 (2026-04-16)
    expect(call('NEXT_ORDER_DATE', [[46023, 46053, 46093]], null)).toEqual([[46128]]);
  });

  it('follows the display language Office reports', () => {
    const zh = loadExcel('zh-TW');
    expect(zh.associated.get('RFM_SEGMENT')!([[5]], [[5]], [[5]], null, null)).toEqual([['重要價值客戶']]);
  });
});
