import { strFromU8, unzipSync } from 'fflate';
import { columnIndex } from './a1';
import { DATE_1904_OFFSET } from '../cells/dates';
import type { StyledCell } from './workbook-model';

/** The first sheet of an .xlsx file: its name and its cells (numbers, text, booleans, dates). */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: (number | string | boolean | null | StyledCell)[][];
}

const decode = (s: string) => s
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
  .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&amp;/g, '&');

/** The text of every <t> inside an XML fragment (rich text runs joined). */
const textOf = (fragment: string) => [...fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1])).join('');

// Built-in number formats that show dates (ECMA-376 18.8.30) and custom codes with day/month/year parts.
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/**
 * Reads the first worksheet of an .xlsx file. Dates (numbers shown with a date format) come back as
 * `{ v: serial, style: 'date' }` in the 1900 date system, whichever system the file uses; formulas as
 * their cached values.
 * @example readXlsx(bytes).rows[0] // ['客户名称', '订单数', '金额']
 */
export function readXlsx(bytes: Uint8Array): XlsxSheet {
  const sheet = readXlsxSheet(bytes, (names) => names[0]);
  if (!sheet) throw new Error('no worksheet found in the workbook');
  return sheet;
}

/**
 * Reads the worksheet `pick` chooses from the workbook's sheet names (in tab order), as readXlsx reads
 * the first; undefined when it chooses none.
 * @example readXlsxSheet(bytes, (names) => names.find((n) => n === 'CRM Settings'))?.rows[16] // ['As of', { v: 46327, style: 'date' }]
 */
export function readXlsxSheet(bytes: Uint8Array, pick: (names: readonly string[]) => string | undefined): XlsxSheet | undefined {
  const files = unzipSync(bytes);
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : '');
  const workbook = text('xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: decode(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ''), rid: /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));
  const name = pick(sheets.map((sheet) => sheet.name));
  const rid = sheets.find((sheet) => sheet.name === name)?.rid;
  if (name === undefined || rid === undefined) return undefined;
  const rels = text('xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]*)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  if (!target) throw new Error(`the worksheet '${name}' is missing from the file`);
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const dateStyles = readDateStyles(text('xl/styles.xml'));
  // Workbooks from older Mac Excel count days from 1904: their dates are read into the 1900 system.
  const dateShift = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook) ? DATE_1904_OFFSET : 0;

  const rows: XlsxSheet['rows'] = [];
  for (const cell of text(sheetPath).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = cell[1];
    const inner = cell[2] ?? '';
    const ref = /\br="([A-Z]+)(\d+)"/.exec(attrs);
    if (!ref) continue;
    const row = Number(ref[2]) - 1;
    const col = columnIndex(ref[1]);
    const type = /\bt="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
    const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
    const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    let value: XlsxSheet['rows'][number][number] = null;
    if (type === 's' && raw !== undefined) value = shared[Number(raw)] ?? '';
    else if (type === 'inlineStr') value = textOf(inner);
    else if (type === 'str' && raw !== undefined) value = decode(raw);
    else if (type === 'b' && raw !== undefined) value = raw === '1';
    else if (type === 'e' && raw !== undefined) value = decode(raw);
    else if (raw !== undefined && raw !== '') {
      const n = Number(raw);
      value = dateStyles.has(style) ? { v: n + dateShift, style: 'date' } : n;
    }
    (rows[row] ??= [])[col] = value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows };
}

/** The indexes of cell styles (cellXfs) whose number format shows a date. */
function readDateStyles(styles: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) custom.set(Number(m[1]), decode(m[2]));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const result = new Set<number>();
  [...xfs.matchAll(/<xf\b([^>]*)/g)].forEach((m, i) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1])?.[1] ?? 0);
    const code = custom.get(id);
    if (DATE_FORMAT_IDS.has(id) || (code && /(^|[^"\\])[ymd]/i.test(code.replace(/"[^"]*"/g, '')) && !/^[#0.,%\s]+$/.test(code))) result.add(i);
  });
  return result;
}
