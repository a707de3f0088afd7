import type { Lang } from '../i18n/lang';

/** A segment label in each language. */
export type Labels = Readonly<Record<Lang, string>>;

/** The segment schemes RFM_SEGMENT knows. */
export type SegmentScheme = 'value8' | 'five' | 'rfm11';
export const SEGMENT_SCHEMES: readonly SegmentScheme[] = ['value8', 'five', 'rfm11'];

/** Seed 003's eight classes, indexed by R, F, M high (1) or low (0) as the bits of R*4 + F*2 + M. */
const VALUE8: readonly Labels[] = [
  { en: 'General win-back', 'zh-CN': '一般挽留客户', 'zh-TW': '一般挽留客戶' }, // L L L
  { en: 'Important win-back', 'zh-CN': '重要挽留客户', 'zh-TW': '重要挽留客戶' }, // L L H
  { en: 'General retention', 'zh-CN': '一般保持客户', 'zh-TW': '一般保持客戶' }, // L H L
  { en: 'Important retention', 'zh-CN': '重要保持客户', 'zh-TW': '重要保持客戶' }, // L H H
  { en: 'General development', 'zh-CN': '一般发展客户', 'zh-TW': '一般發展客戶' }, // H L L
  { en: 'Important development', 'zh-CN': '重要发展客户', 'zh-TW': '重要發展客戶' }, // H L H
  { en: 'General value', 'zh-CN': '一般价值客户', 'zh-TW': '一般價值客戶' }, // H H L
  { en: 'Important value', 'zh-CN': '重要价值客户', 'zh-TW': '重要價值客戶' }, // H H H
];

/**
 * Seed 003's eight-class segment: each score is High when >= 3 (the middle of 1-5).
 * @example value8Segment(5, 1, 5).en // 'Important development'
 * @example value8Segment(3, 3, 3)['zh-CN'] // '重要价值客户'
 */
export function value8Segment(r: number, f: number, m: number): Labels {
  return VALUE8[(r >= 3 ? 4 : 0) + (f >= 3 ? 2 : 0) + (m >= 3 ? 1 : 0)];
}

/** Seed 002's five classes with their R, F, M level patterns (2 high = 4-5, 1 medium = 3, 0 low = 1-2). */
const FIVE: readonly { pattern: readonly [number, number, number]; labels: Labels }[] = [
  { pattern: [2, 2, 2], labels: { en: 'High value', 'zh-CN': '高价值客户', 'zh-TW': '高價值客戶' } },
  { pattern: [2, 1, 1], labels: { en: 'Potential', 'zh-CN': '潜力客户', 'zh-TW': '潛力客戶' } },
  { pattern: [2, 0, 0], labels: { en: 'New', 'zh-CN': '新增客户', 'zh-TW': '新增客戶' } },
  { pattern: [0, 1, 1], labels: { en: 'Churn risk', 'zh-CN': '流失风险客户', 'zh-TW': '流失風險客戶' } },
  { pattern: [0, 0, 0], labels: { en: 'Low value', 'zh-CN': '低价值客户', 'zh-TW': '低價值客戶' } },
];

const level = (score: number): number => (score >= 4 ? 2 : score >= 3 ? 1 : 0);

/**
 * Seed 002's five-class segment: the class whose level pattern is nearest (sum of level differences),
 * ties going to the earlier class in the seed's list.
 * @example fiveSegment(5, 3, 3).en // 'Potential'
 * @example fiveSegment(5, 5, 1).en // 'High value' (distance 2, ahead of Potential's 2 in list order)
 */
export function fiveSegment(r: number, f: number, m: number): Labels {
  const levels = [level(r), level(f), level(m)];
  let best = FIVE[0];
  let bestDistance = Infinity;
  for (const entry of FIVE) {
    let d = 0;
    for (let i = 0; i < 3; i++) d += Math.abs(entry.pattern[i] - levels[i]);
    if (d < bestDistance) {
      best = entry;
      bestDistance = d;
    }
  }
  return best.labels;
}

const L = (en: string, cn: string, tw: string): Labels => ({ en, 'zh-CN': cn, 'zh-TW': tw });
const CHAMPIONS = L('Champions', '冠军客户', '冠軍客戶');
const LOYAL = L('Loyal', '忠诚客户', '忠誠客戶');
const POTENTIAL_LOYALIST = L('Potential loyalist', '潜在忠诚客户', '潛在忠誠客戶');
const NEW_CUSTOMERS = L('New customers', '新客户', '新客戶');
const PROMISING = L('Promising', '有潜力客户', '有潛力客戶');
const NEED_ATTENTION = L('Need attention', '需要关注客户', '需要關注客戶');
const ABOUT_TO_SLEEP = L('About to sleep', '即将沉睡客户', '即將沉睡客戶');
const AT_RISK = L('At risk', '有流失风险客户', '有流失風險客戶');
const CANNOT_LOSE = L("Can't lose them", '不能失去的客户', '不能失去的客戶');
const HIBERNATING = L('Hibernating', '休眠客户', '休眠客戶');
const LOST = L('Lost', '已流失客户', '已流失客戶');

/**
 * The R x F grid of the widely used eleven-segment map (the RF "segmentation map" popularised by
 * Putler and reused in many open notebooks), rows R = 1..5, columns F = 1..5. Monetary does not move a
 * customer between these segments. R = 1 splits the map's Hibernating cell into Lost.
 */
const RFM11: readonly (readonly Labels[])[] = [
  [LOST, LOST, AT_RISK, AT_RISK, CANNOT_LOSE],
  [HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANNOT_LOSE],
  [ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL],
  [PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL],
  [NEW_CUSTOMERS, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS],
];

/**
 * The eleven-segment label for international users, from the R and F scores (1-5).
 * @example rfm11Segment(5, 5, 1).en // 'Champions'
 * @example rfm11Segment(1, 5, 5).en // "Can't lose them"
 */
export function rfm11Segment(r: number, f: number, _m: number): Labels {
  return RFM11[r - 1][f - 1];
}

/** The segment function of each scheme. */
export const SEGMENTERS: Readonly<Record<SegmentScheme, (r: number, f: number, m: number) => Labels>> = {
  value8: value8Segment,
  five: fiveSegment,
  rfm11: rfm11Segment,
};
