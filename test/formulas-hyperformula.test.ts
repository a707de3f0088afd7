// The native formulas evaluated by a real spreadsheet engine (HyperFormula) against the core, on random
// inputs: what a shared workbook computes without the add-in must be what the add-in computes.
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { abcClasses } from '../src/models/abc';
import { scoreByBands } from '../src/models/band-table';
import { breakthroughScore } from '../src/models/breakthrough';
import { churnRisk } from '../src/models/churn';
import { customerLifetimeValue } from '../src/models/clv';
import { compositeScore, gradeIndex } from '../src/models/composite';
import { purchaseCycle } from '../src/models/next-order';
import { potentialIndex } from '../src/models/potential';
import { SEGMENTERS, SEGMENT_SCHEMES } from '../src/models/segments';
import { abcClassFormula } from '../src/formulas/abc-formula';
import { churnRiskFormula } from '../src/formulas/churn-formula';
import { clvFormula } from '../src/formulas/clv-formula';
import { compositeGradeFormula, compositeScoreFormula } from '../src/formulas/composite-formulas';
import { breakthroughScoreFormula, potentialIndexFormula } from '../src/formulas/index-formulas';
import { NAMES } from '../src/formulas/names';
import { nextOrderDateFormula } from '../src/formulas/next-order-formula';
import { rfmCodeCellFormula, scoreFromCodeFormula, segmentFormula } from '../src/formulas/rfm-formulas';
import { toNativeFormula } from '../src/formulas/make-shareable';

type Sheet = (string | number | boolean | null)[][];

/** Evaluates `formulas` (row-by-row on sheet Data, after its input columns) with named ranges on Settings. */
function evaluate(rawData: Sheet, settings: Sheet, names: Record<string, string>): (row: number, col: number) => unknown {
  // HyperFormula's one dialect difference here: the logical constants are functions, TRUE().
  const data = rawData.map((row) => row.map((cell) =>
    (typeof cell === 'string' && cell.startsWith('=') ? cell.replace(/\b(TRUE|FALSE)\b(?!\()/g, '$1()') : cell)));
  // smartRounding off: HyperFormula would otherwise round results to 10 digits for display.
  const hf = HyperFormula.buildFromSheets({ Data: data, Settings: settings }, { licenseKey: 'gpl-v3', smartRounding: false },
    Object.entries(names).map(([name, ref]) => ({ name, expression: `=Settings!${ref}` })));
  const sheet = hf.getSheetId('Data')!;
  return (row, col) => {
    const v = hf.getCellValue({ sheet, row, col });
    return typeof v === 'object' && v !== null && 'type' in v ? `#${(v as { type: string }).type}` : v;
  };
}

/** A strictly ascending band table with scores 1-5. */
const bandTable = fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 5 })
  .chain((froms) => fc.tuple(fc.constant([0, ...froms.sort((a, b) => a - b)]), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: froms.length + 1, maxLength: froms.length + 1 })))
  .map(([from, score]) => ({ from, score }));

const tableRows = (t: { from: readonly number[]; score: readonly number[] }) => t.from.map((f, i) => [f, t.score[i]]);

