import type { CellError } from './cell-error';

/**
 * A date result, kept as a serial day number until the edge: Excel shows the serial with a date format,
 * Sheets wants a Date.
 */
export class SerialDate {
  constructor(readonly serial: number) {}
}

/** One cell of a function's result; `''` is the empty cell of "blank in, blank out". */
export type OutCell = number | string | CellError | SerialDate;

/** A function's result: one row per customer. */
export type OutGrid = OutCell[][];

/** The empty result cell. */
export const BLANK_OUT = '';
