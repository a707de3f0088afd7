// CSV parsing in pieces, so a file of any size can be read a chunk at a time (the CLI's 1,000,000-row
// lists) with the same rules as a pasted block: parseCsv is this reader fed once.

/** Receives text a piece at a time; `end()` flushes the last row. */
export interface CsvRowReader {
  push(text: string): void;
  end(): void;
}

const QUOTE = 34, LF = 10, CR = 13;

/**
 * A CSV reader that calls `onRow` for each complete row as text arrives in pieces of any size (RFC 4180:
 * quoted fields may hold the separator, quotes doubled, and line breaks). The separator is the one of
 * `,` `;` tab that the first line uses most, so text is held back until the first line is complete; a
 * UTF-8 BOM is dropped.
 * @example const rows: string[][] = []; const r = csvRowReader((row) => rows.push(row)); r.push('a,"b,'); r.push(' c"\n1,2'); r.end(); rows // [['a', 'b, c'], ['1', '2']]
 */
export function csvRowReader(onRow: (fields: string[]) => void): CsvRowReader {
  let separator = -1;
  // Text not yet parsed: the first line before its end is seen, or a last character whose meaning
  // depends on the next one (a quote inside quotes, a CR that may start CRLF).
  let pending = '';
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // The current field opened with a quote: `""` alone is a field, even empty.
  let fieldQuoted = false;
  let started = false;

  const parse = (text: string, final: boolean) => {
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (q + 1 === n && !final) {
          i = q;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          i = q + 2;
        } else {
          quoted = false;
          i = q + 1;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE && field === '') {
        quoted = true;
        fieldQuoted = true;
        i++;
      } else if (c === separator) {
        row.push(field);
        field = '';
        fieldQuoted = false;
        i++;
      } else if (c === LF || c === CR) {
        if (c === CR) {
          if (i + 1 === n && !final) break;
          if (text.charCodeAt(i + 1) === LF) i++;
        }
        row.push(field);
        onRow(row);
        row = [];
        field = '';
        fieldQuoted = false;
        i++;
      } else {
        // A run of plain characters (a quote inside an unquoted field is plain) is taken in one slice.
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === separator || d === LF || d === CR) break;
          j++;
        }
        field += text.slice(i, j);
        i = j;
      }
    }
    pending = text.slice(i);
  };

  const feed = (text: string, final: boolean) => {
    let body = pending + text;
    if (!started) {
      const found = csvSeparator(body, final);
      if (found === undefined) {
        pending = body;
        return;
      }
      started = true;
      if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
      separator = found.charCodeAt(0);
    }
    parse(body, final);
  };

  return {
    push: (text) => feed(text, false),
    end: () => {
      feed('', true);
      if (field !== '' || fieldQuoted || row.length > 0) {
        row.push(field);
        onRow(row);
      }
    },
  };
}

/**
 * The separator of a CSV text, as csvRowReader reads it: the one of `,` `;` tab that its first record
 * uses most (comma on a tie); undefined while that record's end has not been seen, unless `final` (the
 * whole text: a file that ends inside an open quote has no record end, and is read with commas).
 * @example csvSeparator('Kunde;Datum;Betrag\n') // ';'
 * @example csvSeparator('Kunde;Datum', false) // undefined
 */
export function csvSeparator(text: string, final = false): ',' | ';' | '\t' | undefined {
  const counts = firstRecordCounts(text) ?? (final ? firstRecordCounts(`${text}\n`) ?? { ',': 0, ';': 0, '\t': 0 } : undefined);
  if (!counts) return undefined;
  return ([',', ';', '\t'] as const).reduce((best, s) => (counts[s] > counts[best] ? s : best), ',' as ',' | ';' | '\t');
}

/** How often each separator appears in the first record, outside quoted fields (a header like
 * "Amount; net",Orders is comma-separated); undefined until the record's end has been seen. */
function firstRecordCounts(text: string): Record<string, number> | undefined {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') return counts;
    else if (ch in counts) counts[ch]++;
  }
  return undefined;
}
