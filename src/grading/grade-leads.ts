// A lead or opportunity list graded row by row with the pipeline functions themselves (LEAD_SCORE,
// ATTRIBUTE_SCORE, LOGISTIC_FIT, CONVERSION_PROB, C139_SCORE, FUNNEL), so the values cached under the
// graded workbook's native formulas are what the functions compute (docs/pipeline.md, "In the pane").
import { CallError, CellError, cellError, isCellError } from '../cells/cell-error';
import { isBlank, readNonNegative } from '../cells/coerce';
import { readOutcome } from '../cells/outcome-words';
import type { OutCell, OutGrid } from '../cells/output';
import { attributeScoreCall } from '../calls/attribute-score';
import { c139ScoreCall } from '../calls/c139-score';
import { conversionProbCall } from '../calls/conversion-prob';
import { funnelCall } from '../calls/funnel';
import { leadScoreCall } from '../calls/lead-score';
import { logisticFitCall } from '../calls/logistic-fit';
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/messages';
import { leadPaneMessage } from '../i18n/lead-pane-messages';
import { cellValue } from './data-problems';
import type { LeadColumns } from './lead-recognition';

/** Everything the user chose for a lead or opportunity list. */
export interface LeadSetup {
  readonly kind: 'lead' | 'opportunity';
  readonly columns: LeadColumns;
  /** Points of one interaction, one per behaviour column. */
  readonly behaviourPoints: readonly number[];
  /** ATTRIBUTE_SCORE's `value | points` table. */
  readonly attributeTable: readonly (readonly [string | number, number])[];
  /** Score from which a lead (its lead score) or an opportunity (its C139 score) is A, B, C (below C: D). */
  readonly cutoffs: readonly [number, number, number];
  /** The funnel's stages in order (used when a stage column is mapped). */
  readonly stages: readonly string[];
  /** FUNNEL's `targets`: how many should reach each stage, one per stage (null: none); absent or all null: no targets. */
  readonly targets?: readonly (number | null)[];
  /** Add a conversion probability when an outcome column holds history. */
  readonly conversion: boolean;
  /** C139's weights, C, 1, 3, 9. */
  readonly weights: readonly number[];
}

/** One graded row: each cell as the function gives it ('' blank, a CellError a row's error). */
export interface LeadRow {
  readonly behaviour?: OutCell;
  readonly attribute?: OutCell;
  readonly score?: OutCell;
  readonly grade?: OutCell;
  readonly conversion?: OutCell;
  readonly c139?: OutCell;
  readonly advice?: OutCell;
  /** The row's first error, said in words ('' when none). */
  readonly problem: string;
}

/** The conversion model fitted on the list's history, or why there is none. */
export type LeadFit =
  | { readonly kind: 'fitted'; readonly coefficients: readonly number[]; readonly won: number; readonly lost: number }
  | { readonly kind: 'failed'; readonly reason: string };

export interface GradedLeads {
  readonly rows: readonly LeadRow[];
  /** Leads (or opportunities) per grade A, B, C, D. */
  readonly grades: Readonly<Record<'A' | 'B' | 'C' | 'D', number>>;
  readonly fit?: LeadFit;
  /** FUNNEL's result over the stage column with the stage names, when a stage column is mapped. */
  readonly funnel?: OutGrid;
  /** Rows with an error. */
  readonly rowProblems: number;
}

export const GRADES = ['A', 'B', 'C', 'D'] as const;

/**
 * The grade of a lead score under the cutoffs: A from the first, B from the second, C from the third, D below.
 * @example leadGrade(85, [60, 30, 10]) // 'A'
 * @example leadGrade(9, [60, 30, 10]) // 'D'
 */
export function leadGrade(score: number, cutoffs: readonly [number, number, number]): 'A' | 'B' | 'C' | 'D' {
  return score >= cutoffs[0] ? 'A' : score >= cutoffs[1] ? 'B' : score >= cutoffs[2] ? 'C' : 'D';
}

/**
 * Grades the data rows (header excluded) of a lead or opportunity list; `firstRow` is the sheet row of
 * the first, for messages.
 * @example gradeLeads([[8, 1, 1, '制造业']], { kind: 'lead', columns: { behaviour: [0, 1, 2], attributes: [3], ... }, behaviourPoints: [5, 15, 30], attributeTable: [['制造业', 30]], cutoffs: [60, 30, 10], ... }, 'en').rows[0] // { behaviour: 85, attribute: 30, score: 115, grade: 'A', problem: '' }
 */
export function gradeLeads(rows: readonly (readonly unknown[])[], setup: LeadSetup, lang: Lang, firstRow = 1): GradedLeads {
  const ctx = { lang };
  const pick = (cols: readonly (number | undefined)[]) => rows.map((row) => cols.map((c) => (c === undefined ? null : cellValue(row[c]))));
  const { columns } = setup;
  if (setup.kind === 'opportunity') return gradeOpportunities(rows, setup, lang);
  const behaviour = columns.behaviour.length ? leadScoreCall([pick(columns.behaviour), [setup.behaviourPoints]], ctx).map((r) => r[0]) : undefined;
  const attribute = columns.attributes.length && setup.attributeTable.length
    ? attributeScoreCall([pick(columns.attributes), setup.attributeTable.map((r) => [...r])], ctx).map((r) => r[0]) : undefined;
  const fit = setup.conversion && columns.outcome !== undefined && columns.behaviour.length ? fitConversion(rows, columns, lang, firstRow) : undefined;
  const conversion = fit?.kind === 'fitted' ? conversionProbCall([pick(columns.behaviour), [fit.coefficients]], ctx).map((r) => r[0]) : undefined;
  const grades = { A: 0, B: 0, C: 0, D: 0 };
  let rowProblems = 0;
  const out: LeadRow[] = rows.map((_, i) => {
    const b = behaviour?.[i], a = attribute?.[i];
    const score = sumParts(b, a, lang);
    const grade = typeof score === 'number' ? leadGrade(score, setup.cutoffs) : score;
    if (typeof grade === 'string' && grade) grades[grade as keyof typeof grades]++;
    // A count the behaviour points refused is refused by the probability too (the formula's guard).
    const p = conversion ? (isCellError(b) ? b : conversion[i]) : undefined;
    const firstError = [b, a, score, p].find(isCellError);
    if (firstError) rowProblems++;
    return { behaviour: b, attribute: a, score, grade, conversion: p, problem: firstError?.message ?? '' };
  });
  const funnel = columns.stage !== undefined && setup.stages.length >= 2 ? funnelOf(rows, columns.stage, setup.stages, funnelTargets(setup), lang) : undefined;
  return { rows: out, grades, fit, funnel, rowProblems };
}

