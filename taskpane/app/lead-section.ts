// The pane's parts for a lead or opportunity list: what Find my list says of it (with the switch to
// customer grading and back), each column's part, the points tables, the grade cutoffs, the funnel's
// stages, the Score button and the grade counts after. The state is LeadController's; these draw it.
import { h } from './dom';
import { LEAD_ROLES, type LeadColumnRole } from './lead-controller';
import { lt, type LeadStringKey } from './lead-strings';
import type { PaneController } from './pane-controller';

const button = (id: string, text: string, onClick: () => void, cls?: string) => {
  const b = h('button', { id, type: 'button', ...(cls ? { class: cls } : {}) }, text);
  b.addEventListener('click', onClick);
  return b;
};

/** A number input that hands a finite number on, or puts its value back and says nothing changed. */
function numberInput(attrs: Record<string, string>, value: number, set: (n: number) => void, redraw: () => void): HTMLInputElement {
  const input = h('input', { type: 'number', step: 'any', value: String(value), ...attrs });
  input.addEventListener('change', () => {
    const n = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(n)) input.value = String(value);
    else set(n);
    redraw();
  });
  return input;
}

/**
 * What Find my list says of a lead or opportunity list, and the switch: to customer grading while the
 * lead flow is in use, back to it when the user switched. Undefined for a customer list.
 * @example step.append(...(leadFound(pane, 'Leads', 1) ?? [found]))
 */
export function leadFound(pane: PaneController, sheet: string, header: number): HTMLElement[] | undefined {
  const { leads, state } = pane;
  const lang = state.lang;
  if (leads.kind === 'customer') return undefined;
  const redraw = () => pane.refresh('all');
  const opportunity = leads.kind === 'opportunity';
  if (!leads.active) {
    return [h('p', { id: 'found' }, pane.tr('found', { rows: pane.reading.dataRows().length, sheet, header })),
      h('div', { id: 'lead-offer', class: 'ledger' }, h('p', {}, lt(lang, 'leadOffer')),
        button('as-leads', lt(lang, opportunity ? 'asOpportunities' : 'asLeads'), () => { leads.use(true); redraw(); }))];
  }
  const rows = leads.dataRows().length.toLocaleString(lang);
  return [h('div', { id: 'lead-prompt', class: 'ledger', role: 'status' },
    h('p', { id: 'found' }, lt(lang, opportunity ? 'opportunityFound' : 'leadFound', { rows, sheet, header })),
    h('p', {}, lt(lang, opportunity ? 'opportunityWhy' : 'leadWhy')),
    button('as-customers', lt(lang, 'asCustomers'), () => { leads.use(false); redraw(); }))];
}

/**
 * Step 2 for a lead list: one dropdown per column with its part.
 * @example parts.push(leadColumnsSection(pane))
 */
export function leadColumnsSection(pane: PaneController): HTMLElement {
  const { leads, state } = pane;
  const lang = state.lang;
  const roles = LEAD_ROLES[leads.kind === 'opportunity' ? 'opportunity' : 'lead'];
  const section = h('section', { class: 'step', id: 'lead-columns' }, h('h2', {}, lt(lang, 'leadColumns')), h('p', { class: 'hint' }, lt(lang, 'leadColumnsHint')));
  leads.header().forEach((_, k) => {
    const select = h('select', { id: `lead-role-${k}` }, ...roles.map(([role, key]) => {
      const o = h('option', { value: role }, lt(lang, key));
      if (leads.roles[k] === role) o.selected = true;
      return o;
    }));
    select.addEventListener('change', () => { leads.setRole(k, select.value as LeadColumnRole); pane.refresh('all'); });
    section.append(h('label', { class: 'row' }, h('span', { class: 'colname' }, pane.reading.columnName(k)), select));
  });
  return section;
}

/**
 * Step 3 for a lead list: points per interaction, the profile points table, the grade cutoffs, the
 * funnel's stages, the conversion option (C139's weights for opportunities), and the Score button.
 * @example parts.push(leadPointsSection(pane))
 */
