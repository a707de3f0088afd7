import { clvFormula } from './clv-formula';
import { breakthroughScoreFormula, potentialIndexFormula } from './index-formulas';
import { NAMES } from './names';
import { bandScoreFormula, recencyScoreFormula, rfmCodeFormula, segmentFormula } from './rfm-formulas';

/** One function call found in a formula: its name (without namespace) and its raw argument texts. */
interface Call { readonly name: string; readonly args: string[] }

/**
 * Splits a formula that is exactly one custom-function call, `=CRM.NAME(a, b, ...)` (namespace optional,
 * as Sheets writes it), into its name and arguments; undefined for anything else.
 * @example parseCall('=CRM.POTENTIAL_INDEX(B2,C2,D2)') // { name: 'POTENTIAL_INDEX', args: ['B2', 'C2', 'D2'] }
 */
export function parseCall(formula: string): Call | undefined {
  const m = /^=\s*(?:CRM\.)?([A-Z_]+)\((.*)\)\s*$/i.exec(formula);
  if (!m) return undefined;
  const args: string[] = [];
  let depth = 0, quoted = false, current = '';
  for (const ch of m[2]) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (depth < 0) return undefined;
    if (!quoted && depth === 0 && ch === ',') {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  args.push(current.trim());
  return { name: m[1].toUpperCase(), args };
}

// One cell, relative or absolute (B2, $B$2), optionally on a named sheet: what a per-row formula holds.
const CELL = /^(?:(?:'[^']+'|[A-Za-z_][\w.]*)!)?\$?[A-Z]{1,3}\$?\d+$/;
const isCell = (a: string | undefined) => a !== undefined && CELL.test(a);
const blank = (a: string | undefined) => a === undefined || a === '';
const unquote = (a: string | undefined) => (a ?? '').replace(/^"(.*)"$/, '$1').toLowerCase();

/**
 * The native formula that computes what a custom-function call computes, for the calls a shareable
 * workbook can express: per-row RFM_SCORE reading the settings sheet's band tables (by name or
 * omitted), RFM_SEGMENT of a code, POTENTIAL_INDEX, BREAKTHROUGH_SCORE and CLV over single cells.
 * Undefined when the call takes ranges or options a native formula cannot follow (the caller then keeps
 * its value instead). The settings names it reads (CRM_R_BANDS, ...) must exist.
 * @example toNativeFormula('=CRM.RFM_SCORE(C4,D4,E4,CRM_R_BANDS,CRM_F_BANDS,CRM_M_BANDS,,"r")') // '=IF(C4="",NA(),VLOOKUP(C4,CRM_R_BANDS,2,TRUE))'
 */
export function toNativeFormula(formula: string): string | undefined {
  const call = parseCall(formula);
  if (!call) return undefined;
  const a = call.args;
  switch (call.name) {
    case 'RFM_SCORE': {
      const [r, f, m, rt, ft, mt, asOf, output] = a;
      if (!isCell(r) || !isCell(f) || !isCell(m) || a.length > 8) return undefined;
      const tables = [[rt, NAMES.rBands], [ft, NAMES.fBands], [mt, NAMES.mBands]];
      if (!tables.every(([given, name]) => blank(given) || given === name)) return undefined;
      if (!blank(asOf) && asOf !== NAMES.asOf) return undefined;
      const rScore = recencyScoreFormula(r, blank(asOf) ? 'days' : 'date');
      const fScore = bandScoreFormula(f, NAMES.fBands);
      const mScore = bandScoreFormula(m, NAMES.mBands);
      const out = unquote(output) || 'code';
      const native = { r: rScore, f: fScore, m: mScore, sum: `${rScore}+${fScore}+${mScore}`, code: rfmCodeFormula(rScore, fScore, mScore) }[out];
      return native ? `=${native}` : undefined;
    }
    case 'RFM_SEGMENT':
      return a.length === 1 && isCell(a[0]) ? `=${segmentFormula(a[0])}` : undefined;
    case 'POTENTIAL_INDEX':
      return a.length === 3 && a.every(isCell) ? `=${potentialIndexFormula(a[0], a[1], a[2])}` : undefined;
    case 'BREAKTHROUGH_SCORE':
      return a.length === 2 && a.every(isCell) ? `=${breakthroughScoreFormula(a[0], a[1])}` : undefined;
    case 'CLV': {
      if (a.length < 4 || a.length > 6 || !a.slice(0, 4).every(isCell)) return undefined;
      const margin = blank(a[4]) ? '1' : a[4];
      const rate = blank(a[5]) ? '0' : a[5];
      if (![margin, rate].every((x) => isCell(x) || /^\d+(\.\d+)?%?$/.test(x))) return undefined;
      return `=${clvFormula(a[0], a[1], a[2], a[3], margin, rate)}`;
    }
    default:
      return undefined;
  }
}

/** True when a formula calls one of the add-in's custom functions anywhere. */
export function callsCustomFunction(formula: string): boolean {
  return /\bCRM\.[A-Z_]+\(/i.test(formula);
}
