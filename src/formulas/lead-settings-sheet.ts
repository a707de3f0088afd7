// The lead settings sheet: the behaviour points, the profile points table, the grade cutoffs, the funnel's
// stages, the fitted conversion coefficients (or C139's weights), each under a name the graded columns
// and the funnel sheet read, laid out for a person to edit (inputs in yellow) as the customer settings
// sheet is. A sheet of its own, so grading leads never replaces the customer grading's settings.
import type { Lang } from '../i18n/lang';
import { leadLabel, type LeadLabel } from '../i18n/lead-labels';
import { columnLetters, sheetRef } from '../xlsx/a1';
import type { DefinedName, WorkbookCell, WorkbookSheet } from '../xlsx/workbook-model';
import { LEAD_NAMES } from './names';

/** What the lead settings sheet holds. */
export interface LeadSettings {
  /** Behaviour column headers and the points of one interaction each. */
  readonly behaviour: readonly (readonly [string, number])[];
  readonly attributes: readonly (readonly [string | number, number])[];
  readonly cutoffs: readonly [number, number, number];
  readonly stages: readonly string[];
  /** FUNNEL's targets, one per stage (null: none); absent: no target column. */
  readonly targets?: readonly (number | null)[];
  /** The fitted conversion model: term names (the behaviour headers) and coefficients, intercept first. */
  readonly conversion?: { readonly coefficients: readonly number[]; readonly won: number; readonly lost: number };
  /** C139's weights, for an opportunity list (its cutoffs are then the opportunity grade's). */
  readonly weights?: readonly number[];
}

/** Where each block sits: the first row of values (0-based) and each block's first column. */
export const LEAD_SETTINGS_LAYOUT = { FIRST: 5, BEHAVIOUR: 0, ATTRIBUTES: 3, CUTOFFS: 6, STAGES: 9, TARGETS: 10, COEFFICIENTS: 12 } as const;

/**
 * The lead settings sheet and its names.
 * @example leadSettingsSheet({ behaviour: [['文章浏览', 5]], attributes: [], cutoffs: [60, 30, 10], stages: [] }, 'zh-CN').names[0] // { name: 'CRM_LEAD_BEHAVIOUR', ref: "'CRM 线索设置'!$A$6:$B$6" }
 */
