import { parseLangArg, type Lang } from '../i18n/lang';
import type { BandTable } from '../models/band-table';
import { PRESET_NAMES, RFM_PRESETS, type PresetName } from '../models/presets';
import type { RfmDimension } from '../models/rfm';
import { SEGMENTERS, SEGMENT_SCHEMES, type SegmentScheme } from '../models/segments';
import { RFM_OUTPUTS, type RfmOutput } from '../calls/rfm-score';
import { clvFormula } from './clv-formula';
import { breakthroughScoreFormula, potentialIndexFormula } from './index-formulas';
import { NAMES } from './names';
import { namedBandScore, rfmScoreRowFormula, type BandScorer } from './rfm-formulas';
import { guardedRow, isBlankFormula, operand, valueErrorOf, VALUE_ERROR, type GuardedInput } from './row-guards';

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

/** Why a custom-function cell was kept as its value instead of becoming a native formula. */
export type FreezeReason =
  /** Takes whole columns (one call spilling a column): per-row native formulas would need other cells. */
  | 'ranges'
  /** Quintile bands: computed from the whole list, no per-row formula follows them. */
  | 'quintile'
  /** A band table given as a range other than the settings sheet's, which the add-in validates and a formula cannot. */
  | 'table'
  /** An argument given in a form a native formula cannot read as the function does (text, another cell's option). */
  | 'option'
  /** A function with no native form (churn risk, composite grade, ABC class, BTYD, ...). */
  | 'function'
  /** The call is part of a larger formula. */
  | 'nested';

/** What Make shareable does with one formula: a native formula, or freeze it for a reason. */
export type Conversion = { readonly native: string } | { readonly frozen: FreezeReason };

/** What the conversion needs to know of the workbook. */
export interface ConversionContext {
  /** The language the custom functions label segments in (the user's, as the add-in runs). */
  readonly lang: Lang;
  /** The workbook's date system: its serials count from 1900 or from 1904. */
  readonly system?: 1900 | 1904;
}

