import { HyperFormula } from 'hyperformula';
import type { WorkbookModel } from '../../src/xlsx/workbook-model';

/**
 * Loads a workbook model into HyperFormula, formulas and names included, and returns a reader of the
 * value a cell computes. HyperFormula's one dialect difference: the logical constants are functions.
 */
export function evaluateModel(model: WorkbookModel): (sheet: string, row: number, col: number) => unknown {
  const plain = (rows: readonly (readonly unknown[])[]) => rows.map((row) => [...row].map((c) => {
    if (c && typeof c === 'object' && 'f' in c) return `=${(c as { f: string }).f.replace(/\b(TRUE|FALSE)\b(?!\()/g, '$1()')}`;
    return c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null;
  }));
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries(model.sheets.map((s) => [s.name, plain(s.rows) as never])),
    { licenseKey: 'gpl-v3', smartRounding: false },
    model.names.map((n) => ({ name: n.name, expression: `=${n.ref}` })),
  );
  return (sheet, row, col) => hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col });
}
