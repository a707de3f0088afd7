import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import type { WorkbookSheet } from '../xlsx/workbook-model';
import { NAMES } from './names';
import { serialToIso } from '../cells/dates';
import { btydMethodLines, type BtydNote } from './btyd-sheets';

/** How a customer sheet was summarised from an order ledger, for the methodology sheet and the summary. */
export interface LedgerNote {
  /** The ledger's sheet or file name. */
  readonly source: string;
  readonly months: number;
  /** The window's first day and the as-of date (serials, 1900 system). */
  readonly windowStart: number;
  readonly asOf: number;
  readonly lines: number;
  readonly linesUsed: number;
  readonly customers: number;
  /** True when orders are distinct order numbers; false when each line is an order. */
  readonly byOrderId: boolean;
  /** Columns (0-based, in the customer sheet) of each customer's status and previous-window orders. */
  readonly statusColumn: number;
  readonly previousColumn: number;
  /** The buy-till-you-die models fitted on the ledger, when asked for, and where their columns are. */
  readonly btyd?: BtydNote;
}

const LEDGER_TEXT: Record<Lang, (p: Record<string, string | number>, byOrderId: boolean) => string[]> = {
  en: (p, byOrderId) => [
    `This customer sheet was summarised from the order ledger "${p.source}": ${p.lines} lines, ${p.customers} customers, as of ${p.asOf}.`,
    `Days since last order: the as-of date minus the customer's latest order on or before it. Orders: ${byOrderId ? 'distinct order numbers' : 'lines (each line is one order)'} dated ${p.start} to ${p.asOf}, both included (${p.months} months). Amount: the sum of those lines' amounts, returns and credits included.`,
    `Lines dated after the as-of date are left out (${p.after}). Days, orders and amount are values computed when the ledger was graded: grade the ledger again to bring them up to date.`,
    `Customer status: New = first order in the window; Returning = an order in the window and a first order before it; Lost = an order in the ${p.months} months before the window and none in it; Inactive = no order in either. Lost rate = lost customers / customers with an order in the ${p.months} months before.`,
  ],
  'zh-CN': (p, byOrderId) => [
    `本客户表由订单台账“${p.source}”汇总而来：${p.lines} 行订单，${p.customers} 位客户，截至 ${p.asOf}。`,
    `距今天数：截至日期减去客户在截至日期当天或之前的最后一次下单日期。订单数：${p.start} 至 ${p.asOf}（含两端，${p.months} 个月）内${byOrderId ? '不重复的订单号个数' : '的行数（每行一单）'}。金额：这些行的金额之和，含退货和冲销。`,
    `晚于截至日期的订单行未计入（${p.after} 行）。距今天数、订单数和金额是评级时算出的数值：重新对台账评级即可更新。`,
    `客户状态：新客户 = 首次下单在统计期内；老客户 = 统计期内有订单且首次下单在统计期之前；流失客户 = 统计期之前的 ${p.months} 个月有订单而统计期内没有；沉睡客户 = 两期都没有订单。流失率 = 流失客户 / 上期有订单的客户。`,
  ],
  'zh-TW': (p, byOrderId) => [
    `本客戶表由訂單台帳「${p.source}」彙總而來：${p.lines} 列訂單，${p.customers} 位客戶，截至 ${p.asOf}。`,
    `距今天數：截至日期減去客戶在截至日期當天或之前的最後一次下單日期。訂單數：${p.start} 至 ${p.asOf}（含兩端，${p.months} 個月）內${byOrderId ? '不重複的訂單號個數' : '的列數（每列一單）'}。金額：這些列的金額之和，含退貨和沖銷。`,
    `晚於截至日期的訂單列未計入（${p.after} 列）。距今天數、訂單數和金額是評級時算出的數值：重新對台帳評級即可更新。`,
    `客戶狀態：新客戶 = 首次下單在統計期內；老客戶 = 統計期內有訂單且首次下單在統計期之前；流失客戶 = 統計期之前的 ${p.months} 個月有訂單而統計期內沒有；沉睡客戶 = 兩期都沒有訂單。流失率 = 流失客戶 / 上期有訂單的客戶。`,
  ],
};

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
 * The methodology sheet: how the graded columns are computed, in the workbook's language, and for a
 * customer sheet summarised from a ledger, how the summary was made.
 * @example methodologySheet('en').rows[0] // [{ v: 'How this workbook grades customers', style: 'title' }]
 */
export function methodologySheet(lang: Lang, ledger?: LedgerNote): WorkbookSheet {
  const [title, ...graded] = TEXT[lang];
  const lines = ledger ? [...LEDGER_TEXT[lang]({
    source: ledger.source, lines: ledger.lines.toLocaleString('en'), customers: ledger.customers.toLocaleString('en'),
    asOf: serialToIso(ledger.asOf), start: serialToIso(ledger.windowStart), months: ledger.months,
    after: (ledger.lines - ledger.linesUsed).toLocaleString('en'),
  }, ledger.byOrderId), ...(ledger.btyd ? btydMethodLines(ledger.btyd, lang, serialToIso(ledger.asOf)) : []), ...graded] : graded;
  return {
    name: workbookLabel('methodSheet', lang),
    rows: [[{ v: title, style: 'title' }], [], ...lines.map((line) => [line])],
    widths: [120],
  };
}
