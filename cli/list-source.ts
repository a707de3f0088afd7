// Where the CLI's list comes from, as a source it can read from the start as often as it needs (header
// detection, the checking pass, the grading pass), one typed row at a time.
import { closeSync, openSync, readSync } from 'node:fs';
import { csvRowReader } from '../src/xlsx/csv-rows';
import { typeCsvField } from '../src/xlsx/read-csv';
import { csvEncoding } from '../src/xlsx/csv-encoding';

/** Reads a list from its first row; `visit` returns false to stop early. */
export type RowSource = (visit: (row: unknown[]) => boolean | void) => void;

// Read 1 MiB at a time: the file is never whole in memory, and each pass costs a few hundred reads.
const CHUNK_BYTES = 1 << 20;

/**
 * A CSV file read a chunk at a time in the encoding its first chunk shows (UTF-8 with or without a BOM,
 * GBK or Big5, as Chinese Excel saves it), each field typed by typeCsvField as a spreadsheet would.
 * @example csvFileRows('list.csv')((row) => { console.log(row); return false; }) // ['Customer ID', 'Orders', 'Amount']
 */
export function csvFileRows(path: string): RowSource {
  return (visit) => {
    const fd = openSync(path, 'r');
    try {
      let decoder: TextDecoder | undefined;
      let stopped = false;
      const reader = csvRowReader((fields) => {
        if (!stopped && visit(fields.map(typeCsvField)) === false) stopped = true;
      });
      const buffer = new Uint8Array(CHUNK_BYTES);
      for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) {
        decoder ??= new TextDecoder(csvEncoding(buffer.subarray(0, n)));
        reader.push(decoder.decode(buffer.subarray(0, n), { stream: true }));
        if (stopped) return;
      }
      if (decoder) reader.push(decoder.decode());
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
