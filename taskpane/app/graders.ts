import { gradeTable, TableError, type GradedTable, type GradeTableOptions, type TableErrorDetails } from '../../src/grading/grade-table';
import { gradeLedger, type GradedLedger, type GradeLedgerOptions, type LedgerReadOptions } from '../../src/grading/grade-ledger';
import { ledgerBtydModels } from '../../src/grading/ledger-btyd-check';
import type { BtydModels } from '../../src/grading/ledger-btyd';
import { reviveGradedLeads, scoreLeads, type LeadScorer, type LeadScoreRequest, type ScoredLeads } from './lead-scorers';
import type { GradedLeads, LeadRow } from '../../src/grading/grade-leads';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';

/** Grades a table: in a worker where the page can start one, else on the page. */
export type Grader = (sheetName: string, rows: readonly (readonly unknown[])[], options: GradeTableOptions) => Promise<GradedTable>;

/**
 * Grades an order ledger per customer (gradeLedger), telling `onProgress` the share of its lines read.
 * From the worker, the result's `summary.customers` is left behind (the customer sheet holds them).
 */
export type LedgerGrader = (
  sheetName: string, rows: readonly (readonly unknown[])[], options: GradeLedgerOptions, onProgress?: (fraction: number) => void,
) => Promise<GradedLedger>;

/**
 * Fits a ledger's buy-till-you-die models as grading it with `options` would (ledgerBtydModels), off the
 * page: what the predictions option waits for. Undefined when no customer ordered by the as-of date.
 */
export type BtydChecker = (rows: readonly (readonly unknown[])[], options: LedgerReadOptions) => Promise<BtydModels | undefined>;

/** Grading on the calling thread: the tests, and hosts where workers cannot start (the Sheets sidebar). */
export const gradeHere: Grader = async (sheetName, rows, options) => gradeTable(sheetName, rows, options);

/**
 * A ledger graded on the calling thread, as gradeHere grades a list (the Sheets sidebar, the tests).
 * @example (await gradeLedgerHere('Orders', [['Customer', 'Order date', 'Amount'], ['A', '2026-10-01', 5]], { preset: 'seed' })).graded // 1
 */
export const gradeLedgerHere: LedgerGrader = async (sheetName, rows, options, onProgress) =>
  gradeLedger(sheetName, rows, { ...options, progress: onProgress && ((read, lines) => onProgress(read / lines)) });

/** What the page asks the worker: a list or a ledger graded, or a lead or opportunity list scored. Plain data only. */
export type GradeRequest =
  | { readonly kind: 'list'; readonly sheetName: string; readonly rows: readonly (readonly unknown[])[]; readonly options: GradeTableOptions }
  | { readonly kind: 'ledger'; readonly sheetName: string; readonly rows: readonly (readonly unknown[])[]; readonly options: GradeLedgerOptions }
  | { readonly kind: 'btyd'; readonly rows: readonly (readonly unknown[])[]; readonly options: LedgerReadOptions }
  | { readonly kind: 'leads'; readonly request: LeadScoreRequest };

/** What the worker answers: progress while it reads, then the result or why it failed. A TableError
 * travels as its message and its `details` (the field asked about, the columns that could hold it), so
 * the page rebuilds it and the pane highlights the field as it does for a question it found itself. */
export type GradeReply =
  | { readonly progress: number }
  | { readonly chunk: RowChunk }
  | { readonly ok: true; readonly result: GradedTable | GradedLedger | ScoredLeads | BtydModels | null }
  | { readonly ok: false; readonly tableError: boolean; readonly message: string; readonly details?: TableErrorDetails };

/** Part of a graded block (and, for a lead list, of its scored rows), sent on its own so that no single
 * message the page receives (and decodes on its main thread) holds all 50,000 rows. */
export interface RowChunk {
  readonly rows: ScoredLeads['graded']['rows'];
  /** Arrays of the page's own once cloned, so the page may write them in place. */
  readonly block: WorkbookCell[][];
}

/** Rows per chunk: decoding 2,000 rows of formulas takes the page well under 100 ms. */
export const CHUNK_ROWS = 2000;

/** Sends `block` (and a lead list's `rows`) to the page CHUNK_ROWS rows at a time. */
function replyInChunks(reply: (message: GradeReply) => void, block: readonly (readonly WorkbookCell[])[], rows: RowChunk['rows'] = []): void {
  for (let i = 0; i < Math.max(rows.length, block.length); i += CHUNK_ROWS) {
    reply({ chunk: { rows: rows.slice(i, i + CHUNK_ROWS), block: block.slice(i, i + CHUNK_ROWS) as WorkbookCell[][] } });
  }
}

