// The prediction columns of a ledger's customer sheet (docs/ledgers.md, "Buy till you die"): the
// customer's history as the models read it (repeat purchases, weeks from first to last purchase, weeks
// since the first, average repeat purchase), then the probability still active and the expected value
// as native formulas over the settings sheet's fitted parameters, and the expected orders as a value
// (2F1 has no spreadsheet formula).
import { expectedValueFormula, probAliveFormula } from '../formulas/btyd-formulas';
import type { GradedOutput } from '../formulas/graded-workbook';
import type { Lang } from '../i18n/lang';
import { workbookLabel } from '../i18n/workbook-labels';
import { cellRef } from '../xlsx/a1';
import type { WorkbookCell } from '../xlsx/workbook-model';
import type { BtydCustomerRow } from './ledger-btyd';

/**
 * The prediction columns' headers: six, and the expected value's when Gamma-Gamma was fitted.
 * @example btydHeader('en', 12, true) // ['Repeat purchases', 'Weeks from first to last purchase', 'Weeks since first purchase', 'Average repeat purchase', 'Probability still active', 'Expected orders, next 12 months', 'Expected value, next 12 months']
 */
export function btydHeader(lang: Lang, months: number, withValue: boolean): string[] {
  const n = { n: months };
  return [
    workbookLabel('btydRepeat', lang), workbookLabel('btydRecency', lang), workbookLabel('btydAge', lang), workbookLabel('btydMonetary', lang),
    workbookLabel('btydPAlive', lang), workbookLabel('btydOrders', lang, n), ...(withValue ? [workbookLabel('btydValue', lang, n)] : []),
  ];
}

/**
 * One customer's prediction cells, the first in column `first` (0-based) of sheet row `row` (0-based,
 * the header being row 0): the history as values, P(alive) and the expected value as formulas with the
 * core's results cached (values only, for the 'values' output), the expected orders as a value.
 * @example btydCustomerCells({ frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35, pAlive: 0.7266, expectedOrders: 1.5, expectedValue: 37 }, 8, 1, true)[4] // { f: 'IF(I2=0,1,IF(LN(CRM_BG_A/(CRM_BG_B+I2-1))+...>700,0,1/(1+EXP(...))))', v: 0.7266, style: 'percent' }
 */
export function btydCustomerCells(row: BtydCustomerRow, first: number, sheetRow: number, withValue: boolean, output?: GradedOutput): WorkbookCell[] {
  const at = (k: number) => cellRef(sheetRow, first + k);
  // Every customer's formula reads its own row alike: the writer shares each column's (FormulaCell.shared).
  const formula = (f: string, v: number, style: 'percent' | 'amount', shared: string): WorkbookCell => (output === 'values' ? { v, style } : { f, v, style, shared });
  const cells: WorkbookCell[] = [
    row.frequency,
    { v: row.recency, style: 'amount' },
    { v: row.T, style: 'amount' },
    { v: row.monetary, style: 'amount' },
    formula(probAliveFormula(at(0), at(1), at(2)), row.pAlive, 'percent', 'pAlive'),
    { v: row.expectedOrders, style: 'amount' },
  ];
  if (withValue) cells.push(formula(expectedValueFormula(at(0), at(3), at(5)), row.expectedValue!, 'amount', 'expectedValue'));
  return cells;
}
