import type { Lang } from '../i18n/lang';
import { format } from '../i18n/messages';
import { tableMessage } from '../i18n/table-messages';
import { workbookLabel, type WorkbookLabel } from '../i18n/workbook-labels';
import type { PresetName } from '../models/presets';
import type { RfmTables } from '../models/rfm';
import type { SegmentScheme } from '../models/segments';
import { buildGradedWorkbook, type ChurnGrading, type ClvGrading, type CompositeGrading, type CustomerList, type GradedOutput, type GradedWorkbookOptions } from '../formulas/graded-workbook';
import { clvCall } from '../calls/clv';
import { churnRiskCall } from '../calls/churn-risk';
import { detectPeriodColumns } from './period-columns';
import { compositeGradeCall } from '../calls/composite-grade';
import { CallError, CellError, cachedError } from '../cells/cell-error';
import { DEFAULT_CUTOFFS, DEFAULT_GRADE_LABELS, DEFAULT_WEIGHTS } from '../models/composite';
import { cellValue } from './data-problems';
import type { WorkbookCell, WorkbookModel } from '../xlsx/workbook-model';
import { findDataProblems, type DataProblem, type ProblemColumns } from './data-problems';
import { detectColumnsWithContent, findHeaderRow, headerRowOrFirst, rowReadsAsData, type ColumnDetection, type ColumnMapping } from './detect-columns';
import { CLV_FIELDS, COMPOSITE_FIELDS, normalizeHeader, type FieldId } from './fields';
import { cellKind, PROFILE_ROWS, profileColumns, recencyIsDate, type ColumnProfile } from './column-profile';
import { CONTRADICTS, contentFit } from './field-content';
import { contentExamples, contentWords, fieldLabel, quoteList, TableError, type RequiredField, type TableQuestion } from './table-error';
import { gradeRfmList, type GradedRfmList, type RfmColumns } from './grade-rfm-list';
import { dateOrderTally, type DateOrderTally } from './date-order';
import { headerScale } from '../cells/number-text';
import { isBlank, showValue, type DateConvention } from '../cells/coerce';
import { dateToSerial, isDate, LAST_SERIAL, serialToIso } from '../cells/dates';
import { spaceSeparatedLine } from './space-separated';
import { segmentFills } from './segment-colours';
import type { LedgerNote } from '../formulas/methodology-sheet';
import type { AsOfRule } from '../formulas/settings-sheet';

export const PRESET_LABELS: Record<PresetName | 'quintile', string> = {
  seed: 'Seed 5/3/1', five: 'Five-point', manufacturing: 'Manufacturing', quintile: 'Quintiles',
};

export interface GradeTableOptions {
  readonly preset: PresetName | 'quintile';
  readonly asOf: number;
  /** How `asOf` was chosen, when by a rule a later grading repeats (noted on the settings sheet). */
  readonly asOfRule?: AsOfRule;
  readonly lang?: Lang;
  readonly scheme?: SegmentScheme;
  /** Header text chosen by the user for a field, overriding detection. */
  readonly map?: Partial<Record<FieldId, string>>;
  /** The column of each field as the user confirmed it: replaces detection and `map`. */
  readonly columns?: ColumnMapping;
  /** Composite weights and cutoffs (seed 002's defaults when omitted); used when the four dimensions are found. */
  readonly composite?: { readonly weights?: readonly number[]; readonly cutoffs?: readonly number[] };
  /** CLV's margin and discount rate (1 and 0 when omitted); used when the four CLV inputs are found. */
  readonly clv?: { readonly margin?: number; readonly rate?: number };
  /** Churn risk's weights and mode (1, 1, sd when omitted); used when per-period columns are found. */
  readonly churn?: { readonly m?: number; readonly n?: number; readonly mode?: 'sd' | 'cv' };
  /** Band tables edited by the user: they replace the preset's. */
  readonly tables?: RfmTables;
  /** How the graded columns are written (default: native formulas) and, for live custom functions,
   * the host's namespace prefix. */
  readonly output?: GradedOutput;
  readonly functionPrefix?: string;
  /** Where the table's top-left cell sits on its sheet, for the formulas' references. */
  readonly origin?: { readonly row: number; readonly column: number };
  /** Build only the graded columns (returned as `gradedBlock`), not the list's own cells again. */
  readonly gradedOnly?: boolean;
  /** How the workbook writes dates: the day/month order the user chose or its locale gives (a column
   * whose own dates tell wins), and the date system. */
  readonly dates?: DateConvention;
  /** The table is a customer sheet summarised from an order ledger: how (for the methodology and the stocktake). */
  readonly ledger?: LedgerNote;
  /** The header row (0-based) as the user confirmed it with `columns`: a header that names nothing
   * known (`A列`, `Col1`) is still the header once its columns were chosen by hand. */
  readonly headerRow?: number;
}

