import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import type { WorkbookSheet } from '../xlsx/workbook-model';
import { NAMES } from './names';

const TEXT: Record<Lang, string[]> = {
  en: [
    'How this workbook grades customers',
    'R, F and M scores: each value is looked up in its band table on the settings sheet (VLOOKUP, approximate match). R counts days since the last purchase, up to the date on the settings sheet; fewer days score higher.',
    'RFM code: R x 100 + F x 10 + M. Segment: the code looked up in the settings sheet\'s code | segment table.',
    'Default bands (seed 5/3/1): R 0-30 days 5, 31-90 3, 91+ 1; F 10+ 5, 5-9 3, 0-4 1; M 500,000+ 5, 200,000+ 3, below 1.',
    'Quintile bands, when chosen, were computed from this list when it was graded and written as plain numbers.',
    'A blank input gives #N/A; the "Data problem" column says what was wrong with a row when it was graded.',
    `Named ranges: ${Object.values(NAMES).join(', ')}. Everything recalculates in Excel, Google Sheets and LibreOffice without the add-in.`,
    'Source: the customer-grading articles behind CRM Grader (RFM 5/3/1 bands and the eight value segments).',
  ],
  'zh-CN': [
    '本工作簿的客户分级方法',
    'R、F、M 分：每个数值在设置表的分档表中查找（VLOOKUP 近似匹配）。R 为截至设置表日期的距最近一次购买天数，天数越少分数越高。',
    'RFM 代码 = R x 100 + F x 10 + M。客户类型：在设置表“代码 | 客户类型”表中查找代码。',
    '默认分档（5/3/1）：R 0-30 天 5 分，31-90 天 3 分，91 天以上 1 分；F 10 次以上 5 分，5-9 次 3 分，0-4 次 1 分；M 50 万以上 5 分，20 万以上 3 分，以下 1 分。',
    '若选择五分位分档，分档在分级时按本名单计算并以数值写入。',
    '输入为空时结果为 #N/A；“数据问题”列说明分级时该行的问题。',
    `命名区域：${Object.values(NAMES).join('、')}。无需安装插件，在 Excel、Google 表格和 LibreOffice 中都会重算。`,
    '依据：CRM 客户分级相关文章（RFM 5/3/1 分档与八类价值客户）。',
  ],
  'zh-TW': [
    '本活頁簿的客戶分級方法',
    'R、F、M 分：每個數值在設定表的分級表中查找（VLOOKUP 近似比對）。R 為截至設定表日期的距最近一次購買天數，天數越少分數越高。',
    'RFM 代碼 = R x 100 + F x 10 + M。客戶類型：在設定表「代碼 | 客戶類型」表中查找代碼。',
    '預設分級（5/3/1）：R 0-30 天 5 分，31-90 天 3 分，91 天以上 1 分；F 10 次以上 5 分，5-9 次 3 分，0-4 次 1 分；M 50 萬以上 5 分，20 萬以上 3 分，以下 1 分。',
    '若選擇五分位分級，分級在評分時按本名單計算並以數值寫入。',
    '輸入為空時結果為 #N/A；「資料問題」欄說明分級時該列的問題。',
    `命名範圍：${Object.values(NAMES).join('、')}。無需安裝增益集，在 Excel、Google 試算表和 LibreOffice 中都會重算。`,
    '依據：CRM 客戶分級相關文章（RFM 5/3/1 分級與八類價值客戶）。',
  ],
};

/**
 * The methodology sheet: how the graded columns are computed, in the workbook's language.
 * @example methodologySheet('en').rows[0] // [{ v: 'How this workbook grades customers', style: 'title' }]
 */
export function methodologySheet(lang: Lang): WorkbookSheet {
  const [title, ...lines] = TEXT[lang];
  return {
    name: workbookLabel('methodSheet', lang),
    rows: [[{ v: title, style: 'title' }], [], ...lines.map((line) => [line])],
    widths: [120],
  };
}
