// Seed 004's 20/80 rule (SPEC.md, ABC_CLASS): ranked largest first, the smallest top set reaching a_share
// (0.8) of the total is A, then up to b_share (0.95) B, the rest C; values <= 0 are C and do not count in
// the total; ties keep list order. Classes: 0 = A, 1 = B, 2 = C.
import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../src/models/abc';

describe('abcClasses', () => {
  it.each([
    // total 100: 50 (running 0) A; 30 (50 < 80) A; 10 (80 reached) B; 5 (90 < 95) B; 5 (95 reached) C
    ['50,30,10,5,5 at 80/95 is A,A,B,B,C', [50, 30, 10, 5, 5], 0.8, 0.95, [0, 0, 1, 1, 2]],
    // total 100: 50 A; 30 (50 < 70) A; 10 (80 >= 70, < 90) B; 5 (90 reached) C; 5 C
    ['50,30,10,5,5 at 70/90 is A,A,B,C,C', [50, 30, 10, 5, 5], 0.7, 0.9, [0, 0, 1, 2, 2]],
    // list order does not matter for the classes: 5,10,50,5,30 ranks as 50,30,10,5,5
    ['unsorted 5,10,50,5,30 is B,B,A,C,A', [5, 10, 50, 5, 30], 0.8, 0.95, [1, 1, 0, 2, 0]],
    // total 100, 80% = 80: 40 + 40 = 80 reaches it, so 20 is not A; 20 (80 < 95) B
    ['a top set exactly at 80% is A, the next is B: 40,40,20 is A,A,B', [40, 40, 20], 0.8, 0.95, [0, 0, 1]],
    ['one customer holds everything: A', [100], 0.8, 0.95, [0]],
    // a = b = 1: the smallest set reaching 100% is every positive customer
    ['shares of 100% make every positive customer A', [50, 30, 20], 1, 1, [0, 0, 0]],
  ])('%s', (_rule, values, a, b, classes) => expect([...abcClasses(values, a, b)]).toEqual(classes));

  it('defaults to a_share 0.8 and b_share 0.95', () => {
    expect([...abcClasses([50, 30, 10, 5, 5])]).toEqual([0, 0, 1, 1, 2]);
  });

  it('ties keep list order: five equal values are A,A,A,A,B (50 total, A until 40)', () => {
    // running totals before each: 0, 10, 20, 30 < 40 -> A; 40 reached, < 47.5 -> B
    expect([...abcClasses([10, 10, 10, 10, 10])]).toEqual([0, 0, 0, 0, 1]);
  });

  it('ties keep list order between equal values scattered in the list: 5,20,5,20,50', () => {
    // ranked 50 (4), 20 (1), 20 (3), 5 (0), 5 (2); total 100: 50 A, 20 (50) A, 20 (70) A,
    // 5 at index 0 (90 < 95) B, 5 at index 2 (95 reached) C: the earlier 5 wins the better class
    expect([...abcClasses([5, 20, 5, 20, 50])]).toEqual([1, 0, 2, 0, 0]);
  });

  it('values <= 0 are C and do not count in the total', () => {
    // positive total 100 as in the seed example; counting -10 would make it 90 and move the edges
    // (80% of 90 = 72: 10 would then be B at 80 and the first 5 C at 90 >= 85.5)
    expect([...abcClasses([-10, 0, 50, 30, 10, 5, 5])]).toEqual([2, 2, 0, 0, 1, 1, 2]);
  });

  it('NaN (a blank or bad row) is C and does not count', () => {
    expect([...abcClasses([NaN, 50, 30, 10, 5, 5])]).toEqual([2, 0, 0, 1, 1, 2]);
  });

  it('a list with nothing positive is all C', () => {
    expect([...abcClasses([0, -5, 0])]).toEqual([2, 2, 2]);
  });

  it.each([
    // total 6.0, 80% = 4.8; 2.9 + 1.9 = 4.8 reaches it exactly, so A is {2.9, 1.9};
    // 1.2: running 4.8 < 95% = 5.7 -> B
    ['2.9, 1.9, 1.2 is A,A,B (2.9 + 1.9 is exactly 80% of 6)', [2.9, 1.9, 1.2], [0, 0, 1]],
    // total 32.0, 80% = 25.6 = 9.9 + 8.5 + 7.2; 6.4: running 25.6 < 30.4 -> B
    ['9.9, 8.5, 7.2, 6.4 is A,A,A,B (9.9 + 8.5 + 7.2 is exactly 80% of 32)', [9.9, 8.5, 7.2, 6.4], [0, 0, 0, 1]],
  ])('a top set whose decimal amounts reach exactly 80% is A, float noise aside: %s', (_rule, values, classes) => {
    expect([...abcClasses(values)]).toEqual(classes);
  });
});
