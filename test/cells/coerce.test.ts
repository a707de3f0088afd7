import { describe, expect, it } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import { isBlank, readDate, readNonNegative, readNumber, readRatio } from '../../src/cells/coerce';
import { dateToSerial, isoToSerial, serialToDate, serialToIso } from '../../src/cells/dates';

const message = (x: unknown) => (x instanceof CellError ? `${x.code}: ${x.message}` : x);

describe('isBlank', () => {
  it.each([[null, true], [undefined, true], ['', true], ['   ', true], [0, false], ['0', false], [false, false]])(
    '%j is blank: %s', (v, blank) => expect(isBlank(v)).toBe(blank));
});

describe('readNumber', () => {
  it.each([
    [42, 42], ['42', 42], [' 1,234.50 ', 1234.5], ['-3', -3], ['1e3', 1000], ['12%', 0.12], [null, null], ['', null],
  ])('%j reads as %j', (v, n) => expect(readNumber(v, 'monetary', 'en')).toBe(n));
  it.each([
    ['abc', "value: monetary: 'abc' is not a number"],
    [true, "value: monetary: 'TRUE' is not a number"],
    ['1,23', "value: monetary: '1,23' uses a decimal comma; write the number with a decimal point (1234.50)"],
    ['1,2345', "value: monetary: '1,2345' is not a number"],
    [NaN, 'value: monetary: NaN is not a finite number'],
    [Infinity, 'value: monetary: Infinity is not a finite number'],
  ])('%j is an error naming the argument and the value', (v, text) => expect(message(readNumber(v, 'monetary', 'en'))).toBe(text));
  it('speaks Chinese when asked', () => {
    expect(message(readNumber('abc', 'monetary', 'zh-CN'))).toBe('value: monetary：“abc”不是数字');
    expect(message(readNumber('abc', 'monetary', 'zh-TW'))).toBe('value: monetary：「abc」不是數字');
  });
});

describe('readNonNegative', () => {
  it('refuses negative counts', () => expect(message(readNonNegative(-3, 'frequency', 'en'))).toBe('value: frequency: -3 is negative'));
  it('keeps zero', () => expect(readNonNegative(0, 'frequency', 'en')).toBe(0));
});

describe('readRatio (SPEC: fractions are fractions)', () => {
  it.each([[0.875, 0.875], ['87.5%', 0.875], ['0.8', 0.8], [0, 0], [1, 1], ['100%', 1]])(
    '%j reads as %s', (v, n) => expect(readRatio(v, 'penetration', 'en')).toBeCloseTo(n as number, 12));
  it('refuses a percent number above 1 and suggests both forms', () => {
    expect(message(readRatio(87.5, 'penetration', 'en'))).toBe('value: penetration: 87.5 is above 1, write 87.5% or 0.875');
  });
  it('refuses a negative ratio and words', () => {
    expect(message(readRatio(-0.1, 'synergy', 'en'))).toBe('value: synergy: -0.1 is below 0');
    expect(message(readRatio('high', 'synergy', 'en'))).toBe("value: synergy: 'high' is not a ratio (write 87.5% or 0.875)");
  });
});

describe('dates', () => {
  it('counts serials from 1899-12-30', () => {
    // 1900-01-01 is serial 2 in Excel's 1900 system as it is used today (day 1 is 1899-12-31)
    expect(isoToSerial('1900-01-01')).toBe(2);
    // 2026-10-01: 126 years of days from 1899-12-30 -> 46296 (Python: (date(2026,10,1) - date(1899,12,30)).days)
    expect(isoToSerial('2026-10-01')).toBe(46296);
    expect(serialToIso(46296)).toBe('2026-10-01');
  });
  it('reads Dates at the wall-clock date they show, and writes local midnight', () => {
    expect(dateToSerial(new Date(2026, 9, 1))).toBe(46296);
    expect(dateToSerial(new Date(2026, 9, 1, 12))).toBe(46296.5);
    const d = serialToDate(46296.75);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 9, 1, 0]);
  });
  it('refuses impossible calendar dates', () => {
    expect(isoToSerial('2026-02-30')).toBeNaN();
    expect(isoToSerial('2026-13-01')).toBeNaN();
    expect(isoToSerial('2026-10-01T25:00')).toBeNaN();
  });
  it('readDate takes serials, Dates and ISO text, and names bad values', () => {
    expect(readDate(46296, 'as_of', 'en')).toBe(46296);
    expect(readDate(new Date(2026, 9, 1), 'as_of', 'en')).toBe(46296);
    expect(readDate('2026-10-01', 'as_of', 'en')).toBe(46296);
    expect(readDate('', 'as_of', 'en')).toBeNull();
    expect(message(readDate('yesterday', 'as_of', 'en')))
      .toBe("value: as_of: 'yesterday' is not a date (use a date cell or text like 2026-10-01)");
    expect(message(readDate(new Date(NaN), 'as_of', 'en')))
      .toBe("value: as_of: 'Invalid Date' is not a date (use a date cell or text like 2026-10-01)");
  });
});
