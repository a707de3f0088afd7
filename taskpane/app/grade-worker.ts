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
    self.postMessage({ ok: true, result: gradeTable(sheetName, rows, options) });
  } catch (e) {
    self.postMessage({ ok: false, tableError: e instanceof TableError, message: e instanceof Error ? e.message : String(e) });
  }
};
