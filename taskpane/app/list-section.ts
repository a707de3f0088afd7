// The pane's top: its title and language switch, step 1 (find the list, what was found, and for an
// order ledger the question how to read it), and the damage found in the workbook with its repair.
import type { Lang } from '../../src/i18n/lang';
import { h } from './dom';
import { leadFound } from './lead-section';
import { lt } from './lead-strings';
import { ledgerFound } from './ledger-section';
import type { PaneController } from './pane-controller';

const LANGUAGES: readonly (readonly [Lang, string])[] = [['en', 'English'], ['zh-CN', '简体中文'], ['zh-TW', '繁體中文']];

/**
 * The title and the language switch (each language named in itself).
 * @example root.append(paneHeader(pane))
 */
export function paneHeader(pane: PaneController): HTMLElement {
  const select = h('select', { id: 'lang' }, ...LANGUAGES.map(([lang, name]) => {
    const o = h('option', { value: lang }, name);
    if (lang === pane.state.lang) o.selected = true;
    return o;
  }));
  select.addEventListener('change', () => pane.setLang(select.value as Lang));
  return h('header', {}, h('h1', {}, pane.tr('title')), h('label', { class: 'lang' }, h('span', {}, pane.tr('language')), select));
}

/**
 * Step 1: Find my list, and what it found (a list's customers, or an order ledger and its question).
 * @example root.append(listSection(pane))
 */
export function listSection(pane: PaneController): HTMLElement {
  const find = h('button', { id: 'find-list' }, pane.tr('findList'));
  find.addEventListener('click', () => void pane.findList());
  const title = pane.state.list && pane.leads.active ? lt(pane.state.lang, 'stepListLeads') : pane.tr('stepList');
  const step = h('section', { class: 'step' }, h('h2', {}, title), h('p', { class: 'hint' }, pane.tr('findHint')), find);
  const list = pane.state.list;
  if (list) {
    const at = { sheet: list.sheetName, header: list.top + pane.state.headerRow + 1 };
    const found = h('p', { id: 'found' }, pane.tr('found', { rows: pane.reading.dataRows().length, ...at }));
    step.append(...(leadFound(pane, at.sheet, at.header) ?? ledgerFound(pane.ledger, pane.ledgerView(), at.sheet, at.header, found)));
  }
  return step;
}

/**
 * The damage found in the workbook (a settings sheet or saved choices that cannot be read), each with
 * its repair, which asks before rewriting anything.
 * @example root.append(...damageSection(pane))
 */
export function damageSection(pane: PaneController): HTMLElement[] {
  const { damage, confirm } = pane.state;
  const reports: [kind: 'settings' | 'saved', text: string][] = [];
  if (damage.settings) reports.push(['settings', pane.tr('settingsDamaged', { sheet: damage.settings.sheetName, problem: damage.settings.problem })]);
  const saved = pane.savedDamageText();
  if (saved) reports.push(['saved', saved]);
  return reports.map(([kind, text]) => {
    const box = h('div', { id: `damage-${kind}`, class: 'damage', role: 'alert' }, h('p', {}, text));
    if (confirm === kind) {
      const yes = h('button', { id: 'confirm-repair' }, pane.tr('yesRewrite'));
      const no = h('button', { id: 'keep-as-is' }, pane.tr('keepIt'));
      yes.addEventListener('click', () => void pane.repair());
      no.addEventListener('click', () => pane.askRepair(undefined));
      box.append(h('p', {}, pane.tr(kind === 'settings' ? 'confirmSettings' : 'confirmSaved', { sheet: damage.settings?.sheetName ?? '' })), yes, no);
    } else {
      const button = h('button', { id: `repair-${kind}` }, pane.tr('repair'));
      button.addEventListener('click', () => pane.askRepair(kind));
      box.append(button);
    }
    return box;
  });
}
