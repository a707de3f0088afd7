import { gradeTable, TableError, type GradedTable, type GradeTableOptions } from '../../src/grading/grade-table';

/** Grades a table: in a worker where the page can start one, else on the page. */
export type Grader = (sheetName: string, rows: readonly (readonly unknown[])[], options: GradeTableOptions) => Promise<GradedTable>;

/** Grading on the calling thread: the tests, and hosts where workers cannot start (the Sheets sidebar). */
export const gradeHere: Grader = async (sheetName, rows, options) => gradeTable(sheetName, rows, options);

/**
 * Grading in a worker loaded from `url`; `cancel()` stops it at once (the promise then rejects with
 * 'cancelled').
 * @example const { grade, cancel } = workerGrader('grade-worker.js')
 */
export function workerGrader(url: string): { grade: Grader; cancel(): void } {
  let current: { worker: Worker; reject(e: Error): void } | undefined;
  const grade: Grader = (sheetName, rows, options) => new Promise((resolve, reject) => {
    const worker = new Worker(url);
    current = { worker, reject };
    worker.onmessage = (event) => {
      worker.terminate();
      current = undefined;
      const data = event.data as { ok: true; result: GradedTable } | { ok: false; tableError: boolean; message: string };
      if (data.ok) resolve(data.result);
      else reject(data.tableError ? new TableError(data.message) : new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      current = undefined;
      reject(new Error(event.message));
    };
    worker.postMessage({ sheetName, rows, options });
  });
  return {
    grade,
    cancel() {
      if (!current) return;
      current.worker.terminate();
      current.reject(new Error('cancelled'));
      current = undefined;
    },
  };
}
