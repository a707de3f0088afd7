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
import { btydSummaryRows, type BtydNote } from './btyd-sheets';

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
  /** A customer sheet summarised from a ledger: the stocktake's counts, where its columns are. */
  readonly stocktake?: StocktakeTally;
}

/** Where a ledger's customer sheet has each customer's status and previous-window orders, and the
 * stocktake counted so far (seed 003's 客户盘点: new, returning, lost). */
export interface StocktakeTally {
  readonly statusColumn: number;
  readonly previousColumn: number;
  /** The status labels in the sheet's language, in the order the summary lists them. */
  readonly labels: StocktakeLabels;
  readonly customers: Map<string, number>;
  readonly amount: Map<string, number>;
  /** Per segment label, customers per status. */
  readonly bySegment: Map<string, Map<string, number>>;
  /** Customers with an order in the window before. */
  activeBefore: number;
}

export interface StocktakeLabels {
  readonly new: string;
  readonly returning: string;
  readonly lost: string;
  readonly inactive: string;
}

/**
 * An empty tally for a list graded with `segments`, and `gradeLabels` when it has composite grades.
 * @example summaryTally(new Map([[555, 'Important value']])).customers // Map { 'Important value' => 0 }
 */
export function summaryTally(
  segments: ReadonlyMap<number, string>, gradeLabels: readonly string[] = [],
  stocktake?: { readonly statusColumn: number; readonly previousColumn: number; readonly labels: StocktakeLabels },
): SummaryTally {
  const labels = [...new Set(segments.values())];
  return {
    customers: new Map(labels.map((l) => [l, 0])), revenue: new Map(labels.map((l) => [l, 0])),
    grades: new Map(gradeLabels.map((l) => [l, { customers: 0, revenue: 0 }])), clvAbove: 0, amounts: [],
    stocktake: stocktake && { ...stocktake, customers: new Map(), amount: new Map(), bySegment: new Map(), activeBefore: 0 },
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
  let label: string | undefined;
  if (g.kind === 'graded') {
    const manual = columns.manualGrade === undefined ? '' : cellText(source[columns.manualGrade]);
    label = manual || g.segment;
    tally.customers.set(label, (tally.customers.get(label) ?? 0) + 1);
    tally.revenue.set(label, (tally.revenue.get(label) ?? 0) + (typeof money === 'number' ? money : 0));
  }
  // The stocktake counts every customer, graded or not (one whose credits outweigh their orders cannot
  // be scored, yet is new or returning), as its COUNTIF and SUMIF formulas over the status column do.
  if (tally.stocktake) tallyStocktake(tally.stocktake, source, label, typeof money === 'number' ? money : 0);
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

/** One customer in the stocktake; `segment` undefined when the row could not be graded (its segment cell is an error). */
function tallyStocktake(t: StocktakeTally, source: readonly unknown[], segment: string | undefined, amount: number): void {
  const status = cellText(source[t.statusColumn]);
  const add = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);
  add(t.customers, status, 1);
  add(t.amount, status, amount);
  if (segment !== undefined) {
    if (!t.bySegment.has(segment)) t.bySegment.set(segment, new Map());
    add(t.bySegment.get(segment)!, status, 1);
  }
  const previous = source[t.previousColumn];
  if (typeof previous === 'number' && previous > 0) t.activeBefore++;
}

/** Where the summary's formulas look: the list sheet's data rows (1-based) and columns (0-based). */
export interface SummaryPlace {
  readonly sheetName: string;
  readonly first: number;
  readonly last: number;
  readonly segmentColumn: number;
  readonly monetaryColumn: number;
  /** What one unit of the amount column is worth (10,000 for a 金额（万元） column): its sums are labelled so. */
  readonly monetaryScale?: number;
  /** The composite grade column, where the list is graded on it. */
  readonly gradeColumn?: number;
  /** The CLV column, where the list has CLV's inputs. */
  readonly clvColumn?: number;
  /** A ledger's customer sheet: its status and previous-window orders columns, and the window in months. */
  readonly stocktake?: { readonly status: number; readonly previous: number; readonly months: number };
  /** A ledger's customer sheet with the buy-till-you-die columns: the customers by P(alive). */
  readonly btyd?: BtydNote;
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
  // SUMIF adds the column as it stands: in 万元 when its header says so, and the header here says it too.
  const revenueLabel = workbookLabel(place.monetaryScale === 10_000 ? 'revenueWan' : 'revenue', lang);
  const rows: WorkbookCell[][] = [
    [{ v: workbookLabel('summaryTitle', lang), style: 'title' }],
    [],
    [{ v: workbookLabel('segment', lang), style: 'header' }, { v: workbookLabel('customers', lang), style: 'header' },
      { v: revenueLabel, style: 'header' }, { v: workbookLabel('share', lang), style: 'header' },
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
        { v: revenueLabel, style: 'header' }]);
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
  if (tally.stocktake && place.stocktake) {
    const { status, previous, months } = place.stocktake;
    rows.push([], ...stocktakeRows(tally.stocktake, labels, { status: range(status), previous: range(previous), segment: segmentRange, money: moneyRange }, rows.length + 2, months, lang));
  }
  const btyd = place.btyd ? btydSummaryRows(place.btyd, range, lang) : [];
  if (btyd.length) rows.push([], ...btyd);
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
        { v: revenueLabel, style: 'header' }]);
    // ABC classes add the amounts as grading read them (×10,000 for 万元); shown in the column's own unit,
    // as the revenue per segment above, so one sheet never mixes 元 and 万元 under one word.
    const unit = place.monetaryScale ?? 1;
    for (const c of abcSummary(amounts)) rows.push([c.label, { v: c.customers, style: 'integer' }, { v: c.revenue / unit, style: 'amount' }]);
  }
  rows.push([], [{ v: workbookLabel('seedPlaybook', lang), style: 'header' }], ...seedRules(lang).map((rule) => [rule]));
  return { name: workbookLabel('summarySheet', lang), rows, widths: [24, 12, 18, 14, 60], charts };
}

