// Parity of the pane's one-click grading: on every input class, each graded cell's native formula
// (recalculated by HyperFormula), the value cached beside it, and the custom function in the built
// bundle give the same cell, error for error. LibreOffice: test/e2e/libreoffice-pane.test.ts.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import type { WorkbookCell, WorkbookModel } from '../src/xlsx/workbook-model';
import { rfmCodeCellFormula } from '../src/formulas/rfm-formulas';
import {
  GROUPS, bundleColumns, cachedShown, gradeGroup, sameValue, writtenCell, type PaneColumn,
} from './formulas-parity-pane-cases';

/** A workbook cell as HyperFormula takes it: formulas with their = (TRUE and FALSE as functions, its
 * dialect), text kept text with a leading '. */
function hfCell(cell: WorkbookCell): RawCellContent {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') {
    if ('f' in cell) return `=${cell.f.replace(/\b(TRUE|FALSE)\b(?!\()/g, '$1()')}`;
    return hfCell(cell.v);
  }
  return typeof cell === 'string' ? `'${cell}` : cell;
}

/** The workbook in HyperFormula, with its named ranges; the list sheet's cells read as shown values. */
function recalculate(model: WorkbookModel, edit?: (hf: HyperFormula) => void): (row: number, col: number) => unknown {
  const sheets = Object.fromEntries(model.sheets.map((s) => [s.name, s.rows.map((r) => r.map(hfCell))]));
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false },
    (model.names ?? []).map((n) => ({ name: n.name, expression: `=${n.ref}` })));
  edit?.(hf);
  const sheet = hf.getSheetId(model.sheets[0].name)!;
  return (row, col) => {
    const v = hf.getCellValue({ sheet, row, col });
    return typeof v === 'object' && v !== null && 'value' in v ? (v as { value: string }).value : v;
  };
}

describe("the pane's graded formulas compute what the custom functions compute", () => {
  for (const group of GROUPS) {
    describe(`a list with recency as ${group.name}, churn in ${group.churnMode} mode`, () => {
      const graded = gradeGroup(group);
      const at = recalculate(graded.model);
      it.each(group.cases.map((c, i) => [c.name, c, i] as const))('%s', async (_, c, i) => {
        const bundle = await bundleColumns(graded.rows[i], group);
        let compared = 0;
        for (const [name, column] of Object.entries(graded.columns) as [PaneColumn, number][]) {
          const written = writtenCell(graded.model, i, column);
          const want = c.want?.[name];
          if (!written) {
            // Nothing is written for a model whose inputs are all blank: the function says '' there.
            expect(bundle[name], `${name}: nothing written, the function gives ${String(bundle[name])}`).toBe('');
            expect(want).toBeUndefined();
            continue;
          }
          const engine = at(i + 1, column), cached = cachedShown(written.v);
          expect(sameValue(engine, cached), `${name}: recalculated ${JSON.stringify(engine)}, cached ${JSON.stringify(cached)}`).toBe(true);
          expect(sameValue(engine, bundle[name]), `${name}: recalculated ${JSON.stringify(engine)}, function ${JSON.stringify(bundle[name])}`).toBe(true);
          if (want !== undefined) expect(sameValue(engine, want), `${name}: recalculated ${JSON.stringify(engine)}, by hand ${want}`).toBe(true);
          compared++;
        }
        expect(compared).toBeGreaterThanOrEqual(7);
      });
    });
  }

  it('gives a row emptied after grading blank cells, as the functions do', async () => {
    const group = GROUPS[0];
    const graded = gradeGroup(group);
    const inputs = graded.model.sheets[0].rows[0].length;
    const sheet = 0;
    // Every input of the first (good) row cleared; its graded formulas stay.
    const at = recalculate(graded.model, (hf) => {
      for (let c = 1; c < 18; c++) hf.setCellContents({ sheet, row: 1, col: c }, null);
    });
    expect(inputs).toBeGreaterThan(18);
    const bundle = await bundleColumns(Array(18).fill(null), group);
    for (const [name, column] of Object.entries(graded.columns) as [PaneColumn, number][]) {
      expect(at(1, column), name).toBe('');
      expect(bundle[name], name).toBe('');
    }
  });

  it('keeps a formula for a million rows within a few hundred characters', () => {
    // The longest graded formula a row of Excel's maximum column holds: the code cell, dates counted to as-of.
    const n = 1_048_576;
    const code = rfmCodeCellFormula({ ref: `B${n}` }, { ref: `C${n}` }, { ref: `D${n}` }, true);
    expect(code.length).toBeLessThan(560);
  });
});
