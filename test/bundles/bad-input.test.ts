// SPEC: "A bad row never poisons the rest of a column" and misaligned ranges fail the whole call.
import { describe, expect, it } from 'vitest';
import { FakeCustomFunctionsError, loadExcel, loadSheets } from './load';

const N = 10_000;
const BAD = 4_321;

/** A 10,000-row list where row BAD holds junk in the monetary column. */
function list() {
  const recency: unknown[][] = [], frequency: unknown[][] = [], monetary: unknown[][] = [];
  for (let i = 0; i < N; i++) {
    recency.push([i % 120]);
    frequency.push([i % 13]);
    monetary.push([i === BAD ? 'n/a' : (i % 7) * 100_000]);
  }
  return { recency, frequency, monetary };
}

/** The seed 5/3/1 code computed by hand for row i of `list()`. */
function expectedCode(i: number): number {
  const d = i % 120, f = i % 13, m = (i % 7) * 100_000;
  const r = d <= 30 ? 5 : d <= 90 ? 3 : 1;
  const fs = f >= 10 ? 5 : f >= 5 ? 3 : 1;
  const ms = m >= 500_000 ? 5 : m >= 200_000 ? 3 : 1;
  return r * 100 + fs * 10 + ms;
}

describe('one bad row in a 10,000-row column', () => {
  it('Sheets: one "#VALUE! message" cell and 9,999 codes', () => {
    const { recency, frequency, monetary } = list();
    const result = loadSheets().RFM_SCORE(recency, frequency, monetary) as unknown[][];
    expect(result).toHaveLength(N);
    expect(result[BAD][0]).toBe("#VALUE! monetary: 'n/a' is not a number");
    let good = 0;
    result.forEach(([cell], i) => {
      if (i !== BAD && cell === expectedCode(i)) good++;
    });
    expect(good).toBe(N - 1);
  });

  it('Excel: one #VALUE! error element and 9,999 codes', () => {
    const { recency, frequency, monetary } = list();
    const fn = loadExcel().associated.get('RFM_SCORE')!;
    const result = fn(recency, frequency, monetary, null, null, null, null, null) as unknown[][];
    const errors = result.filter(([cell]) => cell instanceof FakeCustomFunctionsError);
    expect(errors).toHaveLength(1);
    expect(result[BAD][0]).toMatchObject({ code: '#VALUE!', message: "monetary: 'n/a' is not a number" });
    expect(result.filter(([cell], i) => cell === expectedCode(i))).toHaveLength(N - 1);
  });
});

describe('misaligned ranges', () => {
  it('fail the whole call naming both sizes (5,000 rows against 4,999)', () => {
    const col = (n: number) => Array.from({ length: n }, () => [1]);
    expect(() => loadSheets().RFM_SCORE(col(5000), col(5000), col(4999)))
      .toThrow('Ranges do not line up: recency has 5000 rows, monetary has 4999 rows');
  });
});
