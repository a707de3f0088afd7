// Step 3, Thresholds: the preset, the date days are counted up to (and a ledger's window), the three
// band tables with a live count of customers per band, the composite, CLV and churn settings where the
// list has their inputs, how the results are written, and the Grade button. It is redrawn on its own as
// the user edits, so the input being typed in keeps its focus.
import { isoToSerial, serialToIso } from '../../src/cells/dates';
import { detectPeriodColumns } from '../../src/grading/period-columns';
import type { GradedOutput } from '../../src/formulas/graded-workbook';
import type { RfmDimension } from '../../src/models/rfm';
import { bandCounts } from './band-counts';
import { churnSection, clvSection, compositeSection } from './composite-section';
import { h } from './dom';
import { btydOption, windowMonths } from './ledger-section';
import type { PaneController, Preset } from './pane-controller';
import { CLV, COMPOSITE } from './pane-fields';
import type { StringKey } from './strings';

const PRESETS: readonly (readonly [Preset, StringKey])[] = [
  ['seed', 'presetSeed'], ['five', 'presetFive'], ['manufacturing', 'presetManufacturing'], ['quintile', 'presetQuintile'], ['custom', 'presetCustom'],
];
const OUTPUTS: readonly (readonly [GradedOutput, StringKey])[] = [['formulas', 'outputFormulas'], ['values', 'outputValues'], ['functions', 'outputFunctions']];
const BANDS: readonly (readonly [RfmDimension, StringKey])[] = [['r', 'bandR'], ['f', 'bandF'], ['m', 'bandM']];

/**
 * Draws step 3 into `section` (emptied first); nothing while there is no list or a ledger awaits its answer.
 * @example thresholdsSection(pane, root.querySelector('section[aria-labelledby="step-thresholds"]')!)
 */
export function thresholdsSection(pane: PaneController, section: HTMLElement): void {
  section.replaceChildren();
  const { state, ledger } = pane;
  if (!state.list || ledger.pending()) return;
  const tr = pane.tr.bind(pane);
  const presetSelect = h('select', { id: 'preset' }, ...PRESETS.map(([value, key]) => {
    const o = h('option', { value }, tr(key));
    if (value === state.preset) o.selected = true;
    return o;
  }));
  presetSelect.addEventListener('change', () => pane.choosePreset(presetSelect.value as Preset));
  const asOf = h('input', { id: 'as-of', type: 'date', value: serialToIso(state.asOf) });
  asOf.addEventListener('change', () => pane.setAsOf(isoToSerial(asOf.value)));
  section.append(
    h('h2', { id: 'step-thresholds' }, tr('stepThresholds')),
    h('label', { class: 'row' }, h('span', {}, tr('preset')), presetSelect),
    h('label', { class: 'row' }, h('span', {}, tr('asOf')), asOf),
    ...(ledger.active() ? [...windowMonths(ledger, pane.ledgerView()), btydOption(ledger, pane.ledgerView())] : []),
  );
  for (const [dimension, title] of BANDS) section.append(bandTable(pane, dimension, title));
  if (!ledger.active() && COMPOSITE.every((f) => state.columns[f] !== undefined)) {
    section.append(compositeSection(state.weights, state.cutoffs, tr, () => pane.refresh('thresholds')));
  }
  if (!ledger.active() && CLV.every((f) => state.columns[f] !== undefined)) section.append(clvSection(state.clv, tr));
  const periods = detectPeriodColumns(pane.reading.header());
  if (!ledger.active() && periods.interactions.length >= 2 && periods.satisfaction.length >= 2) section.append(churnSection(state.churn, tr));
  const outputSelect = h('select', { id: 'output' }, ...OUTPUTS.map(([value, key]) => {
    const o = h('option', { value }, tr(key));
    if (value === state.output) o.selected = true;
    return o;
  }));
  outputSelect.addEventListener('change', () => pane.setOutput(outputSelect.value as GradedOutput));
  // Its choices are long ("Native formulas (work without the add-in)"): the dropdown takes a line of its own.
  section.append(h('label', { class: 'row stack' }, h('span', {}, tr('output')), outputSelect));
  const gradeButton = h('button', { id: 'grade', class: 'primary' }, tr('grade'));
  gradeButton.addEventListener('click', () => void pane.grade());
  section.append(gradeButton);
}

/** One band table, editable, with the customers in each band drawn as a bar. */
function bandTable(pane: PaneController, dimension: RfmDimension, title: StringKey): HTMLElement {
  const tr = pane.tr.bind(pane);
  const table = pane.state.tables[dimension];
  const counts = bandCounts(pane.bandValues(dimension), table);
  const most = Math.max(1, ...counts);
  const body = h('tbody');
  table.from.forEach((from, i) => {
    const fromInput = h('input', { type: 'number', value: String(from), 'aria-label': `${tr(title)} ${tr('from')} ${i + 1}`, 'data-band': `${dimension}-${i}-from` });
    const scoreInput = h('input', { type: 'number', min: '1', max: '5', value: String(table.score[i]), 'aria-label': `${tr(title)} ${tr('score')} ${i + 1}`, 'data-band': `${dimension}-${i}-score` });
    fromInput.addEventListener('change', () => pane.editBand(dimension, i, 'from', Number(fromInput.value)));
    scoreInput.addEventListener('change', () => pane.editBand(dimension, i, 'score', Number(scoreInput.value)));
    const bar = h('span', { class: 'bar' });
    // Through the CSSOM: the Content-Security-Policy forbids inline style attributes.
    bar.style.width = `${Math.round((counts[i] / most) * 100)}%`;
    body.append(h('tr', {}, h('td', {}, fromInput), h('td', {}, scoreInput),
      h('td', { class: 'count', 'data-count': `${dimension}-${i}` }, h('span', { class: 'bar-track' }, bar), ` ${counts[i]}`)));
  });
  return h('table', { class: 'bands' },
    h('caption', {}, tr(title)),
    h('thead', {}, h('tr', {}, h('th', {}, tr('from')), h('th', {}, tr('score')), h('th', {}, tr('customers')))),
    body);
}
