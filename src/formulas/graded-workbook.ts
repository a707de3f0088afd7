import type { GradedRfmList, RfmColumns } from '../grading/grade-rfm-list';
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import { cellRef, columnLetters } from '../xlsx/a1';
import type { WorkbookCell, WorkbookModel, WorkbookSheet } from '../xlsx/workbook-model';
import { methodologySheet } from './methodology-sheet';
import { NAMES } from './names';
import { bandScoreFormula, recencyScoreFormula, rfmCodeFormula, segmentFormula } from './rfm-formulas';
import { compositeGradeFormula, compositeScoreCellsFormula } from './composite-formulas';
import { clvCellsFormula } from './clv-formula';
import { churnRiskCellsFormula } from './churn-formula';
import { cellText } from './list-cells';
import { cellValue } from '../grading/data-problems';
import { earlyWarnings, earlyWarningsFormula } from '../grading/early-warnings';
import { summarySheet } from './summary-sheet';
import { formulaOperand } from '../grading/list-inputs';
import type { DateConvention } from '../cells/coerce';
import { buildSettingsSheet } from './settings-sheet';

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
  readonly presetLabel: string;
  /** Fill colours per segment label, for the segment column. */
  readonly fills?: ReadonlyMap<string, string>;
  /** Where the list's top-left cell sits on its sheet (0-based); A1 when omitted, as in an exported file. */
  readonly origin?: { readonly row: number; readonly column: number };
  /** How the list writes dates, for date text the formulas cannot read themselves. */
  readonly dates?: DateConvention;
}

const NA = { error: '#N/A' } as const;

/**
 * The shareable graded workbook: the list as it was with graded columns beside it as native formulas
 * (with their values cached, so it opens graded), the settings sheet they read, a summary and a
 * methodology sheet. It recalculates in Excel, Sheets and LibreOffice without the add-in.
 * @example buildGradedWorkbook(list, columns, graded, { lang: 'en', asOf: 46296, presetLabel: 'Seed 5/3/1' }).sheets.length // 4
 */
