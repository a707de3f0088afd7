import type { GradedRfmList, RfmColumns } from '../grading/grade-rfm-list';
import { abcSummary, paretoCurve } from '../grading/pareto';
import { seedRules } from '../grading/playbook';
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import { columnLetters, sheetRef } from '../xlsx/a1';
import type { LineChart, WorkbookCell, WorkbookSheet } from '../xlsx/workbook-model';
import type { CompositeGrading, CustomerList } from './graded-workbook';
import { scaledInput } from '../grading/list-inputs';
import { cellText } from './list-cells';

/**
 * The summary sheet: customers and revenue per segment (COUNTIF / SUMIF over the graded column) with what
 * to do with each, per composite grade where graded, the Pareto curve with its chart and the ABC
 * classes (seed 004), and the seed's rules.
 * @example summarySheet(list, columns, graded, 9, 'en', { row: 0, column: 0 }).name // 'CRM Summary'
 */
export function summarySheet(
  list: CustomerList, columns: RfmColumns, graded: GradedRfmList, segmentColumn: number, lang: Lang,
  origin: { row: number; column: number }, gradeColumn?: number, composite?: CompositeGrading,
  clv?: { column: number; values: readonly unknown[] },
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
  // Seed 000: CLV above 5,000,000 earns a dedicated customer-success manager.
  if (clv) {
    const above = clv.values.filter((v) => typeof v === 'number' && v > 5_000_000).length;
    rows.push([], [{ v: workbookLabel('clvAbove', lang), style: 'header' },
      { f: `COUNTIF(${range(clv.column)},">5000000")`, v: above, style: 'integer' }]);
  }
  // The Pareto (ABC) picture of seed 004, computed at grading time and written as numbers, with its chart.
  const amounts = list.rows.map((row) => scaledInput(row[columns.monetary], columns.monetaryScale ?? 1));
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