describe('RFM formulas in a spreadsheet engine', () => {
  it('score, code and segment every row as the core does, for any band tables', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1200 }));
    fc.assert(fc.property(bandTable, bandTable, bandTable, fc.array(row, { minLength: 1, maxLength: 20 }), fc.constantFrom(...SEGMENT_SCHEMES),
      (r, f, m, rows, scheme) => {
        const codes: [number, string][] = [];
        for (let a = 1; a <= 5; a++) for (let b = 1; b <= 5; b++) for (let c = 1; c <= 5; c++) codes.push([a * 100 + b * 10 + c, SEGMENTERS[scheme](a, b, c).en]);
        const settings: Sheet = [];
        const put = (c: number, t: (number | string)[][]) => t.forEach((cells, i) => cells.forEach((v, j) => { (settings[i] ??= [])[c + j] = v; }));
        put(0, tableRows(r)); put(3, tableRows(f)); put(6, tableRows(m)); put(9, codes);
        // As the pane writes them: R, F and M read their digit of the code cell G, which checks the row.
        const data: Sheet = rows.map(([d, fr, mo], i) => [d, fr, mo,
          ...(['r', 'f', 'm'] as const).map((score) => `=${scoreFromCodeFormula(`G${i + 1}`, score)}`),
          `=${rfmCodeCellFormula({ ref: `A${i + 1}` }, { ref: `B${i + 1}` }, { ref: `C${i + 1}` }, false)}`,
          `=${segmentFormula(`G${i + 1}`)}`]);
        const at = evaluate(data, settings, {
          [NAMES.rBands]: `$A$1:$B$${r.from.length}`, [NAMES.fBands]: `$D$1:$E$${f.from.length}`,
          [NAMES.mBands]: `$G$1:$H$${m.from.length}`, [NAMES.segments]: '$J$1:$K$125',
        });
        rows.forEach(([d, fr, mo], i) => {
          const scores = [scoreByBands(d, r), scoreByBands(fr, f), scoreByBands(mo, m)];
          expect([at(i, 3), at(i, 4), at(i, 5)]).toEqual(scores);
          expect(at(i, 6)).toBe(scores[0] * 100 + scores[1] * 10 + scores[2]);
          expect(at(i, 7)).toBe(SEGMENTERS[scheme](scores[0], scores[1], scores[2]).en);
        });
      }), { numRuns: 60 });
  });

  it('count recency days from a date to the as-of date, and give #N/A for a blank input', () => {
    const code = (row: number) => `=${rfmCodeCellFormula({ ref: `A${row}` }, { ref: `B${row}` }, { ref: `C${row}` }, true)}`;
    const at = evaluate([[46296, 5, 0, code(1), `=${scoreFromCodeFormula('D1', 'r')}`], [46296, null, 0, code(2), `=${scoreFromCodeFormula('D2', 'r')}`]],
      [[0, 5], [31, 3], [91, 1], [46327]], { [NAMES.rBands]: '$A$1:$B$3', [NAMES.fBands]: '$A$1:$B$3', [NAMES.mBands]: '$A$1:$B$3', [NAMES.asOf]: '$A$4' });
    // 2026-10-01 to 2026-11-01 is 31 days -> 3; 5 orders -> 5, 0 -> 5 in this table
    expect(at(0, 3)).toBe(355);
    expect(at(0, 4)).toBe(3);
    expect(at(1, 3)).toBe('#NA');
    expect(at(1, 4)).toBe('#NA');
  });
});