/** Behaviour points plus profile points, under the row rule: both blank is blank, one blank is missing. */
function sumParts(b: OutCell | undefined, a: OutCell | undefined, lang: Lang): OutCell {
  if (b === undefined) return a ?? '';
  if (a === undefined) return b;
  if (isCellError(b)) return b;
  if (isCellError(a)) return a;
  if (b === '' && a === '') return '';
  if (b === '' || a === '') return cellError(lang, 'na', 'missing', { arg: b === '' ? 'counts' : 'values' });
  return (b as number) + (a as number);
}

/**
 * LOGISTIC_FIT on the rows with an outcome (history), the behaviour counts as features. A history row
 * whose counts cannot be read is said with its row of the list (the function would say its row among
 * the history rows only); the fit's own refusals are the function's messages.
 */
function fitConversion(rows: readonly (readonly unknown[])[], columns: LeadColumns, lang: Lang, firstRow: number): LeadFit {
  const features: unknown[][] = [], outcomes: unknown[][] = [];
  let won = 0, lost = 0;
  for (let i = 0; i < rows.length; i++) {
    const outcome = cellValue(rows[i][columns.outcome!]);
    if (isBlank(outcome)) continue;
    const counts = columns.behaviour.map((c) => cellValue(rows[i][c]));
    const bad = [...counts.map((v) => readNonNegative(v, 'counts', lang)), readOutcome(outcome, 'outcomes', lang)]
      .find((r): r is CellError | null => r === null || isCellError(r));
    if (bad !== undefined) {
      const why = bad === null ? format(lang, 'missing', { arg: 'counts' }) : bad.message;
      return { kind: 'failed', reason: leadPaneMessage(lang, 'leadHistoryRow', { row: firstRow + i, reason: why }) };
    }
    if (readOutcome(outcome, 'outcomes', lang) === 1) won++;
    else lost++;
    features.push(counts);
    outcomes.push([outcome]);
  }
  if (!outcomes.length) return { kind: 'failed', reason: leadPaneMessage(lang, 'leadNoHistory') };
  try {
    const coefficients = logisticFitCall([features, outcomes], { lang })[0] as number[];
    return { kind: 'fitted', coefficients, won, lost };
  } catch (e) {
    if (e instanceof CallError) return { kind: 'failed', reason: e.error.message };
    throw e;
  }
}

/**
 * The targets FUNNEL is given: one per stage, null where a stage has none; undefined when no stage has one
 * (the funnel without targets).
 * @example funnelTargets({ ...setup, stages: ['线索', '触达', '赢单'], targets: [1000, null] }) // [1000, null, null]
 */
export function funnelTargets(setup: Pick<LeadSetup, 'stages' | 'targets'>): (number | null)[] | undefined {
  const targets = setup.stages.map((_, k) => setup.targets?.[k] ?? null);
  return targets.some((t) => t !== null) ? targets : undefined;
}

/** FUNNEL over the stage column with the stage names and targets (its errors, like a name given twice, said as the reason). */
function funnelOf(rows: readonly (readonly unknown[])[], stage: number, names: readonly string[], targets: (number | null)[] | undefined, lang: Lang): OutGrid | undefined {
  try {
    return funnelCall([rows.map((row) => [cellValue(row[stage])]), [names], ...(targets ? [[targets]] : [])], { lang });
  } catch (e) {
    if (e instanceof CallError) return [[e.error]];
    throw e;
  }
}

/** C139_SCORE's score, its grade and its advice per opportunity. */
function gradeOpportunities(rows: readonly (readonly unknown[])[], setup: LeadSetup, lang: Lang): GradedLeads {
  const { columns } = setup;
  const pick = (cols: readonly (number | undefined)[]) => rows.map((row) => cols.map((c) => (c === undefined ? null : cellValue(row[c]))));
  const args = [pick([columns.coverage]), pick([columns.valueFit]), pick(columns.keyPeople), pick(columns.factors), [setup.weights]];
  const scores = c139ScoreCall([...args, 'score'], { lang }).map((r) => r[0]);
  const advice = c139ScoreCall([...args, 'advice'], { lang }).map((r) => r[0]);
  let rowProblems = 0;
  const grades = { A: 0, B: 0, C: 0, D: 0 };
  const out = rows.map((_, i) => {
    const score = scores[i];
    const problem = isCellError(score) ? score.message : '';
    if (problem) rowProblems++;
    // Graded as a lead is, on its C139 score (0-100) with the opportunity cutoffs.
    const grade = typeof score === 'number' ? leadGrade(score, setup.cutoffs) : score;
    if (typeof grade === 'string' && grade) grades[grade as keyof typeof grades]++;
    return { c139: score, grade, advice: isCellError(advice[i]) ? score : advice[i], problem };
  });
  return { rows: out, grades, rowProblems };
}