export { TableError, type TableErrorDetails, type TableProblem, type TableQuestion } from './table-error';

export interface GradedTable {
  readonly model: WorkbookModel;
  /** Row of the header within the table, and the table's width: the graded columns start after it. */
  readonly headerRow: number;
  readonly width: number;
  /** Customers per segment, most first: what the pane shows after grading (a few pairs, cheap to pass
   * back from the grading worker, unlike every graded row). */
  readonly segmentCounts: readonly (readonly [string, number])[];
  /** The graded columns of every row of the table (rows above the header empty), when the list sheet's
   * own rows were left out to pass less data back from a worker. */
  readonly gradedBlock?: readonly (readonly WorkbookCell[])[];
  readonly mapping: ColumnMapping;
  readonly problems: readonly DataProblem[];
  readonly graded: number;
  readonly rowProblems: number;
  readonly lang: Lang;
}

/** What grading needs from a table's first rows: where its header is, what each column holds, and the
 * language of the labels. */
export interface TablePlan {
  readonly headerRow: number;
  readonly header: readonly unknown[];
  readonly mapping: ColumnMapping;
  readonly columns: RfmColumns;
  readonly lang: Lang;
}

/**
 * Finds the header among a table's first rows (20 are enough, and up to PROFILE_ROWS data rows below it
 * are read for what its columns hold), maps the columns (detected by header words and content, or as the
 * user says) and checks the three RFM inputs. A TableError asks, naming the candidate columns, when one
 * is missing, when two columns are too close to choose between, or when a column's content contradicts
 * its field (text in the amount column, dates in the count column). Whether recency is a date or a
 * number of days is decided by the column's content, however the column was chosen.
 * @example planTable([['Report'], ['Recency', 'Orders', 'Amount']], { preset: 'seed', asOf: 46296 }).headerRow // 1
 * @example planTable([['Recency', 'Orders', 'Amount'], ['2026-10-01', 3, 100]], { preset: 'seed', asOf: 46296 }).columns.recencyIsDate // true
 * @example planTable([['A列', 'B列', 'C列'], [46296, 3, 100]], { preset: 'seed', asOf: 46300, columns: { recencyDays: 0, frequency: 1, monetary: 2 }, headerRow: 0 }).columns.recencyIsDate // true (serials)
 */
