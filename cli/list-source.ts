// Where the CLI's list comes from, as a source it can read from the start as often as it needs (header
// detection, the checking pass, the grading pass), one typed row at a time.
import { closeSync, openSync, readSync } from 'node:fs';
import { csvRowReader } from '../src/xlsx/csv-rows';
import { typeCsvField } from '../src/xlsx/read-csv';

/** Reads a list from its first row; `visit` returns false to stop early. */
export type RowSource = (visit: (row: unknown[]) => boolean | void) => void;

// Read 1 MiB at a time: the file is never whole in memory, and each pass costs a few hundred reads.
const CHUNK_BYTES = 1 << 20;

/**
 * A CSV file (UTF-8, a BOM allowed) read a chunk at a time, each field typed by typeCsvField as a
 * spreadsheet would type it; a TypeError when the bytes are not UTF-8.
 * @example csvFileRows('list.csv')((row) => { console.log(row); return false; }) // ['Customer ID', 'Orders', 'Amount']
 */
export function csvFileRows(path: string): RowSource {
  return (visit) => {
    const fd = openSync(path, 'r');
    try {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let stopped = false;
      const reader = csvRowReader((fields) => {
        if (!stopped && visit(fields.map(typeCsvField)) === false) stopped = true;
      });
      const buffer = new Uint8Array(CHUNK_BYTES);
      for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) {
        reader.push(decoder.decode(buffer.subarray(0, n), { stream: true }));
        if (stopped) return;
      }
      reader.push(decoder.decode());
      reader.end();
    } finally {
      closeSync(fd);
    }
  };
}

/**
 * Rows already in memory (an .xlsx sheet, read whole: its shared strings and cells must be unzipped
 * and parsed before any row can be read, so only the CSV path streams its input).
 * @example memoryRows([['Orders'], [3]])((row) => { console.log(row); }) // ['Orders'], then [3]
 */
export function memoryRows(rows: readonly unknown[][]): RowSource {
  return (visit) => {
    for (const row of rows) if (visit(row) === false) return;
  };
}
