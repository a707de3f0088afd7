// The pipeline functions over host cells (docs/pipeline.md): LEAD_SCORE, ATTRIBUTE_SCORE, LOGISTIC_FIT,
// CONVERSION_PROB, C139_SCORE and FUNNEL; the row rule, per-row errors naming the argument and the value
// in en / zh-CN / zh-TW, whole-call errors, options. The built bundles are in test/bundles/pipeline.test.ts.
import { describe, expect, it } from 'vitest';
import { attributeScoreCall } from '../../src/calls/attribute-score';
import { c139ScoreCall } from '../../src/calls/c139-score';
import { conversionProbCall } from '../../src/calls/conversion-prob';
import { funnelCall } from '../../src/calls/funnel';
import { leadScoreCall } from '../../src/calls/lead-score';
import { logisticFitCall } from '../../src/calls/logistic-fit';
import { CellError } from '../../src/cells/cell-error';
import { EN, ZH_CN, ZH_TW, callFailure, cellsOf, column, expectCellError, hasCjk } from '../support/call-cells';
import { AM, HP_WT, PUBLISHED, webinarLeads } from '../support/mtcars';

const NAMES = [['线索', '触达', '跟进', '商机', '赢单']];
const FACTORS = [4, 4, 3, 5, 4, 4, 3, 5, 4];
const TABLE = [['制造业', 30], ['零售', 15], ['500人以上', 20], ['100-499人', 10], ['华东', 10]];

describe('LEAD_SCORE', () => {
  it('one row per lead: {8,1,1} scores 85, {2,0,0} scores 10, a blank row stays blank', () => {
    expect(cellsOf(leadScoreCall([[[8, 1, 1], [2, 0, 0], [null, null, null]], [[5, 15, 30]]], EN))).toEqual([85, 10, '']);
  });
  it('caps at cap (60), and reads points given as a column', () => {
    expect(cellsOf(leadScoreCall([[[8, 1, 1], [2, 0, 0]], column(5, 15, 30), 60], EN))).toEqual([60, 10]);
  });
  it('a negative count is that row\'s error, the rest scored', () => {
    const cells = cellsOf(leadScoreCall([[[8, -3, 1], [2, 0, 0]], [[5, 15, 30]]], EN));
    expect(expectCellError(cells[0], 'value').message).toBe('counts: -3 is negative');
    expect(cells[1]).toBe(10);
  });
  it('a blank count among filled ones is #N/A naming counts (never read as 0)', () => {
    expectCellError(cellsOf(leadScoreCall([[[8, '', 1]], [[5, 15, 30]]], EN))[0], 'na', 'counts');
  });
  it('points of another width fail the call, naming both, in three languages', () => {
    expect(callFailure(() => leadScoreCall([[[8, 1, 1]], [[5, 15]]], EN)))
      .toBe('points: 2 values, but counts has 3 columns; give one for each column');
    expect(callFailure(() => leadScoreCall([[[8, 1, 1]], [[5, 15]]], ZH_CN))).toBe('points：有 2 个值，但 counts 有 3 列；每列需要一个值');
    expect(callFailure(() => leadScoreCall([[[8, 1, 1]], [[5, 15]]], ZH_TW))).toBe('points：有 2 個值，但 counts 有 3 欄；每欄需要一個值');
  });
  it('a blank or non-number point, a block of points, or a negative cap fails the call', () => {
    expect(callFailure(() => leadScoreCall([[[8, 1, 1]], [[5, '', 30]]], EN))).toBe('points: value 2 is blank');
    expect(callFailure(() => leadScoreCall([[[8, 1, 1]], [[5, 'x', 30]]], EN))).toBe("points: value 2 is 'x', not a number");
    expect(callFailure(() => leadScoreCall([[[8, 1]], [[5, 1], [2, 3]]], EN))).toBe('points: give one row or one column of values; got 2 rows x 2 columns');
    expect(callFailure(() => leadScoreCall([[[8, 1]], [[5, 1]], -1], EN))).toBe('cap: -1 is negative');
  });
});

