// The CLI's grading of a list of any length in two passes over its source: the first checks it (header,
// data problems, the quintile bands, its size), the second grades it a few thousand rows at a time and
// writes each row to the workbook as it goes. What is held per row is a few numbers (quintile inputs,
// amounts for the Pareto curve, customer ids for the duplicate check), never the row.
import { gradedHeaderRow, gradedLayout, gradedListRow, gradedSummaryTally, listRowAsIs, listSheetFrame, sheetsAfterList } from '../src/formulas/graded-workbook';
import { tallyRow } from '../src/formulas/summary-sheet';
import { dataProblemCollector, type DataProblem } from '../src/grading/data-problems';
import { quintileInputs, quintileTablesOf } from '../src/grading/grade-rfm-list';
import { gradedWorkbookOptions, gradeRows, listDates, planTable, problemColumns, type GradeTableOptions, type TablePlan } from '../src/grading/grade-table';
import { dateOrderTally } from '../src/grading/date-order';
import type { DateConvention } from '../src/cells/coerce';
import type { RfmTables } from '../src/models/rfm';
import { writeSheet, type XlsxStream } from '../src/xlsx/stream-xlsx';
import type { RowSource } from './list-source';
import { PROFILE_ROWS } from '../src/grading/column-profile';

/** A list checked by the first pass: ready to be graded by the second. */
export interface CheckedList {
  readonly plan: TablePlan;
  /** Rows above the header (a title), copied as they are. */
  readonly above: readonly unknown[][];
  readonly dataRows: number;
  /** The widest row: the graded columns start after it. */
  readonly width: number;
  readonly problems: readonly DataProblem[];
  /** The list's quintile band tables, when the quintile preset is asked for. */
  readonly tables?: RfmTables;
  /** How the list's dates are read, its column's day/month order decided. */
  readonly dates?: DateConvention;
}

// Rows graded per call of the core: large enough that per-call costs vanish, small enough to stay a
// few megabytes whatever the list's length.
const ROWS_PER_PIECE = 4096;
// findHeaderRow looks this far down for the header.
const HEADER_LOOKAHEAD = 20;

/**
 * The first pass: finds the header and the columns (a TableError when they are not there), reports
 * the data problems, and computes the quintile bands over the whole list when they are asked for.
 * @example checkList(csvFileRows('list.csv'), { preset: 'seed', asOf: 46296 }).dataRows // 2
 */
export function checkList(source: RowSource, options: GradeTableOptions): CheckedList {
  const head: unknown[][] = [];
  // The header's rows and the data rows below it that detection profiles, as gradeTable reads them.
  source((row) => head.push(row) < HEADER_LOOKAHEAD + PROFILE_ROWS);
  const plan = planTable(head, options);
  const scan = (dates: DateConvention | undefined) => {
    const problems = dataProblemCollector(plan.header, problemColumns(plan), options.asOf, plan.lang, dates);
    const quintiles = options.preset === 'quintile' && !options.tables ? [[], [], []] as number[][] : undefined;
    const order = dateOrderTally();
    let index = -1, width = 0, dataRows = 0;
    source((row) => {
      index++;
      width = Math.max(width, row.length);
      if (index <= plan.headerRow) return;
      dataRows++;
      problems.add(row, index + 1);
      order.add(row[plan.columns.recency]);
      if (quintiles) quintileInputs(row, plan.columns, { asOf: options.asOf, lang: plan.lang, dates }).forEach((v, d) => quintiles[d].push(v));
    });
    return { problems, quintiles, order, width, dataRows };
  };
  let pass = scan(options.dates);
  // The day/month order of dates like 10/1/2026 is known only once the whole column is seen: when it
  // differs from the one assumed, the list is checked again with it (lists without such dates never are).
  const dates = listDates(pass.order, plan, options.dates);
  if (dates?.order !== options.dates?.order) pass = scan(dates);
  const { problems, quintiles, width, dataRows } = pass;
  return {
    plan, above: head.slice(0, plan.headerRow), dataRows, width, problems: problems.problems(), dates,
    tables: quintiles ? quintileTablesOf(quintiles[0], quintiles[1], quintiles[2]) : undefined,
  };
}

/**
 * The second pass: grades the list a piece at a time and writes the graded workbook to `out` (the list
 * with its graded columns, then settings, summary and methodology), as gradeTable's workbook would be.
 * @example writeGradedList('List', csvFileRows('list.csv'), checked, { preset: 'seed', asOf: 46296 }, streamXlsx(sink)) // { graded: 2, rowProblems: 0 }
 */
export function writeGradedList(
  sheetName: string, source: RowSource, list: CheckedList, given: GradeTableOptions, out: XlsxStream,
): { graded: number; rowProblems: number } {
  const options = { ...given, dates: list.dates };
  const { plan } = list;
  const { columns } = plan;
  let piece: unknown[][] = [];
  let done = 0, graded = 0, rowProblems = 0;
  // Set by the first piece: which optional columns the list has is known once one piece is graded.
  let started: ReturnType<typeof start> | undefined;

  function start(first: ReturnType<typeof gradeRows>) {
    const wbOptions = gradedWorkbookOptions(plan, options, first);
    const layout = gradedLayout(list.width, list.above.length, wbOptions);
    const frame = listSheetFrame(sheetName, layout, plan.headerRow + 1 + list.dataRows, wbOptions);
    const sheet = out.sheet(frame);
    for (const row of list.above) sheet.row(listRowAsIs(row));
    sheet.row(gradedHeaderRow(plan.header, layout, wbOptions));
    return { wbOptions, layout, frame, sheet, first, tally: gradedSummaryTally(first.graded, wbOptions) };
  }

  const gradePiece = () => {
    const gradings = gradeRows(piece, plan, options, list.tables);
    started ??= start(gradings);
    const { sheet, layout, tally } = started;
    const pieceOptions = { ...started.wbOptions, composite: gradings.composite, clv: gradings.clv, churn: gradings.churn };
    piece.forEach((source, k) => {
      const g = gradings.graded.rows[k];
      sheet.row(gradedListRow(source, k, done + k, gradings.graded, columns, layout, pieceOptions));
      tallyRow(tally, source, g, columns, gradings.composite?.grades[k], gradings.clv?.values[k]);
      if (g.kind === 'graded') graded++;
      else if (g.kind === 'problem') rowProblems++;
    });
    done += piece.length;
    piece = [];
  };

  let index = -1;
  source((row) => {
    if (++index <= plan.headerRow) return;
    piece.push(row);
    if (piece.length === ROWS_PER_PIECE) gradePiece();
  });
  // A list with no data rows is still graded once, as gradeTable grades it, so it fails or succeeds alike.
  if (piece.length || !started) gradePiece();
  const { sheet, frame, layout, first, tally, wbOptions } = started!;
  sheet.end(frame);
  const after = sheetsAfterList(sheetName, layout, done, columns, first.graded, tally, wbOptions);
  for (const s of after.sheets) writeSheet(out, s);
  out.end(after.names);
  return { graded, rowProblems };
}
