import type { Lang } from '../i18n/lang';

/** The seed's early-warning flags (seed 000), in each language. */
export const WARNING_LABELS = {
  health: { en: 'Health check', 'zh-CN': '健康检查', 'zh-TW': '健康檢查' },
  service: { en: 'Service alert', 'zh-CN': '服务预警', 'zh-TW': '服務預警' },
} as const;

/**
 * The flags of one customer: quarterly orders down 30% or more on the previous quarter call for a
 * health check; a service response over 24 hours raises a service alert. Missing inputs raise nothing.
 * @example earlyWarnings(70, 100, 30, 'en') // 'Health check; Service alert'
 * @example earlyWarnings(71, 100, 24, 'en') // ''
 */
export function earlyWarnings(thisQuarter: unknown, lastQuarter: unknown, responseHours: unknown, lang: Lang): string {
  const flags: string[] = [];
  if (typeof thisQuarter === 'number' && typeof lastQuarter === 'number' && lastQuarter > 0 && thisQuarter <= 0.7 * lastQuarter) {
    flags.push(WARNING_LABELS.health[lang]);
  }
  if (typeof responseHours === 'number' && responseHours > 24) flags.push(WARNING_LABELS.service[lang]);
  return flags.join('; ');
}

/**
 * The same flags as a native formula over three cells (any may be absent), so they follow edits.
 * @example earlyWarningsFormula('B2', 'C2', 'D2', 'en') // 'IF(AND(ISNUMBER(B2),ISNUMBER(C2),C2>0,B2<=0.7*C2),"Health check","")&...'
 */
export function earlyWarningsFormula(thisQuarter: string | undefined, lastQuarter: string | undefined, response: string | undefined, lang: Lang): string {
  const health = thisQuarter && lastQuarter
    ? `IF(AND(ISNUMBER(${thisQuarter}),ISNUMBER(${lastQuarter}),${lastQuarter}>0,${thisQuarter}<=0.7*${lastQuarter}),"${WARNING_LABELS.health[lang]}","")`
    : '""';
  const service = response ? `IF(AND(ISNUMBER(${response}),${response}>24),"${WARNING_LABELS.service[lang]}","")` : '""';
  // "a; b" when both, either alone otherwise.
  return `IF(AND(${health}<>"",${service}<>""),${health}&"; "&${service},${health}&${service})`;
}
