import { cellRef, widestRow } from './a1';
import type { StyleName, WorkbookCell } from './workbook-model';

/** The number format each cell style shows, as Excel and Sheets take it. */
export const NUMBER_FORMATS: Partial<Record<StyleName, string>> = {
  date: 'yyyy-mm-dd',
  integer: '0',
  amount: '#,##0.00',
  percent: '0.00%',
};

/**
 * The number formats a block of cells needs, as runs of one column sharing a format (so a 50,000-row
 * column of amounts is one range, not 50,000), addressed from the block's top-left cell.
 * @example formatRuns([[{ v: 1, style: 'date' }], [{ v: 2, style: 'date' }]], 0, 1) // [{ range: 'B1:B2', format: 'yyyy-mm-dd' }]
 */
export function formatRuns(rows: readonly (readonly WorkbookCell[])[], top: number, left: number): { range: string; format: string }[] {
  const runs: { range: string; format: string }[] = [];
  const width = widestRow(rows);
  const formatOf = (cell: WorkbookCell) =>
    (typeof cell === 'object' && cell !== null && cell.style ? NUMBER_FORMATS[cell.style] : undefined);
  for (let c = 0; c < width; c++) {
    let start = -1;
    let format: string | undefined;
    for (let r = 0; r <= rows.length; r++) {
      const f = r < rows.length ? formatOf(rows[r][c]) : undefined;
      if (f !== format) {
        if (format !== undefined) runs.push({ range: `${cellRef(top + start, left + c)}:${cellRef(top + r - 1, left + c)}`, format });
        format = f;
        start = r;
      }
    }
  }
  return runs;
}
