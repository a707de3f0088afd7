// Customer types from R, F, M scores (SPEC.md, RFM_SEGMENT): value8 (seed 003), five (seed 002), rfm11.
import { describe, expect, it } from 'vitest';
import { SEGMENTERS, fiveSegment, rfm11Segment, value8Segment } from '../../src/models/segments';

describe('value8Segment', () => {
  // SPEC's table, every row: R, F, M high (H) or low (L), zh-CN label, en label.
  const TABLE: [string, string, string, string, string][] = [
    ['H', 'H', 'H', '重要价值客户', 'Important value'],
    ['H', 'L', 'H', '重要发展客户', 'Important development'],
    ['L', 'H', 'H', '重要保持客户', 'Important retention'],
    ['L', 'L', 'H', '重要挽留客户', 'Important win-back'],
    ['H', 'H', 'L', '一般价值客户', 'General value'],
    ['H', 'L', 'L', '一般发展客户', 'General development'],
    ['L', 'H', 'L', '一般保持客户', 'General retention'],
    ['L', 'L', 'L', '一般挽留客户', 'General win-back'],
  ];

  it.each(TABLE)('R %s, F %s, M %s at the extremes (H = 5, L = 1) is %s / %s', (r, f, m, zh, en) => {
    const score = (level: string) => (level === 'H' ? 5 : 1);
    const labels = value8Segment(score(r), score(f), score(m));
    expect(labels.en).toBe(en);
    expect(labels['zh-CN']).toBe(zh);
  });

  it.each(TABLE)('R %s, F %s, M %s at the edge (High is >= 3: H = 3, L = 2) is %s / %s', (r, f, m, zh, en) => {
    const score = (level: string) => (level === 'H' ? 3 : 2);
    const labels = value8Segment(score(r), score(f), score(m));
    expect(labels.en).toBe(en);
    expect(labels['zh-CN']).toBe(zh);
  });

  it('gives a Traditional Chinese label too (重要价值客户 in traditional script is 重要價值客戶)', () => {
    expect(value8Segment(5, 5, 5)['zh-TW']).toBe('重要價值客戶');
  });
});

describe('fiveSegment', () => {
  // Seed 002: High = 4-5, Medium = 3, Low = 1-2. Patterns in list order:
  // High value HHH, Potential HMM, New HLL, Churn risk LMM, Low value LLL.
  it.each([
    ['High value is H,H,H (5,5,5)', 5, 5, 5, 'High value', '高价值客户'],
    ['High value is H,H,H (4,4,4: 4 is already high)', 4, 4, 4, 'High value', '高价值客户'],
    ['Potential is H,M,M (5,3,3)', 5, 3, 3, 'Potential', '潜力客户'],
    ['New is H,L,L (5,1,1)', 5, 1, 1, 'New', '新增客户'],
    ['New is H,L,L (4,2,2: 2 is still low)', 4, 2, 2, 'New', '新增客户'],
    ['Churn risk is L,M,M (1,3,3)', 1, 3, 3, 'Churn risk', '流失风险客户'],
    ['Churn risk is L,M,M (2,3,3)', 2, 3, 3, 'Churn risk', '流失风险客户'],
    ['Low value is L,L,L (1,1,1)', 1, 1, 1, 'Low value', '低价值客户'],
    ['Low value is L,L,L (2,2,2)', 2, 2, 2, 'Low value', '低价值客户'],
  ])('%s', (_rule, r, f, m, en, zh) => {
    const labels = fiveSegment(r, f, m);
    expect(labels.en).toBe(en);
    expect(labels['zh-CN']).toBe(zh);
  });

  // Other combinations take the nearest pattern (sum of level differences, H = 2, M = 1, L = 0); ties go to
  // the earlier class. Distances listed as HV / P / N / CR / LV.
  it.each([
    // levels 1,1,1: 3 / 1 / 3 / 1 / 3 -> Potential and Churn risk tie at 1, Potential is earlier
    ['3,3,3: Potential ties Churn risk at 1, the earlier wins', 3, 3, 3, 'Potential'],
    // levels 2,2,0: 2 / 2 / 2 / 4 / 4 -> three-way tie at 2, High value is first
    ['5,5,1: High value, Potential and New tie at 2, High value wins', 5, 5, 1, 'High value'],
    // levels 0,0,2: 4 / 4 / 4 / 2 / 2 -> Churn risk ahead of Low value
    ['1,1,5: Churn risk ties Low value at 2, the earlier wins', 1, 1, 5, 'Churn risk'],
    // levels 1,0,0: 5 / 3 / 1 / 3 / 1 -> New ahead of Low value
    ['3,1,1: New ties Low value at 1, the earlier wins', 3, 1, 1, 'New'],
    // levels 0,2,2: 2 / 4 / 6 / 2 / 4 -> High value ahead of Churn risk
    ['1,5,5: High value ties Churn risk at 2, the earlier wins', 1, 5, 5, 'High value'],
    // levels 2,2,1: 1 / 1 / 3 / 3 / 5
    ['4,4,3: High value ties Potential at 1', 4, 4, 3, 'High value'],
    // levels 1,2,2: 1 / 3 / 5 / 3 / 5 -> a unique nearest
    ['3,5,5: High value is nearest alone (1)', 3, 5, 5, 'High value'],
    // levels 0,1,0: 5 / 3 / 3 / 1 / 1
    ['2,3,1: Churn risk ties Low value at 1', 2, 3, 1, 'Churn risk'],
    // levels 1,1,0: 4 / 2 / 2 / 2 / 2 -> four-way tie, Potential is the earliest of them
    ['3,3,1: four classes tie at 2, Potential is the earliest', 3, 3, 1, 'Potential'],
    // levels 2,0,1: 3 / 1 / 1 / 5 / 3
    ['5,1,3: Potential ties New at 1', 5, 1, 3, 'Potential'],
  ])('nearest pattern: %s', (_rule, r, f, m, en) => expect(fiveSegment(r, f, m).en).toBe(en));
});

