// A graded lead or opportunity list as the workbook gets it: the graded columns beside the list (native
// formulas over the lead settings sheet's names, with the functions' values cached), the lead settings
// sheet, the funnel sheet when a stage column is mapped, and the names (docs/pipeline.md, "In the pane").
import { isCellError } from '../cells/cell-error';
import { isBlank, readRatio } from '../cells/coerce';
import { matchKey } from '../cells/match-key';
import type { OutCell } from '../cells/output';
import { funnelTargets, type GradedLeads, type LeadSetup } from '../grading/grade-leads';
import { cellValue } from '../grading/data-problems';
import { formulaOperand } from '../grading/list-inputs';
import type { Lang } from '../i18n/lang';
import { leadLabel, type LeadLabel } from '../i18n/lead-labels';
import { cellRef, columnLetters, sheetRef } from '../xlsx/a1';
import type { DefinedName, WorkbookCell, WorkbookSheet } from '../xlsx/workbook-model';
import { funnelSheet } from './funnel-sheet';
import { attributeFormula, behaviourFormula, c139Formula, conversionFormula, leadGradeFormula, leadScoreFormula, OPPORTUNITY_CUTS, type CountOperand } from './lead-formulas';
import { leadSettingsSheet } from './lead-settings-sheet';

/** The list as it sits in the workbook: its sheet, its header's top-left cell (0-based), header and rows. */
export interface PlacedList {
  readonly sheetName: string;
  readonly origin: { readonly row: number; readonly column: number };
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface LeadWorkbook {
  /** The graded columns, header row first, to write from the cell right of the list's header. */
  readonly block: WorkbookCell[][];
  readonly sheets: WorkbookSheet[];
  readonly names: DefinedName[];
}

/** The graded columns' headers in order, by what the list is graded on. */
export function leadColumnLabels(setup: LeadSetup, graded: Pick<GradedLeads, 'fit'>): LeadLabel[] {
  if (setup.kind === 'opportunity') return ['c139Score', 'opportunityGrade', 'c139Advice', 'problem'];
  const c = setup.columns;
  return [
    ...(c.behaviour.length ? ['behaviourPoints' as const] : []),
    ...(c.attributes.length && setup.attributeTable.length ? ['attributePoints' as const] : []),
    'leadScore', 'leadGrade', ...(graded.fit?.kind === 'fitted' ? ['conversion' as const] : []), 'problem',
  ];
}

const cached = (v: OutCell | undefined): number | string | { error: string } =>
  isCellError(v) ? { error: v.code === 'na' ? '#N/A' : '#VALUE!' } : (v as number | string | undefined) ?? '';

/**
 * The graded block, the lead settings sheet, the funnel sheet and their names.
 * @example buildLeadWorkbook(list, setup, gradeLeads(list.rows, setup, 'en'), 'en').block[0] // [{ v: 'Behaviour points', style: 'header' }, ...]
 */
export function buildLeadWorkbook(list: PlacedList, setup: LeadSetup, graded: GradedLeads, lang: Lang): LeadWorkbook {
  const labels = leadColumnLabels(setup, graded);
  const width = list.header.length;
  const at = (i: number, c: number) => cellRef(list.origin.row + 1 + i, list.origin.column + c);
  const col = (label: LeadLabel) => labels.indexOf(label);
  const block: WorkbookCell[][] = [labels.map((key) => ({ v: leadLabel(key, lang), style: 'header' }))];
  const attributeNative = nativeAttributeCheck(setup);
  list.rows.forEach((row, i) => {
    const g = graded.rows[i];
    if (row.every((v) => isBlank(cellValue(v)))) return block.push(labels.map(() => null));
    const out: WorkbookCell[] = labels.map(() => null);
    const put = (label: LeadLabel, f: string | undefined, v: OutCell | undefined, style?: 'percent') => {
      const k = col(label);
      if (k < 0) return;
      out[k] = f === undefined ? (isCellError(v) ? null : (v as number | string)) : { f, v: cached(v), ...(style ? { style } : {}) };
    };
    const own = (label: LeadLabel) => at(i, width + col(label));
    if (setup.kind === 'opportunity') {
      const c = setup.columns;
      const ratio = (k: number | undefined) => ratioOperand(row[k!], at(i, k!));
      put('c139Score', c139Formula({ coverage: ratio(c.coverage), valueFit: ratio(c.valueFit), keyPeople: c.keyPeople.map(ratio), factors: c.factors.map((k) => formulaOperand(row[k], at(i, k), 'number', 1)) }), g.c139);
      put('opportunityGrade', leadGradeFormula(own('c139Score'), OPPORTUNITY_CUTS), g.grade);
      // The advice is the function's text for the row as graded (a formula would repeat C139's wording).
      put('c139Advice', undefined, g.advice);
    } else {
      const counts: CountOperand[] = setup.columns.behaviour.map((k) => ({ ref: at(i, k), operand: formulaOperand(row[k], at(i, k), 'number', 1) }));
      if (counts.length) put('behaviourPoints', behaviourFormula(counts), g.behaviour);
      if (col('attributePoints') >= 0) {
        const refs = setup.columns.attributes.map((k) => at(i, k));
        put('attributePoints', attributeNative(setup.columns.attributes.map((k) => cellValue(row[k]))) ? attributeFormula(refs) : undefined, g.attribute);
      }
      const b = col('behaviourPoints') >= 0 ? own('behaviourPoints') : undefined;
      const a = col('attributePoints') >= 0 ? own('attributePoints') : undefined;
      put('leadScore', leadScoreFormula(b, a), g.score);
      put('leadGrade', leadGradeFormula(own('leadScore')), g.grade);
      if (col('conversion') >= 0) put('conversion', conversionFormula(counts), g.conversion, 'percent');
    }
    out[col('problem')] = g.problem || null;
    block.push(out);
  });

  const settings = leadSettingsSheet({
    behaviour: setup.columns.behaviour.map((k, j) => [String(list.header[k] ?? `#${k + 1}`), setup.behaviourPoints[j]]),
    attributes: col('attributePoints') >= 0 ? setup.attributeTable : [],
    cutoffs: setup.cutoffs,
    stages: (graded.funnel?.length ?? 0) > 1 ? setup.stages : [],
    targets: (graded.funnel?.length ?? 0) > 1 ? funnelTargets(setup) : undefined,
    conversion: graded.fit?.kind === 'fitted' ? graded.fit : undefined,
    weights: setup.kind === 'opportunity' ? setup.weights : undefined,
  }, lang);
  const sheets = [settings.sheet];
  const stage = setup.columns.stage;
  if (graded.funnel && stage !== undefined && graded.funnel.length > 1) {
    const letters = columnLetters(list.origin.column + stage);
    const top = list.origin.row + 2, bottom = list.origin.row + 1 + list.rows.length;
    sheets.push(funnelSheet({
      cells: list.rows.map((row) => row[stage]), range: `${sheetRef(list.sheetName)}!$${letters}$${top}:$${letters}$${bottom}`,
      sheetName: list.sheetName, column: letters, stages: setup.stages, targets: funnelTargets(setup), funnel: graded.funnel,
    }, lang));
  }
  return { block, sheets, names: settings.names };
}

/** A ratio operand: the cell, or the number its percent text or TRUE / FALSE reads as (C139 reads both). */
function ratioOperand(cell: unknown, ref: string): string {
  const v = cellValue(cell);
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'string' && !isBlank(v)) {
    const r = readRatio(v, '', 'en');
    if (typeof r === 'number') return String(r);
  }
  return ref;
}

/**
 * Whether VLOOKUP finds what ATTRIBUTE_SCORE finds for a row's attribute values: VLOOKUP trims spaces
 * only, compares letters case aside but not full-width with half-width, numbers with numbers only, and
 * reads `*`, `?`, `~` as patterns. A row where they would differ gets its points as a value.
 */
function nativeAttributeCheck(setup: LeadSetup): (values: readonly unknown[]) => boolean {
  const nativeKey = (v: unknown) => (typeof v === 'string' ? `s:${v.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ').toLowerCase()}` : `${typeof v}:${String(v)}`);
  const core = new Map<string, number>(), native = new Map<string, number>();
  for (const [value, points] of setup.attributeTable) {
    const key = matchKey(value);
    if (key !== undefined && !core.has(key)) core.set(key, points);
    if (!native.has(nativeKey(value))) native.set(nativeKey(value), points);
  }
  return (values) => values.every((v) => {
    if (isBlank(v)) return true;
    if (typeof v === 'string' && /[*?~]/.test(v)) return false;
    return (core.get(matchKey(v) ?? '') ?? 0) === (native.get(nativeKey(v)) ?? 0);
  });
}
