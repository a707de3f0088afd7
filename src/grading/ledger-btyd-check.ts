// Whether a ledger's buy-till-you-die predictions can be made, asked before grading (the pane offers the
// option, or says why not): the models fitted on the lines exactly as grading reads them, so that grading
// reuses them (GradeLedgerOptions.btydModels) instead of fitting the same customers a second time.
import { readLedgerTable, type LedgerReadOptions } from './grade-ledger';
import { fitBtydModels, type BtydModels } from './ledger-btyd';

/**
 * The BG/NBD and Gamma-Gamma models a grading of `table` with these options would fit (its header,
 * columns, date order and as-of date), or undefined when no customer ordered by the as-of date (grading
 * then refuses the ledger). A ledger the models cannot be fitted on answers with the problem, as plain data.
 * @example ledgerBtydModels(cdnowTable, { asOf: isoToSerial('1997-09-30') })?.bgnbd?.params // { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }
 */
export function ledgerBtydModels(table: readonly (readonly unknown[])[], options: LedgerReadOptions): BtydModels | undefined {
  const btyd = readLedgerTable(table, { ...options, btyd: true, progress: undefined }).summary.btyd;
  return btyd && btyd.customers.length ? fitBtydModels(btyd) : undefined;
}