export function planTable(firstRows: readonly (readonly unknown[])[], options: GradeTableOptions): TablePlan {
  const spaced = options.columns ? undefined : spaceSeparatedLine(firstRows);
  if (spaced !== undefined) {
    throw new TableError(tableMessage(options.lang ?? languageOfHeaders([spaced]), 'tableSpaceSeparated', { line: spaced }), { problem: 'invalid', questions: [] });
  }
  const headerRow = options.columns && options.headerRow !== undefined && options.headerRow >= 0 && options.headerRow < firstRows.length
    ? options.headerRow : findHeaderRow(firstRows) >= 0 ? findHeaderRow(firstRows) : wordsHeaderRow(firstRows, options.map);
  if (headerRow < 0) throw noHeaderError(firstRows, options.lang);
  const header = firstRows[headerRow];
  const lang = options.lang ?? languageOfHeaders(header);
  const sample = firstRows.slice(headerRow + 1, headerRow + 1 + PROFILE_ROWS);
  let mapping: ColumnMapping;
  let detection: ColumnDetection | undefined;
  let profiles: readonly ColumnProfile[];
  const chosen = new Set<FieldId>();
  if (options.columns) {
    mapping = { ...options.columns };
    profiles = profileColumns(sample, header.length);
    for (const f of Object.keys(mapping) as FieldId[]) chosen.add(f);
  } else {
    detection = detectColumnsWithContent(header, sample);
    profiles = detection.profiles!;
    const user = userMapping(header, options.map ?? {}, lang, headerRow);
    mapping = { ...detection.mapping };
    for (const [field, column] of Object.entries(user) as [FieldId, number][]) {
      // A column the user names is that field's only; naming recency one way replaces the other.
      for (const [other, at] of Object.entries(mapping) as [FieldId, number][]) if (at === column) delete mapping[other];
      if (field === 'lastPurchase') delete mapping.recencyDays;
      if (field === 'recencyDays') delete mapping.lastPurchase;
      mapping[field] = column;
      chosen.add(field);
    }
  }
  askOpenQuestions(header, mapping, detection, chosen, profiles, lang, headerRow);
  const recency = mapping.recencyDays ?? mapping.lastPurchase;
  for (const [field, column] of [['recency', recency], ['frequency', mapping.frequency], ['monetary', mapping.monetary]] as const) {
    rejectContradiction(field, column!, header, profiles, lang, headerRow);
  }
  // Content decides date or days; the header's wording only when the cells do not tell (none yet).
  const read = profiles[recency!] ? recencyIsDate(profiles[recency!]) : undefined;
  const isDate = read ?? mapping.recencyDays === undefined;
  const keyed: ColumnMapping = { ...mapping };
  if (isDate && keyed.recencyDays === recency) { delete keyed.recencyDays; keyed.lastPurchase = recency; }
  if (!isDate && keyed.lastPurchase === recency) { delete keyed.lastPurchase; keyed.recencyDays = recency; }
  const columns = {
    recency: recency!, recencyIsDate: isDate,
    frequency: mapping.frequency!, monetary: mapping.monetary!, manualGrade: mapping.manualGrade,
    monetaryScale: headerScale(header[mapping.monetary!]),
  };
  return { headerRow, header, mapping: keyed, columns, lang };
}

/**
 * Where headers detection does not know (Kunde, Datum, Betrag) are, when the user named them with `map`:
 * the first row holding every one of them that reads as words, not data (a customer's row is never
 * taken for the header, whatever is named); -1 when none does.
 * @example namedHeaderRow([['Kunden 2026'], ['Kunde', 'Datum', 'Anzahl', 'Betrag']], { frequency: 'Anzahl' }) // 1
 */
export function namedHeaderRow(firstRows: readonly (readonly unknown[])[], map: Partial<Record<FieldId, string>> | undefined): number {
  const named = Object.values(map ?? {}).map(normalizeHeader);
  if (!named.length) return -1;
  return firstRows.findIndex((row) => !rowReadsAsData(row) && named.every((text) => row.some((h) => normalizeHeader(h) === text)));
}

// When no row names a field: the row holding the headers the user named, else the first row of words
// (Kunde, Datum, Betrag; or a list of one column), so the user is told which columns are missing and
// how to name them; -1 only when the first filled row is data (a list with no header row).
function wordsHeaderRow(firstRows: readonly (readonly unknown[])[], map: Partial<Record<FieldId, string>> | undefined): number {
  const named = namedHeaderRow(firstRows, map);
  if (named >= 0) return named;
  const words = headerRowOrFirst(firstRows);
  if (words >= 0) return words;
  const first = firstRows.findIndex((row) => row.some((c) => !isBlank(cellValue(c))));
  return first >= 0 && !rowReadsAsData(firstRows[first]) ? first : -1;
}

