/** Cell styles the writer knows, by name; the writer maps them to styles.xml entries. */
export type StyleName = 'header' | 'date' | 'integer' | 'amount' | 'percent' | 'title' | 'note' | 'input';

/** A formula with the value it shows until the workbook recalculates (its cached value). */
export interface FormulaCell {
  /** Formula text without the leading '=' and without `_xlfn.` prefixes (the writer adds them). */
  readonly f: string;
  readonly v?: number | string | boolean | { error: string };
  readonly style?: StyleName;
  /**
   * What this formula is in its column, e.g. 'code': cells of one column with the same key hold the
   * same formula moved down by whole rows (only same-row relative references and absolute names), so
   * the writer writes its text once for a run of such cells (a shared formula, ECMA-376 18.3.1.40).
   * Omitted: the cell's formula is written as it is.
   */
  readonly shared?: string;
}

/** A plain value with a style. */
export interface StyledCell {
  readonly v: number | string | boolean;
  readonly style: StyleName;
}

/** One cell: blank (null), a value, a styled value or a formula. Text is always text, never a formula. */
export type WorkbookCell = null | undefined | number | string | boolean | FormulaCell | StyledCell;

export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly (readonly WorkbookCell[])[];
  /** Column widths in characters, by column index. */
  readonly widths?: readonly number[];
  /** Rows kept in view at the top (the header). */
  readonly frozenRows?: number;
  /** A1 range of the header filter, e.g. "A1:K2001". */
  readonly autoFilter?: string;
  /** Cells coloured by what they say: each rule fills the cells of `range` equal to `text`. */
  readonly colours?: readonly ColourRule[];
  /** Native charts drawn on the sheet. */
  readonly charts?: readonly LineChart[];
}

/** A line chart of y against x (both A1 ranges on the same sheet, without the sheet name); with `kind`
 * 'bar', a column chart of the values in y, one bar per category (text) in x. */
export interface LineChart {
  readonly kind?: 'line' | 'bar';
  readonly title: string;
  readonly x: string;
  readonly y: string;
  /** Top-left cell (0-based) of the chart and its size in cells. */
  readonly at: { readonly row: number; readonly column: number };
  readonly size: { readonly rows: number; readonly columns: number };
}

/** A conditional colour: cells of `range` (A1) whose value equals `text` get the `fill` colour (RRGGBB). */
export interface ColourRule {
  readonly range: string;
  readonly text: string;
  readonly fill: string;
}

/** A named range: `ref` is an absolute reference such as `'CRM Settings'!$A$5:$B$7`. */
export interface DefinedName {
  readonly name: string;
  readonly ref: string;
  readonly comment?: string;
}

export interface WorkbookModel {
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly DefinedName[];
}

/** True for a formula cell. */
export function isFormula(cell: WorkbookCell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && 'f' in cell;
}
