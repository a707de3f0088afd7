// Grades a list or an order ledger off the page's main thread, so the pane stays responsive and a
// grading can be cancelled (by terminating the worker). Messages carry plain data only.
import { gradeTable, TableError } from '../../src/grading/grade-table';
import { gradeLedger } from '../../src/grading/grade-ledger';
import type { GradeReply, GradeRequest } from './graders';

const reply = (message: GradeReply) => self.postMessage(message);

self.onmessage = (event: MessageEvent<GradeRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'ledger') {
      const result = gradeLedger(request.sheetName, request.rows, {
        ...request.options, progress: (read, lines) => reply({ progress: read / lines }),
      });
      // The customer sheet is new to the page, so it travels whole; the summary's customers are its
      // rows again, and stay here.
      reply({ ok: true, result: { ...result, summary: { ...result.summary, customers: [] } } as typeof result });
      return;
    }
    const { sheetName, rows, options } = request;
    const result = gradeTable(sheetName, rows, options);
    // The page has the list already: only the graded columns travel back, halving what is cloned on the
    // page's main thread for a big list.
    const [list, ...others] = result.model.sheets;
    const gradedBlock = result.gradedBlock ?? list.rows.map((row) => row.slice(result.width));
    reply({ ok: true, result: { ...result, gradedBlock, model: { ...result.model, sheets: [{ ...list, rows: [] }, ...others] } } });
  } catch (e) {
    reply({ ok: false, tableError: e instanceof TableError, message: e instanceof Error ? e.message : String(e) });
  }
};
