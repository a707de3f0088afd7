import { describe, expect, it } from 'vitest';
import { capacityProblem, EXCEL_CAPACITY, SHEETS_MAX_CELLS } from '../../taskpane/app/capacity';

// Up to 11 graded columns are written beside a list; grading adds three sheets, 1,000 x 26 cells each
// in Google Sheets (78,000 cells).
describe('capacityProblem: refused before anything is written', () => {
  it("Excel's maximum column fits: 1,048,576 rows of 4 columns from A1", () =>
    expect(capacityProblem(EXCEL_CAPACITY, 0, 0, 1_048_576, 4)).toBeUndefined());
  it('a list whose graded columns would pass XFD (16,384) is refused with the column it needs', () =>
    expect(capacityProblem(EXCEL_CAPACITY, 0, 16_370, 10, 4)).toEqual({ kind: 'columns', needed: 16_370 + 4 + 11, max: 16_384 }));
  it('Sheets: 200,000 rows in an empty spreadsheet fit (2,200,000 + 78,000 cells)', () =>
    expect(capacityProblem({ maxRows: SHEETS_MAX_CELLS, maxColumns: 18_278, maxCells: SHEETS_MAX_CELLS, usedCells: 5_000_000 }, 0, 0, 200_000, 10)).toBeUndefined());
  it('Sheets: a spreadsheet already near 10,000,000 cells is refused with the numbers', () =>
    expect(capacityProblem({ maxRows: SHEETS_MAX_CELLS, maxColumns: 18_278, maxCells: SHEETS_MAX_CELLS, usedCells: 8_000_000 }, 0, 0, 200_000, 10))
      .toEqual({ kind: 'cells', needed: 200_000 * 11 + 78_000, used: 8_000_000, max: 10_000_000 }));
});
