// The header words that say a column belongs to a lead or an opportunity list (docs/pipeline.md, "In the
// pane"): interaction counts, profile attributes, the funnel stage, the won / lost outcome, the lead's own
// id, and C139's named columns. Matched against plainHeader's text (NFKC, Simplified, lower case, no
// spaces, punctuation or bracketed unit), so 'Webinar check-ins', '研讨会签到（次）' and '研討會簽到'
// read alike. The words are here once; lead-recognition.ts decides what the list is from them.
import { plainHeader } from './header-words';

/** What a column of a lead or opportunity list holds, by its header. */
export type LeadRole =
  | 'behaviour' | 'attribute' | 'stage' | 'outcome' | 'leadId'
  | 'coverage' | 'valueFit' | 'decisionMaker' | 'influencer' | 'user' | 'factor';

/** Interactions a lead has with marketing (seed 001: 文章浏览, 会议签到), counted. */
const BEHAVIOUR = /浏览|阅读|访问|下载|签到|参会|出席|参加|研讨会|直播|演示|试用|申请|咨询|点击|打开|注册|表单|留资|观看|报名|到场|回复|转发|分享|互动|view|visit|read|download|checkin|attend|webinar|demo|trial|request|click|open|signup|register|form|inquir|enquir|share|repl(y|ies)|session/;
/** Words that make a header a date, an amount or a rate, never a count of interactions
 * ('最近访问时间', 'Last visit date', 'Open rate'). */
const NOT_A_COUNT = /日期|时间|日$|date|time|^last|最近|最后|金额|amount|率|rate|ratio|%|占比/;
/** Profile attributes (seed 001: 行业, 规模), region, role and source: matched against the target profile. */
const ATTRIBUTE = /行业|industry|sector|vertical|规模|size|员工|人数|employees|headcount|地区|区域|省份|城市|region|province|city|country|territory|location|area|职位|职级|title|jobrole|position|来源|渠道|source|channel/;
/** The funnel stage a record has reached (seed 003: 线索 - 触达 - 跟进 - 商机 - 赢单). */
const STAGE = /阶段|进度|漏斗|stage|funnel|pipeline/;
/** Won / lost history (LOGISTIC_FIT's outcomes). 成交金额 is an amount, not an outcome. */
const OUTCOME = /赢单|输单|赢输|结果|outcome|result|won|winloss|是否成交|成交|转化|converted|conversion/;
const OUTCOME_NOT = /金额|amount|额|价|日期|时间|date|time|率|rate/;
/** The lead itself: 线索编号, Lead ID, Prospect; never 线索来源 (an attribute) or 线索状态 (a stage). */
const LEAD_ID = /^(线索|潜客|潜在客户|lead|leads|prospect|prospects)(编号|id|名称|姓名|号|no|number|name|code)?$/;
// C139 (seed 001): 客户覆盖度, 1 个价值主张, 3 个关键人 (决策人, 影响者, 使用者), 9 个竞争要素.
const COVERAGE = /覆盖度|客户覆盖|coverage/;
const VALUE_FIT = /价值匹配|价值主张|方案匹配|解决方案匹配|valuefit|valueproposition|solutionfit/;
const DECISION_MAKER = /决策人|决策者|decisionmaker|economicbuyer/;
const INFLUENCER = /影响者|影响人|influencer/;
const USER = /使用者|使用人|最终用户|enduser|^users?$/;
/** A competitive factor column: named as one (要素 1, Factor 3) or by the factors seed 001 lists (价格, 服务...). */
const FACTOR = /要素|因素|factor|竞争|competit|^(价格|服务|产品|品牌|技术|交付|关系|口碑|实施|支持|price|service|product|brand|technology|delivery|relationship|reputation|implementation|support)\d*$/;

/**
 * The lead roles a header names, in the order they are tried (one header may name two: '赢单阶段').
 * @example leadRolesOfHeader('研讨会签到（次）') // ['behaviour']
 * @example leadRolesOfHeader('Last visit date') // []
 * @example leadRolesOfHeader('决策人') // ['decisionMaker']
 */
export function leadRolesOfHeader(header: unknown): LeadRole[] {
  const text = plainHeader(header === null || header === undefined ? '' : String(header));
  if (!text) return [];
  const roles: LeadRole[] = [];
  if (COVERAGE.test(text)) roles.push('coverage');
  if (VALUE_FIT.test(text)) roles.push('valueFit');
  if (DECISION_MAKER.test(text)) roles.push('decisionMaker');
  if (INFLUENCER.test(text)) roles.push('influencer');
  if (USER.test(text)) roles.push('user');
  if (FACTOR.test(text)) roles.push('factor');
  if (LEAD_ID.test(text)) roles.push('leadId');
  if (STAGE.test(text)) roles.push('stage');
  if (OUTCOME.test(text) && !OUTCOME_NOT.test(text)) roles.push('outcome');
  if (BEHAVIOUR.test(text) && !NOT_A_COUNT.test(text)) roles.push('behaviour');
  if (ATTRIBUTE.test(text)) roles.push('attribute');
  return roles;
}
