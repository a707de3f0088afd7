// Step 4 in Excel, Share: Make shareable turns the sheet's =CRM.* formulas into native ones.
import { h } from './dom';
import type { PaneController } from './pane-controller';

/**
 * The Share step, where the host offers Make shareable (Excel); none elsewhere.
 * @example parts.push(...shareSection(pane))
 */
export function shareSection(pane: PaneController): HTMLElement[] {
  if (!pane.canShare()) return [];
  const share = h('button', { id: 'make-shareable' }, pane.tr('makeShareable'));
  share.addEventListener('click', () => void pane.makeShareable());
  return [h('section', { class: 'step' }, h('h2', {}, pane.tr('stepShare')), h('p', { class: 'hint' }, pane.tr('shareHint')), share)];
}
