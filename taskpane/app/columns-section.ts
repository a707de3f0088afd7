// Step 2, Columns: a dropdown per field, the field the pane is not sure of highlighted with its question
// beside it, the day/month question for dates that read both ways, the first rows as grading will read
// them, and the data problems with their rows. An order ledger's columns are ledger-section.ts's.
import type { DateOrder } from '../../src/cells/date-text';
import { describeProblem } from '../../src/grading/grade-table';
import { h } from './dom';
import { ledgerColumns, ledgerProblems } from './ledger-section';
import type { PaneController } from './pane-controller';
import { fieldLabelKey, REQUIRED } from './pane-fields';

/**
 * Step 2 for the list found (or the ledger's, when it is graded per customer).
 * @example parts.push(columnsSection(pane))
 */
export function columnsSection(pane: PaneController): HTMLElement {
  if (pane.ledger.active()) return ledgerColumns(pane.ledger, pane.ledgerView());
  const { state } = pane;
  const tr = pane.tr.bind(pane);
  const section = h('section', { class: 'step' }, h('h2', {}, tr('stepColumns')));
  const questions = pane.questions();
  for (const field of pane.reading.shownFields()) {
    const question = questions[field];
    const chosen = state.columns[field];
    // A required field with nothing chosen asks to choose; an optional one may be left at none.
    const blank = tr(chosen === undefined && REQUIRED.includes(field) ? 'dateOrderChoose' : 'none');
    const select = h('select', { id: `map-${field}` }, h('option', { value: '' }, blank),
      ...pane.reading.header().map((_, i) => {
        const o = h('option', { value: String(i) }, pane.reading.columnName(i));
        if (chosen === i) o.selected = true;
        return o;
      }));
    select.addEventListener('change', () => pane.setColumn(field, select.value === '' ? undefined : Number(select.value)));
    const row = h('label', { class: 'row' }, h('span', {}, tr(fieldLabelKey(field))), select);
    if (!question) {
      section.append(row);
      continue;
    }
    // The field in question stands out (a marked box, the dropdown outlined) with its one-line question.
    select.setAttribute('aria-invalid', 'true');
    select.setAttribute('aria-describedby', `ask-${field}`);
    // Short names and cells stay whole; a long one may still wrap rather than run past the pane.
    const whole = question.keep.filter((k) => k.length <= 24);
    section.append(h('div', { class: `field asked ${question.kind}`, id: `field-${field}`, 'data-question': question.kind },
      row, h('p', { class: 'ask', id: `ask-${field}` }, ...keepWhole(question.text, whole))));
  }
  // Year-last dates the column cannot decide itself: the user says, the locale's order preselected.
  if (pane.reading.asksDateOrder()) {
    const chosen = state.dateOrder ?? pane.options.dateOrder;
    const select = h('select', { id: 'date-order' },
      h('option', { value: '' }, tr('dateOrderChoose')),
      ...([['dmy', 'dateOrderDmy'], ['mdy', 'dateOrderMdy']] as const).map(([order, label]) => {
        const o = h('option', { value: order }, tr(label));
        if (chosen === order) o.selected = true;
        return o;
      }));
    select.addEventListener('change', () => pane.setDateOrder(select.value === '' ? undefined : select.value as DateOrder));
    section.append(h('label', { class: 'row' }, h('span', {}, tr('dateOrder')), select));
  }
  // A preview of the first rows as they will be read, so a wrong column shows before grading.
  const preview = pane.reading.preview();
  section.append(h('table', { id: 'mapped-preview', class: 'summary' },
    h('thead', {}, h('tr', {}, ...preview.fields.map((f) => h('th', {}, tr(fieldLabelKey(f)).split(/[:：]/)[0])))),
    h('tbody', {}, ...preview.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', { title: cell }, cell)))))));
  section.append(h('h3', {}, tr('problems')), problemsList(pane));
  return section;
}

/** The text with each of `names` in a span that does not break ('E列' is not cut after the E, nor 2026-06-16 at a dash). */
function keepWhole(text: string, names: readonly string[]): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let rest = text;
  for (;;) {
    const hits = names.map((n) => ({ n, at: rest.indexOf(n) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at);
    if (!hits.length || !hits[0].n) break;
    const { n, at } = hits[0];
    if (at > 0) parts.push(rest.slice(0, at));
    parts.push(h('span', { class: 'name' }, n));
    rest = rest.slice(at + n.length);
  }
  if (rest) parts.push(rest);
  return parts;
}

/**
 * The data problems with their rows (a ledger's at the as-of date), or that there are none.
 * @example root.querySelector('#problems')?.replaceWith(problemsList(pane))
 */
export function problemsList(pane: PaneController): HTMLElement {
  if (pane.ledger.active()) return ledgerProblems(pane.ledger, pane.ledgerView());
  const problems = pane.problems();
  return problems.length
    ? h('ul', { id: 'problems' }, ...problems.map((p) => h('li', {}, describeProblem(p, pane.state.lang))))
    : h('p', { id: 'problems' }, pane.tr('noProblems'));
}
