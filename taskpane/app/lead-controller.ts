// A lead or opportunity list in the pane: recognised when the list is found (the lead flow is then the
// one in use, with a switch back to customer grading), each column's part, the points tables, the grade
// cutoffs, the funnel's stages, and the grading. No DOM here (lead-section.ts draws it), so the tests
// drive it on the in-memory workbook.
import { matchKey } from '../../src/cells/match-key';
import type { EditedLeadSettings } from '../../src/formulas/read-lead-settings';
import { cellValue } from '../../src/grading/data-problems';
import { C139_DEFAULT_WEIGHTS } from '../../src/models/c139';
import { DEFAULT_LEAD_CUTOFFS, DEFAULT_OPPORTUNITY_CUTOFFS, defaultAttributeTable, defaultBehaviourPoints, defaultStageOrder } from '../../src/grading/lead-defaults';
import { recogniseLeadList, type LeadColumns, type ListKind } from '../../src/grading/lead-recognition';
import type { GradedLeads, LeadSetup } from '../../src/grading/grade-leads';
import type { FoundList } from '../hosts/workbook-port';
import type { Lang } from '../../src/i18n/lang';
import { format } from '../../src/i18n/messages';
import { lt, type LeadStringKey } from './lead-strings';

/** What a column is in the lead flow. */
export type LeadColumnRole = 'none' | 'behaviour' | 'attribute' | 'stage' | 'outcome'
  | 'coverage' | 'valueFit' | 'decisionMaker' | 'influencer' | 'user' | 'factor';

/** The roles the pane offers, by kind of list, with their labels. */
export const LEAD_ROLES: Readonly<Record<'lead' | 'opportunity', readonly (readonly [LeadColumnRole, LeadStringKey])[]>> = {
  lead: [['none', 'roleNone'], ['behaviour', 'roleBehaviour'], ['attribute', 'roleAttribute'], ['stage', 'roleStage'], ['outcome', 'roleOutcome']],
  opportunity: [['none', 'roleNone'], ['coverage', 'roleCoverage'], ['valueFit', 'roleValueFit'], ['decisionMaker', 'roleDecisionMaker'],
    ['influencer', 'roleInfluencer'], ['user', 'roleUser'], ['factor', 'roleFactor']],
};
const ROLE_LABEL = Object.fromEntries([...LEAD_ROLES.lead, ...LEAD_ROLES.opportunity]) as Record<LeadColumnRole, LeadStringKey>;
const SINGLE: readonly LeadColumnRole[] = ['stage', 'outcome', 'coverage', 'valueFit', 'decisionMaker', 'influencer', 'user'];

/** What is saved with the workbook for a lead or opportunity list, restored for the same list. */
export interface LeadChoices {
  readonly kind: 'lead' | 'opportunity';
  /** The lead flow in use (false: the user switched to customer grading). */
  readonly active: boolean;
  readonly roles: readonly LeadColumnRole[];
  readonly behaviourPoints: readonly number[];
  readonly attributeTable: readonly (readonly [string | number, number])[];
  /** The lead grade's cutoffs (kept at the lead defaults for an opportunity list). */
  readonly cutoffs: readonly [number, number, number];
  /** The opportunity grade's cutoffs (absent in choices saved before opportunities were graded). */
  readonly opportunityCutoffs?: readonly [number, number, number];
  readonly stages: readonly string[];
  /** Funnel targets by stage name (absent: none). */
  readonly targets?: Readonly<Record<string, number>>;
  readonly conversion: boolean;
  readonly weights: readonly number[];
}

/**
 * Saved lead choices that can be used for a list `width` columns wide: every part where it belongs.
 * @example isLeadChoices({ kind: 'lead', active: true, roles: ['behaviour'], ... }, 1) // true
 */
