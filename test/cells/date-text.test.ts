import { describe, expect, it } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import { readDate } from '../../src/cells/coerce';
import { dateOrderForLocale, readDateText, yearLastOrders } from '../../src/cells/date-text';

const message = (x: unknown) => (x instanceof CellError ? x.message : x);

// Serials by hand: 2026-10-01 is 46296 (Excel's own serial for that day). 10 January 2026 is 263 days
// earlier (22 to 1 February, then 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30), 46032; 13 January is 46035.
const OCT_1 = 46296, JAN_10 = 46032, JAN_13 = 46035;

describe('readDateText: the forms CRM exports write', () => {
  it.each([
    ['ISO', '2026-10-01', OCT_1],
    ['ISO without leading zeros', '2026-10-1', OCT_1],
    ['slashes, year first', '2026/10/1', OCT_1],
    ['dots, year first', '2026.10.01', OCT_1],
    ['Chinese', '2026年10月1日', OCT_1],
    ['Chinese with spaces and 号', '2026 年 10 月 1 号', OCT_1],
    ['Chinese with full-width digits', '２０２６年１０月１日', OCT_1],
    ['compact yyyymmdd', '20261001', OCT_1],
    ['day-month name', '1-Oct-2026', OCT_1],
    ['day-month name, two-digit year', '1-Oct-26', OCT_1],
    ['day month name', '1 October 2026', OCT_1],
    ['month name day', 'Oct 1, 2026', OCT_1],
    ['month name day, Sept', 'Sept 30, 2026', OCT_1 - 1],
    ['year-last, day above 12', '13/1/2026', JAN_13],
    ['year-last, month-first day above 12', '1/13/2026', JAN_13],
    ['year-last, both readings agree', '10/10/2026', OCT_1 + 9],
    ['ISO with a time of day', '2026-10-01 12:00', OCT_1 + 0.5],
    // Timestamps keep the date and time written; the offset is not applied (the day the system's users saw).
    ['ISO timestamp with an offset', '2026-10-01T12:00:00-05:00', OCT_1 + 0.5],
    ['ISO timestamp, UTC', '2026-10-01T18:00:00Z', OCT_1 + 0.75],
    ['ISO timestamp, milliseconds and +0800', '2026-10-01T00:00:00.000+0800', OCT_1],
    ['ISO timestamp late in the day, a negative offset', '2026-10-01T23:59:59-11:00', OCT_1 + 86_399 / 86_400],
  ])('%s: %j', (_form, text, serial) => expect(readDateText(text)).toEqual({ kind: 'date', serial }));

  it('10/1/2026 reads two ways without an order', () =>
    expect(readDateText('10/1/2026')).toEqual({ kind: 'ambiguous', mdy: OCT_1, dmy: JAN_10 }));
  it.each([['mdy', OCT_1], ['dmy', JAN_10]] as const)('10/1/2026 with order %s', (order, serial) =>
    expect(readDateText('10/1/2026', order)).toEqual({ kind: 'date', serial }));
  it('an order breaks ties only: 31/1/2026 is 31 January even month first', () =>
    expect(readDateText('31/1/2026', 'mdy')).toEqual({ kind: 'date', serial: JAN_10 + 21 }));
  it('two-digit years follow Excel: 29 is 2029, 30 is 1930', () => {
    expect(readDateText('1/13/29')).toEqual(readDateText('2029-01-13'));
    expect(readDateText('1/13/30')).toEqual(readDateText('1930-01-13'));
  });
  it.each([
    ['no 30 February', '2026-02-30'],
    ['no month 13 either way', '13/13/2026'],
    ['not a month name', '1-Foo-2026'],
    ['a word', 'yesterday'],
    ['an impossible time', '2026-10-01 25:00'],
    ['mixed separators', '2026-10/01'],
  ])('%s: %j is not a date', (_form, text) => expect(readDateText(text)).toEqual({ kind: 'none' }));
  it.each([['1899-12-31'], ['1900-02-28'], ['1850年1月1日']])('%j is before 1900-03-01: out of range', (text) =>
    expect(readDateText(text)).toEqual({ kind: 'outOfRange' }));
  it('1900-03-01 is the first date read (serial 61)', () => expect(readDateText('1900-03-01')).toEqual({ kind: 'date', serial: 61 }));
});

describe('yearLastOrders: what a column tells about its order', () => {
  it.each([['13/1/2026', 'dmy'], ['1/13/2026', 'mdy'], ['10/1/2026', 'either'], ['10/10/2026', undefined], ['2026/10/1', undefined], ['x', undefined]])(
    '%j: %s', (text, orders) => expect(yearLastOrders(text)).toBe(orders));
});

describe('dateOrderForLocale', () => {
  it.each([['en-US', 'mdy'], ['en_US', 'mdy'], ['en', 'mdy'], ['en-PH', 'mdy'], ['en-GB', 'dmy'], ['en_AU', 'dmy'], ['fr-FR', 'dmy'],
    ['de', 'dmy'], ['zh-CN', undefined], ['zh_TW', undefined], ['ja-JP', undefined], [undefined, undefined]])(
    '%s writes year-last dates %s', (locale, order) => expect(dateOrderForLocale(locale)).toBe(order));
});

describe('readDate: serials, both date systems, and messages', () => {
  it('a 1900-system serial is itself', () => expect(readDate(OCT_1, 'as_of', 'en')).toBe(OCT_1));
  it('a 1904-system serial is 1462 days later in the 1900 system', () =>
    expect(readDate(OCT_1 - 1462, 'as_of', 'en', { system: 1904 })).toBe(OCT_1));
  it('1904 serial 0 is 1904-01-01', () => expect(readDate(0, 'as_of', 'en', { system: 1904 })).toBe(1462));
  it('a yyyymmdd number is read as that date', () => expect(readDate(20261001, 'as_of', 'en')).toBe(OCT_1));
  it('the workbook order decides 10/1/2026', () => {
    expect(readDate('10/1/2026', 'as_of', 'en', { order: 'mdy' })).toBe(OCT_1);
    expect(readDate('10/1/2026', 'as_of', 'en', { order: 'dmy' })).toBe(JAN_10);
  });
  it.each([
    ['10/1/2026', "as_of: '10/1/2026' could be 2026-10-01 or 2026-01-10; write it as 2026-10-01 or choose the day/month order"],
    ['1899-12-31', 'as_of: 1899-12-31 is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)'],
    [30, 'as_of: 30 is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)'],
    [-1, 'as_of: -1 is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)'],
    [3_000_000, "as_of: '3000000' is not a date (use a date cell or text like 2026-10-01)"],
    [new Date(1850, 0, 1), 'as_of: 1850-01-01 is outside the dates spreadsheets count alike (1900-03-01 to 9999-12-31)'],
    [new Date(NaN), "as_of: 'Invalid Date' is not a date (use a date cell or text like 2026-10-01)"],
    ['2026-02-30', "as_of: '2026-02-30' is not a date (use a date cell or text like 2026-10-01)"],
  ])('%j', (value, expected) => expect(message(readDate(value, 'as_of', 'en'))).toBe(expected));
});