// A cell as the user typed it: a date cell (a serial, or a Sheets Date) as its date; a number that reads
// as a date by its digits (19970101) is no serial, and is shown as typed.
function shownCell(cell: unknown): string {
  const v = cellValue(cell);
  if (isDate(v)) return serialToIso(dateToSerial(v));
  if (typeof v === 'number' && v <= LAST_SERIAL && cellKind(cell) === 'date') return serialToIso(v);
  return showValue(v);
}

/**
 * Why no header row was found: the first rows name no field, or (a list with no header row at all) the
 * first row is data, shown as read so the user sees it is a customer, not column names.
 * @example noHeaderError([['华东机电', '2026-03-01', 3, 1200]], 'en').message // 'no header row: the first row holds data (华东机电, 2026-03-01, 3, 1200), ...'
 */
export function noHeaderError(firstRows: readonly (readonly unknown[])[], lang: Lang | undefined): TableError {
  const first = firstRows.find((row) => row.some((c) => !isBlank(cellValue(c))));
  if (first && rowReadsAsData(first)) {
    const cells = first.filter((c) => !isBlank(cellValue(c))).slice(0, 5).map(shownCell).join(', ');
    const language = lang ?? languageOfHeaders(first);
    return new TableError(tableMessage(language, 'tableHeaderless', { cells }), { problem: 'noHeader', questions: [] });
  }
  return new TableError(tableMessage(lang ?? (first ? languageOfHeaders(first) : 'en'), 'tableNoHeader'), { problem: 'noHeader', questions: [] });
}

/**
 * Throws the TableError for what the user has to choose before grading: required fields with no column
 * (and the columns whose content could hold them), and detected fields whose best columns are too close
 * to choose between. Fields the user chose are never questioned.
 */
function askOpenQuestions(
  header: readonly unknown[], mapping: ColumnMapping, detection: ColumnDetection | undefined, chosen: ReadonlySet<FieldId>,
  profiles: readonly ColumnProfile[], lang: Lang, headerRow: number,
): void {
  // A date or number typed as a header is named as the user sees it, not as [object Object].
  const name = (c: number) => (typeof header[c] === 'object' && header[c] !== null ? shownCell(header[c]) : String(header[c] ?? `#${c + 1}`));
  const question = (field: FieldId, columns: readonly number[]): TableQuestion => ({ field, columns, candidates: columns.map(name) });
  const missing: { label: RequiredField; question: TableQuestion }[] = [];
  const recency = mapping.recencyDays ?? mapping.lastPurchase;
  if (recency === undefined) {
    const columns = detection?.suggestions.recency ?? [];
    const first = columns[0] === undefined ? undefined : recencyIsDate(profiles[columns[0]]);
    missing.push({ label: 'recency', question: question(first === false ? 'recencyDays' : 'lastPurchase', columns) });
  }
  if (mapping.frequency === undefined) missing.push({ label: 'frequency', question: question('frequency', detection?.suggestions.frequency ?? []) });
  if (mapping.monetary === undefined) missing.push({ label: 'monetary', question: question('monetary', detection?.suggestions.monetary ?? []) });
  if (missing.length) {
    const could = missing.filter((m) => m.question.candidates.length)
      .map((m) => tableMessage(lang, 'tableCouldBe', { field: fieldLabel(m.label, lang), candidates: quoteList(m.question.candidates, lang, 'orSeparator') }));
    const notFound = tableMessage(lang, 'tableMissing', { fields: missing.map((m) => fieldLabel(m.label, lang)).join(lang === 'en' ? '; ' : '；') });
    const message = could.length ? [`${notFound}${lang === 'en' ? '.' : '。'}`, ...could].join(lang === 'en' ? ' ' : '') : notFound;
    throw new TableError(message, { problem: 'missing', questions: missing.map((m) => m.question), headerRow });
  }
  if (!detection) return;
  const close: { label: RequiredField; question: TableQuestion }[] = [];
  const recencyField: FieldId = mapping.recencyDays !== undefined ? 'recencyDays' : 'lastPurchase';
  for (const [label, field] of [['recency', recencyField], ['frequency', 'frequency'], ['monetary', 'monetary']] as const) {
    const rivals = detection.ambiguous[field];
    const userSet = chosen.has(field) || (label === 'recency' && (chosen.has('lastPurchase') || chosen.has('recencyDays')));
    if (rivals && !userSet) close.push({ label, question: question(field, rivals) });
  }
  if (close.length) {
    const message = close.map((c) => tableMessage(lang, 'tableAmbiguous', {
      field: fieldLabel(c.label, lang), count: c.question.columns.length, candidates: quoteList(c.question.candidates, lang),
    })).join('; ');
    throw new TableError(message, { problem: 'ambiguous', questions: close.map((c) => c.question), headerRow });
  }
}

