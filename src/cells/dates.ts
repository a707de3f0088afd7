/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** Excel's day zero for the 1900 date system as a UTC instant: serial 0 is 1899-12-30. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** True for a Date from any realm (Apps Script, a Node vm, the page): `instanceof` fails across realms. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Turns a JS Date into an Excel serial day number, reading the wall-clock date and time the host shows
 * (Apps Script hands a date cell over as local midnight in the script's time zone).
 * @example dateToSerial(new Date(2026, 9, 1)) // 46296
 */
export function dateToSerial(date: Date): number {
  const wall = Date.UTC(
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
