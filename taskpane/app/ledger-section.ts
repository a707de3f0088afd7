// The pane's parts for an order ledger: what Find my list says of it (and the question: per customer, or
// one row per customer), its columns with a preview and its data problems, and the window beside the
// as-of date. The state is the LedgerController's; these functions only draw it and pass clicks on.
import { describeProblem } from '../../src/grading/grade-table';
import { btydProblemText } from '../../src/grading/btyd-report';
import type { Lang } from '../../src/i18n/lang';
import type { DateOrder } from '../../src/cells/date-text';
import { h } from './dom';
import { LEDGER_FIELD_LABELS, ledgerFoundText, type LedgerController } from './ledger-controller';
import type { StringKey } from './strings';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** What the sections need from the pane: its language, strings, and what to redraw after a change. */
export interface LedgerView {
  readonly lang: Lang;
  readonly tr: Translate;
  /** The as-of date (serial) the summary is made for. */
  readonly asOf: number;
  /** The workbook locale's day/month order, preselected when the order dates read both ways. */
  readonly localeOrder?: DateOrder;
  /** Redraw after a change; `reread` when the ledger is read differently (reading, a column, the date order). */
  readonly changed: (reread: boolean) => void;
}

const button = (id: string, text: string, onClick: () => void, primary = false) => {
  const b = h('button', { id, type: 'button', ...(primary ? { class: 'primary' } : {}) }, text);
  b.addEventListener('click', onClick);
  return b;
};

/**
 * What Find my list says: for a ledger, its orders and customers and, until the user answers, the
 * question; for a table with a ledger's header read as a list, the switch to one row per order.
 * `listFound` is the pane's usual sentence for a list.
 * @example listStep.append(...ledgerFound(ledger, view, 'Orders', 1, foundParagraph))
 */
export function ledgerFound(ledger: LedgerController, view: LedgerView, sheet: string, headerRow: number, listFound: HTMLElement): HTMLElement[] {
  const { tr, lang } = view;
  if (ledger.reading === 'list') {
    if (!ledger.hasLedgerHeader) return [listFound];
    return [listFound, h('div', { id: 'ledger-offer', class: 'ledger' }, h('p', {}, tr(ledger.repeats ? 'ledgerChosenList' : 'ledgerOffer')),
      button('ledger-as-ledger', tr('ledgerAsLedger'), () => { ledger.readAs('ledger'); view.changed(true); }))];
  }
  const found = h('p', { id: 'found' }, ledgerFoundText(ledger, lang, sheet, headerRow));
  const box = h('div', { id: 'ledger-prompt', class: 'ledger', role: 'status' }, found);
  if (ledger.pending()) {
    box.append(h('p', {}, tr('ledgerQuestion')),
      button('ledger-confirm', tr('ledgerConfirm'), () => { ledger.confirm(); view.changed(true); }, true),
      button('ledger-as-list', tr('ledgerAsList'), () => { ledger.readAs('list'); view.changed(true); }));
  } else {
    box.append(button('ledger-as-list', tr('ledgerSwitchToList'), () => { ledger.readAs('list'); view.changed(true); }));
  }
  return [box];
}

/**
 * Step 2 for a ledger: a dropdown per ledger field, the order-date question where the dates read both
 * ways, the first lines as they will be read, and the ledger's data problems with their rows.
 * @example parts.push(ledgerColumns(ledger, view))
 */
