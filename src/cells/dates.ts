/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** Excel's day zero for the 1900 date system as a UTC instant: serial 0 is 1899-12-30. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Serial of 1900-03-01: before it, Excel's serials count a 29 February 1900 that never was, and other
 * spreadsheets count differently, so earlier dates are refused rather than read one day off. */
export const FIRST_SAFE_SERIAL = 61;
/** Serial of 9999-12-31, the last date a spreadsheet holds. */
export const LAST_SERIAL = 2_958_465;
/** Days from the 1900 date system's serial 0 to the 1904 system's (1904-01-01). */
export const DATE_1904_OFFSET = 1462;

// Looked up once: reading a global in a per-cell call costs about 250 ns in a sandboxed global scope (a
// Node vm context, where the tests and the bench load the bundles).
const objectToString = Object.prototype.toString;
const utc = Date.UTC;

/** True for a Date from any realm (Apps Script, a Node vm, the page): `instanceof` fails across realms. */
export function isDate(value: unknown): value is Date {
  return objectToString.call(value) === '[object Date]';
}

/**
 * Turns a JS Date into an Excel serial day number, reading the wall-clock date and time the host shows
 * (Apps Script hands a date cell over as local midnight in the script's time zone).
 * @example dateToSerial(new Date(2026, 9, 1)) // 46296
 */
export function dateToSerial(date: Date): number {
  const wall = utc(
    date.getFullYear(), date.getMonth(), date.getDate(),
    date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds(),
  );
  return (wall - EXCEL_EPOCH_UTC) / DAY_MS;
}

/**
 * Turns an Excel serial day number into a local-midnight Date (time of day dropped), as Sheets expects
 * a date result.
 * @example serialToDate(46296) // new Date(2026, 9, 1)
 */
export function serialToDate(serial: number): Date {
  const utc = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/**
 * Formats a serial day number as ISO text, for messages.
 * @example serialToIso(46296) // '2026-10-01'
 */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The serial day number of a calendar date, or NaN when there is no such day (2026-02-30).
 * @example ymdToSerial(2026, 10, 1) // 46296
 */
export function ymdToSerial(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return (d.getTime() - EXCEL_EPOCH_UTC) / DAY_MS;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses ISO date text (`2026-10-01`, optionally with a time) into a serial day number, or NaN when the
 * text is not a real calendar date.
 * @example isoToSerial('2026-10-01') // 46296
 * @example isoToSerial('2026-02-30') // NaN
 */
export function isoToSerial(text: string): number {
  const m = ISO_DATE.exec(text);
  if (!m) return NaN;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((part) => part ?? '0');
  const year = Number(y), month = Number(mo) - 1, day = Number(d);
  const ms = Date.UTC(year, month, day, Number(h), Number(mi), Number(s));
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) return NaN;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return NaN;
  return (ms - EXCEL_EPOCH_UTC) / DAY_MS;
}

/**
 * The serial day `months` months before or after `serial`, as Excel's EDATE counts them: the same day
 * of the month, or the month's last day when it has no such day (time of day dropped).
 * @example edate(46296, -12) // 45931 (2026-10-01 -> 2025-10-01)
 * @example edate(46112, -1) // 46081 (2026-03-31 -> 2026-02-28)
 */
export function edate(serial: number, months: number): number {
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12), month = total - year * 12;
  // Spreadsheet years run 1900-9999, where Date.UTC takes the year as written.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return (Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) - EXCEL_EPOCH_UTC) / DAY_MS;
}
