// Seed 002's composite grade (SPEC.md, COMPOSITE_GRADE): score = sum(w x s) / sum(w), then >= 90
// Strategic, 70-89.99 Core, 50-69.99 Potential, below 50 Basic. The call's options and errors are in
// calls.test.ts.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CUTOFFS, DEFAULT_GRADE_LABELS, DEFAULT_WEIGHTS, compositeScore, gradeIndex,
} from '../../src/models/composite';

describe('compositeScore', () => {
  it.each([
    // 0.4 x 90 + 0.3 x 80 + 0.2 x 70 + 0.1 x 60 = 36 + 24 + 14 + 6 = 80
    ['default weights 0.4/0.3/0.2/0.1: 90,80,70,60 scores 80', [90, 80, 70, 60], undefined, 80],
    // 38 + 27 + 18 + 8 = 91
    ['default weights: 95,90,90,80 scores 91', [95, 90, 90, 80], undefined, 91],
    // (3600 + 2400 + 1400 + 600) / 100 = 80
    ['weights summing to 100 score the same as summing to 1: 80', [90, 80, 70, 60], [40, 30, 20, 10], 80],
    // (90 + 80 + 70 + 60) / 4 = 75
    ['equal weights are the plain mean: 75', [90, 80, 70, 60], [1, 1, 1, 1], 75],
    // (2 x 90 + 0 x 10) / 2 = 90
    ['a zero weight ignores its dimension', [90, 10], [2, 0], 90],
    // 40 + 27 + 16 + 7 = 90 exactly: float noise must not pull it under the cutoff
    ['a mixed row worth exactly 90 scores 90 (100,90,80,70)', [100, 90, 80, 70], undefined, 90],
    // 32 + 18 + 14 + 6 = 70
    ['a mixed row worth exactly 70 scores 70 (80,60,70,60)', [80, 60, 70, 60], undefined, 70],
    // 16 + 18 + 10 + 6 = 50
    ['a mixed row worth exactly 50 scores 50 (40,60,50,60)', [40, 60, 50, 60], undefined, 50],
  ])('%s', (_rule, scores, weights, score) => expect(compositeScore(scores, weights)).toBeCloseTo(score, 9));

  it('a row worth exactly a cutoff lands on it, not a hair below (90, 70, 50 grade 0, 1, 2)', () => {
    expect(gradeIndex(compositeScore([100, 90, 80, 70]))).toBe(0);
    expect(gradeIndex(compositeScore([80, 60, 70, 60]))).toBe(1);
    expect(gradeIndex(compositeScore([40, 60, 50, 60]))).toBe(2);
  });

  it('weights 0.1/0.2/0.3/0.4 on 95,67,49,31 score exactly 50, Potential (float noise must not make it Basic)', () => {
    // 9.5 + 13.4 + 14.7 + 12.4 = 50.0 over weights summing to 1.0
    expect(compositeScore([95, 67, 49, 31], [0.1, 0.2, 0.3, 0.4])).toBeCloseTo(50, 9);
    expect(gradeIndex(compositeScore([95, 67, 49, 31], [0.1, 0.2, 0.3, 0.4]))).toBe(2);
  });

  it.each([[90], [89.99], [70], [69.99], [50], [49.99], [0], [100]])(
    'four equal scores of %s score exactly that under the default and the 100-sum weights', (x) => {
      expect(compositeScore([x, x, x, x])).toBeCloseTo(x, 9);
      expect(compositeScore([x, x, x, x], [40, 30, 20, 10])).toBeCloseTo(x, 9);
    });
});

describe('gradeIndex', () => {
  it.each([
    ['100 is Strategic', 100, 0],
    ['cutoff: 90 is Strategic', 90, 0],
    ['cutoff: 89.99 is Core', 89.99, 1],
    ['cutoff: 70 is Core', 70, 1],
    ['cutoff: 69.99 is Potential', 69.99, 2],
    ['cutoff: 50 is Potential', 50, 2],
    ['cutoff: 49.99 is Basic', 49.99, 3],
    ['0 is Basic', 0, 3],
  ])('%s', (_rule, score, index) => {
    expect(gradeIndex(score)).toBe(index);
    expect(gradeIndex(score, [90, 70, 50])).toBe(index);
  });

  it('custom cutoffs 80, 60 make three grades', () => {
    expect([95, 80, 79.9, 60, 59.9].map((s) => gradeIndex(s, [80, 60]))).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('composite defaults', () => {
  it('are the seed 002 weights, cutoffs and labels (SPEC)', () => {
    expect(DEFAULT_WEIGHTS).toEqual([0.4, 0.3, 0.2, 0.1]);
    expect(DEFAULT_CUTOFFS).toEqual([90, 70, 50]);
    expect(DEFAULT_GRADE_LABELS.en).toEqual(['Strategic', 'Core', 'Potential', 'Basic']);
    expect(DEFAULT_GRADE_LABELS['zh-CN']).toEqual(['战略级', '核心级', '潜力级', '基础级']);
    expect(DEFAULT_GRADE_LABELS['zh-TW']).toHaveLength(4);
  });
});