export function leadPointsSection(pane: PaneController): HTMLElement {
  const { leads, state } = pane;
  const lang = state.lang;
  const redraw = () => pane.refresh('all');
  const section = h('section', { class: 'step', id: 'lead-points' }, h('h2', {}, lt(lang, 'leadPoints')));
  const pairTable = (id: string, caption: LeadStringKey, rows: readonly (readonly [string, HTMLElement])[]) =>
    h('table', { class: 'bands pairs', id }, h('caption', {}, lt(lang, caption)), h('tbody', {}, ...rows.map(([name, input]) =>
      h('tr', {}, h('td', { class: 'colname', title: name }, name), h('td', {}, input)))));
  if (leads.kind === 'opportunity') {
    const labels: LeadStringKey[] = ['roleCoverage', 'roleValueFit', 'roleKeyPeople', 'roleFactors'];
    section.append(pairTable('c139-weights', 'weights', leads.weights.map((w, k) => [lt(lang, labels[k]),
      numberInput({ 'data-weight': String(k), min: '0' }, w, (n) => { leads.weights[k] = Math.max(0, n); }, redraw)] as const)));
    section.append(...cutoffsTable(pane, 'opportunityCutoffs', 'opportunityCutoffsHint'));
  } else {
    const behaviour = leads.columnsOf('behaviour');
    if (behaviour.length) {
      section.append(pairTable('behaviour-points', 'behaviourPoints', behaviour.map((c, j) => [pane.reading.columnName(c),
        numberInput({ 'data-points': String(j) }, leads.behaviourPoints[j], (n) => { leads.behaviourPoints[j] = n; }, redraw)] as const)),
      h('p', { class: 'hint' }, lt(lang, 'pointsSource')));
    }
    if (leads.attributeTable.length) {
      section.append(pairTable('attribute-points', 'attributePoints', leads.attributeTable.map(([value, points], k) => [String(value),
        numberInput({ 'data-attribute': String(k) }, points, (n) => { leads.attributeTable[k][1] = n; }, redraw)] as const)),
      h('p', { class: 'hint' }, lt(lang, 'attributeHint')));
    }
    section.append(...cutoffsTable(pane, 'cutoffs', 'cutoffsHint'));
    if (leads.columnsOf('stage').length) {
      const stages = h('input', { id: 'stage-order', type: 'text', value: leads.stages.join(lang === 'en' ? ', ' : '，') });
      stages.addEventListener('change', () => { leads.setStages(stages.value); redraw(); });
      section.append(h('label', { class: 'row stack' }, h('span', {}, lt(lang, 'stageOrder')), stages), h('p', { class: 'hint' }, lt(lang, 'stageHint')));
      section.append(...targetsTable(pane));
    }
    if (leads.columnsOf('outcome').length && behaviour.length) {
      const box = h('input', { id: 'conversion', type: 'checkbox' });
      box.checked = leads.conversion;
      box.addEventListener('change', () => { leads.conversion = box.checked; });
      section.append(h('label', { class: 'check' }, box, h('span', {}, lt(lang, 'conversionOption'))));
    }
  }
  section.append(button('grade-leads', lt(lang, leads.kind === 'opportunity' ? 'gradeOpportunities' : 'gradeLeads'), () => void pane.gradeLeads(), 'primary'));
  return section;
}

/** The grade cutoffs A to C (the lead score's or the C139 score's), with the hint, or the warning when out of order. */
function cutoffsTable(pane: PaneController, caption: LeadStringKey, hint: LeadStringKey): HTMLElement[] {
  const { leads } = pane;
  const lang = pane.state.lang;
  const [a, b, c] = leads.cutoffs;
  return [h('table', { class: 'bands pairs', id: 'cutoffs' }, h('caption', {}, lt(lang, caption)), h('tbody', {}, ...(['A', 'B', 'C'] as const).map((grade, k) =>
    h('tr', {}, h('td', { class: 'colname' }, grade), h('td', {},
      numberInput({ id: `cut-${grade.toLowerCase()}` }, leads.cutoffs[k], (n) => { leads.cutoffs[k] = n; }, () => pane.refresh('all'))))))),
  h('p', { class: leads.cutoffsInOrder() ? 'hint' : 'hint warning', id: 'cutoffs-hint' }, lt(lang, leads.cutoffsInOrder() ? hint : 'cutoffsOrder', { a, b, c }))];
}

/** An optional target per stage, beside the stage order (blank: none); what FUNNEL would refuse is said under it. */
function targetsTable(pane: PaneController): HTMLElement[] {
  const { leads } = pane;
  const lang = pane.state.lang;
  const problem = leads.targetProblem(lang);
  const rows = leads.stages.map((stage, k) => {
    const input = h('input', { type: 'number', step: 'any', min: '0', 'data-target': String(k), value: leads.targets[stage] === undefined ? '' : String(leads.targets[stage]) });
    input.addEventListener('change', () => { leads.setTarget(stage, input.value); pane.refresh('all'); });
    return h('tr', {}, h('td', { class: 'colname', title: stage }, stage), h('td', {}, input));
  });
  return [h('table', { class: 'bands pairs', id: 'stage-targets' }, h('caption', {}, lt(lang, 'targets')), h('tbody', {}, ...rows)),
    h('p', { class: problem ? 'hint warning' : 'hint', id: 'targets-hint' }, problem ?? lt(lang, 'targetsHint'))];
}

/**
 * After scoring a lead or opportunity list: how many per grade.
 * @example parts.push(...leadSummary(pane))
 */
export function leadSummary(pane: PaneController): HTMLElement[] {
  const result = pane.leads.lastResult;
  const lang = pane.state.lang;
  if (!result || pane.leads.kind === 'customer') return [];
  return [h('table', { id: 'lead-summary', class: 'summary' },
    h('thead', {}, h('tr', {}, h('th', {}, lt(lang, 'grade')), h('th', {}, lt(lang, pane.leads.kind === 'opportunity' ? 'opportunities' : 'leads')))),
    h('tbody', {}, ...(['A', 'B', 'C', 'D'] as const).map((g) => h('tr', {}, h('td', {}, g), h('td', { 'data-grade': g }, result.grades[g].toLocaleString(lang))))))];
}
