// The messages of reading a pasted table or an order ledger for one-click grading (planTable, gradeLedger,
// the CLI): why a table cannot be graded as it is, what is asked, and the data problems found in its rows.
// They are a table of their own, apart from the functions' messages (messages.ts), so the custom-function
// bundles, which never read a table this way, do not carry them (DESIGN.md: each under 150 KB).
import type { Lang } from './lang';
import { fillPlaceholders } from './fill';

/** Table-reading messages by key, in three languages; `{name}` placeholders are filled by `tableMessage`. */
export const TABLE_MESSAGES = {
  problemBlank: {
    en: '{column}: blank cells in {rows}', 'zh-CN': '{column}：{rows}为空', 'zh-TW': '{column}：{rows}為空',
  },
  problemNotNumber: {
    en: '{column}: not numbers ({examples}) in {rows}', 'zh-CN': '{column}：{rows}不是数字（{examples}）', 'zh-TW': '{column}：{rows}不是數字（{examples}）',
  },
  problemNotDate: {
    en: '{column}: not dates ({examples}) in {rows}', 'zh-CN': '{column}：{rows}不是日期（{examples}）', 'zh-TW': '{column}：{rows}不是日期（{examples}）',
  },
  problemAmbiguousDate: {
    en: '{column}: dates that read day first or month first ({examples}) in {rows}: choose the order',
    'zh-CN': '{column}：{rows}的日期可按日在前或月在前理解（{examples}）：请选择顺序',
    'zh-TW': '{column}：{rows}的日期可按日在前或月在前理解（{examples}）：請選擇順序',
  },
  problemFutureDate: {
    en: '{column}: dates after the as-of date ({examples}) in {rows}', 'zh-CN': '{column}：{rows}的日期晚于截至日期（{examples}）', 'zh-TW': '{column}：{rows}的日期晚於截至日期（{examples}）',
  },
  problemDuplicateId: {
    en: '{column}: duplicate ids ({examples}) in {rows}', 'zh-CN': '{column}：{rows}客户编号重复（{examples}）', 'zh-TW': '{column}：{rows}客戶編號重複（{examples}）',
  },
  problemAfterAsOf: {
    en: '{column}: {count} order {lines} after {asOf}, left out ({rows})',
    'zh-CN': '{column}：{count} 条订单晚于 {asOf}，未计入（{rows}）',
    'zh-TW': '{column}：{count} 筆訂單晚於 {asOf}，未計入（{rows}）',
  },
  problemNotGraded: {
    en: '{column}: {count} customers have every order after {asOf} and are not graded ({examples}; {rows})',
    'zh-CN': '{column}：{count} 位客户的订单都晚于 {asOf}，未评级（{examples}；{rows}）',
    'zh-TW': '{column}：{count} 位客戶的訂單都晚於 {asOf}，未評級（{examples}；{rows}）',
  },
  problemNotAnOrder: {
    en: '{column}: {count} {lines} with status {examples} left out (not orders): {rows}',
    'zh-CN': '{column}：{count} 行状态为{examples}，不是订单，未计入：{rows}',
    'zh-TW': '{column}：{count} 列狀態為{examples}，不是訂單，未計入：{rows}',
  },
  problemStatusCounted: {
    en: '{column}: {count} {lines} with status {examples} counted as orders (--count-all-statuses): {rows}',
    'zh-CN': '{column}：{count} 行状态为{examples}，已按订单计入（--count-all-statuses）：{rows}',
    'zh-TW': '{column}：{count} 列狀態為{examples}，已按訂單計入（--count-all-statuses）：{rows}',
  },
  ledgerFieldId: { en: 'customer id', 'zh-CN': '客户编号', 'zh-TW': '客戶編號' },
  ledgerFieldDate: { en: 'order date', 'zh-CN': '订单日期', 'zh-TW': '訂單日期' },
  ledgerFieldAmount: { en: 'amount', 'zh-CN': '金额', 'zh-TW': '金額' },
  ledgerMissing: {
    en: 'an order list needs a customer id, an order date and an amount on each line; no column found for: {missing}',
    'zh-CN': '订单台账每行需要客户编号、订单日期和金额；未找到：{missing}',
    'zh-TW': '訂單台帳每列需要客戶編號、訂單日期和金額；未找到：{missing}',
  },
  ledgerNoCustomers: {
    en: 'no customer has an order on or before the as-of date ({lines} lines read)',
    'zh-CN': '没有客户在截至日期当天或之前有订单（共读取 {lines} 行）',
    'zh-TW': '沒有客戶在截至日期當天或之前有訂單（共讀取 {lines} 列）',
  },
  // Why a table cannot be graded as it is, and what the user is asked (planTable's TableError). A UI
  // adds how to answer (the pane's column choices, the CLI's --map), so none is named here.
  tableNoHeader: {
    en: 'no header row found: the first rows name none of the columns grading needs (e.g. 订单数, 金额, Orders, Amount)',
    'zh-CN': '未找到表头：前几行没有评级所需的列名（如 订单数、金额、Orders、Amount）',
    'zh-TW': '找不到標題列：前幾列沒有評級所需的欄名（如 訂單數、金額、Orders、Amount）',
  },
  // A list with no header row: its first row is a customer's data, which must not be read as column names
  // (and its customer dropped) nor offered as a header to choose.
  tableHeaderless: {
    en: 'no header row: the first row holds data ({cells}), not column names; add a header row above it naming the columns (e.g. 客户名称, 最近购买日期, 订单数, 金额 or Customer, Last order date, Orders, Amount)',
    'zh-CN': '没有表头：第一行是数据（{cells}），不是列名；请在其上方插入一行表头写明各列（如 客户名称、最近购买日期、订单数、金额）',
    'zh-TW': '沒有標題列：第一列是資料（{cells}），不是欄名；請在其上方插入一列標題寫明各欄（如 客戶名稱、最近購買日期、訂單數、金額）',
  },
  // Every row in one column, its text fields separated by spaces (a fixed-width text export).
  tableSpaceSeparated: {
    en: 'each row is read as one column, whose text looks like fields separated by spaces (“{line}”); save the file with its fields separated by commas or tabs (CSV), or split it into columns first (Excel: Data > Text to Columns)',
    'zh-CN': '每一行都被读成了一列，其内容看起来是用空格分隔的多个字段（“{line}”）；请将文件另存为以逗号或制表符分隔的 CSV，或先把它拆分成多列（Excel：数据 > 分列）',
    'zh-TW': '每一列都被讀成了一欄，其內容看起來是用空格分隔的多個欄位（「{line}」）；請將檔案另存為以逗號或定位字元分隔的 CSV，或先將它分割成多欄（Excel：資料 > 資料剖析）',
  },
  tableMissing: {
    en: 'column not found: {fields}', 'zh-CN': '未找到列：{fields}', 'zh-TW': '找不到欄：{fields}',
  },
  tableCouldBe: {
    en: 'Which column holds {field}? It could be {candidates}.',
    'zh-CN': '哪一列是{field}？可能是{candidates}。',
    'zh-TW': '哪一欄是{field}？可能是{candidates}。',
  },
  tableAmbiguous: {
    en: '{field}: {count} columns could hold it ({candidates}); choose one',
    'zh-CN': '{field}：有 {count} 列都可能是（{candidates}），请选择一列',
    'zh-TW': '{field}：有 {count} 欄都可能是（{candidates}），請選擇一欄',
  },
  tableContradicted: {
    en: "{field}: column '{column}' holds {what} ({examples}); choose the column that holds {field}",
    'zh-CN': '{field}：“{column}”列是{what}（{examples}）；请选择{field}所在的列',
    'zh-TW': '{field}：「{column}」欄是{what}（{examples}）；請選擇{field}所在的欄',
  },
  tableNoSuchColumn: {
    en: "{field}: no column is headed '{name}'", 'zh-CN': '{field}：没有名为“{name}”的列', 'zh-TW': '{field}：沒有名為「{name}」的欄',
  },
  tableDateOrder: {
    en: 'dates like 10/1/2026 could be day first or month first, and the column does not tell: choose the order',
    'zh-CN': '10/1/2026 这样的日期可能是日在前也可能是月在前，该列无法判断：请选择日/月顺序',
    'zh-TW': '10/1/2026 這樣的日期可能是日在前也可能是月在前，該欄無法判斷：請選擇日/月順序',
  },
  // A grading setting its model refuses (weights summing to zero, a margin above 1), named as the
  // settings sheet names it, never by the function argument behind it.
  tableSetting: { en: '{setting}: {problem}', 'zh-CN': '{setting}：{problem}', 'zh-TW': '{setting}：{problem}' },
  fieldRecency: {
    en: 'recency (days since last purchase, or last purchase date)',
    'zh-CN': '最近购买（距今天数，或最近购买日期）',
    'zh-TW': '最近購買（距今天數，或最近購買日期）',
  },
  fieldFrequency: { en: 'frequency (number of purchases)', 'zh-CN': '购买频次（购买次数）', 'zh-TW': '購買頻次（購買次數）' },
  fieldMonetary: { en: 'monetary (amount)', 'zh-CN': '消费金额', 'zh-TW': '消費金額' },
  contentDates: { en: 'dates', 'zh-CN': '日期', 'zh-TW': '日期' },
  contentText: { en: 'text', 'zh-CN': '文字', 'zh-TW': '文字' },
  contentIds: { en: 'codes', 'zh-CN': '编号', 'zh-TW': '編號' },
  contentPhones: { en: 'phone numbers', 'zh-CN': '电话号码', 'zh-TW': '電話號碼' },
  contentEmails: { en: 'email addresses', 'zh-CN': '电子邮箱', 'zh-TW': '電子郵件' },
  contentAmounts: { en: 'amounts', 'zh-CN': '金额', 'zh-TW': '金額' },
  contentNumbers: { en: 'numbers', 'zh-CN': '数字', 'zh-TW': '數字' },
  contentRunning: { en: 'a running number (1, 2, 3, ...)', 'zh-CN': '序号（1、2、3……）', 'zh-TW': '序號（1、2、3……）' },
  quoted: { en: "'{text}'", 'zh-CN': '“{text}”', 'zh-TW': '「{text}」' },
  orSeparator: { en: ' or ', 'zh-CN': '或', 'zh-TW': '或' },
  rowList: { en: 'row {list}', 'zh-CN': '第 {list} 行', 'zh-TW': '第 {list} 列' },
  rowsList: { en: 'rows {list}', 'zh-CN': '第 {list} 行', 'zh-TW': '第 {list} 列' },
  andMore: { en: '{list} and {more} more', 'zh-CN': '{list} 等 {total} 行', 'zh-TW': '{list} 等 {total} 列' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TableMessageKey = keyof typeof TABLE_MESSAGES;

/**
 * Fills a table-reading message in the given language.
 * @example tableMessage('en', 'tableMissing', { fields: 'monetary (amount)' }) // 'column not found: monetary (amount)'
 * @example tableMessage('zh-TW', 'rowsList', { list: '2、5' }) // '第 2、5 列'
 */
export function tableMessage(lang: Lang, key: TableMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(TABLE_MESSAGES[key][lang], params);
}
