// Shared formulas (ECMA-376 Part 1, 18.3.1.40): a column's formula written once for a run of rows. The
// run's first cell carries the text and the run's range, the others only the group's number; Excel reads
// each as the first cell's formula moved down to its own row. A million-row list's graded columns are
// written and deflated once per run instead of once per row. Which cells may share is said by whoever
// builds the row (FormulaCell.shared): the writer never reads formula text to guess it.
import { columnLetters } from './a1';
import { isFormula, type WorkbookCell } from './workbook-model';

/** How one cell of a shared formula is written: the run's first cell (`master`) opens the formula with
 * `xml` and writes its text after it; every other cell of the run is `xml` alone. */
export interface SharedRole {
  readonly si: number;
  /** The run's range, on its first cell only. */
  readonly ref?: string;
  readonly master: boolean;
  readonly xml: string;
}

/** Numbers a sheet's shared-formula groups across the windows it is written in. */
export interface SharedGroups {
  next: number;
}

/**
 * The shared-formula role of each cell of consecutive sheet rows, `first` the 0-based sheet row of
 * rows[0]: cells down one column with the same `shared` key form a run (a cell with another key, none,
 * or no formula ends it), and a run of two or more cells is one group. Groups are numbered in the order
 * their first cells are written. Undefined for a row with no such cell.
 * @example sharedRoles([[{ f: 'A1*2', shared: 'x' }], [{ f: 'A2*2', shared: 'x' }]], 0, { next: 0 }) // [[{ si: 0, ref: 'A1:A2', master: true, xml: '<f t="shared" ref="A1:A2" si="0">' }], [{ si: 0, master: false, xml: '<f t="shared" si="0"/>' }]]
 */
export function sharedRoles(rows: readonly (readonly WorkbookCell[])[], first: number, groups: SharedGroups): (SharedRole[] | undefined)[] {
  const runs: { column: number; start: number; end: number }[] = [];
  // Per column: where its open run starts (-1: none) and its key.
  const start: number[] = [];
  const key: (string | undefined)[] = [];
  const close = (column: number, end: number) => {
    if (start[column] >= 0 && end - start[column] >= 2) runs.push({ column, start: start[column], end });
  };
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j];
    const width = Math.max(row.length, start.length);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const k = isFormula(cell) ? cell.shared : undefined;
      if (k !== undefined && k === key[c] && start[c] >= 0) continue;
      close(c, j);
      start[c] = k === undefined ? -1 : j;
      key[c] = k;
    }
  }
  for (let c = 0; c < start.length; c++) close(c, rows.length);
  runs.sort((a, b) => a.start - b.start || a.column - b.column);
  const roles: (SharedRole[] | undefined)[] = new Array(rows.length);
  for (const { column, start: s, end } of runs) {
    const si = groups.next++;
    const letters = columnLetters(column);
    const ref = `${letters}${first + s + 1}:${letters}${first + end}`;
    (roles[s] ??= [])[column] = { si, ref, master: true, xml: `<f t="shared" ref="${ref}" si="${si}">` };
    const follower: SharedRole = { si, master: false, xml: `<f t="shared" si="${si}"/>` };
    for (let j = s + 1; j < end; j++) (roles[j] ??= [])[column] = follower;
  }
  return roles;
}
