import type { GradedRow, RfmColumns } from '../grading/grade-rfm-list';
import { abcSummary, paretoCurve } from '../grading/pareto';
import { seedRules } from '../grading/playbook';
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import { columnLetters, sheetRef } from '../xlsx/a1';
import type { LineChart, WorkbookCell, WorkbookSheet } from '../xlsx/workbook-model';
import { scaledInput } from '../grading/list-inputs';
import { readNumber } from '../cells/coerce';
import { cellText } from './list-cells';

/** What the summary sheet counts, gathered one graded row at a time. */
export interface SummaryTally {
  /** Customers and revenue per final segment label: the scheme's labels first, then manual grades. */
  readonly customers: Map<string, number>;
  readonly revenue: Map<string, number>;
  /** Customers and revenue per composite grade label, where the list is graded on it. */
  readonly grades: Map<string, { customers: number; revenue: number }>;
  /** Customers whose CLV is above 5,000,000 (seed 000). */
  clvAbove: number;
  /** Every data row's amount (NaN where it is not a number), for the Pareto curve and ABC classes. */
  readonly amounts: number[];
}

/**
 * An empty tally for a list graded with `segments`, and `gradeLabels` when it has composite grades.
 * @example summaryTally(new Map([[555, 'Important value']])).customers // Map { 'Important value' => 0 }
 */
export function summaryTally(segments: ReadonlyMap<number, string>, gradeLabels: readonly string[] = []): SummaryTally {
  const labels = [...new Set(segments.values())];
  return {
    customers: new Map(labels.map((l) => [l, 0])), revenue: new Map(labels.map((l) => [l, 0])),
    grades: new Map(gradeLabels.map((l) => [l, { customers: 0, revenue: 0 }])), clvAbove: 0, amounts: [],
  };
}

/**
 * Counts one data row: its final segment (a manual grade wins over the computed one, seed 004, in the
 * counts as in the column), its amount, composite grade and CLV.
 * @example tallyRow(tally, ['A', 10, 12, 600000], graded.rows[0], columns, undefined, undefined) // tally.customers: 'Important value' => 1
 */
export function tallyRow(
  tally: SummaryTally, source: readonly unknown[], g: GradedRow, columns: RfmColumns, grade: unknown, clv: unknown,
): void {
  const money = source[columns.monetary];
  if (g.kind === 'graded') {
    const manual = columns.manualGrade === undefined ? '' : cellText(source[columns.manualGrade]);
    const label = manual || g.segment;
    tally.customers.set(label, (tally.customers.get(label) ?? 0) + 1);
    tally.revenue.set(label, (tally.revenue.get(label) ?? 0) + (typeof money === 'number' ? money : 0));
  }
  const byGrade = typeof grade === 'string' ? tally.grades.get(grade) : undefined;
  if (byGrade) {
    byGrade.customers++;
    if (typeof money === 'number') byGrade.revenue += money;
  }
  if (typeof clv === 'number' && clv > 5_000_000) tally.clvAbove++;
  // The Pareto curve and ABC classes count amounts as grading read them: text like 50万 included, a
  // 万元 column in yuan.
  const amount = readNumber(scaledInput(money, columns.monetaryScale ?? 1), 'monetary', 'en');
  tally.amounts.push(typeof amount === 'number' ? amount : NaN);
}

/** Where the summary's formulas look: the list sheet's data rows (1-based) and columns (0-based). */
export interface SummaryPlace {
  readonly sheetName: string;
  readonly first: number;
  readonly last: number;
  readonly segmentColumn: number;
  readonly monetaryColumn: number;
  /** The composite grade column, where the list is graded on it. */
  readonly gradeColumn?: number;
  /** The CLV column, where the list has CLV's inputs. */
  readonly clvColumn?: number;
}

/**
 * The summary sheet: customers and revenue per segment (COUNTIF / SUMIF over the graded column) with what
 * to do with each, per composite grade where graded, the Pareto curve with its chart and the ABC
 * classes (seed 004), and the seed's rules; the figures come from a tally of the graded rows.
 * @example summarySheetOf(tally, { sheetName: 'List', first: 2, last: 3, segmentColumn: 7, monetaryColumn: 2 }, graded.playbook, 'en').name // 'CRM Summary'
 */
export function summarySheetOf(tally: SummaryTally, place: SummaryPlace, playbook: ReadonlyMap<string, string>, lang: Lang): WorkbookSheet {
  const range = (c: number) =>
    `${sheetRef(place.sheetName)}!$${columnLetters(c)}$${place.first}:$${columnLetters(c)}$${place.last}`;
  const segmentRange = range(place.segmentColumn);
  const moneyRange = range(place.monetaryColumn);
  const labels = [...tally.customers.keys()];
  const counts = tally.customers, revenue = tally.revenue;
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
      playbook.get(label) ?? '']);
  });
  const totalCount = [...counts.values()].reduce((a, b) => a + b, 0);
  rows.push([{ v: workbookLabel('total', lang), style: 'header' },
    { f: `SUM(B${top}:B${totalRow - 1})`, v: totalCount, style: 'integer' },
    { f: `SUM(C${top}:C${totalRow - 1})`, v: totalRevenue, style: 'amount' },
    { f: `IF(C${totalRow}=0,0,1)`, v: totalRevenue ? 1 : 0, style: 'percent' }]);
  // Customers and revenue per composite grade (seed 002), where the list was graded on it.
  if (place.gradeColumn !== undefined) {
    const gradeRange = range(place.gradeColumn);
    rows.push([], [{ v: workbookLabel('gradesTitle', lang), style: 'header' }],
      [{ v: workbookLabel('compositeGrade', lang), style: 'header' }, { v: workbookLabel('customers', lang), style: 'header' },
        { v: workbookLabel('revenue', lang), style: 'header' }]);
    for (const [label, { customers, revenue: money }] of tally.grades) {
      const r = rows.length + 1;
      rows.push([label, { f: `COUNTIF(${gradeRange},A${r})`, v: customers, style: 'integer' },
        { f: `SUMIF(${gradeRange},A${r},${moneyRange})`, v: money, style: 'amount' }]);
    }
  }
  // Seed 000: CLV above 5,000,000 earns a dedicated customer-success manager.
  if (place.clvColumn !== undefined) {
    rows.push([], [{ v: workbookLabel('clvAbove', lang), style: 'header' },
      { f: `COUNTIF(${range(place.clvColumn)},">5000000")`, v: tally.clvAbove, style: 'integer' }]);
  }
  // The Pareto (ABC) picture of seed 004, computed at grading time and written as numbers, with its chart.
  const amounts = tally.amounts;
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
