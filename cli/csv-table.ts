// `-o graded.csv`: the graded sheet's table as CSV, written by the same code that writes the workbook.
// It takes the place of the .xlsx writer: the first sheet's rows become CSV lines (each cell's value,
// a formula's cached one), the sheets after it (settings, summary, method) are not written.
import type { SheetWriter, XlsxSink, XlsxStream } from '../src/xlsx/stream-xlsx';
import type { WorkbookCell } from '../src/xlsx/workbook-model';
import { serialToIso } from '../src/cells/dates';

// Text a spreadsheet would run as a formula (or DDE) on opening the CSV: shown with a leading ', the
// usual CSV-injection guard (OWASP), so '=1+1 opens as the text =1+1.
const FORMULA_START = /^[=+\-@\t\r]/;
// Written in pieces of about this many characters, as the workbook is.
const PIECE = 1 << 18;

/**
 * One cell as CSV text: its value (a formula's cached value, an error as #N/A, a date as 2026-10-01),
 * quoted when it holds a comma, a quote or a line break; text that starts like a formula gets a '.
 * @example csvField({ f: 'A2*100', v: 555 }) // '555'
 * @example csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(cell: WorkbookCell): string {
  if (cell === null || cell === undefined) return '';
  let text: string;
  if (typeof cell !== 'object') text = typeof cell === 'string' ? guard(cell) : csvScalar(cell);
  else {
    const v = cell.v;
    if (v === undefined || v === null) text = '';
    else if (typeof v === 'object') text = v.error;
    else if (typeof v === 'number' && cell.style === 'date') text = serialToIso(v);
    else text = typeof v === 'string' ? guard(v) : csvScalar(v);
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A stream that writes the rows of the first sheet it is given as CSV to `sink`, UTF-8 with a byte-order
 * mark (so Excel opens Chinese text right) and CRLF line ends; the first `skipRows` rows (a title above
 * the header) and every later sheet are left out.
 * @example const s = csvTable((chunk) => chunks.push(chunk)); const w = s.sheet({ name: 'List' }); w.row(['id', 'R score']); w.end(); s.end([]) // chunks: BOM + 'id,R score\r\n'
 */
export function csvTable(sink: XlsxSink, skipRows = 0): XlsxStream {
  const encoder = new TextEncoder();
  let text = '\ufeff';
  let sheets = 0;
  const flush = (final: boolean) => {
    sink(encoder.encode(text), final);
    text = '';
  };
  const ignored: SheetWriter = { row() {}, end() {} };
  return {
    sheet() {
      if (sheets++ > 0) return ignored;
      let r = 0, width = 0;
      return {
        row(cells) {
          if (r++ < skipRows) return;
          // Every line as wide as the header: a row whose last cells are blank still has their commas.
          width = Math.max(width, cells.length);
          const fields = Array.from({ length: width }, (_, c) => csvField(cells[c]));
          text += `${fields.join(',')}\r\n`;
          if (text.length >= PIECE) flush(false);
        },
        end() {},
      };
    },
    end() {
      flush(true);
    },
  };
}

function guard(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvScalar(v: number | boolean): string {
  return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
}
