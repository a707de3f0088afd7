import type { GradedTable, GradeTableOptions } from '../../src/grading/grade-table';
import { gradeHere, type Grader } from './graders';
import { LANGS, type Lang } from '../../src/i18n/lang';
import { workbookLabel, type WorkbookLabel } from '../../src/i18n/workbook-labels';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';
import type { FoundList, WorkbookPort } from '../hosts/workbook-port';
import { columnLetters } from '../../src/xlsx/a1';

/** The headers grading writes beside the list, in order; the composite pair follows when graded too. */
const GRADED_HEADERS: readonly WorkbookLabel[] = ['rScore', 'fScore', 'mScore', 'rfmCode', 'segment', 'problem'];
/** The columns that may follow, for lists graded on the other models too (in this order). */
const OPTIONAL_HEADERS: readonly WorkbookLabel[] = ['compositeScore', 'compositeGrade', 'clv', 'churn', 'warnings'];
export const GRADED_COLUMNS = GRADED_HEADERS.length;

/**
 * Separates a list found around the selection from the columns an earlier grading wrote beside it
 * (recognised by their headers, in any of the three languages), so re-grading replaces them instead of
 * grading them as data.
 * @example splitEarlierGrading({ ..., rows: [['订单数', '金额', 'R 分', ...]] }).earlier // true
 */
export function splitEarlierGrading(found: FoundList): { list: FoundList; earlier: boolean } {
  const headerRow = found.rows.findIndex((row) => row.some((c) => c !== null && c !== undefined && c !== ''));
  const header = found.rows[headerRow] ?? [];
  // The base six headers, followed only by optional graded headers up to the end of the row.
  for (let at = header.length - GRADED_HEADERS.length; at > 0; at--) {
    const isOurs = (key: WorkbookLabel, i: number, lang: Lang) => header[at + i] === workbookLabel(key, lang);
    const ours = LANGS.some((lang) => GRADED_HEADERS.every((key, i) => isOurs(key, i, lang))
      && header.slice(at + GRADED_HEADERS.length).every((h) => OPTIONAL_HEADERS.some((key) => h === workbookLabel(key, lang))));
    if (ours) return { list: { ...found, rows: found.rows.map((row) => row.slice(0, at)) }, earlier: true };
  }
  return { list: found, earlier: false };
}

export type GradeOutcome =
  | { readonly kind: 'graded'; readonly result: GradedTable }
  /** The cells beside the list hold someone's data: nothing was written. */
  | { readonly kind: 'occupied'; readonly result: GradedTable };

/**
 * One-click grading into a workbook through its port: grades the list, writes the graded columns (native
 * formulas with their values) beside it, never over a non-empty cell unless `replaceEarlier` says they
 * are the columns an earlier grading wrote, then the settings, summary and methodology sheets and the
 * names they use.
 * @example await gradeIntoWorkbook(memoryWorkbook, list, { preset: 'seed', asOf: 46327 }, false) // { kind: 'graded', ... }
 */
export async function gradeIntoWorkbook(
  port: WorkbookPort, list: FoundList, options: GradeTableOptions, replaceEarlier: boolean, grade: Grader = gradeHere,
): Promise<GradeOutcome> {
  const result = await grade(list.sheetName, list.rows, { ...options, origin: { row: list.top, column: list.left } });
  const [listSheet, ...sheets] = result.model.sheets;
  const left = list.left + result.width;
  const graded = gradedColumns(result);
  // Six graded columns, more where the list is graded on the other models too.
  const columns = graded[result.headerRow].length;
  const block: WorkbookCell[][] = graded.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? null));
  if (!replaceEarlier && !(await port.isBlockEmpty(list.sheetName, list.top, left, block.length, columns))) {
    return { kind: 'occupied', result };
  }
  await port.writeBlock(list.sheetName, list.top, left, block);
  if (listSheet.colours?.length) await port.setColours(list.sheetName, listSheet.colours);
  // The header filter over the list and its graded columns, where the list's header row is.
  const headerRow = list.top + result.headerRow;
  await port.setFilter(list.sheetName, `${columnLetters(list.left)}${headerRow + 1}:${columnLetters(left + columns - 1)}${list.top + list.rows.length}`);
  // Between writes the page gets its main thread back, so the pane can draw and Cancel can be clicked.
  for (const sheet of sheets) {
    await nextTask();
    await port.replaceSheet(sheet);
  }
  await port.defineNames(result.model.names);
  return { kind: 'graded', result };
}

/**
 * Grading when the cells beside the list are taken: a copy of the list with its graded columns goes to a
 * new sheet (named after the list's), so nothing of the user's is written over.
 * @example await gradeIntoNewSheet(port, list, options, ['客户名单']) // sheet '客户名单 (graded)'
 */
export async function gradeIntoNewSheet(
  port: WorkbookPort, list: FoundList, options: GradeTableOptions, existingSheets: readonly string[], grade: Grader = gradeHere,
): Promise<GradedTable & { sheetName: string }> {
  let sheetName = `${list.sheetName.slice(0, 22)} (graded)`;
  for (let n = 2; existingSheets.includes(sheetName); n++) sheetName = `${list.sheetName.slice(0, 20)} (graded ${n})`;
  const result = await grade(sheetName, list.rows, options);
  const [listSheet, ...others] = result.model.sheets;
  // The copy: the list as it is, then its graded columns.
  const graded = gradedColumns(result);
  const rows = list.rows.map((row, r) => [...Array.from({ length: result.width }, (_, c) => row[c] as WorkbookCell), ...graded[r]]);
  for (const sheet of [{ ...listSheet, rows }, ...others]) {
    await nextTask();
    await port.replaceSheet(sheet);
  }
  await port.defineNames(result.model.names);
  return { ...result, sheetName };
}

/** The graded columns of each row: passed back on their own by the worker, or cut from the list sheet. */
function gradedColumns(result: GradedTable): readonly (readonly WorkbookCell[])[] {
  return result.gradedBlock ?? result.model.sheets[0].rows.map((row) => row.slice(result.width));
}

/** Resolves on the next task, letting the host's event loop run in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
