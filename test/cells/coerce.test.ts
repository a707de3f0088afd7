// Coercion of host cells (SPEC.md, "Conventions"): numbers, ratios ("Fractions are fractions"), dates,
// blanks, and errors that name the argument and the value.
import { describe, expect, it } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import { dateToSerial, isoToSerial, serialToDate, serialToIso } from '../../src/cells/dates';
import {
  isBlank, parseNumberText, readDate, readNonNegative, readNumber, readRatio, showValue,
} from '../../src/cells/coerce';
import { expectCellError, hasCjk } from '../support/call-cells';

describe('isBlank', () => {
  // SPEC: an omitted argument is Excel's null, Sheets' undefined or '' (and a cell of spaces is empty).
  it.each([
    ['Excel null is blank', null, true],
    ['Sheets undefined is blank', undefined, true],
    ['Sheets empty string is blank', '', true],
    ['whitespace-only text is blank', '  ', true],
    ['a tab and newline are blank', '\t\n', true],
    ['0 is not blank', 0, false],
    ['the text 0 is not blank', '0', false],
    ['FALSE is not blank', false, false],
    ['NaN is not blank (it is a bad number)', NaN, false],
  ])('%s', (_rule, value, blank) => expect(isBlank(value)).toBe(blank));
});

describe('parseNumberText', () => {
  it.each([
    ['SPEC: "87.5%" is 0.875', '87.5%', 0.875],
    ['"100%" is 1', '100%', 1],
    ['a space before the percent sign: "87.5 %"', '87.5 %', 0.875],
    ['thousands separators: "1,234.5"', '1,234.5', 1234.5],
    ['surrounding spaces: " 42 "', ' 42 ', 42],
    ['a sign: "-3"', '-3', -3],
    ['an exponent: "1e6"', '1e6', 1_000_000],
    ['a leading point: ".5"', '.5', 0.5],
  ])('%s', (_rule, text, n) => expect(parseNumberText(text)).toBeCloseTo(n, 12));

  it.each([
    ['words', 'abc'],
    ['a misplaced separator "1,23"', '1,23'],
    ['a bare percent sign', '%'],
    ['an empty text', ''],
    ['a currency word', '100 dollars'],
    ['two numbers', '1 2'],
  ])('%s is not a number (NaN)', (_rule, text) => expect(parseNumberText(text)).toBeNaN());
});

describe('readNumber', () => {
  it.each([
    ['a number is itself', 42, 42],
    ['a negative number is itself (monetary may be negative)', -5, -5],
    ['number text is parsed', ' 1,200 ', 1200],
    ['percent text is a fraction', '87.5%', 0.875],
    ['null is blank', null, null],
    ['undefined is blank', undefined, null],
    ["'' is blank", '', null],
    ["'  ' is blank", '  ', null],
  ])('%s', (_rule, value, read) => expect(readNumber(value, 'monetary', 'en')).toBe(read));

  it("SPEC: 'abc' is the error \"monetary: 'abc' is not a number\"", () => {
    const e = expectCellError(readNumber('abc', 'monetary', 'en'), 'value');
    expect(e.message).toBe("monetary: 'abc' is not a number");
  });

  it.each([
    ['TRUE', true, 'TRUE'],
    ['FALSE', false, 'FALSE'],
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['a Date', new Date(2026, 9, 1), '2026-10-01'],
    ['an object', { x: 1 }, 'monetary'],
  ])('%s is not a number: a #VALUE! naming the argument and the value', (_name, value, shown) => {
    expectCellError(readNumber(value, 'monetary', 'en'), 'value', 'monetary', shown);
  });

  it('names the argument it was given, not a fixed one', () => {
    expectCellError(readNumber('x', 'frequency', 'en'), 'value', 'frequency', "'x'");
  });
});

describe('readNonNegative', () => {
  it.each([
    ['0 is allowed', 0, 0],
    ['a positive number is itself', 12.5, 12.5],
    ['number text is parsed', '7', 7],
    ['blank is blank', null, null],
  ])('%s', (_rule, value, read) => expect(readNonNegative(value, 'frequency', 'en')).toBe(read));

  it.each([
    ['-3', -3, '-3'],
    ["the text '-3'", '-3', '-3'],
  ])('%s is negative: a #VALUE! naming the argument and the value', (_name, value, shown) => {
    expectCellError(readNonNegative(value, 'frequency', 'en'), 'value', 'frequency', shown, 'negative');
  });

  it.each([
    ['Infinity', Infinity],
    ['NaN', NaN],
    ['-Infinity', -Infinity],
    ['TRUE', true],
  ])('%s is an error, not a count', (_name, value) => {
    expectCellError(readNonNegative(value, 'frequency', 'en'), 'value', 'frequency');
  });
});

