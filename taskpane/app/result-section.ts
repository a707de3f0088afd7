// Step 4's outcome: while grading runs, its progress and Cancel; then what happened (graded, refused,
// interrupted) and, after it, the offer of a new sheet when the cells beside the list were taken and
// the customers per segment.
import { h } from './dom';
import type { PaneController } from './pane-controller';

/**
 * The progress bar and Cancel while grading runs (in a worker: the bar moves and Cancel works), or the
 * message of what happened.
 * @example parts.push(...gradeStatus(pane))
 */
export function gradeStatus(pane: PaneController): HTMLElement[] {
  const message = pane.state.message;
  if (message?.kind === 'busy') {
    const cancel = h('button', { id: 'cancel' }, pane.tr('cancel'));
    cancel.addEventListener('click', () => pane.cancel());
    const bar = h('progress', { 'aria-label': pane.tr('grading') });
    if (pane.state.progress !== undefined) bar.setAttribute('value', String(pane.state.progress));
    return [h('div', { id: 'progress', role: 'status' }, bar, ` ${message.text} `, cancel)];
  }
  return message ? [h('p', { id: 'message', class: message.kind, role: 'status' }, message.text)] : [];
}

/**
 * After grading: the offer to write to a new sheet instead, and the customers per segment.
 * @example parts.push(...gradeResult(pane))
 */
export function gradeResult(pane: PaneController): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (pane.state.offerNewSheet) {
    const newSheet = h('button', { id: 'new-sheet' }, pane.tr('newSheet'));
    newSheet.addEventListener('click', () => void pane.gradeToNewSheet());
    parts.push(newSheet);
  }
  // A ledger's predictions: what the models were fitted on and who was left out, or why not written.
  const predictions = pane.state.predictions;
  if (predictions?.length) parts.push(h('div', { id: 'btyd-report', role: 'status' }, ...predictions.map((line) => h('p', {}, line))));
  const summary = pane.state.summary;
  if (summary) {
    parts.push(h('table', { id: 'summary', class: 'summary' },
      h('thead', {}, h('tr', {}, h('th', {}, pane.tr('segment')), h('th', {}, pane.tr('customers')))),
      h('tbody', {}, ...summary.map(([label, n]) => h('tr', {}, h('td', {}, label), h('td', {}, String(n)))))));
  }
  return parts;
}
