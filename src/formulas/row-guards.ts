// The custom functions' row rules (SPEC, "Conventions"), written as native formula text once, for every
// native formula the add-in writes (the pane's graded columns and Make shareable): blank in, blank out;
// a bad input is #VALUE!; a missing one #N/A; a bad input wins over a missing one, as in src/cells/rows.ts.
//
// Each input is read once into a small number, its state: 0 when it holds a number the function reads,
// 1 when it is blank (0 when it is optional), and `bad` (one more than the required inputs) for anything
// else. The sum of the states picks the outcome with one CHOOSE: 0 computes, 1 up to n-1 is #N/A, n
// (every required input blank) is "", from n+1 on #VALUE!. Reading each reference once, and not once
// per rule, keeps the formula short enough for a million rows. The tests are ISNUMBER, ISLOGICAL and
// TRIM; a cell holding an error makes TRIM an error, which one IFERROR around the sum counts as bad
// (the core reads an error cell as a bad input), so no error leaks through a comparison.
import { DATE_1904_OFFSET, FIRST_SAFE_SERIAL, LAST_SERIAL } from '../cells/dates';

/** Excel's #VALUE! as a formula constant: Excel, LibreOffice and HyperFormula all read it. */
export const VALUE_ERROR = '#VALUE!';

/** How an operand (a cell reference or a number literal) is read, as the core's readers read it:
 * `hundred` is a 0-100 score (COMPOSITE_GRADE), `score` a whole 1-5, `code` an RFM code 111-555. */
export type OperandKind = 'number' | 'nonNegative' | 'ratio' | 'hundred' | 'date' | 'score' | 'code';

/** One input of a row: its operand text, how it is read, and whether it may be blank (then `fallback`). */
export interface GuardedInput {
  readonly ref: string;
  readonly kind: OperandKind;
  readonly optional?: { readonly fallback: string };
  /** For a date counted in days up to this date (RFM_SCORE's as_of): a later date is bad. */
  readonly since?: string;
}

/** Several cells read as one input whose blank cells are gaps (CHURN_RISK's periods): blank when all
 * its cells are, bad at any bad cell. */
export interface GuardedGroup {
  readonly refs: readonly string[];
  readonly kind: OperandKind;
}

/**
 * True (as formula text) when an operand is blank as the core sees it: an empty cell, or text of only
 * spaces (a formula's "" included); false, never an error, for a cell holding an error.
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
 * True (as formula text) when a number is outside what its kind accepts: a negative count, a ratio
 * outside 0-1, a date outside the core's range (or after `since`); undefined for a kind that takes any
 * number. Only ever asked of a number (an as_of cell aside: see `dateOutOfRange`).
 * @example outOfRange('B2', 'ratio') // 'OR(B2<0,B2>1)'
 * @example outOfRange('C2', 'date', 1900, 'CRM_AS_OF') // 'OR(C2<61,C2>=2958466,INT(CRM_AS_OF)<INT(C2))'
 */
export function outOfRange(ref: string, kind: OperandKind, system: 1900 | 1904 = 1900, since?: string): string | undefined {
  const digit = (at: string) => `OR(${at}<1,${at}>5)`;
  switch (kind) {
    case 'number': return undefined;
    case 'nonNegative': return `${ref}<0`;
    case 'ratio': return `OR(${ref}<0,${ref}>1)`;
    case 'hundred': return `OR(${ref}<0,${ref}>100)`;
    case 'date': {
      const { low, high } = dateBounds(system);
      return `OR(${ref}<${low},${ref}>=${high}${since === undefined ? '' : `,INT(${since})<INT(${ref})`})`;
    }
    // RFM_SEGMENT: a score is a whole 1-5; a code is three such digits (111..555).
    case 'score': return `OR(${ref}<>INT(${ref}),${digit(ref)})`;
    case 'code': return `OR(${ref}<>INT(${ref}),${ref}<111,${ref}>555,${digit(`MOD(${ref},10)`)},${digit(`MOD(INT(${ref}/10),10)`)})`;
  }
}

/**
 * True (as formula text) when a date argument given once for the whole call (as_of) is no date: out of
 * the core's range, text (text compares above every number), or an error (caught as bad by the row's
 * IFERROR). A blank one is the caller's to branch on first.
 * @example dateOutOfRange('CRM_AS_OF') // 'OR(CRM_AS_OF<61,CRM_AS_OF>=2958466)'
 */
