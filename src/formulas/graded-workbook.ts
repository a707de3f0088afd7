import type { GradedRfmList, GradedRow, RfmColumns } from '../grading/grade-rfm-list';
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import { cellRef, columnLetters } from '../xlsx/a1';
import type { DefinedName, WorkbookCell, WorkbookModel, WorkbookSheet } from '../xlsx/workbook-model';
import { methodologySheet, type LedgerNote } from './methodology-sheet';
import { NAMES } from './names';
import { rfmCodeCellFormula, rfmCodeFormula, scoreFromCodeFormula, segmentFormula, type RfmOperand } from './rfm-formulas';
import { compositeGradeCellFormula, compositeScoreCellsFormula } from './composite-formulas';
import { VALUE_ERROR } from './row-guards';
import { clvCellsFormula } from './clv-formula';
import { churnRiskCellsFormula } from './churn-formula';
import { cellText } from './list-cells';
import { cellValue } from '../grading/data-problems';
import { earlyWarnings, earlyWarningsFormula } from '../grading/early-warnings';
import { summarySheetOf, summaryTally, tallyRow, type SummaryTally } from './summary-sheet';
import { formulaInput, type FormulaInput } from '../grading/list-inputs';
import type { DateConvention } from '../cells/coerce';
import { DATE_1904_OFFSET } from '../cells/dates';
import { buildSettingsSheet, type AsOfRule } from './settings-sheet';
import type { BtydNote } from './btyd-sheets';

/** A customer list as read from a file: its sheet name, any rows above the header (a title), the header
 * row and the data rows (typed cells). */
