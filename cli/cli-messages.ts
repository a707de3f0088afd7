// What `crm-grader grade` says on stderr about a file it grades, in three languages: the summary lines,
// the as-of line, the engine's lines and the notes. This table lives in cli/, not src/i18n/, because only
// the CLI has files, options and an embedded engine to talk about: neither the core nor the pane ever
// shows these strings. Placeholders are filled by the project's one rule, src/i18n/fill.ts. Option names
// (--btyd) and file paths stay as typed in every language: they are what the user types back.
import { fillPlaceholders } from '../src/i18n/fill';
import type { Lang } from '../src/i18n/lang';

/** The CLI's stderr texts by key; `{name}` placeholders are filled by `cliMessage`. */
const CLI_MESSAGES = {
  // The lines under a table that cannot be graded: the options that settle it (cli/table-hints.ts).
  hintNoHeader: {
    en: 'name the columns with: {maps} (a list with no header row needs one added first)',
    'zh-CN': '用以下选项指定各列：{maps}（没有表头的名单需先加上一行表头）',
    'zh-TW': '用以下選項指定各欄：{maps}（沒有標題列的名單需先加上一列標題）',
  },
  hintDateOrder: {
    en: 'choose with: --date-order dmy (10/1/2026 is 10 January) or --date-order mdy (1 October)',
    'zh-CN': '请选择：--date-order dmy（10/1/2026 为 1 月 10 日）或 --date-order mdy（10 月 1 日）',
    'zh-TW': '請選擇：--date-order dmy（10/1/2026 為 1 月 10 日）或 --date-order mdy（10 月 1 日）',
  },
  hintRightColumn: { en: 'name the right column with: {map}', 'zh-CN': '用以下选项指定正确的列：{map}', 'zh-TW': '用以下選項指定正確的欄：{map}' },
  hintColumn: { en: 'name the column with: {map}', 'zh-CN': '用以下选项指定该列：{map}', 'zh-TW': '用以下選項指定該欄：{map}' },
  hintThatIsIt: { en: 'if that is it, add: {map}', 'zh-CN': '如果就是这一列，请加上：{map}', 'zh-TW': '如果就是這一欄，請加上：{map}' },
  hintOneOf: { en: 'choose with one of: {maps}', 'zh-CN': '用以下任一选项选择：{maps}', 'zh-TW': '用以下任一選項選擇：{maps}' },
  listSummary: {
    en: '{file}: a customer list: {rows} rows',
    'zh-CN': '{file}：客户名单，{rows} 行',
    'zh-TW': '{file}：客戶名單，{rows} 列',
  },
  ledgerSummary: {
    en: '{file}: an order list{given}: {lines} lines, {customers} customers',
    'zh-CN': '{file}：订单台账{given}，{lines} 行，{customers} 位客户',
    'zh-TW': '{file}：訂單台帳{given}，{lines} 列，{customers} 位客戶',
  },
  ledgerGiven: { en: ' (--ledger)', 'zh-CN': '（--ledger）', 'zh-TW': '（--ledger）' },
  ledgerWindow: {
    en: 'as of {asOf}, {why}; orders and amounts of the {months} months from {start}',
    'zh-CN': '截至 {asOf}（{why}）；统计自 {start} 起 {months} 个月的订单与金额',
    'zh-TW': '截至 {asOf}（{why}）；統計自 {start} 起 {months} 個月的訂單與金額',
  },
  listDaysTo: {
    en: 'days counted up to {asOf}, {why}',
    'zh-CN': '天数计算至 {asOf}（{why}）',
    'zh-TW': '天數計算至 {asOf}（{why}）',
  },
  asOfGiven: { en: 'as given', 'zh-CN': '由 --as-of 指定', 'zh-TW': '由 --as-of 指定' },
  asOfSettings: {
    en: 'the date on the settings sheet of {settings} (--as-of counts to another day)',
    'zh-CN': '取自 {settings} 设置表上的日期（用 --as-of 可改为其他日期）',
    'zh-TW': '取自 {settings} 設定表上的日期（用 --as-of 可改為其他日期）',
  },
  asOfLatest: { en: 'the latest order{from}', 'zh-CN': '最近一笔订单的日期{from}', 'zh-TW': '最近一筆訂單的日期{from}' },
  asOfToday: { en: 'today{from}', 'zh-CN': '今天{from}', 'zh-TW': '今天{from}' },
  asOfAsIn: { en: ', as in {settings}', 'zh-CN': '，与 {settings} 相同', 'zh-TW': '，與 {settings} 相同' },
  graded: { en: 'graded {n} customers', 'zh-CN': '已分级 {n} 位客户', 'zh-TW': '已分級 {n} 位客戶' },
  listUngraded: {
    en: ', {n} rows could not be graded (see the {column} column)',
    'zh-CN': '，{n} 行无法分级（见“{column}”列）',
    'zh-TW': '，{n} 列無法分級（見「{column}」欄）',
  },
  ledgerUngraded: {
    en: ', {n} could not be graded (see the {column} column)',
    'zh-CN': '，{n} 位无法分级（见“{column}”列）',
    'zh-TW': '，{n} 位無法分級（見「{column}」欄）',
  },
  warning: { en: 'warning: {message}', 'zh-CN': '警告：{message}', 'zh-TW': '警告：{message}' },
  note: { en: 'note: {message}', 'zh-CN': '注意：{message}', 'zh-TW': '注意：{message}' },
  noteEngineList: {
    en: '--engine duckdb grades order lists; a customer list is graded as it streams, in memory',
    'zh-CN': '--engine duckdb 用于订单台账；客户名单在内存中边读边分级',
    'zh-TW': '--engine duckdb 用於訂單台帳；客戶名單在記憶體中邊讀邊分級',
  },
  noteNoPredictionsOnEngine: {
    en: 'no predictions on the embedded engine (BG/NBD and Gamma-Gamma are fitted in memory); add --btyd to grade in memory with them',
    'zh-CN': '内置引擎不做预测（BG/NBD 与 Gamma-Gamma 在内存中拟合）；加上 --btyd 可在内存中分级并附上预测',
    'zh-TW': '內建引擎不做預測（BG/NBD 與 Gamma-Gamma 在記憶體中擬合）；加上 --btyd 可在記憶體中分級並附上預測',
  },
  noteInMemoryInstead: {
    en: '{reason}; grading in memory instead',
    'zh-CN': '{reason}；改为在内存中分级',
    'zh-TW': '{reason}；改為在記憶體中分級',
  },
  noteNoBtydList: {
    en: '--no-btyd is for order lists; a customer list has no predictions to leave out',
    'zh-CN': '--no-btyd 用于订单台账；客户名单本来就没有预测可省略',
    'zh-TW': '--no-btyd 用於訂單台帳；客戶名單本來就沒有預測可省略',
  },
  noteMonthsList: {
    en: "--months is for order lists; a customer list's own order counts and amounts are graded as they are",
    'zh-CN': '--months 用于订单台账；客户名单按其自身的订单数和金额分级',
    'zh-TW': '--months 用於訂單台帳；客戶名單按其本身的訂單數和金額分級',
  },
  noteKeepRowsList: {
    en: '--keep-rows is for order lists; a customer list is always kept, with its graded columns beside it',
    'zh-CN': '--keep-rows 用于订单台账；客户名单总会保留，分级列附在旁边',
    'zh-TW': '--keep-rows 用於訂單台帳；客戶名單一律保留，分級欄附在旁邊',
  },
  noteKeepRowsCsv: {
    en: '--keep-rows: a .csv holds the graded customers only; write an .xlsx to keep the order lines',
    'zh-CN': '--keep-rows：.csv 只含分级后的客户；要保留订单行请输出 .xlsx',
    'zh-TW': '--keep-rows：.csv 只含分級後的客戶；要保留訂單列請輸出 .xlsx',
  },
  noteUnusedMap: {
    en: '--map {fields}: not read in an order list (its fields: {ledgerFields})',
    'zh-CN': '--map {fields}：订单台账不读取（它读取的字段：{ledgerFields}）',
    'zh-TW': '--map {fields}：訂單台帳不讀取（它讀取的欄位：{ledgerFields}）',
  },
  parquetForList: {
    en: '{file} reads as a customer list: -o .parquet is written for order lists; write .csv or .xlsx',
    'zh-CN': '{file} 读作客户名单：-o .parquet 只用于订单台账；请输出 .csv 或 .xlsx',
    'zh-TW': '{file} 讀作客戶名單：-o .parquet 只用於訂單台帳；請輸出 .csv 或 .xlsx',
  },
  btydOnList: {
    en: '--btyd: the predictions are made from an order list (one row per order); this file is read as a customer list',
    'zh-CN': '--btyd：预测需由订单台账（每行一笔订单）得出；此文件读作客户名单',
    'zh-TW': '--btyd：預測需由訂單台帳（每列一筆訂單）得出；此檔案讀作客戶名單',
  },
  idsNeverRepeat: {
    en: '{reason}. It reads like an order list (customer id, order date, amount) but no customer id appears on two lines: if each line is one order, give --ledger; if it is one row per customer, name its count of orders with --map frequency=...',
    'zh-CN': '{reason}。它看起来像订单台账（客户编号、订单日期、金额），但没有任何客户编号出现在两行：如果每行是一笔订单，请加 --ledger；如果每行是一位客户，请用 --map frequency=... 指明订单数所在的列',
    'zh-TW': '{reason}。它看起來像訂單台帳（客戶編號、訂單日期、金額），但沒有任何客戶編號出現在兩列：如果每列是一筆訂單，請加 --ledger；如果每列是一位客戶，請用 --map frequency=... 指明訂單數所在的欄',
  },
  idsNeverRepeatEngine: {
    en: '{reason}: no customer id appears on two lines; if each line is one order, give --ledger',
    'zh-CN': '{reason}：没有任何客户编号出现在两行；如果每行是一笔订单，请加 --ledger',
    'zh-TW': '{reason}：沒有任何客戶編號出現在兩列；如果每列是一筆訂單，請加 --ledger',
  },
  engineLine: {
    en: 'engine: DuckDB, in-process ({why}); {mb} MB of memory',
    'zh-CN': '引擎：DuckDB，进程内运行（{why}）；内存 {mb} MB',
    'zh-TW': '引擎：DuckDB，於行程內執行（{why}）；記憶體 {mb} MB',
  },
  engineWhyParquet: { en: 'a Parquet file', 'zh-CN': 'Parquet 文件', 'zh-TW': 'Parquet 檔案' },
  engineWhySize: {
    en: '{mb} MB, past {threshold}; --engine memory grades it in memory',
    'zh-CN': '{mb} MB，超过 {threshold}；用 --engine memory 可在内存中分级',
    'zh-TW': '{mb} MB，超過 {threshold}；用 --engine memory 可在記憶體中分級',
  },
  engineMemory: {
    en: 'the embedded engine needs more than the {mb} MB it may use (--memory-mb): give it more, e.g. --memory-mb {more}',
    'zh-CN': '内置引擎需要的内存超过允许的 {mb} MB（--memory-mb）：请调大，例如 --memory-mb {more}',
    'zh-TW': '內建引擎需要的記憶體超過允許的 {mb} MB（--memory-mb）：請調大，例如 --memory-mb {more}',
  },
  sheetTooSmall: {
    en: '{customers} customers do not fit in a sheet ({rows} rows below the header): write -o .csv or .parquet',
    'zh-CN': '{customers} 位客户放不进一张工作表（表头下最多 {rows} 行）：请输出 -o .csv 或 .parquet',
    'zh-TW': '{customers} 位客戶放不進一張工作表（標題列下最多 {rows} 列）：請輸出 -o .csv 或 .parquet',
  },
  engineMissing: {
    en: 'the embedded engine needs {pkg}, which {reason}: run `npm install {pkg}` where crm-grader is installed (an optional dependency, for {platform}), or grade a CSV in memory with --engine memory',
    'zh-CN': '内置引擎需要 {pkg}，但它{reason}：请在安装 crm-grader 的目录运行 `npm install {pkg}`（可选依赖，适用于 {platform}），或用 --engine memory 在内存中为 CSV 分级',
    'zh-TW': '內建引擎需要 {pkg}，但它{reason}：請在安裝 crm-grader 的目錄執行 `npm install {pkg}`（選用相依套件，適用於 {platform}），或用 --engine memory 在記憶體中為 CSV 分級',
  },
  engineNotInstalled: { en: 'is not installed', 'zh-CN': '未安装', 'zh-TW': '未安裝' },
  engineNotLoaded: { en: 'cannot be loaded ({error})', 'zh-CN': '无法加载（{error}）', 'zh-TW': '無法載入（{error}）' },
  engineHeaderMismatch: {
    en: "the embedded engine reads '{got}' where the header has '{want}' (column {column} of row {row})",
    'zh-CN': '内置引擎读到的是“{got}”，而表头是“{want}”（第 {row} 行第 {column} 列）',
    'zh-TW': '內建引擎讀到的是「{got}」，而標題列是「{want}」（第 {row} 列第 {column} 欄）',
  },
  cannotRead: { en: 'cannot read {file}: {reason}', 'zh-CN': '无法读取 {file}：{reason}', 'zh-TW': '無法讀取 {file}：{reason}' },
  cannotWrite: { en: 'cannot write {file}: {reason}', 'zh-CN': '无法写入 {file}：{reason}', 'zh-TW': '無法寫入 {file}：{reason}' },
  noSuchFile: { en: 'no such file', 'zh-CN': '文件不存在', 'zh-TW': '檔案不存在' },
  phaseReading: { en: 'reading the lines', 'zh-CN': '读取订单行', 'zh-TW': '讀取訂單列' },
  phaseCoreValues: { en: 'reading what only the core reads', 'zh-CN': '读取需由核心解析的值', 'zh-TW': '讀取需由核心解析的值' },
  phaseFindCoreValues: { en: 'finding what only the core reads', 'zh-CN': '查找需由核心解析的值', 'zh-TW': '尋找需由核心解析的值' },
  phaseChecking: { en: 'checking the lines', 'zh-CN': '检查订单行', 'zh-TW': '檢查訂單列' },
  phaseUnreadable: { en: 'reporting unreadable lines', 'zh-CN': '列出无法读取的行', 'zh-TW': '列出無法讀取的列' },
  phaseGrading: { en: 'grading', 'zh-CN': '分级', 'zh-TW': '分級' },
  phaseWorkbook: { en: 'building the workbook', 'zh-CN': '生成工作簿', 'zh-TW': '產生活頁簿' },
  phaseWriting: { en: 'writing', 'zh-CN': '写入', 'zh-TW': '寫入' },
  linesRead: { en: '{n} lines read', 'zh-CN': '已读取 {n} 行', 'zh-TW': '已讀取 {n} 列' },
  customersGraded: { en: '{n} customers graded', 'zh-CN': '已分级 {n} 位客户', 'zh-TW': '已分級 {n} 位客戶' },
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/**
 * One of the CLI's stderr texts in `lang`, its placeholders filled.
 * @example cliMessage('zh-CN', 'listSummary', { file: 'a.csv', rows: '1,200' }) // 'a.csv：客户名单，1,200 行'
 */
export function cliMessage(lang: Lang, key: CliMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return fillPlaceholders(CLI_MESSAGES[key][lang], params);
}

/**
 * A note on one stderr line, in `lang`.
 * @example noteLine('zh-TW', 'noteKeepRowsCsv') // '注意：--keep-rows：.csv 只含分級後的客戶；要保留訂單列請輸出 .xlsx\n'
 */
export function noteLine(lang: Lang, key: CliMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return `${cliMessage(lang, 'note', { message: cliMessage(lang, key, params) })}\n`;
}
