// The messages the custom functions can show (and the pane and CLI share with them). Messages only a
// one-click grading shows live in tables of their own (table-messages.ts, lead-pane-messages.ts), so the
// function bundles, which import only this table, do not carry them (DESIGN.md: each under 150 KB).
import type { Lang } from './lang';
import { PIPELINE_MESSAGES } from './pipeline-messages';
import { fillPlaceholders } from './fill';

/** The customer models' messages, in three languages. `{name}` placeholders are filled by `format`. */
const CORE_MESSAGES = {
  notNumber: {
    en: "{arg}: '{value}' is not a number",
    'zh-CN': '{arg}：“{value}”不是数字',
    'zh-TW': '{arg}：「{value}」不是數字',
  },
  notRatio: {
    en: "{arg}: '{value}' is not a ratio (write 87.5% or 0.875)",
    'zh-CN': '{arg}：“{value}”不是比例（请写 87.5% 或 0.875）',
    'zh-TW': '{arg}：「{value}」不是比例（請寫 87.5% 或 0.875）',
  },
  ratioAbove: {
    en: '{arg}: {value} is above 1, write {value}% or {fraction}',
    'zh-CN': '{arg}：{value} 大于 1，请写 {value}% 或 {fraction}',
    'zh-TW': '{arg}：{value} 大於 1，請寫 {value}% 或 {fraction}',
  },
  ratioBelow: {
    en: '{arg}: {value} is below 0',
    'zh-CN': '{arg}：{value} 小于 0',
    'zh-TW': '{arg}：{value} 小於 0',
  },
  negative: {
    en: '{arg}: {value} is negative',
    'zh-CN': '{arg}：{value} 是负数',
    'zh-TW': '{arg}：{value} 是負數',
  },
  notFinite: {
    en: '{arg}: {value} is not a finite number',
    'zh-CN': '{arg}：{value} 不是有限的数字',
    'zh-TW': '{arg}：{value} 不是有限的數字',
  },
  notDate: {
    en: "{arg}: '{value}' is not a date (use a date cell or text like 2026-10-01)",
    'zh-CN': '{arg}：“{value}”不是日期（请用日期单元格或 2026-10-01 这样的文本）',
    'zh-TW': '{arg}：「{value}」不是日期（請用日期儲存格或 2026-10-01 這樣的文字）',
  },
  upstreamError: {
    en: '{arg}: the cell holds an error ({value}) from its own formula; fix that cell first',
    'zh-CN': '{arg}：该单元格自身的公式出错（{value}）；请先修正该单元格',
    'zh-TW': '{arg}：該儲存格自身的公式出錯（{value}）；請先修正該儲存格',
  },
  ambiguousDate: {
    en: "{arg}: '{value}' could be {mdy} or {dmy}; write it as {mdy} or choose the day/month order",
    'zh-CN': '{arg}：“{value}”可能是 {mdy} 也可能是 {dmy}；请写成 {mdy} 这样的格式，或选择日/月顺序',
    'zh-TW': '{arg}：「{value}」可能是 {mdy} 也可能是 {dmy}；請寫成 {mdy} 這樣的格式，或選擇日/月順序',
  },
  dateOutOfRange: {
    en: '{arg}: {value} is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)',
    'zh-CN': '{arg}：{value} 超出了各电子表格一致计算的日期范围（1900-03-01 至 9999-12-31）',
    'zh-TW': '{arg}：{value} 超出了各試算表一致計算的日期範圍（1900-03-01 至 9999-12-31）',
  },
  decimalComma: {
    en: "{arg}: '{value}' uses a decimal comma; write the number with a decimal point (1234.50)",
    'zh-CN': '{arg}：“{value}”用了逗号作小数点；请用小数点书写（如 1234.50）',
    'zh-TW': '{arg}：「{value}」用了逗號作小數點；請用小數點書寫（如 1234.50）',
  },
  percentAbove: {
    en: "{arg}: '{value}' is above 100%",
    'zh-CN': '{arg}：“{value}”大于 100%',
    'zh-TW': '{arg}：「{value}」大於 100%',
  },
  missing: {
    en: '{arg}: the value is missing (the row has other inputs)',
    'zh-CN': '{arg}：缺少数值（该行其他输入已填写）',
    'zh-TW': '{arg}：缺少數值（該列其他輸入已填寫）',
  },
  afterAsOf: {
    en: 'recency: last purchase {value} is after as_of {asOf}',
    'zh-CN': 'recency：最近购买日期 {value} 晚于 as_of {asOf}',
    'zh-TW': 'recency：最近購買日期 {value} 晚於 as_of {asOf}',
  },
  belowFirstBand: {
    en: "{arg}: {value} is below the band table's first 'from' ({from})",
    'zh-CN': '{arg}：{value} 小于分档表的第一个起点（{from}）',
    'zh-TW': '{arg}：{value} 小於分級表的第一個起點（{from}）',
  },
  misaligned: {
    en: 'Ranges do not line up: {a} has {an} rows, {b} has {bn} rows',
    'zh-CN': '区域大小不一致：{a} 有 {an} 行，{b} 有 {bn} 行',
    'zh-TW': '範圍大小不一致：{a} 有 {an} 列，{b} 有 {bn} 列',
  },
  oneColumn: {
    en: '{arg}: expected one column, got {cols} columns',
    'zh-CN': '{arg}：应为一列，实际有 {cols} 列',
    'zh-TW': '{arg}：應為一欄，實際有 {cols} 欄',
  },
  tableShape: {
    en: '{arg}: a band table has two columns (from, score) and at least one row; got {rows} x {cols}',
    'zh-CN': '{arg}：分档表应为两列（起点、分数）且至少一行；实际为 {rows} x {cols}',
    'zh-TW': '{arg}：分級表應為兩欄（起點、分數）且至少一列；實際為 {rows} x {cols}',
  },
  tableBlank: {
    en: '{arg}: row {row} of the band table has a blank cell (each row needs a from and a score)',
    'zh-CN': '{arg}：分档表第 {row} 行有空单元格（每行都需要起点和分数）',
    'zh-TW': '{arg}：分級表第 {row} 列有空儲存格（每列都需要起點和分數）',
  },
  tableCell: {
    en: "{arg}: row {row} of the band table holds '{value}', not a number",
    'zh-CN': '{arg}：分档表第 {row} 行是“{value}”，不是数字',
    'zh-TW': '{arg}：分級表第 {row} 列是「{value}」，不是數字',
  },
  tableOrder: {
    en: "{arg}: the band table's 'from' must ascend, but row {row} ({value}) is not above {previous}",
    'zh-CN': '{arg}：分档表的起点必须递增，但第 {row} 行（{value}）不大于 {previous}',
    'zh-TW': '{arg}：分級表的起點必須遞增，但第 {row} 列（{value}）不大於 {previous}',
  },
  unknownTable: {
    en: "{arg}: '{value}' is not a band table (give a two-column range, or one of: {choices})",
    'zh-CN': '{arg}：“{value}”不是分档表（请给两列区域，或以下之一：{choices}）',
    'zh-TW': '{arg}：「{value}」不是分級表（請給兩欄範圍，或以下之一：{choices}）',
  },
  badChoice: {
    en: "{arg}: '{value}' is not one of {choices}",
    'zh-CN': '{arg}：“{value}”不是以下之一：{choices}',
    'zh-TW': '{arg}：「{value}」不是以下之一：{choices}',
  },
  scoreRange: {
    en: '{arg}: {value} is outside {min}-{max}',
    'zh-CN': '{arg}：{value} 超出 {min}-{max} 的范围',
    'zh-TW': '{arg}：{value} 超出 {min}-{max} 的範圍',
  },
  notInteger: {
    en: '{arg}: {value} is not a whole score from 1 to 5',
    'zh-CN': '{arg}：{value} 不是 1 到 5 的整数分',
    'zh-TW': '{arg}：{value} 不是 1 到 5 的整數分',
  },
  badCode: {
    en: "{arg}: '{value}' is not a 3-digit RFM code like 535",
    'zh-CN': '{arg}：“{value}”不是 535 这样的三位 RFM 代码',
    'zh-TW': '{arg}：「{value}」不是 535 這樣的三位 RFM 代碼',
  },
  vectorLength: {
    en: '{arg}: expected {expected} values, got {got}',
    'zh-CN': '{arg}：应有 {expected} 个值，实际有 {got} 个',
    'zh-TW': '{arg}：應有 {expected} 個值，實際有 {got} 個',
  },
  weightsZero: {
    en: '{arg}: the weights sum to zero',
    'zh-CN': '{arg}：权重之和为零',
    'zh-TW': '{arg}：權重之和為零',
  },
  cutoffOrder: {
    en: '{arg}: cutoffs must descend, but {value} comes after {previous}',
    'zh-CN': '{arg}：分界值必须递减，但 {value} 排在 {previous} 之后',
    'zh-TW': '{arg}：分界值必須遞減，但 {value} 排在 {previous} 之後',
  },
  tooFewPeriods: {
    en: '{arg}: needs at least 2 periods, got {got}',
    'zh-CN': '{arg}：至少需要 2 个周期，实际有 {got} 个',
    'zh-TW': '{arg}：至少需要 2 個週期，實際有 {got} 個',
  },
  tooFewOrders: {
    en: '{arg}: needs at least 3 order dates, got {got}',
    'zh-CN': '{arg}：至少需要 3 个下单日期，实际有 {got} 个',
    'zh-TW': '{arg}：至少需要 3 個下單日期，實際有 {got} 個',
  },
  meanZero: {
    en: '{arg}: the mean is zero, so the "cv" mode cannot divide by it',
    'zh-CN': '{arg}：平均值为零，"cv" 模式无法相除',
    'zh-TW': '{arg}：平均值為零，"cv" 模式無法相除',
  },
  shareOrder: {
    en: 'b_share: {value} must be at least a_share ({a})',
    'zh-CN': 'b_share：{value} 不能小于 a_share（{a}）',
    'zh-TW': 'b_share：{value} 不能小於 a_share（{a}）',
  },
  badLang: {
    en: "lang: '{value}' is not one of en, zh-CN, zh-TW",
    'zh-CN': 'lang：“{value}”不是 en、zh-CN、zh-TW 之一',
    'zh-TW': 'lang：「{value}」不是 en、zh-CN、zh-TW 之一',
  },
  tooManyArgs: {
    en: '{arg}: expected one row per customer with {expected} columns, got {got}',
    'zh-CN': '{arg}：每位客户应为一行 {expected} 列，实际为 {got} 列',
    'zh-TW': '{arg}：每位客戶應為一列 {expected} 欄，實際為 {got} 欄',
  },
  ledgerBadRow: {
    en: 'Row {row} of the ranges cannot be read: {reason}',
    'zh-CN': '区域第 {row} 行无法读取：{reason}',
    'zh-TW': '範圍第 {row} 列無法讀取：{reason}',
  },
  ledgerBadRows: {
    en: '{count} rows of the ranges cannot be read; the first is row {row}: {reason}',
    'zh-CN': '区域中有 {count} 行无法读取，第一行是第 {row} 行：{reason}',
    'zh-TW': '範圍中有 {count} 列無法讀取，第一列是第 {row} 列：{reason}',
  },
  ledgerNoOrder: {
    en: 'as_of: no order in the ranges is dated on or before {asOf}',
    'zh-CN': 'as_of：区域中没有日期在 {asOf} 当天或之前的订单',
    'zh-TW': 'as_of：範圍中沒有日期在 {asOf} 當天或之前的訂單',
  },
  notWholeMonths: {
    en: '{arg}: {value} is not a whole number of months, 1 or more',
    'zh-CN': '{arg}：{value} 不是 1 或以上的整数月数',
    'zh-TW': '{arg}：{value} 不是 1 或以上的整數月數',
  },
  listSeparator: { en: ', ', 'zh-CN': '、', 'zh-TW': '、' },
  notWhole: {
    en: '{arg}: {value} is not a whole number',
    'zh-CN': '{arg}：{value} 不是整数',
    'zh-TW': '{arg}：{value} 不是整數',
  },
  notPositive: {
    en: '{arg}: {value} is not above 0',
    'zh-CN': '{arg}：{value} 不大于 0',
    'zh-TW': '{arg}：{value} 不大於 0',
  },
  btydRecencyAboveT: {
    en: 'recency: {value} is above T ({T}); the last purchase cannot come after the end of the period',
    'zh-CN': 'recency：{value} 大于 T（{T}）；最后一次购买不能晚于观察期末',
    'zh-TW': 'recency：{value} 大於 T（{T}）；最後一次購買不能晚於觀察期末',
  },
  btydRecencyNoRepeat: {
    en: 'recency: {value} with frequency 0; recency is the time from the first purchase to the last, so it is 0 without repeat purchases',
    'zh-CN': 'recency：frequency 为 0 时 recency 为 {value}；recency 是首次购买到最后一次购买的时长，没有复购时应为 0',
    'zh-TW': 'recency：frequency 為 0 時 recency 為 {value}；recency 是首次購買到最後一次購買的時長，沒有回購時應為 0',
  },
  btydTooFewRepeat: {
    en: 'frequency: customers with repeat purchases (frequency above 0): {count}; the BG/NBD fit needs at least 2',
    'zh-CN': 'frequency：只有 {count} 位客户有复购（frequency 大于 0）；BG/NBD 拟合至少需要 2 位',
    'zh-TW': 'frequency：只有 {count} 位客戶有回購（frequency 大於 0）；BG/NBD 擬合至少需要 2 位',
  },
  btydAllTZero: {
    en: "T: every customer's T is 0; the BG/NBD fit needs customers observed for some time after their first purchase",
    'zh-CN': 'T：所有客户的 T 都是 0；BG/NBD 拟合需要客户在首次购买后被观察一段时间',
    'zh-TW': 'T：所有客戶的 T 都是 0；BG/NBD 擬合需要客戶在首次購買後被觀察一段時間',
  },
  ggTooFewRepeat: {
    en: 'monetary: customers with repeat purchases of a positive amount: {count}; the Gamma-Gamma fit needs at least 2',
    'zh-CN': 'monetary：只有 {count} 位客户有金额为正的复购；Gamma-Gamma 拟合至少需要 2 位',
    'zh-TW': 'monetary：只有 {count} 位客戶有金額為正的回購；Gamma-Gamma 擬合至少需要 2 位',
  },
  ggQNotAboveOne: {
    en: 'q: {value} is not above 1, so the mean spend p v / (q - 1) does not exist',
    'zh-CN': 'q：{value} 不大于 1，平均消费 p v / (q - 1) 不存在',
    'zh-TW': 'q：{value} 不大於 1，平均消費 p v / (q - 1) 不存在',
  },
  btydUnidentified: {
    en: '{model}: these data cannot determine {param}; the best fit drives it towards {limit}',
    'zh-CN': '{model}：这些数据无法确定 {param}；最优拟合使其趋向 {limit}',
    'zh-TW': '{model}：這些資料無法確定 {param}；最佳擬合使其趨向 {limit}',
  },
  btydNoFit: {
    en: '{model}: the fit did not converge in {iterations} iterations',
    'zh-CN': '{model}：拟合在 {iterations} 次迭代内未收敛',
    'zh-TW': '{model}：擬合在 {iterations} 次迭代內未收斂',
  },
  btydParamsShape: {
    en: '{arg}: expected one row of {count} values ({names}), as {fit} spills them; got {rows} rows x {cols} columns',
    'zh-CN': '{arg}：应为一行 {count} 个数值（{names}），即 {fit} 输出的那一行；实际为 {rows} 行 x {cols} 列',
    'zh-TW': '{arg}：應為一列 {count} 個數值（{names}），即 {fit} 輸出的那一列；實際為 {rows} 列 x {cols} 欄',
  },
  btydParamsBlank: {
    en: '{arg}: {name} is blank; give the {count} values {fit} returns ({names})',
    'zh-CN': '{arg}：{name} 为空；请给出 {fit} 返回的 {count} 个数值（{names}）',
    'zh-TW': '{arg}：{name} 為空；請給出 {fit} 傳回的 {count} 個數值（{names}）',
  },
  btydParamsBad: { en: '{arg}: {message}', 'zh-CN': '{arg}：{message}', 'zh-TW': '{arg}：{message}' },
  btydTooManyMonths: {
    en: '{arg}: {value} is more than {max} months (100 years)',
    'zh-CN': '{arg}：{value} 超过 {max} 个月（100 年）',
    'zh-TW': '{arg}：{value} 超過 {max} 個月（100 年）',
  },
  btydAtRow: { en: '{message} (row {row})', 'zh-CN': '{message}（第 {row} 行）', 'zh-TW': '{message}（第 {row} 列）' },
} as const;

/** Every message a custom function can show: the customer models' and the pipeline functions'. */
export const MESSAGES = { ...CORE_MESSAGES, ...PIPELINE_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

/**
 * Fills a message template in the given language.
 * @example format('en', 'notNumber', { arg: 'monetary', value: 'abc' }) // "monetary: 'abc' is not a number"
 */
export function format(lang: Lang, key: MessageKey, params: MessageParams): string {
  return fillPlaceholders(MESSAGES[key][lang], params);
}