describe('the other models in a spreadsheet engine', () => {
  // Ratios as a cell holds them: thousandths (a spreadsheet cell never holds a denormal like 5e-324).
  const ratio = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

  it('potential index, breakthrough score and CLV match the core', () => {
    fc.assert(fc.property(ratio, ratio, ratio, fc.integer({ min: 0, max: 5e6 }), fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), ratio, fc.constantFrom(0, 0.05, 0.1, 0.3), (b, p, s, a, y, acq, mt, mg, d) => {
        const at = evaluate([[b, p, s, a, y, acq, mt, `=${potentialIndexFormula('A1', 'B1', 'C1')}`, `=${breakthroughScoreFormula('B1', 'C1')}`,
          `=${clvFormula('D1', 'E1', 'F1', 'G1', 'CRM_CLV_MARGIN', 'CRM_CLV_RATE')}`]], [[mg, d]],
        { CRM_CLV_MARGIN: '$A$1', CRM_CLV_RATE: '$B$1' });
        expect(at(0, 7)).toBeCloseTo(potentialIndex(b, p, s), 9);
        expect(at(0, 8)).toBeCloseTo(breakthroughScore(p, s), 9);
        const want = customerLifetimeValue(a, y, acq, mt, mg, d);
        expect(Math.abs((at(0, 9) as number) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      }), { numRuns: 100 });
  });

  it('churn risk in sd and cv modes matches the core', () => {
    const series = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 6, maxLength: 6 });
    fc.assert(fc.property(series, series, fc.constantFrom<'sd' | 'cv'>('sd', 'cv'), fc.integer({ min: 1, max: 5 }), (xs, ys, mode, m) => {
      const at = evaluate([[...xs, ...ys, `=${churnRiskFormula('A1:F1', 'G1:L1', 'CRM_CHURN_M', 'CRM_CHURN_N', mode)}`]], [[m, 2]],
        { CRM_CHURN_M: '$A$1', CRM_CHURN_N: '$B$1' });
      expect(at(0, 12)).toBeCloseTo(churnRisk(xs, ys, m, 2, mode), 9);
    }), { numRuns: 100 });
  });

  it('composite score and grade match the core, at the cutoffs too', () => {
    const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(50, 70, 90, 89.99, 69.99));
    const weights = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 4 }).filter((w) => w.some((x) => x > 0));
    fc.assert(fc.property(fc.array(score, { minLength: 4, maxLength: 4 }), weights, (s, w) => {
      const at = evaluate([[...s, `=${compositeScoreFormula('A1:D1')}`, `=${compositeGradeFormula('E1')}`]],
        [[...w, null, 90, 'Strategic'], [null, null, null, null, null, 70, 'Core'], [null, null, null, null, null, 50, 'Potential'], [null, null, null, null, null, null, 'Basic']],
        { CRM_WEIGHTS: '$A$1:$D$1', CRM_CUTOFFS: '$F$1:$F$3', CRM_GRADE_LABELS: '$G$1:$G$4' });
      const want = compositeScore(s, w);
      expect(at(0, 4)).toBeCloseTo(want, 9);
      expect(at(0, 5)).toBe(['Strategic', 'Core', 'Potential', 'Basic'][gradeIndex(want)]);
    }), { numRuns: 150 });
  });

  it('ABC classes match the core, with ties and values <= 0', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -3, max: 12 }), { minLength: 1, maxLength: 25 }), (values) => {
      const n = values.length;
      const data: Sheet = values.map((v, i) => [v, `=${abcClassFormula(`A${i + 1}`, `$A$1:$A$${n}`, i === 0 ? undefined : `$A$1:A${i}`)}`]);
      const at = evaluate(data, [[0.8, 0.95]], { CRM_ABC_A: '$A$1', CRM_ABC_B: '$B$1' });
      const want = abcClasses(values);
      values.forEach((_, i) => expect(at(i, 1), `row ${i + 1} of ${JSON.stringify(values)}`).toBe('ABC'[want[i]]));
    }), { numRuns: 150 });
  });

  it('next order date matches the core, in any order of the dates', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 45000, max: 46500 }), { minLength: 3, maxLength: 6 }), (dates) => {
      const padded = [...dates, ...Array(6 - dates.length).fill(null)];
      const at2 = evaluate([[...padded, `=${nextOrderDateFormula('A1:F1')}`]], [[0]], {});
      expect(at2(0, 6)).toBe(Math.round(purchaseCycle(dates).next));
    }), { numRuns: 100 });
  });
});

