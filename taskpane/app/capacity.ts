// What a host can hold, checked before grading starts: a grading refused up front loses nothing, one
// that fails on the host's limit halfway has to be taken back.

/** A host's limits, and what the workbook already uses where the limit is on the whole workbook. */
export interface HostCapacity {
  readonly maxRows: number;
  readonly maxColumns: number;
  /** Google Sheets: 10,000,000 cells per spreadsheet, counting every sheet's whole grid. */
  readonly maxCells?: number;
  readonly usedCells?: number;
}

/** Excel's worksheet: 1,048,576 rows by 16,384 columns (XFD). */
export const EXCEL_CAPACITY: HostCapacity = { maxRows: 1_048_576, maxColumns: 16_384 };
/** Google Sheets' limit, before the spreadsheet's own use is known. */
export const SHEETS_MAX_CELLS = 10_000_000;

// The graded columns at most (six, the composite pair, CLV, churn, warnings), and the cells of the three
// sheets grading adds: a new Sheets sheet has a 1,000 x 26 grid.
const MOST_GRADED_COLUMNS = 11;
const NEW_SHEETS_CELLS = 3 * 1000 * 26;

/** Why a list cannot be graded on this host, with the numbers, or undefined when it fits. */
export type CapacityProblem =
  | { readonly kind: 'columns'; readonly needed: number; readonly max: number }
  | { readonly kind: 'cells'; readonly needed: number; readonly used: number; readonly max: number };

/**
 * Checks that a list at (`top`, `left`) with `rows` rows and `width` columns, and its graded columns
 * beside it, fit the host.
 * @example capacityProblem({ maxRows: 1048576, maxColumns: 16384 }, 0, 16380, 10, 4) // { kind: 'columns', needed: 16395, max: 16384 }
 */
export function capacityProblem(capacity: HostCapacity, top: number, left: number, rows: number, width: number): CapacityProblem | undefined {
  const lastColumn = left + width + MOST_GRADED_COLUMNS;
  if (lastColumn > capacity.maxColumns) return { kind: 'columns', needed: lastColumn, max: capacity.maxColumns };
  if (capacity.maxCells !== undefined) {
    const needed = (top + rows) * MOST_GRADED_COLUMNS + NEW_SHEETS_CELLS;
    const used = capacity.usedCells ?? 0;
    if (used + needed > capacity.maxCells) return { kind: 'cells', needed, used, max: capacity.maxCells };
  }
  return undefined;
}
