import { isFormula, type WorkbookCell } from './workbook-model';

/**
 * A cell as a host's "formulas" write takes it (Excel's `Range.formulas`, Sheets' `setValues`): a formula
 * as "=...", and text that would read as a formula (= + - @) kept as text with a leading apostrophe, so
 * nothing a user typed is ever evaluated.
 * @example hostFormulaCell({ f: 'A1*2', v: 4 }) // '=A1*2'
 * @example hostFormulaCell('=HYPERLINK("x")') // `'=HYPERLINK("x")`
 */
export function hostFormulaCell(cell: WorkbookCell): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return asText(cell);
  if (isFormula(cell)) return `=${cell.f}`;
  return typeof cell.v === 'string' ? asText(cell.v) : cell.v;
}

function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
