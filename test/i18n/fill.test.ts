import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/i18n/fill';

describe('fillPlaceholders', () => {
  it('fills every placeholder it has a value for, numbers as written, and keeps the others visible', () => {
    expect(fillPlaceholders('{n} customers in {segment}', { n: 3, segment: '重要价值' })).toBe('3 customers in 重要价值');
    expect(fillPlaceholders('{n} customers in {segment}', { n: 0 })).toBe('0 customers in {segment}');
    expect(fillPlaceholders('no placeholder')).toBe('no placeholder');
    expect(fillPlaceholders('{a}{a}', { a: 'x' })).toBe('xx');
  });
});
