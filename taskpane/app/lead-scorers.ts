// Scoring a lead or opportunity list (the pipeline functions, then the formulas of the graded block):
// on the calling thread, or in the grading worker so a big list does not freeze the page. The result
// crosses to the page by structured clone, which keeps a cell error's code and message but not its
// class: the page makes them CellErrors again.
import { CellError, isCellError } from '../../src/cells/cell-error';
import type { OutCell } from '../../src/cells/output';
import { gradeLeads, type GradedLeads, type LeadRow, type LeadSetup } from '../../src/grading/grade-leads';
import { buildLeadWorkbook, type LeadWorkbook, type PlacedList } from '../../src/formulas/lead-workbook';
import type { Lang } from '../../src/i18n/lang';

/** What scoring needs: the list as placed in the workbook, the user's choices, the language, the sheet row of the first lead. */
export interface LeadScoreRequest {
  readonly list: PlacedList;
  readonly setup: LeadSetup;
  readonly lang: Lang;
  readonly firstRow: number;
}

/** The graded leads and the workbook parts built from them. */
export interface ScoredLeads {
  readonly graded: GradedLeads;
  readonly built: LeadWorkbook;
}

/** Scores a list, telling `onProgress` the share done (after the functions, after the formulas). */
export type LeadScorer = (request: LeadScoreRequest, onProgress?: (fraction: number) => void) => Promise<ScoredLeads>;

/**
 * The scoring itself, synchronous: the functions (about half the work on a big list), then the block's formulas.
 * @example scoreLeads({ list, setup, lang: 'en', firstRow: 2 }).graded.grades // { A: 1, B: 2, C: 1, D: 1 }
 */
export function scoreLeads(request: LeadScoreRequest, onProgress?: (fraction: number) => void): ScoredLeads {
  const { list, setup, lang, firstRow } = request;
  const graded = gradeLeads(list.rows, setup, lang, firstRow);
  onProgress?.(0.5);
  const built = buildLeadWorkbook(list, setup, graded, lang);
  onProgress?.(0.9);
  return { graded, built };
}

/** Scoring on the calling thread: the tests, and hosts where workers cannot start (the Sheets sidebar). */
export const scoreLeadsHere: LeadScorer = async (request, onProgress) => scoreLeads(request, onProgress);

/** A cell error that lost its class crossing from the worker, made a CellError again; anything else as it is. */
function revive(v: OutCell | undefined): OutCell | undefined {
  if (v && typeof v === 'object' && !isCellError(v)) {
    const e = v as { code?: unknown; message?: unknown };
    if ((e.code === 'value' || e.code === 'na') && typeof e.message === 'string') return new CellError(e.code, e.message);
  }
  return v;
}

/**
 * Graded leads as the worker sent them, with their cell errors CellErrors again (the pane's message and
 * the funnel's refusal test for them).
 * @example reviveGradedLeads({ rows: [{ score: { code: 'na', message: 'counts: ...' }, problem: '...' }], ... }).rows[0].score instanceof CellError // true
 */
export function reviveGradedLeads(graded: GradedLeads): GradedLeads {
  const row = (r: LeadRow): LeadRow => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'problem' ? v : revive(v as OutCell)])) as unknown as LeadRow;
  return { ...graded, rows: graded.rows.map(row), ...(graded.funnel ? { funnel: graded.funnel.map((cells) => cells.map((c) => revive(c) as OutCell)) } : {}) };
}
