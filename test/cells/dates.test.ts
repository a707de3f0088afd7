// Dates (SPEC.md, "Dates"): Excel serials are days since 1899-12-30, Sheets passes a Date, ISO text works
// everywhere. Hand anchors: 1899-12-30 is 0; 1900-03-01 is 1 (Dec 31) + 1 (Jan 1) + 31 + 28 = 61, Excel's
// own serial (its phantom 1900-02-29 sits at 60); 2025-01-01 is 45658, 2026-01-01 is 45658 + 365 = 46023,
// 2026-10-01 is 46023 + 273 = 46296.
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { readDate } from '../../src/cells/coerce';
import { dateToSerial, isDate, isoToSerial, serialToDate, serialToIso } from '../../src/cells/dates';

describe('isoToSerial', () => {
  it.each([
    ['the epoch 1899-12-30 is 0', '1899-12-30', 0],
    ['1900-03-01 is 61, as in Excel', '1900-03-01', 61],
    ['2026-01-01 is 46023', '2026-01-01', 46023],
    ['2026-10-01 is 46296', '2026-10-01', 46296],
    ['one-digit month and day: 2026-1-1', '2026-1-1', 46023],
    ['a leap day, 2024-02-29 (45658 - 366 + 59)', '2024-02-29', 45351],
    ['2000 is a leap year: 2000-02-29 is 36585', '2000-02-29', 36585],
    ['a time of day is a fraction: 2026-10-01T12:00 is 46296.5', '2026-10-01T12:00', 46296.5],
    ['a space before the time works too: 2026-10-01 18:00:00 is 46296.75', '2026-10-01 18:00:00', 46296.75],
  ])('%s', (_rule, text, serial) => expect(isoToSerial(text)).toBe(serial));

  it.each([
    ['2026-02-30 (February has 28 days in 2026)', '2026-02-30'],
    ['2023-02-29 (not a leap year)', '2023-02-29'],
    ['1900-02-29 (1900 is not a leap year; only Excel pretends)', '1900-02-29'],
    ['2026-04-31 (April has 30 days)', '2026-04-31'],
    ['2026-00-10 (month 0)', '2026-00-10'],
    ['2026-10-01T24:00 (hour 24)', '2026-10-01T24:00'],
    ['2026-10-01T12:60 (minute 60)', '2026-10-01T12:60'],
    ['01/10/2026 (not ISO)', '01/10/2026'],
    ['the empty text', ''],
  ])('%s is not a date (NaN)', (_rule, text) => expect(isoToSerial(text)).toBeNaN());
});

describe('serialToIso', () => {
  it.each([
    [0, '1899-12-30'],
    [61, '1900-03-01'],
    [46023, '2026-01-01'],
    [46296, '2026-10-01'],
    // the time of day is dropped
    [46296.99, '2026-10-01'],
  ])('%s is %s', (serial, iso) => expect(serialToIso(serial)).toBe(iso));
});

describe('dateToSerial and serialToDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  // Sheets hands a date cell over as local midnight in the script's time zone; the serial is the day the
  // user sees, whatever that zone is.
  it.each([['UTC'], ['Asia/Shanghai'], ['Asia/Taipei'], ['America/Los_Angeles'], ['Pacific/Kiritimati']])(
    'a local-midnight Date is the serial of its wall-clock day in %s', (tz) => {
      process.env.TZ = tz;
      expect(dateToSerial(new Date(2026, 9, 1))).toBe(46296);
      expect(dateToSerial(new Date(2026, 0, 1))).toBe(46023);
      // noon is half a day
      expect(dateToSerial(new Date(2026, 9, 1, 12))).toBe(46296.5);
      // and back: serial 46296 is local midnight of 2026-10-01
      const back = serialToDate(46296);
      expect([back.getFullYear(), back.getMonth(), back.getDate(), back.getHours()]).toEqual([2026, 9, 1, 0]);
      expect(readDate(new Date(2026, 9, 1), 'as_of', 'en')).toBe(46296);
    });

  it('serialToDate drops the time of day', () => {
    const d = serialToDate(46296.75);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 9, 1, 0, 0]);
  });

  it('a round trip keeps every day of a leap year', () => {
    // 2024-01-01 is 46023 - 365 - 366 = 45292; 366 days follow
    for (let s = 45292; s < 45292 + 366; s++) expect(dateToSerial(serialToDate(s))).toBe(s);
  });
});

describe('isDate', () => {
  it('knows a Date made in another realm (Apps Script, a vm), where instanceof fails', () => {
    const foreign = vm.runInNewContext('new Date(2026, 9, 1)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(readDate(foreign, 'as_of', 'en')).toBe(46296);
  });

  it.each([['an ISO text', '2026-10-01'], ['a serial', 46296], ['null', null]])('%s is not a Date', (_n, v) => {
    expect(isDate(v)).toBe(false);
  });
});
