// A CSV made ready for DuckDB's reader, read as the in-memory path reads it: in UTF-8 (a GBK or Big5
// file is copied to a UTF-8 temp file first, as the in-memory path decodes it), with the separator
// csvRowReader chooses, and with the sheet rows the user sees. DuckDB skips empty lines where
// csvRowReader counts them as rows, so a file with empty lines between its records has its empty
// records found once, and the rows DuckDB reports are moved past them.
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { csvEncoding, type CsvEncoding } from '../src/xlsx/csv-encoding';
import { csvRowReader, csvSeparator } from '../src/xlsx/csv-rows';

const CHUNK = 1 << 20;

/** The first bytes of a file (up to `n`). */
function head(path: string, n: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(n);
    return buffer.subarray(0, readSync(fd, buffer, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The encoding and separator of a CSV file, as csvFileRows reads it, and about how many lines it has.
 * @example csvLayout('orders.csv') // { encoding: 'utf-8', separator: ',', lines: 5000000 }
 */
export function csvLayout(path: string): { encoding: CsvEncoding; separator: ',' | ';' | '\t'; lines: number } {
  const bytes = head(path, CHUNK);
  const encoding = csvEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  // About as many lines as the file holds bytes, at the first megabyte's bytes a line.
  let breaks = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) breaks++;
  const lines = Math.round(statSync(path).size / (bytes.length / Math.max(1, breaks)));
  return { encoding, separator: csvSeparator(text, bytes.length < CHUNK) ?? ',', lines };
}

/** Reads a file a chunk at a time, decoded in `encoding`; `visit` gets each piece of text. */
function readText(path: string, encoding: CsvEncoding, visit: (text: string) => void): void {
  const fd = openSync(path, 'r');
  try {
    const decoder = new TextDecoder(encoding);
    const buffer = new Uint8Array(CHUNK);
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) visit(decoder.decode(buffer.subarray(0, n), { stream: true }));
    visit(decoder.decode());
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies a CSV in GBK or Big5 to `to` in UTF-8, a chunk at a time.
 * @example toUtf8('订单.csv', 'gb18030', '/tmp/crm-orders.csv')
 */
export function toUtf8(from: string, encoding: CsvEncoding, to: string): void {
  const out = openSync(to, 'w');
  try {
    const encoder = new TextEncoder();
    readText(from, encoding, (text) => {
      const bytes = encoder.encode(text);
      for (let at = 0; at < bytes.length;) at += writeSync(out, bytes, at);
    });
  } finally {
    closeSync(out);
  }
}

/**
 * True when a UTF-8 file has an empty line with a record after it (an empty line at the very end
 * changes no row number). Byte searches only: a file without one, the usual export, is not parsed.
 * @example hasInnerEmptyLine('orders.csv') // false
 */
export function hasInnerEmptyLine(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK + 2);
    let carried = 0, emptyLineSeen = false;
    for (let n; (n = readSync(fd, buffer, carried, CHUNK, null)) > 0;) {
      const end = carried + n;
      const text = buffer.subarray(0, end);
      let from = carried;
      if (!emptyLineSeen) {
        const at = [text.indexOf('\n\n'), text.indexOf('\n\r\n')].filter((i) => i >= 0);
        emptyLineSeen = at.length > 0;
        from = emptyLineSeen ? Math.min(...at) + 1 : end;
      }
      // After an empty line, any byte that is not a line end or a space starts a record.
      for (let i = from; i < end; i++) if (text[i] !== 10 && text[i] !== 13 && text[i] !== 32) return true;
      // Two bytes carried over, so an empty line split between chunks is still seen.
      const keep = Math.min(2, end);
      buffer.copy(buffer, 0, end - keep, end);
      carried = keep;
    }
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * The sheet rows (1-based, as csvRowReader counts them) of a UTF-8 file's empty records, in order.
 * @example emptyRecordRows('orders.csv') // [4, 9]
 */
export function emptyRecordRows(path: string): number[] {
  const rows: number[] = [];
  let row = 0;
  const reader = csvRowReader((fields) => {
    row++;
    if (fields.length === 1 && fields[0] === '') rows.push(row);
  });
  readText(path, 'utf-8', (text) => reader.push(text));
  reader.end();
  return rows;
}

/**
 * A function from the row DuckDB gives a record (counting no empty line) to its sheet row, given the
 * sheet rows of the empty records (ascending).
 * @example rowsPast([4])(4) // 5 (the record after the empty row 4)
 */
export function rowsPast(emptyRows: readonly number[]): (row: number) => number {
  return (row) => {
    let sheetRow = row;
    for (const empty of emptyRows) {
      if (empty > sheetRow) break;
      sheetRow++;
    }
    return sheetRow;
  };
}
