import type { GradedTable, GradeTableOptions } from '../../src/grading/grade-table';
import type { GradedLedger, GradeLedgerOptions } from '../../src/grading/grade-ledger';
import { gradeHere, gradeLedgerHere, type Grader, type LedgerGrader } from './graders';
import { LANGS, type Lang } from '../../src/i18n/lang';
import { workbookLabel, type WorkbookLabel } from '../../src/i18n/workbook-labels';
import type { DefinedName, WorkbookCell, WorkbookSheet } from '../../src/xlsx/workbook-model';
import type { FoundList, WorkbookPort } from '../hosts/workbook-port';
import { columnLetters } from '../../src/xlsx/a1';
import { headerRowOrFirst } from '../../src/grading/detect-columns';

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
  // The header below any note or title typed above the list, as the pane reads it.
  const headerRow = headerRowOrFirst(found.rows);
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
 * Grading stopped after it had begun writing (Cancel, or the host failed halfway). `restored` says the
 * workbook is as it was before; otherwise what was written is incomplete and the user is told so.
 */
export class GradingInterrupted extends Error {
  constructor(readonly reason: unknown, readonly restored: boolean) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/** How the pane follows and stops a grading: asked between writes. */
export interface GradeControl {
  readonly cancelled?: () => boolean;
}

/**
 * One-click grading into a workbook through its port: grades the list, writes the graded columns (native
 * formulas with their values) beside it, never over a non-empty cell unless `replaceEarlier` says they
 * are the columns an earlier grading wrote, then the settings, summary and methodology sheets and the
 * names they use. Interrupted after writing began, it takes back what it wrote (the cells were empty,
 * the sheets new) and throws GradingInterrupted saying whether the workbook is as it was.
 * @example await gradeIntoWorkbook(memoryWorkbook, list, { preset: 'seed', asOf: 46327 }, false) // { kind: 'graded', ... }
 */
export async function gradeIntoWorkbook(
  port: WorkbookPort, list: FoundList, options: GradeTableOptions, replaceEarlier: boolean, grade: Grader = gradeHere,
  control: GradeControl = {},
): Promise<GradeOutcome> {
  // The list is in the workbook already: only its graded columns are built.
  const result = await grade(list.sheetName, list.rows, { ...options, gradedOnly: true, origin: { row: list.top, column: list.left } });
  const [listSheet, ...sheets] = result.model.sheets;
  const left = list.left + result.width;
  const graded = gradedColumns(result);
  // Six graded columns, more where the list is graded on the other models too.
  const columns = graded[result.headerRow].length;
  // Rows already as wide as the block are used as they are: a million-row list is not copied again.
  const block = graded.map((row) => (row.length === columns ? row : Array.from({ length: columns }, (_, c) => row[c] ?? null)));
  if (!replaceEarlier && !(await port.isBlockEmpty(list.sheetName, list.top, left, block.length, columns))) {
    return { kind: 'occupied', result };
  }
  const before = new Set(await port.sheetNames());
  const written = { block: false, sheets: [] as string[], filter: false, names: false };
  const step = async () => {
    // Between writes the page gets its main thread back, so the pane can draw and Cancel can be clicked.
    await nextTask();
    if (control.cancelled?.()) throw new Error('cancelled');
  };
  try {
    await step();
    written.block = true;
    await port.writeBlock(list.sheetName, list.top, left, block);
    for (const sheet of sheets) {
      await step();
      written.sheets.push(sheet.name);
      await port.replaceSheet(sheet);
    }
    await step();
    if (listSheet.colours?.length) await port.setColours(list.sheetName, listSheet.colours);
    // The header filter over the list and its graded columns, where the list's header row is.
    const headerRow = list.top + result.headerRow;
    written.filter = true;
    await port.setFilter(list.sheetName, `${columnLetters(list.left)}${headerRow + 1}:${columnLetters(left + columns - 1)}${list.top + list.rows.length}`);
    await step();
    written.names = true;
    await port.defineNames(result.model.names);
  } catch (e) {
    throw new GradingInterrupted(e, await takeBack(port, list.sheetName, list.top, left, block, written, before, replaceEarlier));
  }
  return { kind: 'graded', result };
}

/**
 * Undoes an interrupted grading: clears the graded block (its cells were empty before) and deletes the
 * sheets it added. True when the workbook is as it was; false when something written cannot be taken
 * back (columns or sheets of an earlier grading replaced, the filter or names begun) or the host failed again.
 */
async function takeBack(
  port: WorkbookPort, sheetName: string, top: number, left: number, block: readonly (readonly WorkbookCell[])[],
  written: { block: boolean; sheets: readonly string[]; filter: boolean; names: boolean }, before: ReadonlySet<string>, replaceEarlier: boolean,
): Promise<boolean> {
  // A replaced filter or names, and an earlier grading's columns, cannot be put back as they were.
  let restored = !written.names && !written.filter && !(written.block && replaceEarlier);
  try {
    if (written.block && !replaceEarlier) await port.writeBlock(sheetName, top, left, block.map((row) => row.map(() => '')));
    for (const name of written.sheets) {
      if (before.has(name)) restored = false;
      else await port.deleteSheet(name);
    }
  } catch {
    return false;
  }
  return restored;
}

/** How the pane follows a grading into new sheets: Cancel asked between writes, the reading's progress told. */
export interface NewSheetControl extends GradeControl {
  readonly progress?: (fraction: number) => void;
}

/**
 * Grading when the cells beside the list are taken: a copy of the list with its graded columns goes to a
 * new sheet (named after the list's, in the user's language), so nothing of the user's is written over.
 * @example await gradeIntoNewSheet(port, list, options, ['客户名单']) // sheet '客户名单 (graded)'
 * @example await gradeIntoNewSheet(port, list, { ...options, lang: 'zh-TW' }, ['客戶名單']) // sheet '客戶名單（已分級）'
 */
export async function gradeIntoNewSheet(
  port: WorkbookPort, list: FoundList, options: GradeTableOptions, existingSheets: readonly string[], grade: Grader = gradeHere,
  control: GradeControl = {},
): Promise<GradedTable & { sheetName: string }> {
  // Named in the pane's language; cut so the name stays within a sheet name's 31 characters.
  const lang = options.lang ?? 'en';
  let sheetName = workbookLabel('gradedCopy', lang, { name: list.sheetName.slice(0, 22) });
  for (let n = 2; isTaken(sheetName, existingSheets); n++) sheetName = workbookLabel('gradedCopyNumbered', lang, { name: list.sheetName.slice(0, 20), n });
  const result = await grade(sheetName, list.rows, { ...options, gradedOnly: true });
  const [listSheet, ...others] = result.model.sheets;
  // The copy: the list as it is, then its graded columns.
  const graded = gradedColumns(result);
  const rows = list.rows.map((row, r) => [...Array.from({ length: result.width }, (_, c) => row[c] as WorkbookCell), ...graded[r]]);
  await writeNewSheets(port, [{ ...listSheet, rows }, ...others], result.model.names, control);
  return { ...result, sheetName };
}

/**
 * An order ledger graded per customer onto a new customer sheet (the language's 'Customers', numbered
 * when the name is taken), followed by the settings, summary (with the stocktake) and methodology
 * sheets. The ledger itself is only read. Interrupted, it deletes the sheets it added and throws
 * GradingInterrupted, as gradeIntoWorkbook does.
 * @example await gradeLedgerIntoNewSheet(port, ledger, { preset: 'seed', lang: 'en' }, ['Orders', 'Customers']) // sheet 'Customers (2)'
 */
export async function gradeLedgerIntoNewSheet(
  port: WorkbookPort, list: FoundList, options: GradeLedgerOptions, existingSheets: readonly string[], grade: LedgerGrader = gradeLedgerHere,
  control: NewSheetControl = {},
): Promise<GradedLedger & { sheetName: string }> {
  const base = workbookLabel('customersSheet', options.lang ?? 'en');
  let sheetName = base;
  for (let n = 2; isTaken(sheetName, existingSheets); n++) sheetName = `${base} (${n})`;
  // The whole customer sheet is built (no gradedOnly): it is new, nothing of it is in the workbook yet.
  const result = await grade(list.sheetName, list.rows, { ...options, customerSheet: sheetName, gradedOnly: false }, control.progress);
  await writeNewSheets(port, result.model.sheets, result.model.names, control);
  return { ...result, sheetName };
}

/** Sheet names compare as Excel and Sheets compare them: case aside. */
function isTaken(name: string, existing: readonly string[]): boolean {
  return existing.some((s) => s.toLowerCase() === name.toLowerCase());
}

/**
 * Writes a grading's sheets (a new sheet first, then the add-in's own) and its names, asking Cancel
 * between writes; interrupted, it deletes the sheets it added and throws GradingInterrupted saying
 * whether the workbook is as it was (not when an add-in sheet that was there had been replaced).
 */
async function writeNewSheets(port: WorkbookPort, sheets: readonly WorkbookSheet[], names: readonly DefinedName[], control: GradeControl): Promise<void> {
  const before = new Set(await port.sheetNames());
  const written = { block: false, sheets: [] as string[], filter: false, names: false };
  try {
    for (const sheet of sheets) {
      await nextTask();
      if (control.cancelled?.()) throw new Error('cancelled');
      written.sheets.push(sheet.name);
      await port.replaceSheet(sheet);
      // The new sheet's header filter; deleting the sheet takes it back too.
      if (sheet.autoFilter && !before.has(sheet.name)) await port.setFilter(sheet.name, sheet.autoFilter);
    }
    await nextTask();
    if (control.cancelled?.()) throw new Error('cancelled');
    written.names = true;
    await port.defineNames(names);
  } catch (e) {
    throw new GradingInterrupted(e, await takeBack(port, '', 0, 0, [], written, before, false));
  }
}

/** The graded columns of each row: passed back on their own by the worker, or cut from the list sheet. */
function gradedColumns(result: GradedTable): readonly (readonly WorkbookCell[])[] {
  return result.gradedBlock ?? result.model.sheets[0].rows.map((row) => row.slice(result.width));
}

/** Resolves on the next task, letting the host's event loop run in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