export interface CustomerList {
  readonly sheetName: string;
  readonly above: readonly (readonly unknown[])[];
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

/** How the graded columns are written: native formulas (shareable, the default), plain values, or live
 * custom functions (recalculate only where the add-in is installed). */
export type GradedOutput = 'formulas' | 'values' | 'functions';

/** Composite grading (seed 002) of lists that hold the four dimensions, graded by the core already. */
export interface CompositeGrading {
  /** Columns of current value, growth potential, stability and strategic importance. */
  readonly columns: readonly number[];
  readonly weights: readonly number[];
  readonly cutoffs: readonly number[];
  readonly labels: readonly string[];
  /** Per row: the core's score and grade ('' blank, or an error message). */
  readonly scores: readonly (number | string | { error: string })[];
  readonly grades: readonly (string | { error: string })[];
}

/** CLV (seed 000, formula 6) of lists that hold its four inputs, computed by the core already. */
export interface ClvGrading {
  /** Columns of annual revenue, years, acquisition cost and maintenance cost. */
  readonly columns: readonly number[];
  readonly margin: number;
  readonly rate: number;
  /** Per row: the core's CLV ('' blank, or an error). */
  readonly values: readonly (number | string | { error: string })[];
}

/** Churn risk (seed 000, formula 5) of lists with per-period interaction and satisfaction columns. */
export interface ChurnGrading {
  readonly interactions: readonly number[];
  readonly satisfaction: readonly number[];
  readonly m: number;
  readonly n: number;
  readonly mode: 'sd' | 'cv';
  readonly values: readonly (number | string | { error: string })[];
}

/** The seed's early-warning flags, for lists with quarterly amounts or service response times. */
export interface WarningColumns {
  readonly thisQuarter?: number;
  readonly lastQuarter?: number;
  readonly responseHours?: number;
}

export interface GradedWorkbookOptions {
  readonly warnings?: WarningColumns;
  readonly composite?: CompositeGrading;
  readonly clv?: ClvGrading;
  readonly churn?: ChurnGrading;
  readonly output?: GradedOutput;
  /** The custom functions' namespace as the host writes it: 'CRM.' in Excel, '' in Sheets. */
  readonly functionPrefix?: string;
  readonly lang: Lang;
  readonly asOf: number;
  /** How the as-of date was chosen, noted beside it on the settings sheet (settings-sheet.ts). */
  readonly asOfRule?: AsOfRule;
  readonly presetLabel: string;
  /** Fill colours per segment label, for the segment column. */
  readonly fills?: ReadonlyMap<string, string>;
  /** Where the list's top-left cell sits on its sheet (0-based); A1 when omitted, as in an exported file. */
  readonly origin?: { readonly row: number; readonly column: number };
  /** How the list writes dates, for date text the formulas cannot read themselves. */
  readonly dates?: DateConvention;
  /** Build only the graded columns of the list sheet's rows (the pane: the list is in the workbook
   * already, and a million rows copied once more would cost hundreds of megabytes). */
  readonly gradedOnly?: boolean;
  /** The list is a customer sheet summarised from an order ledger: how, and where its status is. */
  readonly ledger?: LedgerNote;
}

/** A graded cell's cached value: a number, text, or the error its formula recalculates to. */
type CachedValue = number | string | { error: string };
type GradedScores = Extract<GradedRow, { kind: 'graded' }>;

/** Where the graded columns sit beside a list: each one's column (0-based, from the list's left edge). */
export interface GradedLayout {
  readonly out: {
    readonly r: number; readonly f: number; readonly m: number; readonly code: number; readonly segment: number; readonly problem: number;
    readonly score: number; readonly grade: number; readonly clv: number; readonly churn: number; readonly warnings: number;
  };
  readonly lastColumn: number;
  /** Sheet rows (0-based) above the header: rows above it are copied as they are. */
  readonly top: number;
  readonly origin: { readonly row: number; readonly column: number };
}

/**
 * The graded columns' places beside a list `width` columns wide whose header sits `top` rows down:
 * six graded columns, then the composite score and grade, CLV and churn risk where the list has their
 * inputs, then the early warnings.
 * @example gradedLayout(3, 0, { lang: 'en', asOf: 46296, presetLabel: 'Seed 5/3/1' }).out.segment // 7
 */
export function gradedLayout(width: number, top: number, options: GradedWorkbookOptions): GradedLayout {
  const { composite, clv, churn, warnings } = options;
  const clvAt = width + (composite ? 8 : 6);
  const out = { r: width, f: width + 1, m: width + 2, code: width + 3, segment: width + 4, problem: width + 5,
    score: width + 6, grade: width + 7, clv: clvAt, churn: clvAt + (clv ? 1 : 0), warnings: clvAt + (clv ? 1 : 0) + (churn ? 1 : 0) };
  const lastColumn = warnings ? out.warnings : churn ? out.churn : clv ? out.clv : composite ? out.grade : out.problem;
  return { out, lastColumn, top, origin: options.origin ?? { row: 0, column: 0 } };
}

/**
 * The list's header row with the graded columns' headers beside it.
 * @example gradedHeaderRow(['Recency', 'Orders', 'Amount'], gradedLayout(3, 0, options), options).slice(3, 5) // [{ v: 'R score', style: 'header' }, { v: 'F score', style: 'header' }]
 */
export function gradedHeaderRow(listHeader: readonly unknown[], layout: GradedLayout, options: GradedWorkbookOptions): WorkbookCell[] {
  const { lang } = options;
  const { out } = layout;
  const header: WorkbookCell[] = listHeader.map((h) => toCell(h));
  const label = (at: number, key: Parameters<typeof workbookLabel>[0]) => { header[at] = { v: workbookLabel(key, lang), style: 'header' }; };
  label(out.r, 'rScore');
  label(out.f, 'fScore');
  label(out.m, 'mScore');
  label(out.code, 'rfmCode');
  label(out.segment, 'segment');
  label(out.problem, 'problem');
  if (options.composite) {
    label(out.score, 'compositeScore');
    label(out.grade, 'compositeGrade');
  }
  if (options.clv) label(out.clv, 'clv');
  if (options.churn) label(out.churn, 'churn');
  if (options.warnings) label(out.warnings, 'warnings');
  return header;
}

/**
 * A row above the header, copied as it is (text that looks like a formula stays text).
 * @example listRowAsIs(['Customer report', 2026]) // ['Customer report', 2026]
 */
export function listRowAsIs(row: readonly unknown[]): WorkbookCell[] {
  return row.map(toCell);
}

/**
 * One data row of the list with its graded cells: native formulas (or values, or live custom
 * functions) with the core's results cached. `k` indexes the row in `graded` and in the options'
 * composite, CLV and churn results; `i` is its place among the list's data rows (for its references).
 * @example gradedListRow([10, 12, 600000], 0, 0, graded, columns, layout, options).slice(3, 5) // [{ f: 'IF(G2="","",INT(G2/100))', v: 5 }, { f: 'IF(G2="","",MOD(INT(G2/10),10))', v: 5 }]
 */
export function gradedListRow(
  source: readonly unknown[], k: number, i: number, graded: Pick<GradedRfmList, 'rows'>, columns: RfmColumns,
  layout: GradedLayout, options: GradedWorkbookOptions,
): WorkbookCell[] {
  const { lang, composite, clv, churn, warnings } = options;
  const { out, origin, top } = layout;
  const at = (c: number) => cellRef(origin.row + top + 1 + i, origin.column + c);
  const row: WorkbookCell[] = source.map((v) => toCell(v));
  const g = graded.rows[k];
  // What each formula reads: the cell, the cell times its column's unit, or the number read from text.
  const input = (c: number, kind: 'number' | 'date' = 'number', scale = 1) => formulaInput(source[c], at(c), kind, scale, options.dates);
  // Values only: an error is left blank (the data-problem column says why).
  const cell = (f: string, v: CachedValue, shared: string, style?: 'amount'): WorkbookCell => (options.output === 'values'
    ? (typeof v === 'object' ? null : v)
    : { f: flatText(f), v, ...(style ? { style } : {}), shared });
  if (g.kind !== 'blank') {
    const manual = columns.manualGrade === undefined ? undefined : cellText(source[columns.manualGrade]);
    const monetary = input(columns.monetary, 'number', columns.monetaryScale);
    const recency = input(columns.recency, columns.recencyIsDate ? 'date' : 'number'), frequency = input(columns.frequency);
    const formulas = options.output === 'functions'
      ? customFunctionFormulas(at, columns, out, options.functionPrefix ?? 'CRM.', monetary.value)
      : nativeRfmFormulas(at, out, recency, frequency, monetary, columns.recencyIsDate, options.dates?.system);
    // What each column's formula reads besides its own row's cells: the custom functions' scores read
    // the amount, the native code cell all three inputs; the rest read the code cell.
    const scores = options.output === 'functions' ? sharedKey('score', [monetary]) : 'score';
    const code = options.output === 'functions' ? 'code' : sharedKey('code', [recency, frequency, monetary]);
    // A manual grade wins where one is filled in (seed 004), as cellText reads it: trimmed.
    const manualRef = columns.manualGrade === undefined ? undefined : at(columns.manualGrade);
    const segment = manualRef === undefined ? formulas.segment : `IF(TRIM(${manualRef})<>"",TRIM(${manualRef}),${formulas.segment})`;
    // A row that cannot be graded shows its error in every column, as the formulas recalculate: #N/A
    // for a missing input, #VALUE! for a bad one.
    const error = g.kind === 'problem' ? { error: g.missing ? '#N/A' : VALUE_ERROR } : undefined;
    const value = (v: (row: GradedScores) => number | string): CachedValue => error ?? v(g as GradedScores);
    row[out.r] = cell(formulas.r, value((x) => x.r), scores);
    row[out.f] = cell(formulas.f, value((x) => x.f), scores);
    row[out.m] = cell(formulas.m, value((x) => x.m), scores);
    row[out.code] = cell(formulas.code, value((x) => x.code), code);
    row[out.segment] = cell(segment, manual ? manual : value((x) => x.segment), 'segment');
    if (g.kind === 'problem') row[out.problem] = g.message;
  }
  if (composite && composite.scores[k] !== '') {
    const inputs = composite.columns.map((c) => input(c));
    row[out.score] = cell(compositeScoreCellsFormula(inputs.map((x) => x.ref)), composite.scores[k], sharedKey('composite', inputs));
    row[out.grade] = cell(compositeGradeCellFormula(at(out.score)), composite.grades[k], 'grade');
  }
  if (clv && clv.values[k] !== '') {
    const inputs = clv.columns.map((c) => input(c));
    row[out.clv] = cell(clvCellsFormula(inputs.map((x) => x.ref)), clv.values[k], sharedKey('clv', inputs), 'amount');
  }
  if (churn && churn.values[k] !== '') {
    const interactions = churn.interactions.map((c) => input(c)), satisfaction = churn.satisfaction.map((c) => input(c));
    const refs = (inputs: readonly FormulaInput[]) => inputs.map((x) => x.ref);
    row[out.churn] = cell(churnRiskCellsFormula(refs(interactions), refs(satisfaction), churn.mode), churn.values[k],
      sharedKey('churn', [...interactions, ...satisfaction]));
  }
  if (warnings && !source.every((c) => c === null || c === undefined || c === '')) {
    const ref = (c: number | undefined) => (c === undefined ? undefined : at(c));
    const value = (c: number | undefined) => (c === undefined ? undefined : cellValue(source[c]));
    const flags = earlyWarnings(value(warnings.thisQuarter), value(warnings.lastQuarter), value(warnings.responseHours), lang);
    row[out.warnings] = options.output === 'values' ? flags
      : { f: earlyWarningsFormula(ref(warnings.thisQuarter), ref(warnings.lastQuarter), ref(warnings.responseHours), lang), v: flags, shared: 'warnings' };
  }
  return row;
}

/**
 * A graded column's shared-formula key (FormulaCell.shared) for a row whose formula reads `inputs`:
 * the column's name when each input is its own cell, as on most rows; else with the numbers read from
 * text (formulaInput's literals) added, since they are part of the formula's text and do not move.
 * @example sharedKey('code', [{ ref: 'C2', value: 'C2' }, { ref: 'E2', value: 'E2*10000' }]) // 'code'
 * @example sharedKey('code', [{ ref: 'C2', value: 'C2' }, { ref: '500000', value: '500000' }]) // 'code||500000'
 */
export function sharedKey(name: string, inputs: readonly FormulaInput[]): string {
  if (inputs.every(isCellInput)) return name;
  return `${name}|${inputs.map((x) => (isCellInput(x) ? '' : x.ref)).join('|')}`;
}

/** A cell reference starts with its column's letters; a number read from text with a digit or a sign. */
function isCellInput(input: FormulaInput): boolean {
  const first = input.ref.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/**
 * Days to take off a 1900-system serial to write it into a workbook: 1462 in a 1904 workbook.
 * @example workbookDateShift({ system: 1904 }) // 1462
 */
export function workbookDateShift(dates: DateConvention | undefined): number {
  return dates?.system === 1904 ? DATE_1904_OFFSET : 0;
}

/**
 * The same text, stored flat. A formula built from template pieces is a tree of string fragments in
 * V8, about 2.5 times the memory of its characters; reading one character flattens it in place. For
 * Excel's maximum column (five formulas a row) that is the difference between 1.1 GB and 450 MB.
 * @example flatText(`IF(${'B2'}="",NA(),1)`) // 'IF(B2="",NA(),1)'
 */
export function flatText(text: string): string {
  text.charCodeAt(0);
  return text;
}

/**
 * The list sheet around its rows (`rowCount` of them, header and rows above it included): frozen
 * header, header filter, segment colours and column widths.
 * @example listSheetFrame('List', gradedLayout(3, 0, options), 3, options).autoFilter // 'A1:I3'
 */
export function listSheetFrame(sheetName: string, layout: GradedLayout, rowCount: number, options: GradedWorkbookOptions): Omit<WorkbookSheet, 'rows'> {
  const { out, top, origin, lastColumn } = layout;
  const segmentColumn = columnLetters(origin.column + out.segment);
  return {
    name: sheetName,
    frozenRows: top + 1,
    autoFilter: `A${top + 1}:${columnLetters(lastColumn)}${rowCount}`,
    colours: [...(options.fills ?? new Map<string, string>())].map(([text, fill]) => ({
      range: `${segmentColumn}${origin.row + top + 2}:${segmentColumn}${origin.row + rowCount}`, text, fill,
    })),
    widths: Object.assign(new Array(lastColumn + 1).fill(0), { [out.segment]: 22, [out.problem]: 40 }),
  };
}

/**
 * The shareable graded workbook: the list as it was with graded columns beside it as native formulas
 * (with their values cached, so it opens graded), the settings sheet they read, a summary and a
 * methodology sheet. It recalculates in Excel, Sheets and LibreOffice without the add-in.
 * @example buildGradedWorkbook(list, columns, graded, { lang: 'en', asOf: 46296, presetLabel: 'Seed 5/3/1' }).sheets.length // 4
 */
export function buildGradedWorkbook(
  list: CustomerList, columns: RfmColumns, graded: GradedRfmList, options: GradedWorkbookOptions,
): WorkbookModel {
  const width = list.rows.reduce((w, r) => Math.max(w, r.length), Math.max(list.header.length, ...list.above.map((r) => r.length)));
  const layout = gradedLayout(width, list.above.length, options);
  const keep = (row: WorkbookCell[]) => (options.gradedOnly ? row.slice(width) : row);
  const rows: WorkbookCell[][] = [...list.above.map((row) => keep(listRowAsIs(row))), keep(gradedHeaderRow(list.header, layout, options))];
  const tally = gradedSummaryTally(graded, options);
  list.rows.forEach((source, i) => {
    rows.push(keep(gradedListRow(source, i, i, graded, columns, layout, options)));
    tallyRow(tally, source, graded.rows[i], columns, options.composite?.grades[i], options.clv?.values[i]);
  });
  const after = sheetsAfterList(list.sheetName, layout, list.rows.length, columns, graded, tally, options);
  return { sheets: [{ ...listSheetFrame(list.sheetName, layout, rows.length, options), rows }, ...after.sheets], names: after.names };
}

/**
 * An empty summary tally for a list graded with these options (composite grades counted where graded).
 * @example gradedSummaryTally(graded, { lang: 'en', asOf: 46296, presetLabel: 'Seed 5/3/1' }).clvAbove // 0
 */
export function gradedSummaryTally(graded: Pick<GradedRfmList, 'segments'>, options: GradedWorkbookOptions): SummaryTally {
  const { ledger, lang } = options;
  return summaryTally(graded.segments, options.composite?.labels, ledger && {
    statusColumn: ledger.statusColumn, previousColumn: ledger.previousColumn,
    labels: { new: workbookLabel('statusNew', lang), returning: workbookLabel('statusReturning', lang), lost: workbookLabel('statusLost', lang), inactive: workbookLabel('statusInactive', lang) },
  });
}

/**
 * The sheets after the list, once its `dataRows` rows are graded and tallied: the settings sheet the
 * formulas read (with its named ranges), the summary and the methodology.
 * @example sheetsAfterList('List', layout, 2, columns, graded, tally, options).sheets.map((s) => s.name) // ['CRM Settings', 'CRM Summary', 'Methodology']
 */
export function sheetsAfterList(
  sheetName: string, layout: GradedLayout, dataRows: number, columns: RfmColumns,
  graded: Pick<GradedRfmList, 'tables' | 'segments' | 'playbook'>, tally: SummaryTally, options: GradedWorkbookOptions,
): { sheets: WorkbookSheet[]; names: DefinedName[] } {
  const { lang, composite, clv, churn } = options;
  const { out, origin, top } = layout;
  const settings = buildSettingsSheet(
    // A 1904 workbook counts days from 1904: its as-of cell holds the date in its own count.
    {
      tables: graded.tables, asOf: options.asOf - workbookDateShift(options.dates), asOfRule: options.asOfRule,
      segments: graded.segments, presetLabel: options.presetLabel, composite, clv, churn, btyd: options.ledger?.btyd?.fit,
    }, lang);
  const summary = summarySheetOf(tally, {
    sheetName, first: origin.row + top + 2, last: origin.row + top + 1 + dataRows,
    segmentColumn: origin.column + out.segment, monetaryColumn: origin.column + columns.monetary, monetaryScale: columns.monetaryScale,
    gradeColumn: composite ? origin.column + out.grade : undefined, clvColumn: clv ? origin.column + out.clv : undefined,
    stocktake: options.ledger && {
      status: origin.column + options.ledger.statusColumn, previous: origin.column + options.ledger.previousColumn, months: options.ledger.months,
    },
    btyd: options.ledger?.btyd && shiftedBtydNote(options.ledger.btyd, origin.column),
  }, graded.playbook, lang);
  return { sheets: [settings.sheet, summary, methodologySheet(lang, options.ledger)], names: settings.names };
}

/** A ledger's BTYD columns as the summary addresses them: from the sheet's left edge, not the list's. */
function shiftedBtydNote(note: BtydNote, by: number): BtydNote {
  const c = note.columns;
  if (!c || by === 0) return note;
  return { ...note, columns: { frequency: c.frequency + by, pAlive: c.pAlive + by, orders: c.orders + by, ...(c.value === undefined ? {} : { value: c.value + by }) } };
}

/**
 * The graded columns as live custom functions, reading the same settings names (recalculate only where
 * the add-in is installed: the output a user picks when they want =CRM.* in the cells).
 */
function customFunctionFormulas(
  at: (c: number) => string, columns: RfmColumns, out: { r: number; f: number; m: number; code: number }, prefix: string,
  monetary: string,
) {
  const asOf = columns.recencyIsDate ? NAMES.asOf : '';
  const score = (output: string) => `${prefix}RFM_SCORE(${at(columns.recency)},${at(columns.frequency)},${monetary},`
    + `${NAMES.rBands},${NAMES.fBands},${NAMES.mBands},${asOf},"${output}")`;
  return {
    r: score('r'), f: score('f'), m: score('m'),
    code: rfmCodeFormula(at(out.r), at(out.f), at(out.m)),
    segment: segmentFormula(at(out.code)),
  };
}

/**
 * The graded RFM columns as native formulas: the code cell holds RFM_SCORE's row rules and scores
 * (see rfmCodeCellFormula), the R, F and M cells their digit of it, the segment its lookup.
 */
function nativeRfmFormulas(
  at: (c: number) => string, out: { code: number }, recency: RfmOperand, frequency: RfmOperand, monetary: RfmOperand,
  recencyIsDate: boolean, system: 1900 | 1904 | undefined,
) {
  const code = at(out.code);
  return {
    r: scoreFromCodeFormula(code, 'r'), f: scoreFromCodeFormula(code, 'f'), m: scoreFromCodeFormula(code, 'm'),
    code: rfmCodeCellFormula(recency, frequency, monetary, recencyIsDate, system),
    segment: segmentFormula(code),
  };
}

/** A list cell as written: text that looks like a formula stays text (never evaluated), numbers stay numbers. */
function toCell(value: unknown): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'v' in (value as object)) return value as WorkbookCell;
  return String(value);
}
