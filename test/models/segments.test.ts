import { describe, expect, it } from 'vitest';
import { fiveSegment, rfm11Segment, value8Segment } from '../../src/models/segments';

describe('value8 (seed 003: High when the score is 3 or more)', () => {
  // SPEC.md's table, row by row, with R/F/M high = 5 and low = 1, and the edge scores 3 (high) / 2 (low)
  it.each([
    [5, 5, 5, '重要价值客户', 'Important value'],
    [5, 1, 5, '重要发展客户', 'Important development'],
    [1, 5, 5, '重要保持客户', 'Important retention'],
    [1, 1, 5, '重要挽留客户', 'Important win-back'],
    [5, 5, 1, '一般价值客户', 'General value'],
    [5, 1, 1, '一般发展客户', 'General development'],
    [1, 5, 1, '一般保持客户', 'General retention'],
    [1, 1, 1, '一般挽留客户', 'General win-back'],
    [3, 3, 3, '重要价值客户', 'Important value'],
    [2, 2, 2, '一般挽留客户', 'General win-back'],
  ])('R %s F %s M %s is %s', (r, f, m, zh, en) => {
    expect(value8Segment(r, f, m)['zh-CN']).toBe(zh);
    expect(value8Segment(r, f, m).en).toBe(en);
  });
  it('has Traditional Chinese labels', () => expect(value8Segment(5, 5, 5)['zh-TW']).toBe('重要價值客戶'));
});

describe('five (seed 002: High 4-5, Medium 3, Low 1-2; nearest pattern, ties to the earlier class)', () => {
  it.each([
    [5, 5, 5, 'High value'], [4, 3, 3, 'Potential'], [5, 1, 2, 'New'], [2, 3, 3, 'Churn risk'], [1, 2, 1, 'Low value'],
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
  it('labels in Chinese', () => expect(fiveSegment(5, 5, 5)['zh-CN']).toBe('高价值客户'));
});

describe('rfm11 (the R x F segmentation grid)', () => {
  it.each([
    [5, 5, 'Champions'], [5, 4, 'Champions'], [4, 4, 'Loyal'], [3, 5, 'Loyal'], [5, 2, 'Potential loyalist'],
    [5, 1, 'New customers'], [4, 1, 'Promising'], [3, 3, 'Need attention'], [3, 2, 'About to sleep'],
    [2, 3, 'At risk'], [1, 5, "Can't lose them"], [2, 2, 'Hibernating'], [1, 1, 'Lost'],
  ])('R %s F %s is %s', (r, f, en) => expect(rfm11Segment(r, f, 3).en).toBe(en));
  it('covers all 25 R x F cells with one of eleven segments', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) seen.add(rfm11Segment(r, f, 1).en);
    expect(seen.size).toBe(11);
  });
});