/** Throws when a column's content contradicts the field it is read as: dates as a count, text as an amount. */
function rejectContradiction(
  label: RequiredField, column: number, header: readonly unknown[], profiles: readonly ColumnProfile[], lang: Lang, headerRow: number,
): void {
  const profile = profiles[column];
  const field: FieldId = label === 'recency' ? 'lastPurchase' : label;
  if (!profile || contentFit(profile, field) > CONTRADICTS) return;
  const columnName = String(header[column] ?? `#${column + 1}`);
  const message = tableMessage(lang, 'tableContradicted', {
    field: fieldLabel(label, lang), column: columnName, what: contentWords(profile, lang), examples: quoteList(contentExamples(profile), lang),
  });
  throw new TableError(message, {
    problem: 'contradicted', headerRow, column: columnName, examples: contentExamples(profile),
    questions: [{ field: label === 'recency' ? 'lastPurchase' : label, columns: [column], candidates: [columnName] }],
  });
}

/**
 * The columns the data-problems report checks: the customer id, the date, and the number columns.
 * @example problemColumns(plan) // { id: 0, dates: 1, numbers: [2, 3] }
 */
export function problemColumns({ mapping, columns }: TablePlan): ProblemColumns {
  return {
    id: mapping.customerId,
    dates: columns.recencyIsDate ? columns.recency : undefined,
    numbers: columns.recencyIsDate ? [columns.frequency, columns.monetary] : [columns.recency, columns.frequency, columns.monetary],
  };
}

/** Data rows graded: RFM, and the composite grade, CLV and churn risk where the list has their inputs. */
export interface RowGradings {
  readonly graded: GradedRfmList;
  readonly composite?: CompositeGrading;
  readonly clv?: ClvGrading;
  readonly churn?: ChurnGrading;
}

/**
 * Grades data rows through the core calls. With `tables` (a list's quintile tables, computed over all
 * of it) the rows can be graded a piece at a time and get the same grades as the whole list would.
 * @example gradeRows([[10, 12, 600000]], plan, { preset: 'seed', asOf: 46296 }).graded.rows[0].kind // 'graded'
 */
export function gradeRows(rows: readonly (readonly unknown[])[], plan: TablePlan, options: GradeTableOptions, tables?: RfmTables): RowGradings {
  const { lang, mapping } = plan;
  return {
    graded: gradeRfmList(rows, plan.columns, {
      preset: options.preset, tables: tables ?? options.tables, asOf: options.asOf, scheme: options.scheme ?? 'value8', lang,
      dates: options.dates,
    }),
    composite: gradeComposite(rows, mapping, options, lang),
    clv: gradeClv(rows, mapping, options, lang),
    churn: gradeChurn(rows, plan.header, options, lang),
  };
}

