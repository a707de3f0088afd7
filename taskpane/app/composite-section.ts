import { h } from './dom';
import type { StringKey } from './strings';

type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/**
 * The composite grade's settings (seed 002): the four weights, with a warning when they do not sum to
 * 100%, and the three cutoffs. Edits change `weights` and `cutoffs` in place, then call `changed`.
 * @example thresholds.append(compositeSection(state.weights, state.cutoffs, tr, renderThresholds))
 */
export function compositeSection(weights: number[], cutoffs: number[], tr: Translate, changed: () => void): HTMLElement {
  const section = h('div', { id: 'composite' }, h('h3', {}, tr('compositeTitle')));
  const field = (key: StringKey, values: number[], i: number) => {
    const input = h('input', { type: 'number', step: 'any', value: String(values[i]), 'aria-label': tr(key) });
    input.addEventListener('change', () => {
      values[i] = Number(input.value);
      changed();
    });
    section.append(h('label', { class: 'row' }, h('span', {}, tr(key)), input));
  };
  (['fieldCurrentValue', 'fieldGrowth', 'fieldStability', 'fieldStrategic'] as const).forEach((key, i) => field(key, weights, i));
  const sum = weights.reduce((a, b) => a + b, 0);
  // Weights summing to 1 or to 100 are both "100%" (COMPOSITE_GRADE divides by the sum).
  if (Math.abs(sum - 1) > 1e-9 && Math.abs(sum - 100) > 1e-9) {
    section.append(h('p', { id: 'weights-warning', class: 'warning', role: 'alert' }, tr('weightsSum', { sum: Number(sum.toFixed(4)) })));
  }
  (['cutStrategic', 'cutCore', 'cutPotential'] as const).forEach((key, i) => field(key, cutoffs, i));
  return section;
}

/**
 * CLV's parameters (seed 000, formula 6): the gross margin and the yearly discount rate, as fractions;
 * edits change `clv` in place.
 * @example thresholds.append(clvSection(state.clv, tr))
 */
export function clvSection(clv: { margin: number; rate: number }, tr: Translate): HTMLElement {
  const section = h('div', { id: 'clv' }, h('h3', {}, tr('clvTitle')));
  for (const [key, part] of [['clvMargin', 'margin'], ['clvRate', 'rate']] as const) {
    const input = h('input', { type: 'number', step: 'any', min: '0', max: '1', value: String(clv[part]), 'aria-label': tr(key) });
    input.addEventListener('change', () => { clv[part] = Number(input.value); });
    section.append(h('label', { class: 'row' }, h('span', {}, tr(key)), input));
  }
  return section;
}

/**
 * Churn risk's parameters (seed 000, formula 5): the weights m and n, and sd or cv mode; edits change
 * `churn` in place.
 * @example thresholds.append(churnSection(state.churn, tr))
 */
export function churnSection(churn: { m: number; n: number; mode: 'sd' | 'cv' }, tr: Translate): HTMLElement {
  const section = h('div', { id: 'churn' }, h('h3', {}, tr('churnTitle')));
  for (const [key, part] of [['churnM', 'm'], ['churnN', 'n']] as const) {
    const input = h('input', { type: 'number', step: 'any', value: String(churn[part]), 'aria-label': tr(key) });
    input.addEventListener('change', () => { churn[part] = Number(input.value); });
    section.append(h('label', { class: 'row' }, h('span', {}, tr(key)), input));
  }
  const mode = h('select', { 'aria-label': tr('churnMode') },
    ...(['sd', 'cv'] as const).map((m) => {
      const o = h('option', { value: m }, tr(m === 'sd' ? 'churnSd' : 'churnCv'));
      if (m === churn.mode) o.selected = true;
      return o;
    }));
  mode.addEventListener('change', () => { churn.mode = mode.value as 'sd' | 'cv'; });
  section.append(h('label', { class: 'row' }, h('span', {}, tr('churnMode')), mode));
  return section;
}