describe('Make shareable formulas in a spreadsheet engine, on every input class', () => {
  // A cell as a list holds it: numbers around the bands (negative, zero, fractional), blank, spaces, text, TRUE.
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -300, max: 1500 }) },
    { weight: 1, arbitrary: fc.integer({ min: -3000, max: 3000 }).map((n) => n / 7) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('  ', 'abc', '—', true) },
  );
  // Band tables anywhere on the line, not only from 0: the first band may start below or above it.
  const anyTable = fc.uniqueArray(fc.integer({ min: -500, max: 1000 }), { minLength: 1, maxLength: 5 })
    .chain((froms) => fc.tuple(fc.constant(froms.sort((a, b) => a - b)), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: froms.length, maxLength: froms.length })))
    .map(([from, score]) => ({ from, score }));
  const ratioCell = fc.oneof(fc.integer({ min: -200, max: 1200 }).map((n) => n / 1000), fc.constant(null), fc.constantFrom('x', 87.5, true));

  it('RFM_SCORE over named tables gives the bundle\'s cell, error for error', async () => {
    const { loadExcel } = await import('./bundles/load');
    const runtime = loadExcel();
    await runtime.ready;
    const rfm = runtime.associated.get('RFM_SCORE')!;
    await fc.assert(fc.asyncProperty(anyTable, anyTable, anyTable, fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('code', 'r', 'sum'), async (r, f, m, rows, output) => {
        const call = (i: number) => `=CRM.RFM_SCORE(A${i + 1},B${i + 1},C${i + 1},${NAMES.rBands},${NAMES.fBands},${NAMES.mBands},,"${output}")`;
        const settings: Sheet = [];
        const put = (c: number, t: (number | string)[][]) => t.forEach((cells, i) => cells.forEach((v, j) => { (settings[i] ??= [])[c + j] = v; }));
        put(0, tableRows(r)); put(3, tableRows(f)); put(6, tableRows(m));
        const text = (v: unknown) => (typeof v === 'string' ? `'${v}` : v) as string | number | boolean | null;
        const at = evaluate(rows.map((cells, i) => [...cells.map(text), toNativeFormula(call(i))!]), settings, {
          [NAMES.rBands]: `$A$1:$B$${r.from.length}`, [NAMES.fBands]: `$D$1:$E$${f.from.length}`, [NAMES.mBands]: `$G$1:$H$${m.from.length}`,
        });
        for (const [i, [a, b, c]] of rows.entries()) {
          const out = (rfm([[a]], [[b]], [[c]], tableRows(r), tableRows(f), tableRows(m), null, output) as unknown[][])[0][0];
          const want = typeof out === 'object' && out !== null ? `#${{ '#VALUE!': 'VALUE', '#N/A': 'NA' }[(out as { code: string }).code]}` : out;
          expect(at(i, 3), `row ${JSON.stringify([a, b, c])}`).toBe(want);
        }
      }), { numRuns: 60 });
  });

  it('POTENTIAL_INDEX and CLV give the bundle\'s cell, error for error', async () => {
    const { loadExcel } = await import('./bundles/load');
    const runtime = loadExcel();
    await runtime.ready;
    const potential = runtime.associated.get('POTENTIAL_INDEX')!;
    const clv = runtime.associated.get('CLV')!;
    await fc.assert(fc.asyncProperty(ratioCell, ratioCell, ratioCell, cell, cell, cell, cell, ratioCell, async (b, p, s, a, y, acq, mt, mg) => {
      const text = (v: unknown) => (typeof v === 'string' ? `'${v}` : v) as string | number | boolean | null;
      const at = evaluate([[b, p, s, a, y, acq, mt, mg].map(text).concat([toNativeFormula('=CRM.POTENTIAL_INDEX(A1,B1,C1)')!, toNativeFormula('=CRM.CLV(D1,E1,F1,G1,H1)')!])], [[0]], {});
      const shown = (out: unknown) => {
        const v = (out as unknown[][])[0][0];
        return typeof v === 'object' && v !== null ? `#${{ '#VALUE!': 'VALUE', '#N/A': 'NA' }[(v as { code: string }).code]}` : v;
      };
      const close = (got: unknown, want: unknown) => (typeof want === 'number' ? expect(got as number).toBeCloseTo(want, 6) : expect(got).toBe(want));
      close(at(0, 8), shown(potential([[b]], [[p]], [[s]])));
      close(at(0, 9), shown(clv([[a]], [[y]], [[acq]], [[mt]], [[mg]], null)));
    }), { numRuns: 200 });
  });
});
