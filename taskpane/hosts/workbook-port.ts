import type { HostCapacity } from '../app/capacity';
import type { ColourRule, DefinedName, WorkbookCell, WorkbookSheet } from '../../src/xlsx/workbook-model';

/** A list found around the selection: its sheet, where it starts, and its cells (header included). */
export interface FoundList {
  readonly sheetName: string;
  /** 0-based row and column of the list's top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * The only thing the pane knows of a host (DESIGN.md): Excel, Google Sheets and the in-browser workbook
 * of the standalone preview each implement it. Cells are plain values or `{ f, v }` formulas as the
 * workbook model writes them.
 */
export interface WorkbookPort {
  /** The contiguous block of cells around the selection (or the used range of the active sheet). */
  readListAroundSelection(): Promise<FoundList | undefined>;
  /** The names of the workbook's sheets, in order. */
  sheetNames(): Promise<string[]>;
  /** True when every cell of the block is empty. */
  isBlockEmpty(sheetName: string, top: number, left: number, rows: number, columns: number): Promise<boolean>;
  /** Writes a block of cells; the caller has checked it writes over nothing. */
  writeBlock(sheetName: string, top: number, left: number, cells: readonly (readonly WorkbookCell[])[]): Promise<void>;
  /** Puts a filter on the header of a block (A1 range), replacing the sheet's earlier one. */
  setFilter(sheetName: string, range: string): Promise<void>;
  /** Colours cells by their text (the segment column), replacing earlier rules on the same ranges. */
  setColours(sheetName: string, rules: readonly ColourRule[]): Promise<void>;
  /** Adds a sheet, or replaces the one of the same name (only sheets the add-in made). */
  replaceSheet(sheet: WorkbookSheet): Promise<void>;
  /** What the host can hold (rows, columns, cells), checked before grading starts. */
  capacity(): Promise<HostCapacity>;
  /** The values of a small sheet from A1 (the add-in's settings sheet), undefined when there is none. */
  readSheet(name: string): Promise<unknown[][] | undefined>;
  /** Deletes a sheet the add-in added (an interrupted grading takes back what it wrote). */
  deleteSheet(name: string): Promise<void>;
  /** Defines (or redefines) workbook-level names. */
  defineNames(names: readonly DefinedName[]): Promise<void>;
  /** The pane's saved choices for this workbook, as JSON text. */
  loadState(): Promise<string | undefined>;
  saveState(json: string): Promise<void>;
}