describe('ATTRIBUTE_SCORE', () => {
  it('sums the table\'s points per lead; values not in the table score 0: 40 and 45', () => {
    expect(cellsOf(attributeScoreCall([[['制造业', '100-499人', '华南'], ['零售', '500人以上', '华东']], TABLE], EN))).toEqual([40, 45]);
  });
  it('matches as docs/pipeline.md says: case, spaces and full-width forms; numbers and their text', () => {
    const table = [['Manufacturing', 30], ['East  China', 10], [500, 5]];
    expect(cellsOf(attributeScoreCall([[[' manufacturing ', 'EAST CHINA', '500']], table], EN))).toEqual([45]);
    expect(cellsOf(attributeScoreCall([[['ＭＡＮＵＦＡＣＴＵＲＩＮＧ', 500, 'west']], table], EN))).toEqual([35]);
  });
  it('a row with a blank attribute is #N/A naming values; a blank row stays blank; an error cell is the row\'s error', () => {
    const cells = cellsOf(attributeScoreCall([[['制造业', '', '华东'], ['', '', ''], ['#N/A', '零售', '华东']], TABLE], EN));
    expectCellError(cells[0], 'na', 'values');
    expect(cells[1]).toBe('');
    expectCellError(cells[2], 'value', 'values', '#N/A');
  });
  it('a value given twice in the table fails the call, naming both rows, in three languages', () => {
    const table = [['制造业', 30], ['零售', 15], ['华东', 10], [' 制造业', 25]];
    expect(callFailure(() => attributeScoreCall([[['制造业']], table], EN)))
      .toBe("table: ' 制造业' is in rows 1 and 4 of the points table; give each value one row");
    expect(callFailure(() => attributeScoreCall([[['制造业']], table], ZH_CN))).toBe('table：“ 制造业”在积分表第 1 行和第 4 行都出现；每个取值只能占一行');
    expect(hasCjk(callFailure(() => attributeScoreCall([[['制造业']], table], ZH_TW)))).toBe(true);
  });
  it('a table of the wrong shape, a blank cell or points that are not numbers fail the call, naming the row', () => {
    expect(callFailure(() => attributeScoreCall([[['a']], column('a', 'b', 'c')], EN)))
      .toBe('table: a points table has two columns (value, points) and at least one row; got 3 x 1');
    expect(callFailure(() => attributeScoreCall([[['a']], [['a', 1], ['', 2]]], EN)))
      .toBe('table: row 2 of the points table has a blank cell (each row needs a value and its points)');
    expect(callFailure(() => attributeScoreCall([[['a']], [['a', 1], ['b', 'lots']]], EN)))
      .toBe("table: row 2 of the points table holds 'lots' as points, not a number");
  });
  it('trailing blank rows of the table are room to grow', () => {
    expect(cellsOf(attributeScoreCall([[['a', 'b']], [['a', 1], ['b', 2], ['', ''], [null, null]]], EN))).toEqual([3]);
  });
});