/**
 * How the graded workbook is written for these options and gradings.
 * @example gradedWorkbookOptions(plan, { preset: 'seed', asOf: 46296 }, gradings).presetLabel // 'Seed 5/3/1'
 */
export function gradedWorkbookOptions(plan: TablePlan, options: GradeTableOptions, gradings: RowGradings): GradedWorkbookOptions {
  const { lang, mapping } = plan;
  return {
    lang, dates: options.dates, gradedOnly: options.gradedOnly, asOf: options.asOf, asOfRule: options.asOfRule, presetLabel: options.tables ? 'Custom' : PRESET_LABELS[options.preset], origin: options.origin,
    output: options.output, functionPrefix: options.functionPrefix, fills: segmentFills(options.scheme ?? 'value8', lang),
    composite: gradings.composite, clv: gradings.clv, churn: gradings.churn, ledger: options.ledger,
    warnings: mapping.responseHours !== undefined || (mapping.thisQuarter !== undefined && mapping.lastQuarter !== undefined)
      ? { thisQuarter: mapping.thisQuarter, lastQuarter: mapping.lastQuarter, responseHours: mapping.responseHours } : undefined,
  };
}

/**
 * Grades a pasted or exported table end to end, as the pane's one-click grading does: finds the header
 * row, maps the columns (detected, or as the user says), reports data problems, grades every row and
 * builds the shareable workbook. (The CLI does the same a piece at a time: cli/stream-grade.ts.)
 * @example gradeTable('List', [['客户名称', '距今天数', '订单数', '金额'], ['甲', 10, 12, 600000]], { preset: 'seed', asOf: 46296 }).graded // 1
 */
export function gradeTable(sheetName: string, table: readonly (readonly unknown[])[], given: GradeTableOptions): GradedTable {
  const plan = planTable(table, given);
  const { headerRow, header, mapping, columns, lang } = plan;
  const rows = table.slice(headerRow + 1);
  const options = { ...given, dates: listDates(rows.map((row) => row[columns.recency]), plan, given.dates) };
  const problems = findDataProblems(header, rows, problemColumns(plan), options.asOf, headerRow + 2, lang, options.dates);
  const gradings = gradeRows(rows, plan, options);
  const { graded } = gradings;
  const list: CustomerList = { sheetName, above: table.slice(0, headerRow), header, rows };
  const model = buildGradedWorkbook(list, columns, graded, gradedWorkbookOptions(plan, options, gradings));
  // Built graded-only, the list sheet's rows are the graded block; the model keeps the sheet's frame.
  const [listSheet, ...others] = model.sheets;
  const gradedBlock = options.gradedOnly ? listSheet.rows : undefined;
  const shown = options.gradedOnly ? { ...model, sheets: [{ ...listSheet, rows: [] }, ...others] } : model;
  return {
    model: shown, gradedBlock, mapping, problems, lang, headerRow, width: table.reduce((w, r) => Math.max(w, r.length), -Infinity), segmentCounts: countSegments(graded),
    graded: graded.rows.filter((r) => r.kind === 'graded').length,
    rowProblems: graded.rows.filter((r) => r.kind === 'problem').length,
  };
}

/**
 * The date convention for a list's last-purchase column: its own dates' day/month order where they tell
 * (31/1/2026), else the order given; a column that reads both ways with no order given cannot be graded
 * without guessing, so it is refused with what to do. `cells` are the column's values, or a tally of
 * them for a list read a piece at a time.
 * @example listDates(['13/1/2026'], plan, undefined) // { order: 'dmy' }
 */
export function listDates(cells: readonly unknown[] | DateOrderTally, plan: TablePlan, given: DateConvention | undefined): DateConvention | undefined {
  if (!plan.columns.recencyIsDate) return given;
  const order = (Array.isArray(cells) ? dateOrderTally(cells) : cells as DateOrderTally).order(given?.order);
  if (order === 'ask') {
    throw new TableError(tableMessage(plan.lang, 'tableDateOrder'), {
      problem: 'dateOrder', headerRow: plan.headerRow, column: String(plan.header[plan.columns.recency] ?? ''),
      questions: [{ field: 'lastPurchase', columns: [plan.columns.recency], candidates: [String(plan.header[plan.columns.recency] ?? '')] }],
    });
  }
  return order ? { ...given, order } : given;
}

