// The CLI's grading of an order ledger of any length: its lines read from the source a row at a time
// into the core's ledgerReader (a few numbers a line, never the row), summarised per customer, and the
// customer sheet (customers fit in memory) graded by the core's gradeLedgerSummary and written to the
// stream sheet by sheet. With --keep-rows the ledger follows the customer sheet, copied as read.
// One pass reads the lines; a second only when the date column's day/month order is not the one assumed.
import type { DateConvention } from '../src/cells/coerce';
import { listRowAsIs } from '../src/formulas/graded-workbook';
import { dateOrderTally, type DateOrderTally } from '../src/grading/date-order';
import { idRepeatFinder, type GradedLedger, type LedgerPlan } from '../src/grading/grade-ledger';
import { ledgerReader, type LedgerReader } from '../src/grading/ledger-summary';
import { writeSheet, type XlsxStream } from '../src/xlsx/stream-xlsx';
import type { RowSource } from './list-source';

/** One pass over a ledger's lines: the lines read, and what tells whether and how to read them. */
export interface LedgerPass {
  /** Every line read into the core's ledgerReader, dates read in the order assumed for the pass. */
  readonly reader: LedgerReader;
  /** A customer id on more than one line: with a ledger's header, what makes the file an order list. */
  readonly repeats: boolean;
  /** The date column's year-last dates, to decide their day/month order over the whole column. */
  readonly dates: DateOrderTally;
}

/**
 * Reads every line of a ledger into the core's ledgerReader (each with its row number in the file,
 * 1-based, as the user sees it), reading dates in the order `dates` assumes; and, in the same pass,
 * whether customer ids repeat and the tally that decides the date column's day/month order. When the
 * tally decides another order than the one assumed, the lines are read again with it (a ledger of ISO
 * dates never is). With `countAllStatuses`, lines whose status is no order's are counted (and said).
 * @example readLedger(csvFileRows('orders.csv'), plan, undefined).reader.summarize().customers.length // 2357
 */
export function readLedger(source: RowSource, plan: LedgerPlan, dates: DateConvention | undefined, countAllStatuses = false): LedgerPass {
  const reader = ledgerReader(plan.header, plan.columns, { lang: plan.lang, dates, countAllStatuses });
  const repeat = idRepeatFinder();
  const tally = dateOrderTally();
  const { customerId, orderDate } = plan.columns;
  let index = -1, repeats = false;
  source((row) => {
    if (++index <= plan.headerRow) return;
    if (!repeats) repeats = repeat.add(row[customerId]);
    tally.add(row[orderDate]);
    reader.add(row, index + 1);
  });
  return { reader, repeats, dates: tally };
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