/**
 * What the grading worker does with one request: grades it, telling `reply` the progress and then the
 * result (the graded columns only, for a list: the page has the list already) or why it failed.
 * @example answerGradeRequest({ kind: 'list', sheetName: 'L', rows: [['Recency', 'Orders'], [3, 4]], options }, postMessage) // replies { ok: false, tableError: true, message: 'column not found: monetary (amount)...', details: { problem: 'missing', ... } }
 */
export function answerGradeRequest(request: GradeRequest, reply: (message: GradeReply) => void): void {
  try {
    if (request.kind === 'leads') {
      const { graded, built } = scoreLeads(request.request, (fraction) => reply({ progress: fraction }));
      // The rows and the block go in chunks (the block's header row first), then the rest without them.
      replyInChunks(reply, built.block, graded.rows);
      reply({ ok: true, result: { graded: { ...graded, rows: [] }, built: { ...built, block: [] } } });
      return;
    }
    if (request.kind === 'btyd') {
      // null, not undefined: the page tells "no customer by the as-of date" from a reply with no result.
      reply({ ok: true, result: ledgerBtydModels(request.rows, request.options) ?? null });
      return;
    }
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
    // page's main thread for a big list, and in chunks, so that no one message blocks the page long.
    const [list, ...others] = result.model.sheets;
    replyInChunks(reply, result.gradedBlock ?? list.rows.map((row) => row.slice(result.width)));
    reply({ ok: true, result: { ...result, gradedBlock: [], model: { ...result.model, sheets: [{ ...list, rows: [] }, ...others] } } });
  } catch (e) {
    reply(e instanceof TableError
      ? { ok: false, tableError: true, message: e.message, details: e.details }
      : { ok: false, tableError: false, message: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Grading in a worker loaded from `url`, and the predictions check in a worker of its own (a new check
 * stops the one before, whose answer could only be stale); `cancel()` stops both at once (the promises
 * then reject with 'cancelled').
 * @example const { grade, gradeLedger, scoreLeads, checkBtyd, cancel } = workerGrader('grade-worker.js')
 */
export function workerGrader(url: string): { grade: Grader; gradeLedger: LedgerGrader; scoreLeads: LeadScorer; checkBtyd: BtydChecker; cancel(): void } {
  type Running = { worker: Worker; reject(e: Error): void };
  const slots: { grading?: Running; check?: Running } = {};
  const stop = (slot: keyof typeof slots, why: string) => {
    const running = slots[slot];
    if (!running) return;
    running.worker.terminate();
    running.reject(new Error(why));
    slots[slot] = undefined;
  };
  const run = <T>(request: GradeRequest, slot: keyof typeof slots = 'grading', onProgress?: (fraction: number) => void, onChunk?: (chunk: RowChunk) => void) => new Promise<T>((resolve, reject) => {
    const worker = new Worker(url);
    const running = { worker, reject };
    slots[slot] = running;
    const done = () => {
      worker.terminate();
      if (slots[slot] === running) slots[slot] = undefined;
    };
    worker.onmessage = (event) => {
      const data = event.data as GradeReply;
      if ('progress' in data) return onProgress?.(data.progress);
      if ('chunk' in data) return onChunk?.(data.chunk);
      done();
      if (data.ok) resolve(data.result as T);
      else reject(data.tableError ? new TableError(data.message, data.details) : new Error(data.message));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
  return {
    grade: async (sheetName, rows, options) => {
      const block: WorkbookCell[][] = [];
      const graded = await run<GradedTable>({ kind: 'list', sheetName, rows, options }, 'grading', undefined, (chunk) => {
        for (const row of chunk.block) block.push(row);
      });
      return { ...graded, gradedBlock: block };
    },
    gradeLedger: (sheetName, rows, options, onProgress) => run<GradedLedger>({ kind: 'ledger', sheetName, rows, options }, 'grading', onProgress),
    scoreLeads: async (request, onProgress) => {
      const rows: LeadRow[] = [], block: WorkbookCell[][] = [];
      const scored = await run<ScoredLeads>({ kind: 'leads', request }, 'grading', onProgress, (chunk) => {
        for (const row of reviveGradedLeads({ rows: chunk.rows } as GradedLeads).rows) rows.push(row);
        for (const row of chunk.block) block.push(row);
      });
      return { graded: { ...reviveGradedLeads(scored.graded), rows }, built: { ...scored.built, block } };
    },
    checkBtyd: async (rows, options) => {
      stop('check', 'superseded');
      return (await run<BtydModels | null>({ kind: 'btyd', rows, options }, 'check')) ?? undefined;
    },
    cancel() {
      stop('grading', 'cancelled');
      stop('check', 'cancelled');
    },
  };
}