describe('LOGISTIC_FIT', () => {
  it('mtcars: one row, intercept first, equal to the published 18.86630, 0.03626, -8.08348 to 4 decimals', () => {
    const [row] = logisticFitCall([HP_WT, AM], EN);
    expect(row).toHaveLength(3);
    row.forEach((b, j) => expect(Math.abs((b as number) - PUBLISHED[j])).toBeLessThan(0.5e-4));
  });
  it('seed 001\'s webinar leads with outcomes as words (赢单 / 输单, won / lost, 成交 / 未成交, TRUE / FALSE) give the same fit', () => {
    const { webinar, won } = webinarLeads();
    const words = [['赢单', '输单'], ['Won', 'lost'], ['成交', '未成交'], [true, false], ['贏單', '輸單'], ['Closed Won', 'closed  lost']];
    for (const [yes, no] of words) {
      const [[b0, b1]] = logisticFitCall([webinar, won.map(([y]) => [y === 1 ? yes : no])], EN);
      expect(b0 as number).toBeCloseTo(-2.944439, 6);
      expect(b1 as number).toBeCloseTo(1.209838, 6);
    }
  });
  it('all-blank rows are skipped (whole columns); TRUE / FALSE features are 1 / 0', () => {
    const { webinar, won } = webinarLeads();
    const flags = webinar.map(([x]) => [x === 1]);
    const [[b0, b1]] = logisticFitCall([[...flags, [null], [null]], [...won, [null], ['']]], EN);
    expect(b0 as number).toBeCloseTo(-2.944439, 6);
    expect(b1 as number).toBeCloseTo(1.209838, 6);
  });
  it('a bad outcome fails the fit naming the first bad row and how many, in three languages', () => {
    const features = column(1, 2, 3, 4, 5, 6);
    const outcomes = column(1, 0, 'maybe', 1, 2, 0);
    expect(callFailure(() => logisticFitCall([features, outcomes], EN)))
      .toBe("2 rows of the ranges cannot be read; the first is row 3: outcomes: 'maybe' is not won or lost (1/0, TRUE/FALSE, won/lost, 赢单/输单, 成交/未成交)");
    expect(callFailure(() => logisticFitCall([features, column(1, 0, 'maybe', 1, 0, 0)], ZH_CN)))
      .toBe('区域第 3 行无法读取：outcomes：“maybe”不是赢单或输单（请写 1/0、TRUE/FALSE、赢单/输单、成交/未成交 或 won/lost）');
    expect(callFailure(() => logisticFitCall([features, column(1, 0, 'maybe', 1, 0, 0)], ZH_TW)))
      .toBe('範圍第 3 列無法讀取：outcomes：「maybe」不是贏單或輸單（請寫 1/0、TRUE/FALSE、贏單/輸單、成交/未成交 或 won/lost）');
  });
  it('a row with a blank outcome, or a feature that is not a number, fails the fit naming it', () => {
    expect(callFailure(() => logisticFitCall([column(1, 2, 3, 4), column(1, '', 0, 1)], EN)))
      .toBe('Row 2 of the ranges cannot be read: outcomes: the value is missing (the row has other inputs)');
    expect(callFailure(() => logisticFitCall([column(1, 'x', 3, 4), column(1, 0, 0, 1)], EN)))
      .toBe("Row 2 of the ranges cannot be read: features: 'x' is not a number");
  });
  it('separation, misaligned ranges and an all-blank input', () => {
    const x = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    const y = column(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    expect(callFailure(() => logisticFitCall([x, y], ZH_CN))).toContain('第 1 列');
    expect(callFailure(() => logisticFitCall([x, column(0, 1)], EN))).toBe('Ranges do not line up: features has 10 rows, outcomes has 2 rows');
    expect(logisticFitCall([column(null, null), column('', null)], EN)).toEqual([['']]);
  });
});

describe('CONVERSION_PROB', () => {
  it('seed 001\'s model: 0.15 with a webinar, 0.05 without, a blank lead blank', () => {
    const cells = cellsOf(conversionProbCall([column(1, 0, null), [[-2.944439, 1.209838]]], EN));
    expect(cells[0] as number).toBeCloseTo(0.15, 6);
    expect(cells[1] as number).toBeCloseTo(0.05, 6);
    expect(cells[2]).toBe('');
  });
  it('R Tutorial\'s 120 hp, 2,800 lbs car: 0.6419 with the published coefficients given as a column', () => {
    expect(cellsOf(conversionProbCall([[[120, 2.8]], column(...PUBLISHED)], EN))[0] as number).toBeCloseTo(0.64193, 5);
  });
  it('coefficients of the wrong count fail the call; a bad feature is that row\'s error', () => {
    expect(callFailure(() => conversionProbCall([[[120, 2.8]], [[18.8663, 0.03626]]], EN)))
      .toBe('coefficients: expected one row of 3 values (intercept | b1 | b2), as LOGISTIC_FIT spills them; got 1 rows x 2 columns');
    const cells = cellsOf(conversionProbCall([[[120, 'heavy'], [120, 2.8]], [PUBLISHED]], EN));
    expect(expectCellError(cells[0], 'value').message).toBe("features: 'heavy' is not a number");
    expect(cells[1] as number).toBeCloseTo(0.64193, 5);
  });
});

describe('C139_SCORE', () => {
  const args = (extra: unknown[] = []) => [0.8, '90%', [[0, 1, 0.5]], [FACTORS], ...extra];
  it('the worked example scores 73.75; with weights {1,1,2,1} 69', () => {
    expect(cellsOf(c139ScoreCall(args(), EN))).toEqual([73.75]);
    expect(cellsOf(c139ScoreCall(args([[[1, 1, 2, 1]]]), EN))).toEqual([69]);
  });
  it('"advice" names the weakest component and role in the user\'s language (seed 001: reach the decision level)', () => {
    expect(cellsOf(c139ScoreCall(args([null, 'advice']), EN))).toEqual(['Key people are the weakest (50%): reach the decision maker']);
    expect(cellsOf(c139ScoreCall(args([null, 'advice']), ZH_CN))).toEqual(['关键人覆盖最弱（50%）：补充接触决策层（决策人）']);
    expect(cellsOf(c139ScoreCall(args([null, 'advice']), ZH_TW))).toEqual(['關鍵人覆蓋最弱（50%）：補充接觸決策層（決策人）']);
  });
  it('advice for the other components: coverage, value fit, a factor, and nothing weak', () => {
    const advice = (coverage: number, value: number, people: unknown[], factors: number[]) =>
      cellsOf(c139ScoreCall([coverage, value, [people], [factors], null, 'advice'], EN))[0];
    expect(advice(0.2, 1, [1, 1, 1], new Array(9).fill(5))).toBe('Coverage is the weakest (20%): reach more of the customer (departments, sites, business units)');
    expect(advice(1, 0.25, [true, true, true], new Array(9).fill(5))).toBe("Value fit is the weakest (25%): sharpen the one value proposition against the customer's need");
    // mean (7 x 5 + 2 + 1) / 9 = 38 / 9, component (38 / 9 - 1) / 4 = 0.8056; factor 6 is the lowest
    expect(advice(1, 1, [1, 1, 1], [5, 5, 5, 2, 5, 1, 5, 5, 5])).toBe('Competitive factors are the weakest (80.6%): work on factor 6 (1 of 5) against the strongest competitor');
    expect(advice(1, 1, [1, 1, 1], new Array(9).fill(5))).toBe('All four components are full: keep the plan and close');
  });
  it('columns of opportunities: one result per row; a factor outside 1-5 and a blank key person are that row\'s errors', () => {
    const cells = cellsOf(c139ScoreCall([column(0.8, 0.8, 0.8, null), column(0.9, 0.9, 0.9, null),
      [[0, 1, 0.5], [0, 1, 0.5], [0, '', 0.5], [null, null, null]],
      [FACTORS, [4, 4, 3, 5, 6, 4, 3, 5, 4], FACTORS, new Array(9).fill(null)]], EN));
    expect(cells[0]).toBe(73.75);
    expect(expectCellError(cells[1], 'value').message).toBe('factors: 6 is outside 1-5');
    expectCellError(cells[2], 'na', 'key_people');
    expect(cells[3]).toBe('');
  });
  it('key people or factors of the wrong width, bad weights and a bad output fail the call', () => {
    expect(callFailure(() => c139ScoreCall([0.8, 0.9, [[0, 1]], [FACTORS]], EN)))
      .toBe('key_people: expected 3 columns per row (decision maker, influencer, user), got 2');
    expect(callFailure(() => c139ScoreCall([0.8, 0.9, [[0, 1, 1]], [[4, 4, 3]]], ZH_CN)))
      .toBe('factors：每行应有 9 列（九个竞争要素，1-5 分），实际为 3 列');
    expect(callFailure(() => c139ScoreCall(args([[[1, 1, 1]]]), EN))).toBe('weights: expected 4 values, got 3');
    expect(callFailure(() => c139ScoreCall(args([[[1, -1, 1, 1]]]), EN))).toBe('weights: -1 is negative');
    expect(callFailure(() => c139ScoreCall(args([[[0, 0, 0, 0]]]), EN))).toBe('weights: the weights sum to zero');
    expect(callFailure(() => c139ScoreCall(args([null, 'grade']), EN))).toBe("output: 'grade' is not one of score, advice");
  });
  it('a coverage of 80 is refused, never rescaled', () => {
    expect(expectCellError(cellsOf(c139ScoreCall([80, 0.9, [[0, 1, 0.5]], [FACTORS]], EN))[0], 'value').message)
      .toBe('coverage: 80 is above 1, write 80% or 0.8');
  });
});

describe('FUNNEL', () => {
  it('seed 003\'s five stages from counts, with targets (by hand): 商机 is the bottleneck', () => {
    expect(funnelCall([[[1000, 600, 300, 90, 27]], NAMES, [[1000, 650, 350, 120, 30]]], ZH_CN)).toEqual([
      ['线索', 1000, '', 1, 0, ''],
      ['触达', 600, 0.6, 0.6, 50, ''],
      ['跟进', 300, 0.5, 0.3, 50, ''],
      ['商机', 90, 0.3, 0.09, 30, '瓶颈'],
      ['赢单', 27, 0.3, 0.027, 3, ''],
    ]);
  });
  it('counts in a column beside a column of names; without targets the earlier of two lowest steps is marked', () => {
    const out = funnelCall([column(1000, 600, 300, 90, 27, ''), column('线索', '触达', '跟进', '商机', '赢单', null)], EN);
    expect(out.map((row) => row[5])).toEqual(['', '', '', 'bottleneck', '']);
    expect(out.map((row) => row[4])).toEqual(['', '', '', '', '']);
  });
  it('a row of counts without names numbers the stages', () => {
    expect(funnelCall([[[10, 5]]], ZH_TW)).toEqual([[1, 10, '', 1, '', ''], [2, 5, 0.5, 0.5, '', '瓶頸']]);
  });
  it('records: each record\'s furthest stage; a blank skipped; an unknown stage is its row\'s error and the rest counted', () => {
    const records = column('线索', '触达', '赢单', '线索', '报价', '跟进', null, '线索', '商机', '触达', '赢单', '线索');
    const out = funnelCall([records, NAMES], EN);
    expect(out.slice(0, 5).map((row) => row[1])).toEqual([10, 6, 4, 3, 2]);
    expect(out.slice(1, 5).map((row) => row[2] as number)).toEqual([0.6, 4 / 6, 0.75, 2 / 3]);
    expect(out.map((row) => row[5])).toEqual(['', 'bottleneck', '', '', '', '']);
    expect(out).toHaveLength(6);
    expect(expectCellError(out[5][0], 'value').message)
      .toBe("stages: row 5 not counted: '报价' is not one of the stage names (线索, 触达, 跟进, 商机, 赢单)");
    expect(out[5].slice(1)).toEqual([1, '', '', '', '']);
  });
  it('several records not counted: the first named and the count, in zh-CN', () => {
    const out = funnelCall([column('线索', '报价', 'x', '#N/A', '赢单'), NAMES], ZH_CN);
    expect(out.slice(0, 5).map((row) => row[1])).toEqual([2, 1, 1, 1, 1]);
    expect(expectCellError(out[5][0], 'value').message).toBe('stages：3 行未计入，第一行是第 2 行：“报价”不是阶段名称之一（线索、触达、跟进、商机、赢单）');
    expect(out[5][1]).toBe(3);
  });
  it('step conversion after a stage nobody reached is an error cell naming that stage', () => {
    const out = funnelCall([[[10, 0, 0]], [['a', 'b', 'c']]], EN);
    expect(out[1][2]).toBe(0);
    expect(expectCellError(out[2][2], 'value').message).toBe("no record reached 'b'");
    expect(out[2][3]).toBe(0);
  });
  it('whole-call errors: a rise, a column of counts without names, names of another count, records without names, rates as targets', () => {
    expect(callFailure(() => funnelCall([[[30, 40, 10]]], EN))).toBe('stages: stage 2 (40) is above the stage before it (30); a funnel counts who reached each stage (for counts now at each stage, add the later stages to each first)');
    expect(callFailure(() => funnelCall([column(3, 2, 1)], EN))).toContain('stages: a column of counts needs stage_names');
    expect(callFailure(() => funnelCall([column(3, 2, 1, 1, 1, 5), NAMES], EN))).toBe("stage_names: 5 names for 6 counts; give one per stage (for each record's stage, write the stages as text)");
    expect(callFailure(() => funnelCall([column('线索', '赢单')], EN))).toContain('stage_names: needed to count records by stage');
    expect(callFailure(() => funnelCall([[[100, 60, 30]], null, [[1, 0.6, 0.3]]], EN))).toBe('targets: 0.6 looks like a rate; targets are how many should reach each stage (e.g. 1000, 650, 350), not conversion rates');
    expect(callFailure(() => funnelCall([[[100, 60]], [['a', 'a ']]], EN))).toBe("stage_names: 'a ' is stage 1 and stage 2; give each stage one name");
    expect(callFailure(() => funnelCall([[[100, 60], [1, 2]]], EN))).toBe("stages: give one column of each record's stage, or one row of counts per stage; got 2 rows x 2 columns");
    expect(callFailure(() => funnelCall([[[100, -6]]], EN))).toBe('stages: -6 is negative');
  });
  it('an all-blank stages range gives a blank cell', () => {
    expect(funnelCall([column(null, '', null), NAMES], EN)).toEqual([['']]);
  });
});

describe('every pipeline message in Chinese', () => {
  it('a row error of each function is Chinese in zh-CN and zh-TW', () => {
    for (const ctx of [ZH_CN, ZH_TW]) {
      const cells = [
        cellsOf(leadScoreCall([[[-1]], [[1]]], ctx))[0],
        cellsOf(c139ScoreCall([0.8, 0.9, [[0, 1, 0.5]], [[4, 4, 3, 5, 9, 4, 3, 5, 4]]], ctx))[0],
        cellsOf(conversionProbCall([[['x']], [[1, 1]]], ctx))[0],
      ];
      expect(cells).toHaveLength(3);
      for (const cell of cells) {
        expect(cell).toBeInstanceOf(CellError);
        expect(hasCjk((cell as CellError).message)).toBe(true);
      }
    }
  });
});