/**
 * The customer stocktake of a ledger (seed 003's 客户盘点, defined in SPEC "Order ledgers"): new,
 * returning, lost and inactive customers with their amount and its share, the lost rate, and the counts
 * per segment (`segments`, the summary's order), as COUNTIF / SUMIF formulas over the customer sheet's status column with the tally's
 * figures cached. `first` is the sheet row (1-based) of the section's first row.
 */
function stocktakeRows(
  t: StocktakeTally, segments: readonly string[],
  ranges: { readonly status: string; readonly previous: string; readonly segment: string; readonly money: string },
  first: number, months: number, lang: Lang,
): WorkbookCell[][] {
  const { status, segment: segmentRange, money: moneyRange } = ranges;
  const header = (key: Parameters<typeof workbookLabel>[0]) => ({ v: workbookLabel(key, lang, { n: months }), style: 'header' as const });
  const rows: WorkbookCell[][] = [
    [header('stocktakeTitle')],
    [header('ledgerStatus'), header('customers'), header('revenue'), header('shareOfAmount')],
  ];
  const statuses = [t.labels.new, t.labels.returning, t.labels.lost, t.labels.inactive];
  const totalAmount = [...t.amount.values()].reduce((a, b) => a + b, 0);
  const at = () => first + rows.length;
  for (const label of statuses) {
    const r = at();
    const amount = t.amount.get(label) ?? 0;
    rows.push([label,
      { f: `COUNTIF(${status},A${r})`, v: t.customers.get(label) ?? 0, style: 'integer' },
      { f: `SUMIF(${status},A${r},${moneyRange})`, v: amount, style: 'amount' },
      { f: `IF(SUM(${moneyRange})=0,0,C${r}/SUM(${moneyRange}))`, v: totalAmount ? amount / totalAmount : 0, style: 'percent' }]);
  }
  const lostRow = at() - 2;
  const activeRow = at();
  const lost = t.customers.get(t.labels.lost) ?? 0;
  rows.push([header('activeBefore'), { f: `COUNTIF(${ranges.previous},">0")`, v: t.activeBefore, style: 'integer' }]);
  rows.push([header('lostRate'), { f: `IF(B${activeRow}=0,0,B${lostRow}/B${activeRow})`, v: t.activeBefore ? lost / t.activeBefore : 0, style: 'percent' }]);
  rows.push([], [header('stocktakeBySegment')], [header('segment'), ...statuses.map((v) => ({ v, style: 'header' as const }))]);
  const labelsRow = at() - 1;
  for (const segment of segments) {
    const r = at();
    rows.push([segment, ...statuses.map((label, k) => ({
      f: `COUNTIFS(${segmentRange},$A${r},${status},${'BCDE'[k]}$${labelsRow})`,
      v: t.bySegment.get(segment)?.get(label) ?? 0, style: 'integer' as const,
    }))]);
  }
  return rows;
}
