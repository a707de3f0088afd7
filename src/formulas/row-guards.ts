// The custom functions' row rules (SPEC, "Conventions"), written as native formula text: blank in,
// blank out; a bad input is #VALUE!; a missing one #N/A; the first problem wins, as in src/cells/rows.ts.
// Every test is built from ISNUMBER / ISTEXT / ISBLANK inside IF, so a cell holding an error is a bad
// input (as the core reads it) instead of an error leaking through a comparison.
import { DATE_1904_OFFSET, FIRST_SAFE_SERIAL, LAST_SERIAL } from '../cells/dates';

/** Excel's #VALUE! as a formula constant: Excel, LibreOffice and HyperFormula all read it. */
export const VALUE_ERROR = '#VALUE!';

/** How an operand (a cell reference or a number literal) is read, as the core's readers read it. */
export type OperandKind = 'number' | 'nonNegative' | 'ratio' | 'date' | 'score' | 'code';

/** One input of a row: its operand text, how it is read, and whether it may be blank (then `fallback`). */
export interface GuardedInput {
  readonly ref: string;
  readonly kind: OperandKind;
  readonly optional?: { readonly fallback: string };
}

/**
 * True (as formula text) when an operand is blank as the core sees it: an empty cell, or text of only
 * spaces (a formula's "" included).
 * @example isBlankFormula('B2') // 'IF(ISTEXT(B2),TRIM(B2)="",ISBLANK(B2))'
 */
export function isBlankFormula(ref: string): string {
  return `IF(ISTEXT(${ref}),TRIM(${ref})="",ISBLANK(${ref}))`;
}

/**
 * The serial range a date operand may hold, in the workbook's own date system: the core refuses dates
 * before 1900-03-01 and after 9999-12-31, and a 1904 workbook counts 1,462 days fewer.
 * @example dateBounds(1904) // { low: -1401, high: 2957004 }
 */
export function dateBounds(system: 1900 | 1904 = 1900): { low: number; high: number } {
  const shift = system === 1904 ? DATE_1904_OFFSET : 0;
  return { low: FIRST_SAFE_SERIAL - shift, high: LAST_SERIAL + 1 - shift };
}

/**
 * True (as formula text) when a non-blank operand is not what its kind accepts: not a number, a
 * negative count, a ratio outside 0-1, a date outside the core's range. Text is always bad here: a
 * native formula cannot read number text the way the core does in every locale, so it says #VALUE!
 * rather than guess.
 * @example isBadFormula('B2', 'ratio') // 'IF(ISLOGICAL(B2),TRUE(),IF(ISNUMBER(B2),OR(B2<0,B2>1),NOT(IF(ISTEXT(B2),TRIM(B2)="",ISBLANK(B2)))))'
 */
export function isBadFormula(ref: string, kind: OperandKind, system: 1900 | 1904 = 1900): string {
  const { low, high } = dateBounds(system);
  const digit = (at: string) => `OR(${at}<1,${at}>5)`;
  const range = {
    number: 'FALSE()', nonNegative: `${ref}<0`, ratio: `OR(${ref}<0,${ref}>1)`, date: `OR(${ref}<${low},${ref}>=${high})`,
    // RFM_SEGMENT: a score is a whole 1-5; a code is three such digits (111..555).
    score: `OR(${ref}<>INT(${ref}),${digit(ref)})`,
    code: `OR(${ref}<>INT(${ref}),${ref}<111,${ref}>555,${digit(`MOD(${ref},10)`)},${digit(`MOD(INT(${ref}/10),10)`)})`,
  }[kind];
  // A number literal (2, 80%) is a number: LibreOffice's ISLOGICAL would misread its format.
  if (/^[-.\d]/.test(ref)) return range;
  // LibreOffice counts TRUE as a number; the functions refuse it, so logicals are asked about first.
  return `IF(ISLOGICAL(${ref}),TRUE(),IF(ISNUMBER(${ref}),${range},NOT(${isBlankFormula(ref)})))`;
}

/**
 * A row formula with the custom functions' rules around `compute`: #VALUE! when any input is bad (or
 * `extraBad` holds), blank when every required input is blank, #N/A when one is, else `compute`, where
 * optional inputs read blank as their fallback (see `operand`).
 * @example guardedRow([{ ref: 'B2', kind: 'ratio' }], '100*B2') // 'IF(OR(IF(ISNUMBER(B2),...)),#VALUE!,IF(AND(...),"",IF(OR(...),NA(),100*B2)))'
 */
export function guardedRow(inputs: readonly GuardedInput[], compute: string, options: { system?: 1900 | 1904; extraBad?: readonly string[] } = {}): string {
  const bad = [...inputs.map((i) => isBadFormula(i.ref, i.kind, options.system)), ...(options.extraBad ?? [])];
  const required = inputs.filter((i) => !i.optional).map((i) => isBlankFormula(i.ref));
  return `IF(OR(${bad.join(',')}),${VALUE_ERROR},IF(AND(${required.join(',')}),"",IF(OR(${required.join(',')}),NA(),${compute})))`;
}

/**
 * What the computation reads for an input: the operand, or its fallback when an optional one is blank.
 * @example operand({ ref: 'F2', kind: 'ratio', optional: { fallback: '1' } }) // 'IF(IF(ISTEXT(F2),TRIM(F2)="",ISBLANK(F2)),1,F2)'
 */
export function operand(input: GuardedInput): string {
  return input.optional ? `IF(${isBlankFormula(input.ref)},${input.optional.fallback},${input.ref})` : input.ref;
}