/**
 * Seed 002's composite grade of every row, through the same core call as COMPOSITE_GRADE, when the list
 * holds the four dimensions; a broken weights or cutoffs setting fails the grading with its message.
 */
function gradeComposite(
  rows: readonly (readonly unknown[])[], mapping: ColumnMapping, options: GradeTableOptions, lang: Lang,
): CompositeGrading | undefined {
  const columns = COMPOSITE_FIELDS.map((f) => mapping[f]);
  if (columns.some((c) => c === undefined)) return undefined;
  const weights = options.composite?.weights ?? DEFAULT_WEIGHTS;
  const cutoffs = options.composite?.cutoffs ?? DEFAULT_CUTOFFS;
  const labels = DEFAULT_GRADE_LABELS[lang];
  const scores = rows.map((row) => columns.map((c) => cellValue(row[c!]) ?? null));
  const call = (output: string) => {
    try {
      return compositeGradeCall([scores, [weights], [cutoffs], [labels], output, lang], { lang }).map(([cell]) =>
        (cell instanceof CellError ? cachedError(cell) : cell as number | string));
    } catch (e) {
      if (e instanceof CallError) throw settingError(e, lang);
      throw e;
    }
  };
  return { columns: columns as number[], weights, cutoffs, labels, scores: call('score'), grades: call('grade') as CompositeGrading['grades'] };
}

/** CLV of every row through the same core call as the CLV function, when the list holds its four inputs. */
function gradeClv(rows: readonly (readonly unknown[])[], mapping: ColumnMapping, options: GradeTableOptions, lang: Lang): ClvGrading | undefined {
  const columns = CLV_FIELDS.map((f) => mapping[f]);
  if (columns.some((c) => c === undefined)) return undefined;
  const margin = options.clv?.margin ?? 1;
  const rate = options.clv?.rate ?? 0;
  const column = (c: number) => rows.map((row) => [cellValue(row[c]) ?? null]);
  let cells;
  try {
    cells = clvCall([...columns.map((c) => column(c!)), margin, rate], { lang });
  } catch (e) {
    if (e instanceof CallError) throw settingError(e, lang);
    throw e;
  }
  const values = cells.map(([cell]) => (cell instanceof CellError ? cachedError(cell) : cell as number | string));
  return { columns: columns as number[], margin, rate, values };
}

/** Churn risk of every row through the same core call as CHURN_RISK, when the list has both series. */
function gradeChurn(rows: readonly (readonly unknown[])[], header: readonly unknown[], options: GradeTableOptions, lang: Lang): ChurnGrading | undefined {
  const { interactions, satisfaction } = detectPeriodColumns(header);
  if (interactions.length < 2 || satisfaction.length < 2) return undefined;
  const m = options.churn?.m ?? 1, n = options.churn?.n ?? 1, mode = options.churn?.mode ?? 'sd';
  const series = (cols: readonly number[]) => rows.map((row) => cols.map((c) => cellValue(row[c]) ?? null));
  let cells;
  try {
    cells = churnRiskCall([series(interactions), series(satisfaction), m, n, mode], { lang });
  } catch (e) {
    if (e instanceof CallError) throw settingError(e, lang);
    throw e;
  }
  const values = cells.map(([cell]) => (cell instanceof CellError ? cachedError(cell) : cell as number | string));
  return { interactions, satisfaction, m, n, mode, values };
}

// The custom functions' argument behind each grading setting, and the setting as the settings sheet
// (and the pane) names it.
const SETTING_LABELS: Readonly<Record<string, WorkbookLabel>> = {
  weights: 'weights', cutoffs: 'cutoffs', margin: 'clvMargin', discount_rate: 'clvRate', m: 'churnM', n: 'churnN',
};

