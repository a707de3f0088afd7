// The funnel sheet of a graded lead list (seed 003): FUNNEL's table as native formulas, COUNTIF over the
// list's stage column for the leads at each stage (names from the lead settings sheet), each stage's
// reach the sum of it and every later stage, the step and overall conversion, the bottleneck marked,
// and a native bar chart of the reach. The cached values are FUNNEL's own.
import { isCellError } from '../cells/cell-error';
import type { OutCell, OutGrid } from '../cells/output';
import type { Lang } from '../i18n/lang';
import { leadLabel } from '../i18n/lead-labels';
import { format } from '../i18n/messages';
import { cellValue } from '../grading/data-problems';
import type { LineChart, WorkbookCell, WorkbookSheet } from '../xlsx/workbook-model';
import { LEAD_NAMES } from './names';

export interface FunnelSheetInput {
  /** The stage column's cells, data rows only. */
  readonly cells: readonly unknown[];
  /** Its absolute reference ('Leads'!$I$2:$I$5001), its sheet and its column letters, for the note. */
  readonly range: string;
  readonly sheetName: string;
  readonly column: string;
  readonly stages: readonly string[];
  /** FUNNEL's targets, one per stage (null: none); absent: the sheet without targets. */
  readonly targets?: readonly (number | null)[];
  /** FUNNEL's result over the cells with the stages (and the targets). */
  readonly funnel: OutGrid;
}

const FIRST = 4;
/** FUNNEL's "below 1" for a step against its target (1 - 1e-12), written out: some engines do not read `1E-12`. */
const BELOW_ONE = '0.999999999999';

/**
 * Whether COUNTIF counts each stage as FUNNEL does: it compares text exactly (case aside) and reads
 * `*`, `?`, `~` and a leading `<`, `>` or `=` in a name as patterns, where FUNNEL evens out spaces and
 * full-width letters. When they would differ the counts are written as numbers, and the sheet says so.
 * @example countifAgrees(['线索', ' 线索'], ['线索', '赢单'], [2, 0]) // false
 */
export function countifAgrees(cells: readonly unknown[], stages: readonly string[], atStage: readonly number[]): boolean {
  if (stages.some((s) => /[*?~]|^[<>=]/.test(s))) return false;
  const index = new Map(stages.map((s, k) => [s.toLowerCase(), k]));
  const counted = stages.map(() => 0);
  for (const cell of cells) {
    const v = cellValue(cell);
    const k = typeof v === 'string' ? index.get(v.toLowerCase()) : undefined;
    if (k !== undefined) counted[k]++;
  }
  return counted.every((n, k) => n === atStage[k]);
}

/**
 * The stage FUNNEL's with-targets rule marks, as the sheet's formulas reach it: each step's ratio
 * `step / (target_k / target_(k-1))` where both targets are above 0 and the step exists, then the first
 * of the lowest, if below 1 - 1e-12 (-1: none). FUNNEL keeps the earlier of two ratios within 1e-12 of
 * each other, MATCH(MIN) the exact lowest; when they differ the marks are written as values.
 * @example nativeTargetMark([1000, 600, 300, 90, 27], [1000, 650, 350, 120, 30]) // 3
 */
export function nativeTargetMark(reached: readonly number[], targets: readonly (number | null)[]): number {
  const ratios = reached.map((count, k) => {
    const previous = targets[k - 1], target = targets[k];
    if (k === 0 || reached[k - 1] === 0 || previous == null || target == null || !(previous > 0 && target > 0)) return NaN;
    return (count / reached[k - 1]) / (target / previous);
  });
  const numbers = ratios.filter((x) => x === x);
  if (!numbers.length) return -1;
  const low = Math.min(...numbers);
  return low < Number(BELOW_ONE) ? ratios.indexOf(low) : -1;
}

/**
 * The funnel sheet: its rows (formulas with FUNNEL's values cached) and its bar chart.
 * @example funnelSheet({ cells, range: "'Leads'!$I$2:$I$11", sheetName: 'Leads', column: 'I', stages: ['线索', '触达'], funnel }, 'zh-CN').name // 'CRM 销售漏斗'
 */