describe('rfm11Segment', () => {
  // The widely used R x F segmentation map (Putler's map; the regex table reused in many notebooks:
  // [1-2][1-2] Hibernating, [1-2][3-4] At Risk, [1-2]5 Can't Loose, 3[1-2] About to Sleep, 33 Need
  // Attention, [3-4][4-5] Loyal, 41 Promising, 51 New, [4-5][2-3] Potential Loyalists, 5[4-5] Champions),
  // with R = 1, F 1-2 split out as Lost (README, "The eleven-segment scheme").
  it.each([
    [5, 5, 'Champions'], [5, 4, 'Champions'],
    [4, 5, 'Loyal'], [4, 4, 'Loyal'], [3, 4, 'Loyal'], [3, 5, 'Loyal'],
    [5, 2, 'Potential loyalist'], [5, 3, 'Potential loyalist'], [4, 2, 'Potential loyalist'], [4, 3, 'Potential loyalist'],
    [5, 1, 'New customers'],
    [4, 1, 'Promising'],
    [3, 3, 'Need attention'],
    [3, 1, 'About to sleep'], [3, 2, 'About to sleep'],
    [2, 3, 'At risk'], [2, 4, 'At risk'], [1, 3, 'At risk'], [1, 4, 'At risk'],
    [2, 5, "Can't lose them"], [1, 5, "Can't lose them"],
    [2, 1, 'Hibernating'], [2, 2, 'Hibernating'],
    [1, 1, 'Lost'], [1, 2, 'Lost'],
  ])('R %i, F %i is %s', (r, f, en) => {
    for (const m of [1, 3, 5]) expect(rfm11Segment(r, f, m).en).toBe(en);
  });

  it('monetary does not move a customer: 5,5,1 and 5,5,5 are both Champions', () => {
    expect(rfm11Segment(5, 5, 1)).toBe(rfm11Segment(5, 5, 5));
  });

  it('covers all 25 R x F cells with eleven distinct segments, each labelled in three languages', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        const labels = rfm11Segment(r, f, 3);
        for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) expect(labels[lang]).toMatch(/\S/);
        seen.add(labels.en);
      }
    }
    expect(seen.size).toBe(11);
  });
});

describe('SEGMENTERS', () => {
  it('maps each scheme name to its function', () => {
    expect(SEGMENTERS.value8(5, 1, 5).en).toBe('Important development');
    expect(SEGMENTERS.five(5, 3, 3).en).toBe('Potential');
    expect(SEGMENTERS.rfm11(5, 5, 5).en).toBe('Champions');
  });
});

describe('fiveSegment, more rows', () => {
  it.each([
    [4, 3, 3, 'Potential'], [5, 1, 2, 'New'], [1, 2, 1, 'Low value'],
  ])('the pattern itself: %s %s %s is %s', (r, f, m, en) => expect(fiveSegment(r, f, m).en).toBe(en));
  it('takes the nearest pattern otherwise', () => {
    // levels (0,2,2): High value |2|+0+0 = 2, Potential 2+1+1 = 4, New 2+2+2 = 6, Churn risk 0+1+1 = 2, Low 4
    // -> High value and Churn risk tie at 2; High value comes first
    expect(fiveSegment(1, 5, 5).en).toBe('High value');
    // levels (1,1,1): HV 3, Potential 1, New 3, Churn risk 1, Low 3 -> Potential (first of the 1s)
    expect(fiveSegment(3, 3, 3).en).toBe('Potential');
    // levels (0,0,1): HV 5, Pot 3, New 3, Churn 1, Low 1 -> Churn risk (first of the 1s)
    expect(fiveSegment(1, 1, 3).en).toBe('Churn risk');
  });
});

describe('rfm11Segment, with the lowest M', () => {
  it('covers all 25 R x F cells with one of eleven segments', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) seen.add(rfm11Segment(r, f, 1).en);
    expect(seen.size).toBe(11);
  });
});