describe('readRatio', () => {
  it.each([
    ['a fraction is itself: 0.875', 0.875, 0.875],
    ['SPEC: the text "87.5%" is 0.875', '87.5%', 0.875],
    ['the edges 0 and 1 are ratios: 0', 0, 0],
    ['the edges 0 and 1 are ratios: 1', 1, 1],
    ['"100%" is 1', '100%', 1],
    ['the text "0.8" is 0.8', '0.8', 0.8],
    ['blank is blank', '', null],
  ])('%s', (_rule, value, read) => expect(readRatio(value, 'penetration', 'en')).toBe(read));

  it('SPEC: 87.5 is above 1 and never rescaled: "penetration: 87.5 is above 1, write 87.5% or 0.875"', () => {
    const e = expectCellError(readRatio(87.5, 'penetration', 'en'), 'value');
    expect(e.message).toBe('penetration: 87.5 is above 1, write 87.5% or 0.875');
  });

  it.each([
    // The fraction the message suggests is value / 100 written as a person writes it:
    // 85 -> 0.85, 12.3 -> 0.123, 33.3 -> 0.333, 1.1 -> 0.011 (not binary float noise like 0.12300000000000001)
    ['85', 85, 'margin: 85 is above 1, write 85% or 0.85'],
    ['12.3', 12.3, 'margin: 12.3 is above 1, write 12.3% or 0.123'],
    ['33.3', 33.3, 'margin: 33.3 is above 1, write 33.3% or 0.333'],
    ['1.1', 1.1, 'margin: 1.1 is above 1, write 1.1% or 0.011'],
  ])('above 1: %s suggests the percent and the fraction a user would type', (_name, value, message) => {
    expect(expectCellError(readRatio(value, 'margin', 'en'), 'value').message).toBe(message);
  });

  it('a ratio below 0 is an error naming the argument and the value', () => {
    expectCellError(readRatio(-0.1, 'synergy', 'en'), 'value', 'synergy', '-0.1');
  });

  it('text that is not a number is an error naming the argument and the text', () => {
    expectCellError(readRatio('lots', 'synergy', 'en'), 'value', 'synergy', 'lots');
  });

  it('TRUE is not a ratio', () => {
    expectCellError(readRatio(true, 'synergy', 'en'), 'value', 'synergy', 'TRUE');
  });

  it('the above-1 message exists in Simplified and Traditional Chinese, still naming 87.5% and 0.875', () => {
    const cn = expectCellError(readRatio(87.5, 'penetration', 'zh-CN'), 'value', 'penetration', '87.5%', '0.875');
    const tw = expectCellError(readRatio(87.5, 'penetration', 'zh-TW'), 'value', 'penetration', '87.5%', '0.875');
    expect(hasCjk(cn.message)).toBe(true);
    expect(hasCjk(tw.message)).toBe(true);
    expect(cn.message).not.toBe(tw.message);
  });
});

describe('readDate', () => {
  // Serial days since 1899-12-30: 2025-01-01 is 45658 (+ 365 -> 2026-01-01 is 46023); Jan..Sep 2026 hold
  // 31+28+31+30+31+30+31+31+30 = 273 days, so 2026-10-01 is 46023 + 273 = 46296.
  it.each([
    ['ISO text 2026-10-01 is serial 46296', '2026-10-01', 46296],
    ['ISO text with spaces around', ' 2026-10-01 ', 46296],
    ['an Excel serial is itself', 46296, 46296],
    ['a serial with a time of day keeps it', 46296.25, 46296.25],
    ['a local-midnight Date (Sheets) is its wall-clock day', new Date(2026, 9, 1), 46296],
    ['a leap day: 2024-02-29 is 45292 + 31 + 28 = 45351', '2024-02-29', 45351],
    ['blank is blank', null, null],
    ["'' is blank", '', null],
  ])('%s', (_rule, value, serial) => expect(readDate(value, 'as_of', 'en')).toBe(serial));

  it.each([
    ['February 30th does not exist', '2026-02-30', '2026-02-30'],
    ['2023 is not a leap year', '2023-02-29', '2023-02-29'],
    ['month 13', '2026-13-01', '2026-13-01'],
    ['words', 'yesterday', 'yesterday'],
    ['a US-style date is not ISO', '10/01/2026', '10/01/2026'],
    ['a negative serial', -1, '-1'],
    ['NaN', NaN, 'NaN'],
    ['an invalid Date', new Date('nonsense'), 'Invalid Date'],
    ['TRUE', true, 'TRUE'],
  ])('%s is a #VALUE! naming the argument and the value', (_rule, value, shown) => {
    const e = readDate(value, 'as_of', 'en');
    expect(e).toBeInstanceOf(CellError);
    expectCellError(e, 'value', 'as_of', shown);
  });
});

describe('showValue', () => {
  it.each([
    ['text as typed', 'abc', 'abc'],
    ['booleans as TRUE/FALSE', true, 'TRUE'],
    ['numbers as numbers', 87.5, '87.5'],
    ['dates as ISO text', new Date(2026, 9, 1), '2026-10-01'],
  ])('%s', (_rule, value, shown) => expect(showValue(value)).toBe(shown));

  it('shortens long text so a message stays readable', () => {
    const long = 'x'.repeat(200);
    expect(showValue(long).length).toBeLessThan(60);
  });
});

const message = (x: unknown) => (x instanceof CellError ? `${x.code}: ${x.message}` : x);

describe('isBlank', () => {
  it.each([['   ', true]])('%j is blank: %s', (v, blank) => expect(isBlank(v)).toBe(blank));
});

describe('readNumber', () => {
  it.each([
    ['42', 42], [' 1,234.50 ', 1234.5], ['-3', -3], ['1e3', 1000], ['12%', 0.12],
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