export function funnelSheet(input: FunnelSheetInput, lang: Lang): WorkbookSheet {
  const { stages, funnel } = input;
  const n = stages.length;
  const reached = funnel.slice(0, n).map((r) => r[1] as number);
  const atStage = reached.map((x, k) => x - (reached[k + 1] ?? 0));
  const native = countifAgrees(input.cells, stages, atStage);
  const steps = funnel.slice(1, n).map((r) => r[2]);
  // MIN over the steps fails on an error cell: the marks are then written as FUNNEL's values.
  const targets = input.targets;
  const marked = funnel.slice(0, n).findIndex((r) => typeof r[5] === 'string' && r[5] !== '');
  const markNative = targets ? nativeTargetMark(reached, targets) === marked : !steps.some(isCellError);
  const cached = (v: OutCell): number | string | { error: string } => (isCellError(v) ? { error: '#N/A' } : v as number | string);
  const head = (key: Parameters<typeof leadLabel>[0]): WorkbookCell => ({ v: leadLabel(key, lang), style: 'header' });
  const rows: WorkbookCell[][] = [
    [{ v: leadLabel('funnelTitle', lang), style: 'title' }],
    [{ v: leadLabel('funnelNote', lang, { sheet: input.sheetName, column: input.column }), style: 'note' }],
    native ? [] : [{ v: leadLabel('countedAsValues', lang), style: 'note' }],
    [head('stage'), head('atStage'), head('reached'), head('stepConversion'), head('fromFirst'), head('bottleneckColumn'),
      ...(targets ? [head('target'), head('gapToTarget'), head('stepVsTarget')] : [])],
  ];
  const last = FIRST + n;
  const stepRange = `D$${FIRST + 2}:D$${last}`;
  const ratioRange = `I$${FIRST + 2}:I$${last}`;
  const mark = format(lang, 'bottleneck', {});
  // Column I's value: the step against the target step, as its formula gives it ('' where it has none).
  const ratioOf = (k: number): number | string => {
    const previous = targets?.[k - 1], target = targets?.[k];
    if (previous == null || target == null || !(previous > 0 && target > 0) || reached[k - 1] === 0) return '';
    return (reached[k] / reached[k - 1]) / (target / previous);
  };
  stages.forEach((stage, k) => {
    const r = FIRST + 1 + k;
    const [, , step, fromFirst, gap, bottleneck] = funnel[k];
    const markFormula = targets
      // FUNNEL's rule with targets: the lowest step / target step below 1, over column I (blank where a step has no ratio).
      ? `IF(ISNUMBER(I${r}),IF(AND(I${r}<${BELOW_ONE},MATCH(MIN(${ratioRange}),${ratioRange},0)=${k}),"${mark}",""),"")`
      : `IF(AND(D${r}<1,MATCH(MIN(${stepRange}),${stepRange},0)=${k}),"${mark}","")`;
    const target = `INDEX(${LEAD_NAMES.targets},${k + 1})`;
    const withTargets: WorkbookCell[] = !targets ? [] : [
      { f: `IF(${target}="","",${target})`, v: targets[k] ?? '', style: 'integer' },
      { f: `IF(G${r}="","",G${r}-C${r})`, v: cached(gap), style: 'integer' },
      k === 0 ? null : { f: `IF(OR(G${r - 1}="",G${r}=""),"",IF(OR(G${r - 1}<=0,G${r}<=0,NOT(ISNUMBER(D${r}))),"",D${r}/(G${r}/G${r - 1})))`, v: ratioOf(k), style: 'percent' },
    ];
    rows.push([
      { f: `INDEX(${LEAD_NAMES.stages},${k + 1})`, v: stage },
      native ? { f: `COUNTIF(${input.range},A${r})`, v: atStage[k], style: 'integer' } : { v: atStage[k], style: 'integer' },
      { f: `SUM(B${r}:B$${last})`, v: reached[k], style: 'integer' },
      k === 0 ? null : { f: `IF(C${r - 1}=0,NA(),C${r}/C${r - 1})`, v: cached(step), style: 'percent' },
      { f: `IF(C$${FIRST + 1}=0,NA(),C${r}/C$${FIRST + 1})`, v: cached(fromFirst), style: 'percent' },
      k === 0 ? null : markNative ? { f: markFormula, v: cached(bottleneck) } : (bottleneck as string) || null,
      ...withTargets,
    ]);
  });
  const notCounted = funnel[n];
  if (notCounted) rows.push([leadLabel('notCounted', lang), { v: notCounted[1] as number, style: 'integer' }, isCellError(notCounted[0]) ? notCounted[0].message : String(notCounted[0])]);
  const chart: LineChart = {
    kind: 'bar', title: leadLabel('funnelChart', lang), x: `A${FIRST + 1}:A${last}`, y: `C${FIRST + 1}:C${last}`,
    at: { row: rows.length + 1, column: 0 }, size: { rows: 16, columns: 6 },
  };
  return { name: leadLabel('funnelSheet', lang), rows, widths: [16, 12, 12, 14, 14, 12, ...(targets ? [10, 12, 14] : [])], charts: [chart] };
}