export function dateOutOfRange(ref: string, system: 1900 | 1904 = 1900): string {
  const { low, high } = dateBounds(system);
  return `OR(${ref}<${low},${ref}>=${high})`;
}

// A number literal (2, 80%, -1) is a number: it needs no ISNUMBER, and LibreOffice's ISLOGICAL could
// misread its format.
const isLiteral = (ref: string) => /^[-.\d]/.test(ref);

/**
 * One cell's state (see the top of this file): 0 for a number its kind accepts, `blank` when blank,
 * `bad` otherwise. TRUE is asked about before ISNUMBER: LibreOffice counts it a number, the functions
 * refuse it.
 * @example cellState('B2', 'nonNegative', 4, 1) // 'IF(ISNUMBER(B2)>ISLOGICAL(B2),4*(B2<0),4-3*(TRIM(B2)=""))'
 */
export function cellState(ref: string, kind: OperandKind, bad: number, blank: 0 | 1, system: 1900 | 1904 = 1900, since?: string): string {
  const range = outOfRange(ref, kind, system, since);
  const onNumber = range === undefined ? '0' : `${bad}*(${range})`;
  if (isLiteral(ref)) return onNumber;
  const onOther = blank ? `${bad}-${bad - 1}*(TRIM(${ref})="")` : `${bad}*(TRIM(${ref})<>"")`;
  return `IF(ISNUMBER(${ref})>ISLOGICAL(${ref}),${onNumber},${onOther})`;
}

const isGroup = (input: GuardedInput | GuardedGroup): input is GuardedGroup => 'refs' in input;

/**
 * A row formula with the custom functions' rules around `compute`: #VALUE! when any input is bad (or
 * an `extraBad` test holds), "" when every required input is blank, #N/A when some are, else
 * `compute`, where optional inputs read blank as their fallback (see `operand`).
 * @example guardedRow([{ ref: 'B2', kind: 'ratio' }], '100*B2') // 'CHOOSE(1+MIN(2,IFERROR(IF(ISNUMBER(B2)>ISLOGICAL(B2),2*(OR(B2<0,B2>1)),2-1*(TRIM(B2)="")),2)),100*B2,"",#VALUE!)'
 */
export function guardedRow(
  inputs: readonly (GuardedInput | GuardedGroup)[], compute: string, options: { system?: 1900 | 1904; extraBad?: readonly string[] } = {},
): string {
  const required = inputs.filter((i) => isGroup(i) || !i.optional).length;
  const bad = required + 1;
  const states = inputs.map((i) => (isGroup(i)
    ? [...i.refs.map((ref) => cellState(ref, i.kind, bad, 0, options.system)), `(COUNT(${i.refs.join(',')})=0)`].join('+')
    : cellState(i.ref, i.kind, bad, i.optional ? 0 : 1, options.system, i.since)));
  const extra = (options.extraBad ?? []).map((test) => `${bad}*(${test})`);
  const missing = Array<string>(Math.max(0, required - 1)).fill('NA()');
  return `CHOOSE(1+MIN(${bad},IFERROR(${[...states, ...extra].join('+')},${bad})),${[compute, ...missing, '""', VALUE_ERROR].join(',')})`;
}

/**
 * What the computation reads for an input: the operand, or its fallback when an optional one is blank
 * (an error there never reaches the computation: the row is #VALUE! first).
 * @example operand({ ref: 'F2', kind: 'ratio', optional: { fallback: '1' } }) // 'IF(TRIM(F2)="",1,F2)'
 */
export function operand(input: GuardedInput): string {
  return input.optional && !isLiteral(input.ref) ? `IF(TRIM(${input.ref})="",${input.optional.fallback},${input.ref})` : input.ref;
}

/**
 * A computation whose spreadsheet error (an overflow's #NUM!, a #DIV/0!) the core gives as #VALUE!
 * (finiteOrError in src/cells/rows.ts, a lookup below the first band).
 * @example valueErrorOf('B2*C2') // 'IFERROR(B2*C2,#VALUE!)'
 */
export function valueErrorOf(compute: string): string {
  return `IFERROR(${compute},${VALUE_ERROR})`;
}
