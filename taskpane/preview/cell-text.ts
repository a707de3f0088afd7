// What a cell of the preview's grid shows: its value in its number format, as the downloaded workbook
// shows it in Excel (src/xlsx/number-formats.ts): dates as dates, amounts with thousands separators and
// two decimals, shares as percents, and other numbers as Excel's General format shows them.
import { serialToIso } from '../../src/cells/dates';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';

/** A grid cell's text, and whether it is a formula's result and a number (drawn right-aligned). */
export interface CellText {
  readonly text: string;
  readonly formula: boolean;
  readonly number: boolean;
}

/**
 * The text a cell shows in the grid.
 * @example cellText({ v: 46087, style: 'date' }).text // '2026-03-06'
 * @example cellText({ f: 'SUMIF(...)', v: 1234567.5, style: 'amount' }).text // '1,234,567.50'
 * @example cellText({ f: 'C2/C9', v: 0.21875, style: 'percent' }).text // '21.88%'
 * @example cellText(78.18181818181819).text // '78.18181818'
 */
export function cellText(cell: WorkbookCell): CellText {
  const formula = typeof cell === 'object' && cell !== null && 'f' in cell;
  const raw = typeof cell === 'object' && cell !== null ? ('v' in cell ? cell.v : undefined) : cell;
  const style = typeof cell === 'object' && cell !== null ? cell.style : undefined;
  if (raw === undefined || raw === null) return { text: '', formula, number: false };
  if (typeof raw === 'object') return { text: raw.error, formula, number: false };
  if (typeof raw === 'boolean') return { text: raw ? 'TRUE' : 'FALSE', formula, number: false };
  if (typeof raw !== 'number') return { text: String(raw), formula, number: false };
  return { text: numberText(raw, style), formula, number: true };
}

function numberText(value: number, style: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  switch (style) {
    case 'date': return serialToIso(value);
    case 'amount': return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'percent': return `${(value * 100).toFixed(2)}%`;
    case 'integer': return Math.round(value).toFixed(0);
    // Excel's General: whole numbers as they are, others to about ten significant digits.
    default: return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
}