export function ledgerColumns(ledger: LedgerController, view: LedgerView): HTMLElement {
  const { tr } = view;
  const section = h('section', { class: 'step' }, h('h2', {}, tr('stepColumns')));
  for (const [field, label] of LEDGER_FIELD_LABELS) {
    const select = h('select', { id: `map-ledger-${field}` }, h('option', { value: '' }, tr('none')),
      ...ledger.header().map((name, i) => {
        const o = h('option', { value: String(i) }, String(name ?? ''));
        if (ledger.columns[field] === i) o.selected = true;
        return o;
      }));
    select.addEventListener('change', () => {
      ledger.setColumn(field, select.value === '' ? undefined : Number(select.value));
      view.changed(true);
    });
    section.append(h('label', { class: 'row' }, h('span', {}, tr(label)), select));
  }
  if (ledger.dateOrderOf(undefined) === 'ask') {
    const chosen = ledger.dateOrder ?? view.localeOrder;
    const select = h('select', { id: 'date-order' }, h('option', { value: '' }, tr('dateOrderChoose')),
      ...([['dmy', 'dateOrderDmy'], ['mdy', 'dateOrderMdy']] as const).map(([order, key]) => {
        const o = h('option', { value: order }, tr(key));
        if (chosen === order) o.selected = true;
        return o;
      }));
    select.addEventListener('change', () => {
      ledger.setDateOrder(select.value === '' ? undefined : select.value as DateOrder);
      view.changed(true);
    });
    section.append(h('label', { class: 'row' }, h('span', {}, tr('dateOrder')), select));
  }
  // The first lines as the summary will read them, so a wrong column shows before grading.
  const preview = ledger.preview();
  const short = (key: StringKey) => tr(key).replace(/\s*[(（].*$/, '');
  section.append(h('table', { id: 'mapped-preview', class: 'summary' },
    h('thead', {}, h('tr', {}, ...preview.fields.map((f) => h('th', {}, short(LEDGER_FIELD_LABELS.find(([x]) => x === f)![1]))))),
    h('tbody', {}, ...preview.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', { title: cell }, cell)))))));
  section.append(h('h3', {}, tr('problems')), ledgerProblems(ledger, view));
  return section;
}

/**
 * The ledger's data problems at the as-of date (lines whose status is no order's, unreadable lines,
 * lines after it, customers with every order after it), or what is missing before it can be read at all.
 * @example root.querySelector('#problems')?.replaceWith(ledgerProblems(ledger, view))
 */
export function ledgerProblems(ledger: LedgerController, view: LedgerView): HTMLElement {
  const { tr, lang } = view;
  const missing = ledger.missing();
  if (missing.length) {
    const labels = LEDGER_FIELD_LABELS.filter(([f]) => missing.includes(f)).map(([, key]) => tr(key));
    return h('ul', { id: 'problems' }, h('li', {}, tr('ledgerMissing', { missing: labels.join(lang === 'en' ? ', ' : '、') })));
  }
  const problems = ledger.problems(view.asOf);
  return problems.length
    ? h('ul', { id: 'problems' }, ...problems.map((p) => h('li', {}, describeProblem(p, lang))))
    : h('p', { id: 'problems' }, tr('noProblems'));
}

/**
 * The buy-till-you-die option below the window, in a box of its own that is redrawn when the check's
 * answer comes: a checkbox (on unless the user turned it off; saved with the choices) and what it adds,
 * or, when the models cannot be fitted on the ledger up to the as-of date, the box unticked and
 * disabled and the reason; while the grading worker checks, the option greyed and "checking".
 * @example thresholds.append(btydOption(ledger, view)) // <div id="btyd-option"><label class="check">...
 */
export function btydOption(ledger: LedgerController, view: LedgerView): HTMLElement {
  const { tr, lang } = view;
  const fit = ledger.predictions(view.asOf);
  const option = h('div', { id: 'btyd-option' });
  // Nothing to say until the ledger can be read (a field is missing) and has a customer by the as-of date.
  if (!fit) return option;
  const label = h('span', {}, tr('btydOption'));
  if (fit === 'checking') {
    const waiting = h('input', { id: 'btyd-waiting', type: 'checkbox' });
    waiting.disabled = true;
    option.append(h('label', { class: 'check' }, waiting, label), h('p', { class: 'hint', id: 'btyd-checking', role: 'status' }, tr('btydChecking')));
    return option;
  }
  const possible = fit.bgnbd !== undefined;
  const box = h('input', { id: 'btyd', type: 'checkbox' });
  box.checked = possible && ledger.btyd;
  box.disabled = !possible;
  box.addEventListener('change', () => ledger.setBtyd(box.checked));
  const hint = possible || !fit.bgnbdProblem ? tr('btydHint') : tr('btydCannot', { reason: btydProblemText(fit.bgnbdProblem, lang) });
  option.append(h('label', { class: 'check' }, box, label), h('p', { class: 'hint', id: 'btyd-hint' }, hint));
  return option;
}

/**
 * The window in months beside the as-of date (SPEC: orders and amount count EDATE(as_of, -months) ..
 * as_of), with what it means.
 * @example thresholds.append(...windowMonths(ledger, view))
 */
export function windowMonths(ledger: LedgerController, view: LedgerView): HTMLElement[] {
  const { tr } = view;
  const input = h('input', { id: 'window-months', type: 'number', min: '1', max: '120', step: '1', value: String(ledger.months) });
  input.addEventListener('change', () => {
    // A window that is not a whole number of months is put back as it was, never rounded silently.
    if (!ledger.setMonths(Number(input.value))) input.value = String(ledger.months);
    view.changed(false);
  });
  return [h('label', { class: 'row' }, h('span', {}, tr('windowMonths')), input),
    h('p', { class: 'hint', id: 'window-hint' }, tr('windowHint', { n: ledger.months }))];
}