export function buildGradedWorkbook(
  list: CustomerList, columns: RfmColumns, graded: GradedRfmList, options: GradedWorkbookOptions,
): WorkbookModel {
  const { lang } = options;
  const width = Math.max(list.header.length, ...list.above.map((r) => r.length), ...list.rows.map((r) => r.length));
  // Sheet row (0-based) of the header: rows above it are copied as they are.
  const top = list.above.length;
  const origin = options.origin ?? { row: 0, column: 0 };
  const composite = options.composite;
  const clv = options.clv;
  const churn = options.churn;
  // Six graded columns, then the composite score and grade, CLV and churn risk, where the list has their inputs.
  const clvAt = width + (composite ? 8 : 6);
  const out = { r: width, f: width + 1, m: width + 2, code: width + 3, segment: width + 4, problem: width + 5,
    score: width + 6, grade: width + 7, clv: clvAt, churn: clvAt + (clv ? 1 : 0), warnings: clvAt + (clv ? 1 : 0) + (churn ? 1 : 0) };
  const warnings = options.warnings;
  const lastColumn = warnings ? out.warnings : churn ? out.churn : clv ? out.clv : composite ? out.grade : out.problem;
  const header: WorkbookCell[] = list.header.map((h) => toCell(h));
  header[out.r] = { v: workbookLabel('rScore', lang), style: 'header' };
  header[out.f] = { v: workbookLabel('fScore', lang), style: 'header' };
  header[out.m] = { v: workbookLabel('mScore', lang), style: 'header' };
  header[out.code] = { v: workbookLabel('rfmCode', lang), style: 'header' };
  header[out.segment] = { v: workbookLabel('segment', lang), style: 'header' };
  header[out.problem] = { v: workbookLabel('problem', lang), style: 'header' };
  if (composite) {
    header[out.score] = { v: workbookLabel('compositeScore', lang), style: 'header' };
    header[out.grade] = { v: workbookLabel('compositeGrade', lang), style: 'header' };
  }
  if (clv) header[out.clv] = { v: workbookLabel('clv', lang), style: 'header' };
  if (churn) header[out.churn] = { v: workbookLabel('churn', lang), style: 'header' };
  if (warnings) header[out.warnings] = { v: workbookLabel('warnings', lang), style: 'header' };

  const rows: WorkbookCell[][] = [...list.above.map((row) => row.map(toCell)), header];
  list.rows.forEach((source, i) => {
    const row: WorkbookCell[] = source.map((v) => toCell(v));
    const g = graded.rows[i];
    if (g.kind !== 'blank') {
      const at = (c: number) => cellRef(origin.row + top + 1 + i, origin.column + c);
      const ok = g.kind === 'graded';
      const manual = columns.manualGrade === undefined ? undefined : cellText(source[columns.manualGrade]);
      // What each formula reads: the cell, the cell times its column's unit, or the number read from text.
      const operand = (c: number, kind: 'number' | 'date', scale = 1) => formulaOperand(source[c], at(c), kind, scale, options.dates);
      const mOperand = operand(columns.monetary, 'number', columns.monetaryScale);
      const formulas = options.output === 'functions'
        ? customFunctionFormulas(at, columns, out, options.functionPrefix ?? 'CRM.', mOperand)
        : {
          r: recencyScoreFormula(at(columns.recency), columns.recencyIsDate ? 'date' : 'days', operand(columns.recency, columns.recencyIsDate ? 'date' : 'number')),
          f: bandScoreFormula(at(columns.frequency), NAMES.fBands, operand(columns.frequency, 'number')),
          m: bandScoreFormula(at(columns.monetary), NAMES.mBands, mOperand),
          code: rfmCodeFormula(at(out.r), at(out.f), at(out.m)),
          segment: segmentFormula(at(out.code)),
        };
      const segment = columns.manualGrade === undefined ? formulas.segment
        : `IF(${at(columns.manualGrade)}<>"",${at(columns.manualGrade)},${formulas.segment})`;
      const values = { r: ok ? g.r : NA, f: ok ? g.f : NA, m: ok ? g.m : NA, code: ok ? g.code : NA, segment: manual ? manual : ok ? g.segment : NA };
      const cell = (f: string, v: number | string | typeof NA): WorkbookCell =>
        options.output === 'values' ? (typeof v === 'object' ? null : v) : { f, v };
      row[out.r] = cell(formulas.r, values.r);
      row[out.f] = cell(formulas.f, values.f);
      row[out.m] = cell(formulas.m, values.m);
      row[out.code] = cell(formulas.code, values.code);
      row[out.segment] = cell(segment, values.segment);
      if (g.kind === 'problem') row[out.problem] = g.message;
    }
    if (composite && composite.scores[i] !== '') {
      const at = (c: number) => cellRef(origin.row + top + 1 + i, origin.column + c);
      const score = composite.scores[i], grade = composite.grades[i];
      const scoreFormula = compositeScoreCellsFormula(composite.columns.map(at));
      const gradeFormula = `IF(${at(out.score)}="","",${compositeGradeFormula(at(out.score))})`;
      row[out.score] = options.output === 'values' ? (typeof score === 'object' ? null : score) : { f: scoreFormula, v: score };
      row[out.grade] = options.output === 'values' ? (typeof grade === 'object' ? null : grade) : { f: gradeFormula, v: grade };
    }
    if (clv && clv.values[i] !== '') {
      const at = (c: number) => cellRef(origin.row + top + 1 + i, origin.column + c);
      const value = clv.values[i];
      row[out.clv] = options.output === 'values'
        ? (typeof value === 'object' ? null : value)
        : { f: clvCellsFormula(clv.columns.map(at)), v: value, style: 'amount' };
    }
    if (churn && churn.values[i] !== '') {
      const at = (c: number) => cellRef(origin.row + top + 1 + i, origin.column + c);
      const value = churn.values[i];
      row[out.churn] = options.output === 'values'
        ? (typeof value === 'object' ? null : value)
        : { f: churnRiskCellsFormula(churn.interactions.map(at), churn.satisfaction.map(at), churn.mode), v: value };
    }
    if (warnings && !source.every((c) => c === null || c === undefined || c === '')) {
      const at = (c: number | undefined) => (c === undefined ? undefined : cellRef(origin.row + top + 1 + i, origin.column + c));
      const value = (c: number | undefined) => (c === undefined ? undefined : cellValue(source[c]));
      const flags = earlyWarnings(value(warnings.thisQuarter), value(warnings.lastQuarter), value(warnings.responseHours), lang);
      row[out.warnings] = options.output === 'values' ? flags
        : { f: earlyWarningsFormula(at(warnings.thisQuarter), at(warnings.lastQuarter), at(warnings.responseHours), lang), v: flags };
    }
    rows.push(row);
  });

  const listSheet: WorkbookSheet = {
    name: list.sheetName,
    rows,
    frozenRows: top + 1,
    autoFilter: `A${top + 1}:${columnLetters(lastColumn)}${rows.length}`,
    colours: [...(options.fills ?? new Map<string, string>())].map(([text, fill]) => ({
      range: `${columnLetters(origin.column + out.segment)}${origin.row + top + 2}:${columnLetters(origin.column + out.segment)}${origin.row + rows.length}`,
      text, fill,
    })),
    widths: Object.assign(new Array(lastColumn + 1).fill(0), { [out.segment]: 22, [out.problem]: 40 }),
  };
  const settings = buildSettingsSheet(
    { tables: graded.tables, asOf: options.asOf, segments: graded.segments, presetLabel: options.presetLabel, composite, clv, churn }, lang);
  const summary = summarySheet(list, columns, graded, out.segment, lang, origin, composite ? out.grade : undefined, composite,
    clv ? { column: out.clv, values: clv.values } : undefined);
  return {
    sheets: [listSheet, settings.sheet, summary, methodologySheet(lang)],
    names: settings.names,
  };
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

/** A list cell as written: text that looks like a formula stays text (never evaluated), numbers stay numbers. */
function toCell(value: unknown): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'v' in (value as object)) return value as WorkbookCell;
  return String(value);
}
