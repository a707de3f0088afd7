// The CLI's grading of an order ledger of any length: its lines read from the source a row at a time
// into the core's ledgerReader (a few numbers a line, never the row), summarised per customer, and the
// customer sheet (customers fit in memory) graded by the core's gradeLedgerSummary and written to the
// stream sheet by sheet. With --keep-rows the ledger follows the customer sheet, copied as read.
import type { DateConvention } from '../src/cells/coerce';
import { listRowAsIs } from '../src/formulas/graded-workbook';
import { dateOrderTally, type DateOrderTally } from '../src/grading/date-order';
import { idRepeatFinder, type GradedLedger, type LedgerPlan } from '../src/grading/grade-ledger';
import { ledgerReader, type LedgerReader } from '../src/grading/ledger-summary';
import { writeSheet, type XlsxStream } from '../src/xlsx/stream-xlsx';
import type { RowSource } from './list-source';

/** What one pass over a ledger's lines tells before they are read: do ids repeat, and how are dates written. */
export interface LedgerSurvey {
  /** A customer id on more than one line: with a ledger's header, what makes the file an order list. */
  readonly repeats: boolean;
  /** The date column's year-last dates, to decide their day/month order over the whole column. */
  readonly dates: DateOrderTally;
}

/**
 * The first pass over a table with a ledger's header: whether customer ids repeat, and the tally of
 * the order dates' day/month forms (decided by the core's ledgerDates before any line is read).
 * @example surveyLedger(csvFileRows('orders.csv'), plan).repeats // true
 */
export function surveyLedger(source: RowSource, plan: Pick<LedgerPlan, 'headerRow' | 'columns'>): LedgerSurvey {
  const repeat = idRepeatFinder();
  const dates = dateOrderTally();
  const { customerId, orderDate } = plan.columns;
  let index = -1, repeats = false;
  source((row) => {
    if (++index <= plan.headerRow) return;
    if (!repeats) repeats = repeat.add(row[customerId]);
    dates.add(row[orderDate]);
  });
  return { repeats, dates };
}

/**
 * The second pass: every line of the ledger read into the core's ledgerReader, each with its row
 * number in the file (1-based, as the user sees it), ready to be summarised for any as-of date.
 * @example readLedgerLines(csvFileRows('orders.csv'), plan, undefined).summarize().customers.length // 2357
 */
export function readLedgerLines(source: RowSource, plan: LedgerPlan, dates: DateConvention | undefined): LedgerReader {
  const reader = ledgerReader(plan.header, plan.columns, { lang: plan.lang, dates });
  let index = -1;
  source((row) => {
    if (++index > plan.headerRow) reader.add(row, index + 1);
  });
  return reader;
}

/**
 * Writes a graded ledger's workbook to `out`: the graded customer sheet first, then (with `keep`) the
 * ledger as read, every cell as it was and text never a formula, then settings, summary and method.
 * @example writeGradedLedger(streamXlsx(sink), graded, { sheetName: 'orders', source, headerRow: 0 })
 */
export function writeGradedLedger(
  out: XlsxStream, graded: GradedLedger, keep?: { readonly sheetName: string; readonly source: RowSource; readonly headerRow: number },
): void {
  const [customers, ...after] = graded.model.sheets;
  writeSheet(out, customers);
  if (keep) {
    const taken = graded.model.sheets.map((s) => s.name.toLowerCase());
    const sheet = out.sheet({ name: freeSheetName(keep.sheetName, taken), frozenRows: keep.headerRow + 1 });
    keep.source((row) => { sheet.row(listRowAsIs(row)); });
    sheet.end();
  }
  for (const s of after) writeSheet(out, s);
  out.end(graded.model.names);
}

/** `name`, or `name (2)`, `name (3)`... when a sheet of the workbook is already so named (Excel ignores case). */
function freeSheetName(name: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.includes(candidate.toLowerCase())) return candidate;
  }
}
