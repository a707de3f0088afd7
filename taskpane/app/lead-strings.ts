// The pane's strings for lead and opportunity lists, in three languages (the customer flow's are strings.ts's).
import type { Lang } from '../../src/i18n/lang';
import { fillPlaceholders } from '../../src/i18n/fill';

const LEAD_STRINGS = {
  leadFound: {
    en: 'A lead list: {rows} leads on sheet “{sheet}”, headers in row {header}.',
    'zh-CN': '线索名单：工作表“{sheet}”中有 {rows} 条线索，标题在第 {header} 行。',
    'zh-TW': '線索名單：工作表「{sheet}」中有 {rows} 條線索，標題在第 {header} 列。',
  },
  opportunityFound: {
    en: 'An opportunity list (C139): {rows} opportunities on sheet “{sheet}”, headers in row {header}.',
    'zh-CN': '商机名单（C139）：工作表“{sheet}”中有 {rows} 个商机，标题在第 {header} 行。',
    'zh-TW': '商機名單（C139）：工作表「{sheet}」中有 {rows} 個商機，標題在第 {header} 列。',
  },
  leadWhy: {
    en: 'Its columns are interactions, profile or stage, not orders and amounts: it is scored as leads.',
    'zh-CN': '它的列是互动、画像或阶段，而不是订单和金额，因此按线索评分。',
    'zh-TW': '它的欄是互動、畫像或階段，而不是訂單和金額，因此按線索評分。',
  },
  opportunityWhy: {
    en: 'It has C139’s columns (coverage, value fit, key people, competitive factors): it is scored as opportunities.',
    'zh-CN': '它有 C139 的列（客户覆盖度、价值匹配、关键人、竞争要素），因此按商机评分。',
    'zh-TW': '它有 C139 的欄（客戶覆蓋度、價值匹配、關鍵人、競爭要素），因此按商機評分。',
  },
  asCustomers: { en: 'Grade it as a customer list instead', 'zh-CN': '改为按客户名单分级', 'zh-TW': '改為按客戶名單分級' },
  asLeads: { en: 'Score it as leads', 'zh-CN': '按线索评分', 'zh-TW': '按線索評分' },
  asOpportunities: { en: 'Score it as opportunities (C139)', 'zh-CN': '按商机评分（C139）', 'zh-TW': '按商機評分（C139）' },
  leadOffer: {
    en: 'This looks like a lead list; it is being graded as customers.',
    'zh-CN': '这像是线索名单；目前按客户名单分级。',
    'zh-TW': '這像是線索名單；目前按客戶名單分級。',
  },
  leadColumns: { en: '2. What each column is', 'zh-CN': '2. 各列的含义', 'zh-TW': '2. 各欄的含義' },
  leadColumnsHint: {
    en: 'Interactions are counts (times viewed, attended, requested); profile columns are matched against the points table.',
    'zh-CN': '互动列是次数（浏览、参会、申请的次数）；画像列按分值表匹配。',
    'zh-TW': '互動欄是次數（瀏覽、參會、申請的次數）；畫像欄按分值表匹配。',
  },
  roleNone: { en: '— not used —', 'zh-CN': '— 不使用 —', 'zh-TW': '— 不使用 —' },
  roleBehaviour: { en: 'Interaction (count)', 'zh-CN': '互动（次数）', 'zh-TW': '互動（次數）' },
  roleAttribute: { en: 'Profile', 'zh-CN': '画像属性', 'zh-TW': '畫像屬性' },
  roleStage: { en: 'Funnel stage', 'zh-CN': '漏斗阶段', 'zh-TW': '漏斗階段' },
  roleOutcome: { en: 'Won / lost', 'zh-CN': '赢单 / 输单', 'zh-TW': '贏單 / 輸單' },
  roleCoverage: { en: 'C: coverage', 'zh-CN': 'C：客户覆盖度', 'zh-TW': 'C：客戶覆蓋度' },
  roleValueFit: { en: '1: value fit', 'zh-CN': '1：价值匹配', 'zh-TW': '1：價值匹配' },
  roleDecisionMaker: { en: '3: decision maker', 'zh-CN': '3：决策人', 'zh-TW': '3：決策人' },
  roleInfluencer: { en: '3: influencer', 'zh-CN': '3：影响者', 'zh-TW': '3：影響者' },
  roleUser: { en: '3: user', 'zh-CN': '3：使用者', 'zh-TW': '3：使用者' },
  roleKeyPeople: { en: '3: key people', 'zh-CN': '3：关键人覆盖', 'zh-TW': '3：關鍵人覆蓋' },
  roleFactors: { en: '9: competitive factors', 'zh-CN': '9：竞争要素', 'zh-TW': '9：競爭要素' },
  roleFactor: { en: '9: competitive factor', 'zh-CN': '9：竞争要素', 'zh-TW': '9：競爭要素' },
  leadPoints: { en: '3. Points and grades', 'zh-CN': '3. 分值与等级', 'zh-TW': '3. 分值與等級' },
  behaviourPoints: { en: 'Points per interaction', 'zh-CN': '每次互动的分值', 'zh-TW': '每次互動的分值' },
  pointsSource: {
    en: 'Starting points: a webinar check-in is worth three article views (in a CRM case study, webinar leads converted three times as often); a demo or trial request, twice a check-in.',
    'zh-CN': '初始分值：研讨会签到记为文章浏览的 3 倍（案例中参加线上研讨会的线索转化率高 3 倍）；演示或试用申请再翻一倍。',
    'zh-TW': '初始分值：研討會簽到記為文章瀏覽的 3 倍（案例中參加線上研討會的線索轉化率高 3 倍）；演示或試用申請再翻一倍。',
  },
  stepListLeads: { en: '1. Your lead list', 'zh-CN': '1. 线索名单', 'zh-TW': '1. 線索名單' },
  attributePoints: { en: 'Profile points (value → points)', 'zh-CN': '画像分值（取值 → 分值）', 'zh-TW': '畫像分值（取值 → 分值）' },
  attributeHint: {
    en: 'Give your target profile its points; values left at 0 add nothing.',
    'zh-CN': '为目标画像设定分值；保留 0 的取值不加分。',
    'zh-TW': '為目標畫像設定分值；保留 0 的取值不加分。',
  },
  cutoffs: { en: 'Grade from lead score', 'zh-CN': '等级门槛（线索得分）', 'zh-TW': '等級門檻（線索得分）' },
  cutoffsHint: {
    en: 'A from {a}, B from {b}, C from {c}, D below. Starting cutoffs: A is a demo request with a webinar and three views.',
    'zh-CN': 'A 从 {a} 起，B 从 {b} 起，C 从 {c} 起，以下为 D。初始门槛：A 相当于一次演示申请加一次研讨会和三次浏览。',
    'zh-TW': 'A 從 {a} 起，B 從 {b} 起，C 從 {c} 起，以下為 D。初始門檻：A 相當於一次演示申請加一次研討會和三次瀏覽。',
  },
  cutoffsOrder: {
    en: 'The cutoffs must fall from A to C (A above B above C).',
    'zh-CN': '门槛须从 A 到 C 递减（A 高于 B 高于 C）。',
    'zh-TW': '門檻須從 A 到 C 遞減（A 高於 B 高於 C）。',
  },
  opportunityCutoffs: { en: 'Grade from C139 score (0-100)', 'zh-CN': '等级门槛（C139 评分 0-100）', 'zh-TW': '等級門檻（C139 評分 0-100）' },
  opportunityCutoffsHint: {
    en: 'A from {a}, B from {b}, C from {c}, D below. Starting cutoffs follow the 1-5 factor scale: A as strong as “stronger” (4) everywhere, B on par (3), C weaker (2).',
    'zh-CN': 'A 从 {a} 起，B 从 {b} 起，C 从 {c} 起，以下为 D。初始门槛对应 1-5 的竞争要素刻度：A 相当于各方面“较强”（4），B 持平（3），C 较弱（2）。',
    'zh-TW': 'A 從 {a} 起，B 從 {b} 起，C 從 {c} 起，以下為 D。初始門檻對應 1-5 的競爭要素刻度：A 相當於各方面「較強」（4），B 持平（3），C 較弱（2）。',
  },
  targets: { en: 'Target per stage (optional)', 'zh-CN': '各阶段目标（可选）', 'zh-TW': '各階段目標（可選）' },
  targetsHint: {
    en: 'How many should reach each stage (e.g. 1000, 650, 350), not rates; blank: no target. With targets the bottleneck is the step furthest below its target.',
    'zh-CN': '各阶段应到达的数量（如 1000、650、350），不是转化率；留空即无目标。有目标时，瓶颈是最落后于目标的环节。',
    'zh-TW': '各階段應到達的數量（如 1000、650、350），不是轉換率；留空即無目標。有目標時，瓶頸是最落後於目標的環節。',
  },
  stageOrder: { en: 'Funnel stages, in order', 'zh-CN': '漏斗阶段（按顺序）', 'zh-TW': '漏斗階段（按順序）' },
  stageHint: {
    en: 'Separate with commas; each lead counts at its stage and every stage before it.',
    'zh-CN': '用逗号分隔；每条线索计入其所在阶段及之前的每个阶段。',
    'zh-TW': '用逗號分隔；每條線索計入其所在階段及之前的每個階段。',
  },
  conversionOption: {
    en: 'Add a conversion probability, learned from the won / lost leads',
    'zh-CN': '添加转化概率（从赢单 / 输单线索学习）',
    'zh-TW': '新增轉化機率（從贏單 / 輸單線索學習）',
  },
  weights: { en: 'C139 weights', 'zh-CN': 'C139 权重', 'zh-TW': 'C139 權重' },
  needScoreColumns: {
    en: 'Choose at least one interaction or profile column.',
    'zh-CN': '请至少选择一个互动列或画像列。',
    'zh-TW': '請至少選擇一個互動欄或畫像欄。',
  },
  needC139: {
    en: 'C139 needs coverage, value fit, the three key people and nine factors; missing: {missing}.',
    'zh-CN': 'C139 需要客户覆盖度、价值匹配、三个关键人和九个竞争要素；缺少：{missing}。',
    'zh-TW': 'C139 需要客戶覆蓋度、價值匹配、三個關鍵人和九個競爭要素；缺少：{missing}。',
  },
  factorsCount: { en: '{n} of 9 factors', 'zh-CN': '{n}/9 个竞争要素', 'zh-TW': '{n}/9 個競爭要素' },
  badNumber: { en: '{what}: “{value}” is not a number', 'zh-CN': '{what}：“{value}”不是数字', 'zh-TW': '{what}：「{value}」不是數字' },
  gradeLeads: { en: 'Score the leads', 'zh-CN': '为线索评分', 'zh-TW': '為線索評分' },
  gradeOpportunities: { en: 'Score the opportunities', 'zh-CN': '为商机评分', 'zh-TW': '為商機評分' },
  leadsGraded: {
    en: 'Scored {rows} leads: A\u00a0{a}, B\u00a0{b}, C\u00a0{c}, D\u00a0{d}.',
    'zh-CN': '已为 {rows} 条线索评分：A\u00a0{a}，B\u00a0{b}，C\u00a0{c}，D\u00a0{d}。',
    'zh-TW': '已為 {rows} 條線索評分：A\u00a0{a}，B\u00a0{b}，C\u00a0{c}，D\u00a0{d}。',
  },
  opportunitiesGraded: {
    en: 'Scored {rows} opportunities: A\u00a0{a}, B\u00a0{b}, C\u00a0{c}, D\u00a0{d}.',
    'zh-CN': '已为 {rows} 个商机评分：A\u00a0{a}，B\u00a0{b}，C\u00a0{c}，D\u00a0{d}。',
    'zh-TW': '已為 {rows} 個商機評分：A\u00a0{a}，B\u00a0{b}，C\u00a0{c}，D\u00a0{d}。',
  },
  leadRowProblems: { en: '{count} rows have a problem, said on the row.', 'zh-CN': '{count} 行有问题，已在该行注明。', 'zh-TW': '{count} 列有問題，已在該列註明。' },
  funnelWritten: {
    en: 'Funnel on sheet “{sheet}”: bottleneck at {stage}.',
    'zh-CN': '漏斗见工作表“{sheet}”：瓶颈在“{stage}”。',
    'zh-TW': '漏斗見工作表「{sheet}」：瓶頸在「{stage}」。',
  },
  funnelNoBottleneck: { en: 'Funnel on sheet “{sheet}”.', 'zh-CN': '漏斗见工作表“{sheet}”。', 'zh-TW': '漏斗見工作表「{sheet}」。' },
  funnelNot: { en: 'No funnel sheet: {reason}', 'zh-CN': '未生成漏斗表：{reason}', 'zh-TW': '未產生漏斗表：{reason}' },
  conversionAdded: {
    en: 'Conversion probability learned from {won} won and {lost} lost leads.',
    'zh-CN': '转化概率基于 {won} 条赢单和 {lost} 条输单线索学习。',
    'zh-TW': '轉化機率基於 {won} 條贏單和 {lost} 條輸單線索學習。',
  },
  leadOccupied: {
    en: 'The cells right of the list are not empty: nothing was written. Clear them or move the list.',
    'zh-CN': '名单右侧的单元格不是空的：未写入任何内容。请清空它们或移动名单。',
    'zh-TW': '名單右側的儲存格不是空的：未寫入任何內容。請清空它們或移動名單。',
  },
  leadSettingsEdited: {
    en: 'The points, cutoffs, stages and targets edited on sheet “{sheet}” are used.',
    'zh-CN': '使用在工作表“{sheet}”中修改过的分值、门槛、阶段和目标。',
    'zh-TW': '使用在工作表「{sheet}」中修改過的分值、門檻、階段和目標。',
  },
  oppSettingsEdited: {
    en: 'The C139 weights and cutoffs edited on sheet “{sheet}” are used.',
    'zh-CN': '使用在工作表“{sheet}”中修改过的 C139 权重和门槛。',
    'zh-TW': '使用在工作表「{sheet}」中修改過的 C139 權重和門檻。',
  },
  leadSettingsBad: {
    en: 'Sheet “{sheet}” cannot be read: {cell} holds “{value}”, not a number. The values below are the pane’s; fix the cell or score again to rewrite the sheet.',
    'zh-CN': '无法读取工作表“{sheet}”：{cell} 中是“{value}”，不是数字。下方为插件保存的值；请修正该单元格，或重新评分以重写该表。',
    'zh-TW': '無法讀取工作表「{sheet}」：{cell} 中是「{value}」，不是數字。下方為增益集儲存的值；請修正該儲存格，或重新評分以重寫該表。',
  },
  grade: { en: 'Grade', 'zh-CN': '等级', 'zh-TW': '等級' },
  leads: { en: 'Leads', 'zh-CN': '线索数', 'zh-TW': '線索數' },
  opportunities: { en: 'Opportunities', 'zh-CN': '商机数', 'zh-TW': '商機數' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LeadStringKey = keyof typeof LEAD_STRINGS;

/**
 * A lead-flow string in a language, with `{name}` placeholders filled.
 * @example lt('zh-CN', 'leadsGraded', { rows: 3, a: 1, b: 1, c: 0, d: 1 }) // '已为 3 条线索评分：A 1，B 1，C 0，D 1。'
 */
export function lt(lang: Lang, key: LeadStringKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(LEAD_STRINGS[key][lang], params);
}
