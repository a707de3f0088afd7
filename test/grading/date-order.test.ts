import { describe, expect, it } from 'vitest';
import { columnDateOrder } from '../../src/grading/date-order';

describe('columnDateOrder: one order for a whole column', () => {
  it.each([
    ['a day above 12 decides day first', ['10/1/2026', '13/1/2026'], undefined, 'dmy'],
    ['a day above 12 in second place decides month first', ['10/1/2026', '1/13/2026'], 'dmy', 'mdy'],
    ['the column beats the locale', ['10/1/2026', '13/1/2026'], 'mdy', 'dmy'],
    ['only ambiguous dates: the locale decides', ['10/1/2026', '5/6/2026'], 'mdy', 'mdy'],
    ['only ambiguous dates and no locale order: ask', ['10/1/2026'], undefined, 'ask'],
    ['contradicting dates: ask', ['13/1/2026', '1/13/2026'], undefined, 'ask'],
    ['no year-last text: nothing to decide', ['2026-10-01', 46296, null, { v: 46296, style: 'date' }], undefined, undefined],
    ['dates that read the same both ways decide nothing', ['10/10/2026'], undefined, undefined],
  ] as const)('%s', (_rule, cells, locale, order) => expect(columnDateOrder(cells, locale)).toBe(order));
});