export function isLeadChoices(c: unknown, width: number): c is LeadChoices {
  const l = c as Partial<LeadChoices>;
  const numbers = (xs: unknown) => Array.isArray(xs) && xs.every((x) => typeof x === 'number' && Number.isFinite(x));
  return (l?.kind === 'lead' || l?.kind === 'opportunity') && typeof l.active === 'boolean' && typeof l.conversion === 'boolean'
    && Array.isArray(l.roles) && l.roles.length === width && numbers(l.behaviourPoints) && numbers(l.cutoffs) && l.cutoffs!.length === 3
    && numbers(l.weights) && l.weights!.length === 4 && Array.isArray(l.stages) && l.stages.every((s) => typeof s === 'string')
    && Array.isArray(l.attributeTable) && l.attributeTable.every((r) => Array.isArray(r) && r.length === 2 && typeof r[1] === 'number')
    && l.behaviourPoints!.length === l.roles.filter((r) => r === 'behaviour').length
    && (l.opportunityCutoffs === undefined || (numbers(l.opportunityCutoffs) && l.opportunityCutoffs.length === 3))
    && (l.targets === undefined || (typeof l.targets === 'object' && l.targets !== null && numbers(Object.values(l.targets))));
}

/**
 * The pane's lead-list state. `recognise` reads a found list; a lead or opportunity list makes the lead
 * flow the one in use until the user switches back to customer grading.
 * @example const leads = new LeadController(); leads.recognise(found, 0); leads.active // true for a lead list
 */
export class LeadController {
  list?: FoundList;
  headerRow = 0;
  /** What the list was recognised as (customer lists are never offered the lead flow). */
  kind: ListKind = 'customer';
  /** The lead flow is in use. */
  active = false;
  roles: LeadColumnRole[] = [];
  behaviourPoints: number[] = [];
  attributeTable: [string | number, number][] = [];
  /** The grade cutoffs of this kind of list: the lead score's, or the C139 score's for opportunities. */
  cutoffs: [number, number, number] = [...DEFAULT_LEAD_CUTOFFS];
  stages: string[] = [];
  /** Funnel targets by stage name (FUNNEL's `targets`: how many should reach it); a stage left out has none. */
  targets: Record<string, number> = {};
  conversion = true;
  weights: number[] = [...C139_DEFAULT_WEIGHTS];
  /** The last scoring's results (grade counts, the fit, the funnel), for the pane to show. */
  lastResult?: GradedLeads;

  /** Reads a found list: its kind and each column's part; choices saved for this list are the user's word. */
  recognise(list: FoundList, headerRow: number, saved?: LeadChoices): void {
    this.list = list;
    this.headerRow = headerRow;
    const r = recogniseLeadList(this.header(), this.dataRows());
    this.kind = saved?.kind ?? r.kind;
    this.active = saved ? saved.active : r.kind !== 'customer';
    this.cutoffs = [...(this.kind === 'opportunity' ? DEFAULT_OPPORTUNITY_CUTOFFS : DEFAULT_LEAD_CUTOFFS)];
    this.weights = [...C139_DEFAULT_WEIGHTS];
    this.conversion = true;
    this.targets = {};
    if (saved) {
      this.roles = [...saved.roles];
      this.behaviourPoints = [...saved.behaviourPoints];
      this.attributeTable = saved.attributeTable.map(([v, p]) => [v, p]);
      if (this.kind === 'lead') this.cutoffs = [...saved.cutoffs] as [number, number, number];
      else if (saved.opportunityCutoffs) this.cutoffs = [...saved.opportunityCutoffs] as [number, number, number];
      this.stages = [...saved.stages];
      this.targets = { ...saved.targets };
      this.conversion = saved.conversion;
      this.weights = [...saved.weights];
      return;
    }
    this.roles = this.header().map(() => 'none');
    if (r.kind === 'customer') return;
    const c = r.columns;
    const set = (role: LeadColumnRole, cols: readonly (number | undefined)[]) => cols.forEach((k) => { if (k !== undefined) this.roles[k] = role; });
    set('behaviour', c.behaviour);
    set('attribute', c.attributes);
    set('stage', [c.stage]);
    set('outcome', [c.outcome]);
    set('coverage', [c.coverage]);
    set('valueFit', [c.valueFit]);
    set('decisionMaker', [c.keyPeople[0]]);
    set('influencer', [c.keyPeople[1]]);
    set('user', [c.keyPeople[2]]);
    set('factor', c.factors);
    this.behaviourPoints = this.columnsOf('behaviour').map((k) => defaultBehaviourPoints(this.header()[k]));
    this.attributeTable = defaultAttributeTable(this.dataRows(), this.columnsOf('attribute'));
    this.stages = this.defaultStages();
  }

