// Opportunities and the funnel (docs/pipeline.md): seed 001's C139 score and its weakest component, seed
// 003's funnel counts, conversions, gaps and bottleneck. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { c139Components, c139Score, c139Weakest } from '../../src/models/c139';
import { funnelCounts, funnelSteps } from '../../src/models/funnel';

const EXAMPLE = { coverage: 0.8, valueFit: 0.9, keyPeople: [0, 1, 0.5], factors: [4, 4, 3, 5, 4, 4, 3, 5, 4] };

describe('C139', () => {
  it('components: coverage 0.8, value fit 0.9, key people mean (0 + 1 + 0.5) / 3 = 0.5, factors (mean 4 - 1) / 4 = 0.75', () => {
    expect(c139Components(EXAMPLE)).toEqual([0.8, 0.9, 0.5, 0.75]);
  });
  it('factors all 1 are 0, all 3 (on par) 0.5, all 5 are 1', () => {
    for (const [score, component] of [[1, 0], [3, 0.5], [5, 1]]) {
      expect(c139Components({ ...EXAMPLE, factors: new Array(9).fill(score) })[3]).toBe(component);
    }
  });
  it('score with equal weights: 100 x (0.8 + 0.9 + 0.5 + 0.75) / 4 = 73.75', () => {
    expect(c139Score(c139Components(EXAMPLE))).toBe(73.75);
  });
  it('weights {1,1,2,1}: 100 x (0.8 + 0.9 + 1.0 + 0.75) / 5 = 69; weights summing to 100 give the same', () => {
    expect(c139Score([0.8, 0.9, 0.5, 0.75], [1, 1, 2, 1])).toBe(69);
    expect(c139Score([0.8, 0.9, 0.5, 0.75], [20, 20, 40, 20])).toBe(69);
  });
  it('the weakest loses the most points (C 5, 1 2.5, 3 12.5, 9 6.25): key people, the decision maker unreached', () => {
    expect(c139Weakest(EXAMPLE)).toEqual({ component: 'keyPeople', value: 0.5, role: 'decisionMaker' });
  });
  it('for key people the first lowest role: influencer 0.2, user 0.2 names the influencer', () => {
    expect(c139Weakest({ ...EXAMPLE, keyPeople: [1, 0.2, 0.2] })).toMatchObject({ component: 'keyPeople', role: 'influencer' });
  });
  it('weights move the weakest: key people weighted 0 leave the factors (6.25 points) weakest, factor 3 the first lowest (3 of 5)', () => {
    expect(c139Weakest(EXAMPLE, [1, 1, 0, 1])).toEqual({ component: 'factors', value: 0.75, factor: 3, score: 3 });
  });
  it('ties go to the earlier of C, 1, 3, 9: coverage and value fit both 0.5 name coverage', () => {
    expect(c139Weakest({ coverage: 0.5, valueFit: 0.5, keyPeople: [1, 1, 1], factors: new Array(9).fill(5) }))
      .toEqual({ component: 'coverage', value: 0.5 });
  });
  it('an opportunity that loses no point has no weakest component', () => {
    expect(c139Weakest({ coverage: 1, valueFit: 1, keyPeople: [1, 1, 1], factors: new Array(9).fill(5) })).toBeUndefined();
  });
});

describe('funnelCounts', () => {
  it('counts every record at its stage and every stage before: furthest 线索x4, 触达x2, 跟进, 商机, 赢单x2 reach 10, 6, 4, 3, 2', () => {
    expect(funnelCounts([0, 1, 4, 0, 2, 0, 3, 1, 4, 0], 5)).toEqual([10, 6, 4, 3, 2]);
  });
  it('leaves out records not counted (-1)', () => {
    expect(funnelCounts([0, -1, 1, -1], 2)).toEqual([2, 1]);
  });
});

describe('funnelSteps', () => {
  const counts = [1000, 600, 300, 90, 27];
  const targets = [1000, 650, 350, 120, 30];

  it('seed 003\'s five stages with targets (by hand): steps, conversions from the first, gaps', () => {
    const { stages } = funnelSteps(counts, targets);
    expect(stages.map((s) => s.count)).toEqual(counts);
    expect(stages[0].step).toBeNaN();
    expect(stages.slice(1).map((s) => s.step)).toEqual([0.6, 0.5, 0.3, 0.3]);
    expect(stages.map((s) => s.fromFirst)).toEqual([1, 0.6, 0.3, 0.09, 0.027]);
    expect(stages.map((s) => s.gap)).toEqual([0, 50, 50, 30, 3]);
  });
  it('the bottleneck against targets: step / target step 0.923, 0.929, 0.875, 1.2: stage 4 (商机)', () => {
    expect(funnelSteps(counts, targets).bottleneck).toBe(3);
  });
  it('without targets the lowest step, 0.3, is shared by 商机 and 赢单: the earlier is the bottleneck', () => {
    const { bottleneck, stages } = funnelSteps(counts);
    expect(bottleneck).toBe(3);
    for (const s of stages) expect(s.gap).toBeNaN();
  });
  it('no bottleneck when every step meets its target, or without targets converts everyone', () => {
    expect(funnelSteps([100, 80, 40], [100, 80, 40]).bottleneck).toBe(-1);
    expect(funnelSteps([50, 50, 50]).bottleneck).toBe(-1);
  });
  it('steps after a stage of 0 and targets that are blank or 0 are left out of the bottleneck', () => {
    // 10 -> 0 (step 0) -> 0 (no step): the bottleneck is stage 2
    const zero = funnelSteps([10, 0, 0]);
    expect(zero.bottleneck).toBe(1);
    expect(zero.stages[2].step).toBeNaN();
    // Stage 2 has no target, so neither step has both of its targets: none is compared.
    expect(funnelSteps([100, 20, 10], [100, NaN, 50]).bottleneck).toBe(-1);
    expect(funnelSteps([100, 20, 10], [100, NaN, 50]).stages[1].gap).toBeNaN();
  });
});
