// RFM_SCORE and the graded RFM columns as native formulas: the one place both the pane's graded columns
// and Make shareable build them, so each computes what the custom function computes, error for error.
import type { RfmOutput } from '../calls/rfm-score';
import { NAMES } from './names';
import { dateOutOfRange, guardedRow, valueErrorOf, type GuardedInput } from './row-guards';

/** A band score of a value as formula text; below the first band it may be any error (the row makes it #VALUE!). */
export type BandScorer = (value: string) => string;

/** One RFM input: the operand its rules are checked on (a cell, or a number literal the core read from
 * the cell's text), and what the score reads when that differs (the cell times its column's unit). */
export interface RfmOperand {
  readonly ref: string;
  readonly value?: string;
}

/** One row's RFM_SCORE: its three inputs, the band scorers, the as-of date when recency holds dates. */
export interface RfmRow {
  readonly recency: RfmOperand;
  readonly frequency: RfmOperand;
  readonly monetary: RfmOperand;
  readonly scorers: readonly [BandScorer, BandScorer, BandScorer];
  /** The date days are counted to (a cell, a name or a serial); undefined when recency holds days. */
  readonly asOf?: string;
  readonly output: RfmOutput;
  readonly system?: 1900 | 1904;
}

/**
 * A band score read from a named band table (the settings sheet's): approximate VLOOKUP, #N/A below
 * the first band, which the row gives as #VALUE! as RFM_SCORE does.
 * @example namedBandScore('D2', 'CRM_F_BANDS') // 'VLOOKUP(D2,CRM_F_BANDS,2)'
 */
export function namedBandScore(value: string, name: string): string {
  return `VLOOKUP(${value},${name},2)`;
}

/**
 * RFM_SCORE of one row as a native formula: blank, #N/A and #VALUE! as the function gives them (a
 * negative count, text, TRUE, an error cell, a date out of range or after as_of, a value below its
 * first band), else the code, one score or their sum. Recency dates count whole days to `asOf`.
 * @example rfmScoreRowFormula({ recency: { ref: 'B2' }, frequency: { ref: 'C2' }, monetary: { ref: 'D2', value: 'D2*10000' }, scorers: [(v) => namedBandScore(v, 'CRM_R_BANDS'), (v) => namedBandScore(v, 'CRM_F_BANDS'), (v) => namedBandScore(v, 'CRM_M_BANDS')], output: 'code' })
 * // 'CHOOSE(1+MIN(4,IFERROR(IF(ISNUMBER(B2)>ISLOGICAL(B2),4*(B2<0),4-3*(TRIM(B2)=""))+...,4)),IFERROR(VLOOKUP(B2,CRM_R_BANDS,2)*100+VLOOKUP(C2,CRM_F_BANDS,2)*10+VLOOKUP(D2*10000,CRM_M_BANDS,2),#VALUE!),NA(),NA(),"",#VALUE!)'
 */
export function rfmScoreRowFormula(row: RfmRow): string {
  const { recency, frequency, monetary, asOf, system } = row;
  const value = (o: RfmOperand) => o.value ?? o.ref;
  const days = asOf === undefined ? value(recency) : `(INT(${asOf})-INT(${value(recency)}))`;
  const [r, f, m] = [row.scorers[0](days), row.scorers[1](value(frequency)), row.scorers[2](value(monetary))];
  // One score is still the row's error when another input is below its first band, as the function
  // says: 0 x an error is that error.
  const compute = { r: `${r}+0*(${f}+${m})`, f: `${f}+0*(${r}+${m})`, m: `${m}+0*(${r}+${f})`, sum: `${r}+${f}+${m}`, code: `${r}*100+${f}*10+${m}` }[row.output];
  const recencyInput: GuardedInput = asOf === undefined ? { ref: recency.ref, kind: 'nonNegative' } : { ref: recency.ref, kind: 'date', since: asOf };
  return guardedRow([recencyInput, { ref: frequency.ref, kind: 'nonNegative' }, { ref: monetary.ref, kind: 'number' }], valueErrorOf(compute), {
    system, extraBad: asOf === undefined ? [] : [dateOutOfRange(asOf, system)],
  });
}

/**
 * The RFM code of a list row as the one-click grading writes it: RFM_SCORE over the settings sheet's
 * named band tables (and its as-of date when recency holds dates). The row's rules are checked here
 * once; the R, F and M columns read their digit of this cell (`scoreFromCodeFormula`).
 * @example rfmCodeCellFormula({ ref: 'B2' }, { ref: 'C2' }, { ref: 'D2' }, false) // 'CHOOSE(1+MIN(4,IFERROR(...,4)),IFERROR(VLOOKUP(B2,CRM_R_BANDS,2)*100+...,#VALUE!),NA(),NA(),"",#VALUE!)'
 */
export function rfmCodeCellFormula(recency: RfmOperand, frequency: RfmOperand, monetary: RfmOperand, recencyIsDate: boolean, system?: 1900 | 1904): string {
  return rfmScoreRowFormula({
    recency, frequency, monetary, output: 'code', system, asOf: recencyIsDate ? NAMES.asOf : undefined,
    scorers: [(v) => namedBandScore(v, NAMES.rBands), (v) => namedBandScore(v, NAMES.fBands), (v) => namedBandScore(v, NAMES.mBands)],
  });
}

/**
 * One score read from an RFM code cell: what RFM_SCORE with that output gives, since the code cell
 * holds the row's blank or error when it has one.
 * @example scoreFromCodeFormula('K2', 'r') // 'IF(K2="","",INT(K2/100))'
 * @example scoreFromCodeFormula('K2', 'f') // 'IF(K2="","",MOD(INT(K2/10),10))'
 */
export function scoreFromCodeFormula(code: string, score: 'r' | 'f' | 'm'): string {
  const digit = { r: `INT(${code}/100)`, f: `MOD(INT(${code}/10),10)`, m: `MOD(${code},10)` }[score];
  return `IF(${code}="","",${digit})`;
}

/**
 * The RFM code from three score cells (the live custom-function output, where each score is its own
 * RFM_SCORE call).
 * @example rfmCodeFormula('H2', 'I2', 'J2') // 'H2*100+I2*10+J2'
 */
export function rfmCodeFormula(r: string, f: string, m: string): string {
  return `${r}*100+${f}*10+${m}`;
}

/**
 * The segment of a code, by exact match in the settings sheet's code | segment table (VLOOKUP with
 * FALSE rather than INDEX/MATCH with a 0 row: every engine reads it the same way); blank for a blank
 * code, the code's error for an error.
 * @example segmentFormula('K2') // 'IF(K2="","",VLOOKUP(K2,CRM_SEGMENTS,2,FALSE))'
 */
export function segmentFormula(codeRef: string): string {
  return `IF(${codeRef}="","",VLOOKUP(${codeRef},${NAMES.segments},2,FALSE))`;
}