  /**
   * Takes the points, cutoffs and stages a person edited on the lead settings sheet of this scored list:
   * interactions by their header, profile values by their match, the cutoffs and the stage order; an
   * opportunity list's C139 weights and cutoffs. True when anything differed from the pane's.
   * @example leads.applyEdited({ kind: 'lead', behaviour: new Map([['文章浏览', 8]]), attributes: [], cutoffs: [70, 30, 10], stages: [], targets: [] }) // true
   */
  applyEdited(edited: EditedLeadSettings): boolean {
    // A sheet of the other kind of list (a lead list's points for an opportunity list) is not this list's.
    if (edited.kind !== (this.kind === 'opportunity' ? 'opportunity' : 'lead')) return false;
    const before = JSON.stringify([this.behaviourPoints, this.attributeTable, this.cutoffs, this.stages, this.targets, this.weights]);
    if (edited.weights) this.weights = [...edited.weights];
    this.behaviourPoints = this.columnsOf('behaviour').map((k, j) => edited.behaviour.get(String(this.header()[k] ?? `#${k + 1}`)) ?? this.behaviourPoints[j]);
    const onSheet = new Map(edited.attributes.map(([v, p]) => [matchKey(v), p]));
    this.attributeTable = this.attributeTable.map(([v, p]) => [v, onSheet.get(matchKey(v)) ?? p]);
    this.cutoffs = [...edited.cutoffs];
    if (this.columnsOf('stage').length && edited.stages.length >= 2) {
      this.stages = [...edited.stages];
      this.targets = Object.fromEntries(edited.stages.flatMap((s, k) => (edited.targets[k] == null ? [] : [[s, edited.targets[k]!]])));
    }
    return JSON.stringify([this.behaviourPoints, this.attributeTable, this.cutoffs, this.stages, this.targets, this.weights]) !== before;
  }

  /** The user's switch between the lead flow and customer grading. */
  use(leads: boolean): void {
    this.active = leads;
  }

  /** The list's header row, and below it its data rows. */
  header(): readonly unknown[] {
    return this.list?.rows[this.headerRow] ?? [];
  }

  dataRows(): readonly (readonly unknown[])[] {
    return this.list ? this.list.rows.slice(this.headerRow + 1) : [];
  }

  /** The columns given a role, in the list's order. */
  columnsOf(role: LeadColumnRole): number[] {
    return this.roles.flatMap((r, k) => (r === role ? [k] : []));
  }

  /**
   * A column's part as the user picked it. A part one column plays (the stage, the outcome, C139's named
   * parts) leaves the column that played it; points follow the columns (a new interaction gets its
   * default, a new profile column its values at 0), and a new stage column its stages.
   * @example leads.setRole(4, 'attribute'); leads.attributeTable // the list's values of column 4 added at 0 points
   */
  setRole(column: number, role: LeadColumnRole): void {
    const points = new Map(this.columnsOf('behaviour').map((k, j) => [k, this.behaviourPoints[j]]));
    const oldStage = this.columnsOf('stage')[0];
    if (SINGLE.includes(role)) this.roles = this.roles.map((r) => (r === role ? 'none' : r));
    this.roles[column] = role;
    this.behaviourPoints = this.columnsOf('behaviour').map((k) => points.get(k) ?? defaultBehaviourPoints(this.header()[k]));
    const kept = new Map(this.attributeTable.map(([v, p]) => [matchKey(v), p]));
    this.attributeTable = defaultAttributeTable(this.dataRows(), this.columnsOf('attribute')).map(([v]) => [v, kept.get(matchKey(v)) ?? 0]);
    if (this.columnsOf('stage')[0] !== oldStage) this.stages = this.defaultStages();
  }

  /** The stage column's stages in their likely order (lead-defaults.ts). */
  private defaultStages(): string[] {
    const stage = this.columnsOf('stage')[0];
    return stage === undefined ? [] : defaultStageOrder(this.dataRows().map((row) => cellValue(row[stage])));
  }

  /**
   * Sets the stages from the text the user typed (comma separated, either comma), blanks dropped.
   * @example leads.setStages('线索，触达, 赢单'); leads.stages // ['线索', '触达', '赢单']
   */
  setStages(text: string): void {
    this.stages = text.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
  }

