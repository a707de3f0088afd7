import type { GradedRfmList, RfmColumns } from '../grading/grade-rfm-list';
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import { cellRef, columnLetters, sheetRef } from '../xlsx/a1';
import type { LineChart, WorkbookCell, WorkbookModel, WorkbookSheet } from '../xlsx/workbook-model';
import { abcSummary, paretoCurve } from '../grading/pareto';
import { seedRules } from '../grading/playbook';
import { methodologySheet } from './methodology-sheet';
import { NAMES } from './names';
import { bandScoreFormula, recencyScoreFormula, rfmCodeFormula, segmentFormula } from './rfm-formulas';
import { compositeGradeFormula, compositeScoreCellsFormula } from './composite-formulas';
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

export interface GradedWorkbookOptions {
  readonly composite?: CompositeGrading;
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
  const out = { r: width, f: width + 1, m: width + 2, code: width + 3, segment: width + 4, problem: width + 5,
    score: width + 6, grade: width + 7 };
  const composite = options.composite;
  const lastColumn = composite ? out.grade : out.problem;
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

  const rows: WorkbookCell[][] = [...list.above.map((row) => row.map(toCell)), header];
  list.rows.forEach((source, i) => {
    const row: WorkbookCell[] = source.map((v) => toCell(v));
    const g = graded.rows[i];
    if (g.kind !== 'blank') {
      const at = (c: number) => cellRef(origin.row + top + 1 + i, origin.column + c);
      const ok = g.kind === 'graded';
      const manual = columns.manualGrade === undefined ? undefined : cellText(source[columns.manualGrade]);
      const formulas = options.output === 'functions'
        ? customFunctionFormulas(at, columns, out, options.functionPrefix ?? 'CRM.')
        : {
          r: recencyScoreFormula(at(columns.recency), columns.recencyIsDate ? 'date' : 'days'),
          f: bandScoreFormula(at(columns.frequency), NAMES.fBands),
          m: bandScoreFormula(at(columns.monetary), NAMES.mBands),
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
    { tables: graded.tables, asOf: options.asOf, segments: graded.segments, presetLabel: options.presetLabel, composite }, lang);
  const summary = summarySheet(list, columns, graded, out.segment, lang, origin, composite ? out.grade : undefined, composite);
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
) {
  const asOf = columns.recencyIsDate ? NAMES.asOf : '';
  const score = (output: string) => `${prefix}RFM_SCORE(${at(columns.recency)},${at(columns.frequency)},${at(columns.monetary)},`
    + `${NAMES.rBands},${NAMES.fBands},${NAMES.mBands},${asOf},"${output}")`;
  return {
    r: score('r'), f: score('f'), m: score('m'),
    code: rfmCodeFormula(at(out.r), at(out.f), at(out.m)),
    segment: segmentFormula(at(out.code)),
  };
}

/** The text a manual-grade cell holds, '' when empty. */
function cellText(value: unknown): string {
  const v = typeof value === 'object' && value !== null && 'v' in value ? (value as { v: unknown }).v : value;
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The value of a typed cell ({ v, style } for dates and percents). */
function cellValueOf(cell: unknown): unknown {
  return typeof cell === 'object' && cell !== null && 'v' in cell ? (cell as { v: unknown }).v : cell;
}

/** A list cell as written: text that looks like a formula stays text (never evaluated), numbers stay numbers. */
function toCell(value: unknown): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'v' in (value as object)) return value as WorkbookCell;
  return String(value);
}

/** Customers and revenue per segment, as COUNTIF / SUMIF formulas over the graded column. */
function summarySheet(
  list: CustomerList, columns: RfmColumns, graded: GradedRfmList, segmentColumn: number, lang: Lang,
  origin: { row: number; column: number }, gradeColumn?: number, composite?: CompositeGrading,
): WorkbookSheet {
  const first = origin.row + list.above.length + 2;
  const last = origin.row + list.above.length + 1 + list.rows.length;
  const range = (c: number) =>
    `${sheetRef(list.sheetName)}!$${columnLetters(origin.column + c)}$${first}:$${columnLetters(origin.column + c)}$${last}`;
  const segmentRange = range(segmentColumn);
  const moneyRange = range(columns.monetary);
  // A manual grade wins over the computed segment (seed 004), in the counts as in the column.
  const finalLabel = (i: number, computed: string) => {
    const manual = columns.manualGrade === undefined ? '' : cellText(list.rows[i][columns.manualGrade]);
    return manual || computed;
  };
  const finals = graded.rows.map((g, i) => (g.kind === 'graded' ? finalLabel(i, g.segment) : undefined));
  const labels = [...new Set([...graded.segments.values(), ...finals.filter((l): l is string => l !== undefined)])];
  const counts = new Map<string, number>(labels.map((l) => [l, 0]));
  const revenue = new Map<string, number>(labels.map((l) => [l, 0]));
  finals.forEach((label, i) => {
    if (label === undefined) return;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    const money = list.rows[i][columns.monetary];
    if (typeof money === 'number') revenue.set(label, (revenue.get(label) ?? 0) + money);
  });
  const totalRevenue = [...revenue.values()].reduce((a, b) => a + b, 0);
  const rows: WorkbookCell[][] = [
    [{ v: workbookLabel('summaryTitle', lang), style: 'title' }],
    [],
    [{ v: workbookLabel('segment', lang), style: 'header' }, { v: workbookLabel('customers', lang), style: 'header' },
      { v: workbookLabel('revenue', lang), style: 'header' }, { v: workbookLabel('share', lang), style: 'header' },
      { v: workbookLabel('playbook', lang), style: 'header' }],
  ];
  const top = rows.length + 1;
  const totalRow = top + labels.length;
  labels.forEach((label) => {
    const r = rows.length + 1;
    rows.push([label,
      { f: `COUNTIF(${segmentRange},A${r})`, v: counts.get(label) ?? 0, style: 'integer' },
      { f: `SUMIF(${segmentRange},A${r},${moneyRange})`, v: revenue.get(label) ?? 0, style: 'amount' },
      { f: `IF($C$${totalRow}=0,0,C${r}/$C$${totalRow})`, v: totalRevenue ? (revenue.get(label) ?? 0) / totalRevenue : 0, style: 'percent' },
      graded.playbook.get(label) ?? '']);
  });
  const totalCount = [...counts.values()].reduce((a, b) => a + b, 0);
  rows.push([{ v: workbookLabel('total', lang), style: 'header' },
    { f: `SUM(B${top}:B${totalRow - 1})`, v: totalCount, style: 'integer' },
    { f: `SUM(C${top}:C${totalRow - 1})`, v: totalRevenue, style: 'amount' },
    { f: `IF(C${totalRow}=0,0,1)`, v: totalRevenue ? 1 : 0, style: 'percent' }]);
  // Customers and revenue per composite grade (seed 002), where the list was graded on it.
  if (composite && gradeColumn !== undefined) {
    const gradeRange = range(gradeColumn);
    rows.push([], [{ v: workbookLabel('gradesTitle', lang), style: 'header' }],
      [{ v: workbookLabel('compositeGrade', lang), style: 'header' }, { v: workbookLabel('customers', lang), style: 'header' },
        { v: workbookLabel('revenue', lang), style: 'header' }]);
    for (const label of composite.labels) {
      const r = rows.length + 1;
      let n = 0, money = 0;
      composite.grades.forEach((g, i) => {
        if (g !== label) return;
        n++;
        const m = list.rows[i][columns.monetary];
        if (typeof m === 'number') money += m;
      });
      rows.push([label, { f: `COUNTIF(${gradeRange},A${r})`, v: n, style: 'integer' },
        { f: `SUMIF(${gradeRange},A${r},${moneyRange})`, v: money, style: 'amount' }]);
    }
  }
  // The Pareto (ABC) picture of seed 004, computed at grading time and written as numbers, with its chart.
  const amounts = list.rows.map((row) => cellValueOf(row[columns.monetary]));
  const curve = paretoCurve(amounts);
  const charts: LineChart[] = [];
  if (curve.length) {
    rows.push([], [{ v: workbookLabel('paretoTitle', lang), style: 'header' }],
      [{ v: workbookLabel('shareCustomers', lang), style: 'header' }, { v: workbookLabel('shareRevenue', lang), style: 'header' }]);
    const first = rows.length + 1;
    // The curve starts at the origin: no customers, no revenue.
    for (const p of [{ customers: 0, revenue: 0 }, ...curve]) rows.push([{ v: p.customers, style: 'percent' }, { v: p.revenue, style: 'percent' }]);
    const last = rows.length;
    charts.push({ title: workbookLabel('paretoChart', lang), x: `A${first}:A${last}`, y: `B${first}:B${last}`,
      at: { row: first - 3, column: 2 }, size: { rows: 20, columns: 2 } });
    rows.push([], [{ v: workbookLabel('abcTitle', lang), style: 'header' }],
      [{ v: workbookLabel('abcClass', lang), style: 'header' }, { v: workbookLabel('customers', lang), style: 'header' },
        { v: workbookLabel('revenue', lang), style: 'header' }]);
    for (const c of abcSummary(amounts)) rows.push([c.label, { v: c.customers, style: 'integer' }, { v: c.revenue, style: 'amount' }]);
  }
  rows.push([], [{ v: workbookLabel('seedPlaybook', lang), style: 'header' }], ...seedRules(lang).map((rule) => [rule]));
  return { name: workbookLabel('summarySheet', lang), rows, widths: [24, 12, 18, 14, 60], charts };
}
