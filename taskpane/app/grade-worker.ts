// Grades a list off the page's main thread, so the pane stays responsive and a grading can be
// cancelled (by terminating the worker). Messages carry plain data only.
import { gradeTable, TableError, type GradeTableOptions } from '../../src/grading/grade-table';

interface GradeRequest {
  readonly sheetName: string;
  readonly rows: unknown[][];
  readonly options: GradeTableOptions;
}

self.onmessage = (event: MessageEvent<GradeRequest>) => {
  const { sheetName, rows, options } = event.data;
  try {
    const result = gradeTable(sheetName, rows, options);
    // The page has the list already: only the graded columns travel back, halving what is cloned on the
    // page's main thread for a big list.
    const [list, ...others] = result.model.sheets;
    const gradedBlock = result.gradedBlock ?? list.rows.map((row) => row.slice(result.width));
    self.postMessage({ ok: true, result: { ...result, gradedBlock, model: { ...result.model, sheets: [{ ...list, rows: [] }, ...others] } } });
  } catch (e) {
    self.postMessage({ ok: false, tableError: e instanceof TableError, message: e instanceof Error ? e.message : String(e) });
  }
};
