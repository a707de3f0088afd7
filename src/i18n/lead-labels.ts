import type { Lang } from './lang';
import { fillPlaceholders } from './fill';

/** The labels a graded lead or opportunity list shows (its columns, the lead settings sheet, the funnel
 * sheet), in three languages; the customer workbook's are in workbook-labels.ts. */
export const LEAD_LABELS = {
  behaviourPoints: { en: 'Behaviour points', 'zh-CN': '行为积分', 'zh-TW': '行為積分' },
  attributePoints: { en: 'Profile points', 'zh-CN': '属性评分', 'zh-TW': '屬性評分' },
  leadScore: { en: 'Lead score', 'zh-CN': '线索得分', 'zh-TW': '線索得分' },
  leadGrade: { en: 'Lead grade', 'zh-CN': '线索等级', 'zh-TW': '線索等級' },
  conversion: { en: 'Conversion probability', 'zh-CN': '转化概率', 'zh-TW': '轉化機率' },
  c139Score: { en: 'C139 score', 'zh-CN': 'C139 评分', 'zh-TW': 'C139 評分' },
  opportunityGrade: { en: 'Opportunity grade', 'zh-CN': '商机等级', 'zh-TW': '商機等級' },
  c139Advice: { en: 'Next step', 'zh-CN': '行动建议', 'zh-TW': '行動建議' },
  problem: { en: 'Problem', 'zh-CN': '问题', 'zh-TW': '問題' },
  settingsSheet: { en: 'CRM Lead Settings', 'zh-CN': 'CRM 线索设置', 'zh-TW': 'CRM 線索設定' },
  settingsTitle: { en: 'Lead scoring settings', 'zh-CN': '线索评分设置', 'zh-TW': '線索評分設定' },
  settingsNote: {
    en: 'Edit the yellow cells: the lead columns and the funnel sheet recalculate from them, with or without the add-in.',
    'zh-CN': '修改黄色单元格即可：线索列和漏斗表会据此重新计算，无需插件。',
    'zh-TW': '修改黃色儲存格即可：線索欄和漏斗表會據此重新計算，無需增益集。',
  },
  behaviourTable: { en: 'Behaviour points (per interaction)', 'zh-CN': '行为积分（每次互动）', 'zh-TW': '行為積分（每次互動）' },
  interaction: { en: 'Interaction', 'zh-CN': '互动', 'zh-TW': '互動' },
  points: { en: 'Points', 'zh-CN': '分值', 'zh-TW': '分值' },
  attributeTable: { en: 'Profile points (value | points)', 'zh-CN': '属性评分（取值 | 分值）', 'zh-TW': '屬性評分（取值 | 分值）' },
  value: { en: 'Value', 'zh-CN': '取值', 'zh-TW': '取值' },
  cutoffsTable: { en: 'Grade cutoffs (lead score from)', 'zh-CN': '等级门槛（线索得分起点）', 'zh-TW': '等級門檻（線索得分起點）' },
  oppCutoffsTable: { en: 'Grade cutoffs (C139 score from)', 'zh-CN': '等级门槛（C139 评分起点）', 'zh-TW': '等級門檻（C139 評分起點）' },
  grade: { en: 'Grade', 'zh-CN': '等级', 'zh-TW': '等級' },
  from: { en: 'From', 'zh-CN': '起点', 'zh-TW': '起點' },
  belowC: { en: 'below C', 'zh-CN': '低于 C', 'zh-TW': '低於 C' },
  stagesTable: { en: 'Funnel stages, in order', 'zh-CN': '漏斗阶段（按顺序）', 'zh-TW': '漏斗階段（按順序）' },
  target: { en: 'Target', 'zh-CN': '目标', 'zh-TW': '目標' },
  stage: { en: 'Stage', 'zh-CN': '阶段', 'zh-TW': '階段' },
  coefficientsTable: { en: 'Conversion model (logistic regression)', 'zh-CN': '转化模型（逻辑回归）', 'zh-TW': '轉化模型（邏輯迴歸）' },
  term: { en: 'Term', 'zh-CN': '项', 'zh-TW': '項' },
  coefficient: { en: 'Coefficient', 'zh-CN': '系数', 'zh-TW': '係數' },
  intercept: { en: 'Intercept', 'zh-CN': '截距', 'zh-TW': '截距' },
  fittedOn: {
    en: 'Fitted when graded on {won} won and {lost} lost leads; written as numbers (grade again to refit).',
    'zh-CN': '分级时基于 {won} 条赢单、{lost} 条输单线索拟合；以数值写入（重新分级即重新拟合）。',
    'zh-TW': '分級時基於 {won} 條贏單、{lost} 條輸單線索擬合；以數值寫入（重新分級即重新擬合）。',
  },
  weightsTable: { en: 'C139 weights', 'zh-CN': 'C139 权重', 'zh-TW': 'C139 權重' },
  component: { en: 'Component', 'zh-CN': '维度', 'zh-TW': '維度' },
  weight: { en: 'Weight', 'zh-CN': '权重', 'zh-TW': '權重' },
  cCoverage: { en: 'C: coverage', 'zh-CN': 'C：客户覆盖度', 'zh-TW': 'C：客戶覆蓋度' },
  cValueFit: { en: '1: value fit', 'zh-CN': '1：价值主张匹配', 'zh-TW': '1：價值主張匹配' },
  cKeyPeople: { en: '3: key people', 'zh-CN': '3：关键人覆盖', 'zh-TW': '3：關鍵人覆蓋' },
  cFactors: { en: '9: competitive factors', 'zh-CN': '9：竞争要素', 'zh-TW': '9：競爭要素' },
  funnelSheet: { en: 'CRM Funnel', 'zh-CN': 'CRM 销售漏斗', 'zh-TW': 'CRM 銷售漏斗' },
  funnelTitle: { en: 'Sales funnel', 'zh-CN': '销售漏斗', 'zh-TW': '銷售漏斗' },
  funnelNote: {
    en: 'Each lead counts at its stage and every stage before it (column {column} of sheet “{sheet}”); the stage names are on the lead settings sheet.',
    'zh-CN': '每条线索计入其所在阶段及之前的每个阶段（工作表“{sheet}”的 {column} 列）；阶段名称在线索设置表中。',
    'zh-TW': '每條線索計入其所在階段及之前的每個階段（工作表「{sheet}」的 {column} 欄）；階段名稱在線索設定表中。',
  },
  atStage: { en: 'At this stage', 'zh-CN': '停留在此阶段', 'zh-TW': '停留在此階段' },
  reached: { en: 'Reached', 'zh-CN': '到达数', 'zh-TW': '到達數' },
  stepConversion: { en: 'Step conversion', 'zh-CN': '环节转化率', 'zh-TW': '環節轉化率' },
  fromFirst: { en: 'From first stage', 'zh-CN': '累计转化率', 'zh-TW': '累計轉化率' },
  bottleneckColumn: { en: 'Bottleneck', 'zh-CN': '瓶颈', 'zh-TW': '瓶頸' },
  gapToTarget: { en: 'Gap to target', 'zh-CN': '目标差距', 'zh-TW': '目標差距' },
  stepVsTarget: { en: 'Step / target step', 'zh-CN': '环节转化率 / 目标', 'zh-TW': '環節轉化率 / 目標' },
  funnelChart: { en: 'Leads reaching each stage', 'zh-CN': '各阶段到达的线索数', 'zh-TW': '各階段到達的線索數' },
  notCounted: { en: 'Not counted', 'zh-CN': '未计入', 'zh-TW': '未計入' },
  countedAsValues: {
    en: 'Counts written as numbers: some stage cells match a name only after spaces or full-width letters are evened out, which COUNTIF cannot do.',
    'zh-CN': '计数以数值写入：部分阶段单元格需去除空格或统一全角字母后才与名称一致，COUNTIF 无法做到。',
    'zh-TW': '計數以數值寫入：部分階段儲存格需去除空格或統一全形字母後才與名稱一致，COUNTIF 無法做到。',
  },
  gradedCopy: { en: '{name} (leads graded)', 'zh-CN': '{name}（线索已分级）', 'zh-TW': '{name}（線索已分級）' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LeadLabel = keyof typeof LEAD_LABELS;

/**
 * A lead workbook label in a language, with `{name}` placeholders filled.
 * @example leadLabel('leadGrade', 'zh-CN') // '线索等级'
 */
export function leadLabel(key: LeadLabel, lang: Lang, params?: Record<string, string | number>): string {
  return fillPlaceholders(LEAD_LABELS[key][lang], params);
}
