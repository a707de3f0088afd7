import type { Lang } from '../i18n/lang';

type Text = Readonly<Record<Lang, string>>;
const T = (en: string, cn: string, tw: string): Text => ({ en, 'zh-CN': cn, 'zh-TW': tw });

/**
 * What to do with each of the eight value segments (ours, after seed 002's layered strategies: deepen
 * the best, develop the promising, win back the lapsing, serve the rest at low cost), keyed by the
 * English label.
 */
const SEGMENT_PLAYBOOK: Readonly<Record<string, Text>> = {
  'Important value': T('Keep close: senior visits monthly, priority supply and service.', '重点维护：每月高层互访，优先供货与服务。', '重點維護：每月高層互訪，優先供貨與服務。'),
  'Important development': T('Raise frequency: regular visits, bundles and reorder reminders.', '提升频次：定期拜访，组合销售与补货提醒。', '提升頻次：定期拜訪，組合銷售與補貨提醒。'),
  'Important retention': T('Win attention back: call within two weeks, find what changed.', '唤回关注：两周内回访，了解变化原因。', '喚回關注：兩週內回訪，了解變化原因。'),
  'Important win-back': T('Win back first: a manager visits, with a tailored offer.', '优先挽回：经理上门拜访，提供专属方案。', '優先挽回：經理上門拜訪，提供專屬方案。'),
  'General value': T('Grow the basket: cross-sell higher-value lines.', '提升客单：交叉推荐高价值产品。', '提升客單：交叉推薦高價值產品。'),
  'General development': T('Nurture: onboarding follow-up and product education.', '培育：新客跟进与产品培训。', '培育：新客跟進與產品培訓。'),
  'General retention': T('Stay in touch at low cost: newsletters and seasonal offers.', '低成本维系：资讯推送与季节性优惠。', '低成本維繫：資訊推送與季節性優惠。'),
  'General win-back': T('Standard service; reactivation campaigns only.', '标准化服务，仅做激活活动。', '標準化服務，僅做激活活動。'),
};

/** Seed rules that hold whatever the segment (seeds 000, 001 and 002). */
const SEED_RULES: readonly Text[] = [
  T('Strategic accounts (composite >= 90): senior-level contact and a customised service plan.', '战略级客户（综合得分 >= 90）：高层对接，定制化服务方案。', '戰略級客戶（綜合得分 >= 90）：高層對接，客製化服務方案。'),
  T('Core accounts (70-89): key maintenance, resources first.', '核心级客户（70-89 分）：重点维护，优先资源倾斜。', '核心級客戶（70-89 分）：重點維護，優先資源傾斜。'),
  T('Potential index above 85: a director leads the account.', '潜力指数高于 85：由总监牵头跟进。', '潛力指數高於 85：由總監牽頭跟進。'),
  T('CLV above 5,000,000: a dedicated customer-success manager.', '客户终身价值高于 500 万：配备专属客户成功经理。', '客戶終身價值高於 500 萬：配備專屬客戶成功經理。'),
  T('Quarterly orders down 30% or more: a health check; service response over 24 hours: a service alert.', '季度订单金额环比下降 30% 以上：健康检查；服务响应超过 24 小时：服务预警。', '季度訂單金額環比下降 30% 以上：健康檢查；服務回應超過 24 小時：服務預警。'),
  T('Review the thresholds every quarter against what customers actually did.', '每季度根据客户实际表现回顾评分阈值。', '每季度根據客戶實際表現回顧評分閾值。'),
];

/**
 * The playbook line for a value segment, in a language; '' for segments of other schemes.
 * @example segmentPlaybook('Important value', 'en') // 'Keep close: senior visits monthly, priority supply and service.'
 */
export function segmentPlaybook(englishLabel: string, lang: Lang): string {
  return SEGMENT_PLAYBOOK[englishLabel]?.[lang] ?? '';
}

/**
 * The seed rules, in a language.
 * @example seedRules('zh-CN')[2] // '潜力指数高于 85：由总监牵头跟进。'
 */
export function seedRules(lang: Lang): string[] {
  return SEED_RULES.map((rule) => rule[lang]);
}