  /**
   * Sets a stage's target from what the user typed: blank removes it; anything else is kept as typed
   * (a number), and `targetProblem` says what FUNNEL would refuse.
   * @example leads.setTarget('触达', '650'); leads.targets // { 触达: 650 }
   */
  setTarget(stage: string, text: string): void {
    const n = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(n)) delete this.targets[stage];
    else this.targets[stage] = n;
  }

  /** Each stage's target in stage order, null where it has none (FUNNEL's `targets`). */
  stageTargets(): (number | null)[] {
    return this.stages.map((s) => this.targets[s] ?? null);
  }

  /**
   * The first target FUNNEL refuses, in its words (a negative count, or a fraction between 0 and 1 read as
   * a rate), or undefined.
   * @example leads.targets = { 触达: 0.6 }; leads.targetProblem('en') // 'targets: 0.6 looks like a rate; ...'
   */
  targetProblem(lang: Lang): string | undefined {
    for (const t of this.stageTargets()) {
      if (t === null) continue;
      if (t < 0) return format(lang, 'negative', { arg: 'targets', value: t });
      if (t > 0 && t < 1) return format(lang, 'funnelTargetRate', { arg: 'targets', value: t });
    }
    return undefined;
  }

  /** Cutoffs that fall from A to C: the grades are in order. */
  cutoffsInOrder(): boolean {
    const [a, b, c] = this.cutoffs;
    return a > b && b > c;
  }

  /** What stops grading, said in the user's language (none: it can grade). */
  blockers(lang: Lang): string[] {
    if (this.kind === 'opportunity') {
      const missing = (['coverage', 'valueFit', 'decisionMaker', 'influencer', 'user'] as const)
        .filter((role) => !this.columnsOf(role).length).map((role) => lt(lang, ROLE_LABEL[role]));
      const factors = this.columnsOf('factor').length;
      if (factors !== 9) missing.push(lt(lang, 'factorsCount', { n: factors }));
      const out = missing.length ? [lt(lang, 'needC139', { missing: missing.join(lang === 'en' ? ', ' : '、') })] : [];
      if (!this.cutoffsInOrder()) out.push(lt(lang, 'cutoffsOrder'));
      return out;
    }
    const out: string[] = [];
    if (!this.columnsOf('behaviour').length && !this.columnsOf('attribute').length) out.push(lt(lang, 'needScoreColumns'));
    if (!this.cutoffsInOrder()) out.push(lt(lang, 'cutoffsOrder'));
    const target = this.columnsOf('stage').length ? this.targetProblem(lang) : undefined;
    if (target) out.push(target);
    return out;
  }

  /** Everything the user chose, as grading takes it. */
  setup(): LeadSetup {
    const one = (role: LeadColumnRole) => this.columnsOf(role)[0];
    const columns: LeadColumns = {
      behaviour: this.columnsOf('behaviour'), attributes: this.columnsOf('attribute'), stage: one('stage'), outcome: one('outcome'),
      coverage: one('coverage'), valueFit: one('valueFit'), keyPeople: [one('decisionMaker'), one('influencer'), one('user')], factors: this.columnsOf('factor'),
    };
    return {
      kind: this.kind === 'opportunity' ? 'opportunity' : 'lead', columns, behaviourPoints: this.behaviourPoints, attributeTable: this.attributeTable,
      cutoffs: this.cutoffs, stages: this.stages, targets: this.stageTargets(), conversion: this.conversion, weights: this.weights,
    };
  }

  /** The choices saved with the workbook (with the customer flow's), or undefined for a customer list. */
  choices(): LeadChoices | undefined {
    if (this.kind === 'customer') return undefined;
    const opportunity = this.kind === 'opportunity';
    return {
      kind: this.kind, active: this.active, roles: this.roles, behaviourPoints: this.behaviourPoints, attributeTable: this.attributeTable,
      cutoffs: opportunity ? [...DEFAULT_LEAD_CUTOFFS] : this.cutoffs, ...(opportunity ? { opportunityCutoffs: this.cutoffs } : {}),
      stages: this.stages, targets: this.targets, conversion: this.conversion, weights: this.weights,
    };
  }
}
