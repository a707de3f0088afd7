import type { SegmentScheme } from '../models/segments';
import { SEGMENTERS } from '../models/segments';
import type { Lang } from '../i18n/lang';

// Light fills a printout and a colour-blind reader can both tell apart: value in green, development in
// blue, retention in amber, win-back in red; "important" darker than "general".
const VALUE8_FILLS: Readonly<Record<string, string>> = {
  'Important value': 'B7E1A1', 'General value': 'DDF2D1',
  'Important development': 'A9CCE3', 'General development': 'D6E6F2',
  'Important retention': 'F9D38C', 'General retention': 'FCEBC7',
  'Important win-back': 'F1A9A0', 'General win-back': 'F9DAD6',
};

/**
 * The fill colour of each segment label of a scheme in a language (value8 has a palette; other schemes
 * are left uncoloured).
 * @example segmentFills('value8', 'en').get('Important value') // 'B7E1A1'
 */
export function segmentFills(scheme: SegmentScheme, lang: Lang): Map<string, string> {
  const fills = new Map<string, string>();
  if (scheme !== 'value8') return fills;
  for (const [r, f, m] of [[5, 5, 5], [5, 1, 5], [1, 5, 5], [1, 1, 5], [5, 5, 1], [5, 1, 1], [1, 5, 1], [1, 1, 1]]) {
    const labels = SEGMENTERS.value8(r, f, m);
    fills.set(labels[lang], VALUE8_FILLS[labels.en]);
  }
  return fills;
}
