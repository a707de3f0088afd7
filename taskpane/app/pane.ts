// The grading pane: find the list, confirm the columns, set the thresholds, grade. One UI for the Excel
// task pane, the Sheets sidebar and the standalone preview; it knows the host only through the port.
// The state and the grading flow are PaneController's (no DOM); each section draws its part of it.
import type { Lang } from '../../src/i18n/lang';
import { columnsSection, problemsList } from './columns-section';
import { h } from './dom';
import { btydOption } from './ledger-section';
import { damageSection, listSection, paneHeader } from './list-section';
import { PaneController, type PaneChange, type PaneOptions } from './pane-controller';
import { leadColumnsSection, leadPointsSection, leadSummary } from './lead-section';
import { gradeResult, gradeStatus } from './result-section';
import { shareSection } from './share-section';
import { thresholdsSection } from './thresholds-section';

export type { PaneOptions } from './pane-controller';

/**
 * Mounts the pane into `root` and keeps it in step with its state.
 * @example mountPane(document.getElementById('pane')!, { port: new MemoryWorkbook(sheets), lang: 'zh-CN', today: new Date() })
 */
export function mountPane(root: HTMLElement, options: PaneOptions): { setLang(lang: Lang): void; controller: PaneController } {
  // Only the thresholds block redraws on its own edits, so the input being typed in keeps its focus.
  const thresholds = h('section', { class: 'step', 'aria-labelledby': 'step-thresholds' });
  const pane: PaneController = new PaneController(options, (change: PaneChange) => {
    if (change === 'all') return render();
    if (change === 'thresholds') return thresholdsSection(pane, thresholds);
    if (change === 'problems') return void root.querySelector('#problems')?.replaceWith(problemsList(pane));
    // The predictions check answered: only its option is redrawn, so nothing being typed in loses focus.
    if (change === 'btyd') return void root.querySelector('#btyd-option')?.replaceWith(btydOption(pane.ledger, pane.ledgerView()));
    root.querySelector('progress')?.setAttribute('value', String(pane.state.progress ?? 0));
  });

  function render(): void {
    const { state, ledger } = pane;
    const parts: Node[] = [paneHeader(pane), listSection(pane)];
    if (state.list) parts.push(...damageSection(pane));
    if (state.list && pane.leads.active) {
      // A lead or opportunity list: its own steps, scored by the pipeline functions (docs/pipeline.md).
      parts.push(leadColumnsSection(pane), leadPointsSection(pane), ...gradeStatus(pane), ...leadSummary(pane));
      root.replaceChildren(...parts);
      document.documentElement.lang = state.lang;
      return;
    }
    if (state.list && !ledger.pending()) parts.push(columnsSection(pane));
    thresholdsSection(pane, thresholds);
    parts.push(thresholds, ...gradeStatus(pane), ...shareSection(pane), ...gradeResult(pane));
    root.replaceChildren(...parts);
    document.documentElement.lang = state.lang;
  }

  render();
  return { setLang: (lang) => pane.setLang(lang), controller: pane };
}