/**
 * A setting its model refuses, as a TableError naming the setting as a person knows it: the message
 * "weights: the weights sum to zero" becomes "Composite weights: the weights sum to zero".
 */
function settingError(e: CallError, lang: Lang): TableError {
  const m = /^([a-z_]+)(?:: |：)([\s\S]*)$/.exec(e.message);
  const label = m ? SETTING_LABELS[m[1]] : undefined;
  const message = m && label ? tableMessage(lang, 'tableSetting', { setting: workbookLabel(label, lang), problem: m[2] }) : e.message;
  return new TableError(message, { problem: 'invalid', questions: [] });
}

function countSegments(graded: GradedRfmList): [string, number][] {
  const counts = new Map<string, number>();
  for (const g of graded.rows) if (g.kind === 'graded') counts.set(g.segment, (counts.get(g.segment) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Columns the user named, matched by header text (compared as detection compares them). */
function userMapping(header: readonly unknown[], map: Partial<Record<FieldId, string>>, lang: Lang, headerRow: number): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [field, name] of Object.entries(map) as [FieldId, string][]) {
    const at = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(name));
    if (at < 0) {
      throw new TableError(tableMessage(lang, 'tableNoSuchColumn', { field, name }), {
        problem: 'noSuchColumn', headerRow, column: name,
        questions: [{ field, columns: [], candidates: [] }],
      });
    }
    out[field] = at;
  }
  return out;
}

/**
 * Chinese headers give Chinese labels: Traditional when a Traditional-only character appears.
 * @example languageOfHeaders(['客戶編號', '金額']) // 'zh-TW'
 */
export function languageOfHeaders(header: readonly unknown[]): Lang {
  const text = header.map(String).join('');
  if (!/[\u4e00-\u9fff]/.test(text)) return 'en';
  return /[戶數單額購銷訂稱碼]/.test(text) ? 'zh-TW' : 'zh-CN';
}

/**
 * One data problem as a line for a person, in their language.
 * @example describeProblem({ kind: 'duplicateId', column: 'ID', rows: [2, 5], examples: ['A1'] }, 'en') // "ID: duplicate ids ('A1') in rows 2, 5"
 * @example describeProblem({ kind: 'duplicateId', column: '客戶編號', rows: [2, 5], examples: ['A1'] }, 'zh-TW') // '客戶編號：第 2、5 列客戶編號重複（「A1」）'
 */
export function describeProblem(problem: DataProblem, lang: Lang): string {
  // Rows and examples are listed as the language lists them: 'A1', 'A2' / “A1”、“A2” / 「A1」、「A2」.
  const total = problem.count ?? problem.rows.length;
  const shown = problem.rows.slice(0, 10).join(format(lang, 'listSeparator', {}));
  const list = total > 10 ? tableMessage(lang, 'andMore', { list: shown, more: total - 10, total }) : shown;
  const rows = tableMessage(lang, total > 1 ? 'rowsList' : 'rowList', { list });
  const examples = quoteList(problem.examples.filter(Boolean), lang);
  const key = ({
    blank: 'problemBlank', notNumber: 'problemNotNumber', notDate: 'problemNotDate', ambiguousDate: 'problemAmbiguousDate',
    futureDate: 'problemFutureDate', duplicateId: 'problemDuplicateId', afterAsOf: 'problemAfterAsOf', notGraded: 'problemNotGraded',
    notAnOrder: 'problemNotAnOrder', statusCounted: 'problemStatusCounted',
  } as const)[problem.kind];
  // `lines`: the English noun for the count (1 line, 2 lines); the Chinese texts need none.
  return tableMessage(lang, key, { column: problem.column, rows, examples, count: total, lines: total === 1 ? 'line' : 'lines', asOf: problem.asOf ?? '' });
}