// One cell, relative or absolute (B2, $B$2), optionally on a named sheet: what a per-row formula holds.
const CELL = /^(?:(?:'[^']+'|[A-Za-z_][\w.]*)!)?\$?[A-Z]{1,3}\$?\d+$/;
// A number literal as a formula writes one: 2, 0.4, .5, 5%, -1 (a negative ratio is read, then refused).
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;
const isCell = (a: string | undefined) => a !== undefined && CELL.test(a);
const isOperand = (a: string | undefined) => a !== undefined && (CELL.test(a) || NUMBER.test(a));
const isRange = (a: string | undefined) => a !== undefined && /:/.test(a);
const blank = (a: string | undefined) => a === undefined || a === '' || a === '""';
const quoted = (a: string | undefined) => (a !== undefined && /^"[^"]*"$/.test(a) ? a.slice(1, -1).trim().toLowerCase() : undefined);

/**
 * A band score as nested IFs over a table written into the formula: exact for `from` ascending, as an
 * approximate VLOOKUP, and #VALUE! below the first band, as RFM_SCORE says.
 * @example literalBandScore('D2', { from: [0, 5, 10], score: [1, 3, 5] }) // 'IF(D2>=10,5,IF(D2>=5,3,IF(D2>=0,1,#VALUE!)))'
 */
export function literalBandScore(value: string, table: BandTable): string {
  let formula = VALUE_ERROR;
  table.from.forEach((from, i) => { formula = `IF(${value}>=${from},${table.score[i]},${formula})`; });
  return formula;
}

/** A band-table argument as a scorer, or the reason none can be written. */
function tableScorer(arg: string | undefined, dimension: RfmDimension): BandScorer | FreezeReason {
  if (blank(arg)) return (v) => literalBandScore(v, RFM_PRESETS.seed[dimension]);
  const name = { r: NAMES.rBands, f: NAMES.fBands, m: NAMES.mBands }[dimension];
  // The settings sheet's tables, which the add-in wrote and checked: read where the function reads them.
  if (arg === name) return (v) => namedBandScore(v, name);
  const text = quoted(arg);
  if (text === 'quintile' || text === 'quintiles') return 'quintile';
  if (text !== undefined && (PRESET_NAMES as string[]).includes(text)) return (v) => literalBandScore(v, RFM_PRESETS[text as PresetName][dimension]);
  return isRange(arg) || isCell(arg) ? 'table' : 'option';
}

/** RFM_SCORE of one row: the three scores under the row rules, days counted to as_of when given. */
function rfmScore(a: readonly string[], ctx: ConversionContext): Conversion {
  const [r, f, m, rt, ft, mt, asOf, output] = a;
  if ([r, f, m].some(isRange)) return { frozen: 'ranges' };
  if (![r, f, m].every(isCell) || a.length > 8) return { frozen: 'option' };
  const scorers = [tableScorer(rt, 'r'), tableScorer(ft, 'f'), tableScorer(mt, 'm')];
  const reason = scorers.find((s): s is FreezeReason => typeof s === 'string');
  if (reason) return { frozen: reason };
  const out = blank(output) ? 'code' : quoted(output);
  if (!out || !(RFM_OUTPUTS as readonly string[]).includes(out)) return { frozen: 'option' };
  if (!blank(asOf) && !isOperand(asOf) && asOf !== NAMES.asOf) return { frozen: 'option' };
  const row = (days?: string) => rfmScoreRowFormula({
    recency: { ref: r }, frequency: { ref: f }, monetary: { ref: m }, scorers: scorers as [BandScorer, BandScorer, BandScorer],
    asOf: days, output: out as RfmOutput, system: ctx.system,
  });
  if (blank(asOf)) return { native: `=${row()}` };
  // A blank as_of cell means recency holds days, as the function reads it.
  return { native: isCell(asOf) || asOf === NAMES.asOf ? `=IF(${isBlankFormula(asOf!)},${row()},${row(asOf)})` : `=${row(asOf)}` };
}

/**
 * The segment of a code under a scheme, as CHOOSEs by the R, then F, then M digit with the 125 labels
 * written in (LibreOffice's CHOOSE takes at most 30 values): a shared workbook then needs no settings
 * table, and the scheme cannot drift from it.
 * @example segmentChoose('J2', 'value8', 'en').slice(0, 48) // 'CHOOSE(INT(J2/100),CHOOSE(MOD(INT(J2/10),10),CHO'
 */
export function segmentChoose(code: string, scheme: SegmentScheme, lang: Lang): string {
  const label = (r: number, f: number, m: number) => `"${SEGMENTERS[scheme](r, f, m)[lang].replace(/"/g, '""')}"`;
  const five = (make: (i: number) => string) => [1, 2, 3, 4, 5].map(make).join(',');
  return `CHOOSE(INT(${code}/100),${five((r) => `CHOOSE(MOD(INT(${code}/10),10),${five((f) => `CHOOSE(MOD(${code},10),${five((m) => label(r, f, m))})`)})`)})`;
}

/** RFM_SEGMENT of one row: of a code cell, or of three score cells. */
function rfmSegment(a: readonly string[], ctx: ConversionContext): Conversion {
  const [r, f, m, schemeArg, langArg] = a;
  if ([r, f, m].some(isRange)) return { frozen: 'ranges' };
  if (a.length > 5) return { frozen: 'option' };
  const scheme = blank(schemeArg) ? 'value8' : quoted(schemeArg);
  const lang = blank(langArg) ? ctx.lang : parseLangArg(quoted(langArg));
  if (!scheme || !(SEGMENT_SCHEMES as readonly string[]).includes(scheme) || !lang) return { frozen: 'option' };
  if (blank(f) && blank(m)) {
    if (!isCell(r)) return { frozen: 'option' };
    return { native: `=${guardedRow([{ ref: r, kind: 'code' }], segmentChoose(r, scheme as SegmentScheme, lang))}` };
  }
  if (![r, f, m].every(isCell)) return { frozen: 'option' };
  const code = `(${r}*100+${f}*10+${m})`;
  return { native: `=${guardedRow([r, f, m].map((ref) => ({ ref, kind: 'score' as const })), segmentChoose(code, scheme as SegmentScheme, lang))}` };
}

/** A row-wise function of ratio and amount cells: the guarded row around `compute` of its operands. */
function rowFunction(a: readonly string[], inputs: readonly Omit<GuardedInput, 'ref'>[], compute: (refs: string[]) => string, ctx: ConversionContext): Conversion {
  if (a.some(isRange)) return { frozen: 'ranges' };
  const required = inputs.filter((i) => !i.optional).length;
  if (a.length < required || a.length > inputs.length) return { frozen: 'option' };
  const given = inputs.map((input, i) => ({ ...input, ref: a[i] })).filter((input) => !(input.optional && blank(input.ref)));
  if (!given.every((input) => isOperand(input.ref))) return { frozen: 'option' };
  // An omitted optional argument is its default, written in; a given one reads blank as the default.
  const refs = inputs.map((input, i) => (input.optional && blank(a[i]) ? input.optional.fallback : operand({ ...input, ref: a[i] })));
  return { native: `=${guardedRow(given, compute(refs), { system: ctx.system })}` };
}

/**
 * What Make shareable writes for a formula: the native formula that computes what the custom-function
 * call computes on every input (blank, partly blank, text, out of range, below the first band, dates
 * in either date system), or the reason it keeps the value instead. Omitted band tables are the
 * seed's, written into the formula; the settings sheet's named tables are read where the call names them.
 * @example convertFormula('=CRM.POTENTIAL_INDEX(B2,C2,D2)', { lang: 'en' }) // { native: '=CHOOSE(1+MIN(4,IFERROR(IF(ISNUMBER(B2)>ISLOGICAL(B2),4*(OR(B2<0,B2>1)),4-3*(TRIM(B2)=""))+...,4)),100*B2*C2*D2,NA(),NA(),"",#VALUE!)' }
 * @example convertFormula('=CRM.RFM_SCORE(B2,C2,D2,"quintile")', { lang: 'en' }) // { frozen: 'quintile' }
 */
export function convertFormula(formula: string, ctx: ConversionContext): Conversion {
  const call = parseCall(formula);
  if (!call) return { frozen: 'nested' };
  const a = call.args.length === 1 && call.args[0] === '' ? [] : call.args;
  const ratio = { kind: 'ratio' as const };
  const amount = { kind: 'nonNegative' as const };
  switch (call.name) {
    case 'RFM_SCORE':
      return rfmScore(a, ctx);
    case 'RFM_SEGMENT':
      return rfmSegment(a, ctx);
    case 'POTENTIAL_INDEX':
      return rowFunction(a, [ratio, ratio, ratio], ([b, p, s]) => potentialIndexFormula(b, p, s), ctx);
    case 'BREAKTHROUGH_SCORE':
      return rowFunction(a, [ratio, ratio], ([p, t]) => breakthroughScoreFormula(p, t), ctx);
    case 'CLV':
      return rowFunction(a, [amount, amount, amount, amount, { ...ratio, optional: { fallback: '1' } }, { ...ratio, optional: { fallback: '0' } }],
        ([rev, y, acq, mt, mg, d]) => valueErrorOf(clvFormula(rev, y, acq, mt, mg, d)), ctx);
    default:
      return { frozen: 'function' };
  }
}

/**
 * The native formula for a custom-function call, or undefined where the value must be kept (see
 * `convertFormula`, which also says why).
 * @example toNativeFormula('=CRM.RFM_SCORE(C4,D4,E4,"quintile")') // undefined
 */
export function toNativeFormula(formula: string, ctx: ConversionContext = { lang: 'en' }): string | undefined {
  const c = convertFormula(formula, ctx);
  return 'native' in c ? c.native : undefined;
}

/**
 * True when a formula calls one of the add-in's custom functions anywhere.
 * @example callsCustomFunction('=1+CRM.CLV(B2,C2,D2,E2)') // true
 */
export function callsCustomFunction(formula: string): boolean {
  return /\bCRM\.[A-Z_]+\(/i.test(formula);
}
