// The messages of the pipeline functions (docs/pipeline.md): lead scores, the conversion model, C139 and
// the funnel, in three languages. messages.ts merges them into the one table `format` reads.

/** Pipeline messages by key; `{name}` placeholders are filled by `format`. */
export const PIPELINE_MESSAGES = {
  widthMismatch: {
    en: '{arg}: {got} values, but {other} has {expected} columns; give one for each column',
    'zh-CN': '{arg}：有 {got} 个值，但 {other} 有 {expected} 列；每列需要一个值',
    'zh-TW': '{arg}：有 {got} 個值，但 {other} 有 {expected} 欄；每欄需要一個值',
  },
  notVector: {
    en: '{arg}: give one row or one column of values; got {rows} rows x {cols} columns',
    'zh-CN': '{arg}：请给一行或一列数值；实际为 {rows} 行 x {cols} 列',
    'zh-TW': '{arg}：請給一列或一欄數值；實際為 {rows} 列 x {cols} 欄',
  },
  vectorCell: {
    en: "{arg}: value {index} is '{value}', not a number",
    'zh-CN': '{arg}：第 {index} 个值是“{value}”，不是数字',
    'zh-TW': '{arg}：第 {index} 個值是「{value}」，不是數字',
  },
  vectorBlank: {
    en: '{arg}: value {index} is blank',
    'zh-CN': '{arg}：第 {index} 个值为空',
    'zh-TW': '{arg}：第 {index} 個值為空',
  },
  columnsExpected: {
    en: '{arg}: expected {expected} columns per row ({what}), got {got}',
    'zh-CN': '{arg}：每行应有 {expected} 列（{what}），实际为 {got} 列',
    'zh-TW': '{arg}：每列應有 {expected} 欄（{what}），實際為 {got} 欄',
  },
  pointsTableShape: {
    en: '{arg}: a points table has two columns (value, points) and at least one row; got {rows} x {cols}',
    'zh-CN': '{arg}：积分表应为两列（取值、分数）且至少一行；实际为 {rows} x {cols}',
    'zh-TW': '{arg}：積分表應為兩欄（取值、分數）且至少一列；實際為 {rows} x {cols}',
  },
  pointsTableBlank: {
    en: '{arg}: row {row} of the points table has a blank cell (each row needs a value and its points)',
    'zh-CN': '{arg}：积分表第 {row} 行有空单元格（每行都需要取值和分数）',
    'zh-TW': '{arg}：積分表第 {row} 列有空儲存格（每列都需要取值和分數）',
  },
  pointsTableCell: {
    en: "{arg}: row {row} of the points table holds '{value}' as points, not a number",
    'zh-CN': '{arg}：积分表第 {row} 行的分数是“{value}”，不是数字',
    'zh-TW': '{arg}：積分表第 {row} 列的分數是「{value}」，不是數字',
  },
  pointsTableDuplicate: {
    en: "{arg}: '{value}' is in rows {first} and {row} of the points table; give each value one row",
    'zh-CN': '{arg}：“{value}”在积分表第 {first} 行和第 {row} 行都出现；每个取值只能占一行',
    'zh-TW': '{arg}：「{value}」在積分表第 {first} 列和第 {row} 列都出現；每個取值只能占一列',
  },
  outcomeWord: {
    en: "{arg}: '{value}' is not won or lost (1/0, TRUE/FALSE, won/lost, 赢单/输单, 成交/未成交)",
    'zh-CN': '{arg}：“{value}”不是赢单或输单（请写 1/0、TRUE/FALSE、赢单/输单、成交/未成交 或 won/lost）',
    'zh-TW': '{arg}：「{value}」不是贏單或輸單（請寫 1/0、TRUE/FALSE、贏單/輸單、成交/未成交 或 won/lost）',
  },
  logitTooFewRows: {
    en: 'outcomes: {rows} rows for {coefficients} coefficients; the fit needs at least {needed} (and about 10 of the rarer outcome per feature to be reliable)',
    'zh-CN': 'outcomes：{coefficients} 个系数只有 {rows} 行；拟合至少需要 {needed} 行（每个特征约 10 条较少一方的结果才可靠）',
    'zh-TW': 'outcomes：{coefficients} 個係數只有 {rows} 列；擬合至少需要 {needed} 列（每個特徵約 10 筆較少一方的結果才可靠）',
  },
  logitAllWon: {
    en: 'outcomes: all {rows} rows are won; the fit needs both won and lost rows',
    'zh-CN': 'outcomes：全部 {rows} 行都是赢单；拟合需要既有赢单也有输单',
    'zh-TW': 'outcomes：全部 {rows} 列都是贏單；擬合需要既有贏單也有輸單',
  },
  logitAllLost: {
    en: 'outcomes: all {rows} rows are lost; the fit needs both won and lost rows',
    'zh-CN': 'outcomes：全部 {rows} 行都是输单；拟合需要既有赢单也有输单',
    'zh-TW': 'outcomes：全部 {rows} 列都是輸單；擬合需要既有贏單也有輸單',
  },
  logitConstant: {
    en: 'features: column {column} is {value} in every row, so it cannot be told from the intercept; drop it',
    'zh-CN': 'features：第 {column} 列每行都是 {value}，无法与截距区分；请删除该列',
    'zh-TW': 'features：第 {column} 欄每列都是 {value}，無法與截距區分；請刪除該欄',
  },
  logitCollinear: {
    en: 'features: column {column} is a combination of the columns before it (a copy, a sum, shares of a fixed total); drop it',
    'zh-CN': 'features：第 {column} 列是前面各列的组合（副本、合计、总和固定的占比）；请删除该列',
    'zh-TW': 'features：第 {column} 欄是前面各欄的組合（副本、合計、總和固定的占比）；請刪除該欄',
  },
  logitSeparated: {
    en: 'features: won and lost are separated: the features (column {column} most) tell them apart without error, so the coefficients grow without bound; drop or merge that column, or add rows where it does not decide the outcome',
    'zh-CN': 'features：赢单与输单被完全分开：特征（主要是第 {column} 列）可无误区分两者，系数会无限增大；请删除或合并该列，或补充该列不能决定结果的数据',
    'zh-TW': 'features：贏單與輸單被完全分開：特徵（主要是第 {column} 欄）可無誤區分兩者，係數會無限增大；請刪除或合併該欄，或補充該欄不能決定結果的資料',
  },
  logitTooLarge: {
    en: 'features: column {column} holds numbers too large to fit; rescale it (thousands, millions)',
    'zh-CN': 'features：第 {column} 列的数值过大，无法拟合；请换算单位（千、百万）',
    'zh-TW': 'features：第 {column} 欄的數值過大，無法擬合；請換算單位（千、百萬）',
  },
  logitNoFit: {
    en: 'LOGISTIC_FIT: the fit did not converge in {iterations} iterations',
    'zh-CN': 'LOGISTIC_FIT：拟合在 {iterations} 次迭代内未收敛',
    'zh-TW': 'LOGISTIC_FIT：擬合在 {iterations} 次迭代內未收斂',
  },
  adviceCoverage: {
    en: 'Coverage is the weakest ({value}): reach more of the customer (departments, sites, business units)',
    'zh-CN': '客户覆盖度最弱（{value}）：扩大对客户各部门、各分支、各业务单元的覆盖',
    'zh-TW': '客戶覆蓋度最弱（{value}）：擴大對客戶各部門、各分支、各業務單位的覆蓋',
  },
  adviceValueFit: {
    en: 'Value fit is the weakest ({value}): sharpen the one value proposition against the customer\'s need',
    'zh-CN': '价值主张匹配度最弱（{value}）：重新梳理客户需求，打磨一个打动客户的价值主张',
    'zh-TW': '價值主張匹配度最弱（{value}）：重新梳理客戶需求，打磨一個打動客戶的價值主張',
  },
  adviceDecisionMaker: {
    en: 'Key people are the weakest ({value}): reach the decision maker',
    'zh-CN': '关键人覆盖最弱（{value}）：补充接触决策层（决策人）',
    'zh-TW': '關鍵人覆蓋最弱（{value}）：補充接觸決策層（決策人）',
  },
  adviceInfluencer: {
    en: 'Key people are the weakest ({value}): reach the influencer',
    'zh-CN': '关键人覆盖最弱（{value}）：补充接触影响者',
    'zh-TW': '關鍵人覆蓋最弱（{value}）：補充接觸影響者',
  },
  adviceUser: {
    en: 'Key people are the weakest ({value}): reach the user',
    'zh-CN': '关键人覆盖最弱（{value}）：补充接触使用者',
    'zh-TW': '關鍵人覆蓋最弱（{value}）：補充接觸使用者',
  },
  adviceFactors: {
    en: 'Competitive factors are the weakest ({value}): work on factor {factor} ({score} of 5) against the strongest competitor',
    'zh-CN': '竞争要素最弱（{value}）：针对最强竞争对手补强第 {factor} 项要素（{score}/5 分）',
    'zh-TW': '競爭要素最弱（{value}）：針對最強競爭對手補強第 {factor} 項要素（{score}/5 分）',
  },
  adviceAllFull: {
    en: 'All four components are full: keep the plan and close',
    'zh-CN': '全部四项满分：保持推进节奏，争取成交',
    'zh-TW': '全部四項滿分：保持推進節奏，爭取成交',
  },
  keyPeopleColumns: {
    en: 'decision maker, influencer, user', 'zh-CN': '决策人、影响者、使用者', 'zh-TW': '決策人、影響者、使用者',
  },
  factorColumns: {
    en: 'the nine competitive factors, 1-5', 'zh-CN': '九个竞争要素，1-5 分', 'zh-TW': '九個競爭要素，1-5 分',
  },
  funnelShape: {
    en: "stages: give one column of each record's stage, or one row of counts per stage; got {rows} rows x {cols} columns",
    'zh-CN': 'stages：请给一列每条记录所处的阶段，或一行各阶段的数量；实际为 {rows} 行 x {cols} 列',
    'zh-TW': 'stages：請給一欄每筆記錄所處的階段，或一列各階段的數量；實際為 {rows} 列 x {cols} 欄',
  },
  funnelNeedNames: {
    en: 'stage_names: needed to count records by stage; give the stages in funnel order (e.g. lead, reached, followed up, opportunity, won)',
    'zh-CN': 'stage_names：按阶段统计记录时必须给出；请按漏斗顺序列出各阶段（如 线索、触达、跟进、商机、赢单）',
    'zh-TW': 'stage_names：按階段統計記錄時必須給出；請按漏斗順序列出各階段（如 線索、觸達、跟進、商機、贏單）',
  },
  funnelColumnNeedsNames: {
    en: 'stages: a column of counts needs stage_names, one per count; for each record\'s stage, write the stages as text',
    'zh-CN': 'stages：一列数量需要给出 stage_names，每个数量一个名称；若是每条记录所处的阶段，请把阶段写成文字',
    'zh-TW': 'stages：一欄數量需要給出 stage_names，每個數量一個名稱；若是每筆記錄所處的階段，請把階段寫成文字',
  },
  funnelNamesCount: {
    en: 'stage_names: {names} names for {counts} counts; give one per stage (for each record\'s stage, write the stages as text)',
    'zh-CN': 'stage_names：{counts} 个数量却有 {names} 个名称；每个阶段一个（若是每条记录所处的阶段，请把阶段写成文字）',
    'zh-TW': 'stage_names：{counts} 個數量卻有 {names} 個名稱；每個階段一個（若是每筆記錄所處的階段，請把階段寫成文字）',
  },
  funnelTooFewStages: {
    en: '{arg}: a funnel needs at least 2 stages, got {got}',
    'zh-CN': '{arg}：漏斗至少需要 2 个阶段，实际有 {got} 个',
    'zh-TW': '{arg}：漏斗至少需要 2 個階段，實際有 {got} 個',
  },
  funnelNameDuplicate: {
    en: "stage_names: '{value}' is stage {first} and stage {index}; give each stage one name",
    'zh-CN': 'stage_names：“{value}”既是第 {first} 个阶段又是第 {index} 个阶段；每个阶段只能有一个名称',
    'zh-TW': 'stage_names：「{value}」既是第 {first} 個階段又是第 {index} 個階段；每個階段只能有一個名稱',
  },
  funnelRise: {
    en: 'stages: stage {stage} ({value}) is above the stage before it ({previous}); a funnel counts who reached each stage (for counts now at each stage, add the later stages to each first)',
    'zh-CN': 'stages：第 {stage} 个阶段（{value}）大于前一阶段（{previous}）；漏斗统计的是到达各阶段的数量（若是当前停留在各阶段的数量，请先把后续阶段的数量加到每个阶段上）',
    'zh-TW': 'stages：第 {stage} 個階段（{value}）大於前一階段（{previous}）；漏斗統計的是到達各階段的數量（若是目前停留在各階段的數量，請先把後續階段的數量加到每個階段上）',
  },
  funnelUnknownStage: {
    en: "'{value}' is not one of the stage names ({names})",
    'zh-CN': '“{value}”不是阶段名称之一（{names}）',
    'zh-TW': '「{value}」不是階段名稱之一（{names}）',
  },
  funnelRowNotCounted: {
    en: 'stages: row {row} not counted: {reason}',
    'zh-CN': 'stages：第 {row} 行未计入：{reason}',
    'zh-TW': 'stages：第 {row} 列未計入：{reason}',
  },
  funnelRowsNotCounted: {
    en: 'stages: {count} rows not counted; the first is row {row}: {reason}',
    'zh-CN': 'stages：{count} 行未计入，第一行是第 {row} 行：{reason}',
    'zh-TW': 'stages：{count} 列未計入，第一列是第 {row} 列：{reason}',
  },
  funnelNoneReached: {
    en: "no record reached '{stage}'",
    'zh-CN': '没有记录到达“{stage}”',
    'zh-TW': '沒有記錄到達「{stage}」',
  },
  funnelTargetRate: {
    en: '{arg}: {value} looks like a rate; targets are how many should reach each stage (e.g. 1000, 650, 350), not conversion rates',
    'zh-CN': '{arg}：{value} 像是转化率；目标是各阶段应到达的数量（如 1000、650、350），不是转化率',
    'zh-TW': '{arg}：{value} 像是轉換率；目標是各階段應到達的數量（如 1000、650、350），不是轉換率',
  },
  bottleneck: { en: 'bottleneck', 'zh-CN': '瓶颈', 'zh-TW': '瓶頸' },
} as const;