export function leadSettingsSheet(settings: LeadSettings, lang: Lang): { sheet: WorkbookSheet; names: DefinedName[] } {
  const name = leadLabel('settingsSheet', lang);
  const { FIRST, BEHAVIOUR, ATTRIBUTES, CUTOFFS, STAGES, TARGETS, COEFFICIENTS } = LEAD_SETTINGS_LAYOUT;
  const rows: WorkbookCell[][] = [];
  const set = (r: number, c: number, cell: WorkbookCell) => { (rows[r] ??= [])[c] = cell; };
  const header = (r: number, c: number, key: LeadLabel) => set(r, c, { v: leadLabel(key, lang), style: 'header' });
  const input = (r: number, c: number, v: number | string) => set(r, c, { v, style: 'input' });
  // Corners even for one cell ($H$6:$H$6), as the customer settings sheet writes CRM_AS_OF.
  const ref = (r0: number, c0: number, r1: number, c1: number) =>
    `${sheetRef(name)}!$${columnLetters(c0)}$${r0 + 1}:$${columnLetters(c1)}$${r1 + 1}`;
  const names: DefinedName[] = [];
  // No missing rows: row 3 (index 2) is left empty, and a host's writer wants every row.
  const filled = () => Array.from({ length: rows.length }, (_, r) => rows[r] ?? []);
  set(0, 0, { v: leadLabel('settingsTitle', lang), style: 'title' });
  set(1, 0, { v: leadLabel('settingsNote', lang), style: 'note' });

  const table = (c: number, title: LeadLabel, heads: readonly LeadLabel[]) => {
    header(FIRST - 2, c, title);
    heads.forEach((h, k) => header(FIRST - 1, c + k, h));
  };
  // The grade cutoffs, A to C, each a one-cell name (the lead grade's, or the opportunity grade's).
  const cutoffTable = (title: LeadLabel, cutNames: readonly string[]) => {
    table(CUTOFFS, title, ['grade', 'from']);
    (['A', 'B', 'C'] as const).forEach((grade, k) => {
      set(FIRST + k, CUTOFFS, grade);
      input(FIRST + k, CUTOFFS + 1, settings.cutoffs[k]);
      names.push({ name: cutNames[k], ref: ref(FIRST + k, CUTOFFS + 1, FIRST + k, CUTOFFS + 1) });
    });
    set(FIRST + 3, CUTOFFS, 'D');
    set(FIRST + 3, CUTOFFS + 1, leadLabel('belowC', lang));
  };
  if (settings.weights) {
    table(BEHAVIOUR, 'weightsTable', ['component', 'weight']);
    (['cCoverage', 'cValueFit', 'cKeyPeople', 'cFactors'] as const).forEach((key, k) => {
      set(FIRST + k, BEHAVIOUR, leadLabel(key, lang));
      input(FIRST + k, BEHAVIOUR + 1, settings.weights![k]);
    });
    names.push({ name: LEAD_NAMES.weights, ref: ref(FIRST, BEHAVIOUR + 1, FIRST + 3, BEHAVIOUR + 1) });
    cutoffTable('oppCutoffsTable', [LEAD_NAMES.oppCutA, LEAD_NAMES.oppCutB, LEAD_NAMES.oppCutC]);
    return { sheet: { name, rows: filled(), widths: [26, 10, 2, 2, 2, 2, 8, 10] }, names };
  }
  if (settings.behaviour.length) {
    table(BEHAVIOUR, 'behaviourTable', ['interaction', 'points']);
    settings.behaviour.forEach(([what, points], k) => { set(FIRST + k, BEHAVIOUR, what); input(FIRST + k, BEHAVIOUR + 1, points); });
    names.push({ name: LEAD_NAMES.behaviour, ref: ref(FIRST, BEHAVIOUR, FIRST + settings.behaviour.length - 1, BEHAVIOUR + 1) });
  }
  if (settings.attributes.length) {
    table(ATTRIBUTES, 'attributeTable', ['value', 'points']);
    settings.attributes.forEach(([value, points], k) => { input(FIRST + k, ATTRIBUTES, value); input(FIRST + k, ATTRIBUTES + 1, points); });
    names.push({ name: LEAD_NAMES.attributes, ref: ref(FIRST, ATTRIBUTES, FIRST + settings.attributes.length - 1, ATTRIBUTES + 1) });
  }
  cutoffTable('cutoffsTable', [LEAD_NAMES.cutA, LEAD_NAMES.cutB, LEAD_NAMES.cutC]);
  if (settings.stages.length) {
    const targets = settings.targets;
    table(STAGES, 'stagesTable', targets ? ['stage', 'target'] : ['stage']);
    settings.stages.forEach((stage, k) => input(FIRST + k, STAGES, stage));
    names.push({ name: LEAD_NAMES.stages, ref: ref(FIRST, STAGES, FIRST + settings.stages.length - 1, STAGES) });
    if (targets) {
      // A stage without a target is an empty yellow cell: the funnel sheet reads it as none.
      settings.stages.forEach((_, k) => input(FIRST + k, TARGETS, targets[k] ?? ''));
      names.push({ name: LEAD_NAMES.targets, ref: ref(FIRST, TARGETS, FIRST + settings.stages.length - 1, TARGETS) });
    }
  }
  if (settings.conversion) {
    const { coefficients, won, lost } = settings.conversion;
    table(COEFFICIENTS, 'coefficientsTable', ['term', 'coefficient']);
    const terms = [leadLabel('intercept', lang), ...settings.behaviour.map(([what]) => what)];
    coefficients.forEach((b, k) => { set(FIRST + k, COEFFICIENTS, terms[k]); set(FIRST + k, COEFFICIENTS + 1, b); });
    set(FIRST + coefficients.length, COEFFICIENTS, { v: leadLabel('fittedOn', lang, { won, lost }), style: 'note' });
    names.push({ name: LEAD_NAMES.coefficients, ref: ref(FIRST, COEFFICIENTS + 1, FIRST + coefficients.length - 1, COEFFICIENTS + 1) });
  }
  return { sheet: { name, rows: filled(), widths: [22, 8, 2, 18, 8, 2, 8, 10, 2, 14, 10, 2, 16, 12] }, names };
}
