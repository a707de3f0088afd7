import { CallError, cellError, failCall } from '../cells/cell-error';
import { isBlank, readNonNegative, readNumber, showValue, upstreamError } from '../cells/coerce';
import { toGrid } from '../cells/grid';
import { matchKey } from '../cells/match-key';
import { numberVector, vectorCells } from '../cells/number-vector';
import { BLANK_OUT, type OutCell, type OutGrid } from '../cells/output';
import type { Lang } from '../i18n/lang';
import { format } from '../i18n/messages';
import { funnelCounts, funnelSteps } from '../models/funnel';
import type { CallContext } from './call-context';

/** The stages a funnel counts, and the records it could not count. */
interface StageCounts {
  readonly counts: number[];
  /** Each stage's label as the result shows it: its name, or its number. */
  readonly labels: (string | number)[];
  readonly notCounted?: { readonly count: number; readonly row: number; readonly reason: string };
}

/**
 * FUNNEL over host cells (seed 003): from each record's furthest stage (text matched to `stage_names`) or
 * from counts per stage, one row per stage `stage | count | step conversion | conversion from first |
 * gap to target | bottleneck`, and one more row when records could not be counted (the first one's
 * error, and how many). docs/pipeline.md has the rules.
 * @example funnelCall([[[1000, 600, 300, 90, 27]], [['线索', '触达', '跟进', '商机', '赢单']], [[1000, 650, 350, 120, 30]]], { lang: 'zh-CN' })[3] // ['商机', 90, 0.3, 0.09, 30, '瓶颈']
 */
export function funnelCall(args: readonly unknown[], ctx: CallContext): OutGrid {
  const [stagesArg, namesArg, targetsArg] = args;
  const { lang } = ctx;
  const grid = toGrid(stagesArg);
  if (grid.length > 1 && grid[0].length > 1) failCall(lang, 'funnelShape', { rows: grid.length, cols: grid[0].length });
  const names = readStageNames(namesArg, lang);
  const cells = vectorCells(stagesArg, 'stages', lang);
  if (cells.length === 0) return [[BLANK_OUT]];
  // Counts when every cell that is not blank or an error reads as a number; records' stages otherwise.
  const numbers = cells.filter((c) => !isBlank(c) && !upstreamError(c));
  const counted = numbers.length > 0 && numbers.every((c) => typeof readNumber(c, 'stages', lang) === 'number')
    ? countsPerStage(cells, grid.length > 1, names, lang)
    : recordsPerStage(cells, names, lang);
  const targets = readTargets(targetsArg, counted.counts.length, lang);
  const { stages, bottleneck } = funnelSteps(counted.counts, targets);
  const { labels } = counted;
  const none = (k: number) => cellError(lang, 'value', 'funnelNoneReached', { stage: labels[k] });
  const out: OutGrid = stages.map((s, k) => [
    labels[k],
    s.count,
    k === 0 ? BLANK_OUT : s.step === s.step ? s.step : none(k - 1),
    s.fromFirst === s.fromFirst ? s.fromFirst : none(0),
    s.gap === s.gap ? s.gap : BLANK_OUT,
    k === bottleneck ? format(lang, 'bottleneck', {}) : BLANK_OUT,
  ]);
  if (counted.notCounted) out.push(notCountedRow(counted.notCounted, lang));
  return out;
}

/** `stage_names`: 2 or more distinct names, none blank (trailing blanks ignored); undefined when omitted. */
function readStageNames(value: unknown, lang: Lang): string[] | undefined {
  const cells = vectorCells(value, 'stage_names', lang);
  if (cells.length === 0) return undefined;
  if (cells.length < 2) failCall(lang, 'funnelTooFewStages', { arg: 'stage_names', got: cells.length });
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const key = matchKey(cell);
    if (key === undefined) failCall(lang, 'vectorBlank', { arg: 'stage_names', index: i + 1 });
    const first = seen.get(key);
    if (first !== undefined) failCall(lang, 'funnelNameDuplicate', { value: showValue(cell), first, index: i + 1 });
    seen.set(key, i + 1);
    return typeof cell === 'string' ? cell.trim() : showValue(cell);
  });
}

/**
 * Counts per stage: a row, or a column as long as `stage_names` (a column of numbers alone may be
 * records' stage numbers); each >= 0, none blank, none above the one before.
 */
function countsPerStage(cells: unknown[], column: boolean, names: string[] | undefined, lang: Lang): StageCounts {
  if (column && names === undefined) failCall(lang, 'funnelColumnNeedsNames', {});
  const counts = cells.map((cell, i) => {
    const n = readNonNegative(cell, 'stages', lang);
    if (n === null) failCall(lang, 'vectorBlank', { arg: 'stages', index: i + 1 });
    if (typeof n !== 'number') throw new CallError(n);
    return n;
  });
  if (counts.length < 2) failCall(lang, 'funnelTooFewStages', { arg: 'stages', got: counts.length });
  if (names && names.length !== counts.length) failCall(lang, 'funnelNamesCount', { names: names.length, counts: counts.length });
  for (let k = 1; k < counts.length; k++) {
    if (counts[k] > counts[k - 1]) failCall(lang, 'funnelRise', { stage: k + 1, value: counts[k], previous: counts[k - 1] });
  }
  return { counts, labels: names ?? counts.map((_, k) => k + 1) };
}

/** Records' furthest stages matched to the names; blank cells skipped, the rest not counted and said. */
function recordsPerStage(cells: unknown[], names: string[] | undefined, lang: Lang): StageCounts {
  if (names === undefined) failCall(lang, 'funnelNeedNames', {});
  const index = new Map(names.map((name, k) => [matchKey(name)!, k]));
  const list = names.join(format(lang, 'listSeparator', {}));
  const furthest = new Int32Array(cells.length).fill(-1);
  let count = 0;
  let first: { row: number; reason: string } | undefined;
  cells.forEach((cell, i) => {
    if (isBlank(cell)) return;
    const error = upstreamError(cell);
    const k = error ? undefined : index.get(matchKey(cell)!);
    if (k !== undefined) {
      furthest[i] = k;
      return;
    }
    count++;
    first ??= {
      row: i + 1,
      reason: error
        ? format(lang, 'upstreamError', { arg: 'stages', value: error })
        : format(lang, 'funnelUnknownStage', { value: showValue(cell), names: list }),
    };
  });
  return { counts: funnelCounts(furthest, names.length), labels: names, notCounted: first && { count, ...first } };
}

/** `targets`: one per stage (trailing blanks may be left off), each >= 0 or blank; a fraction is a rate. */
function readTargets(value: unknown, stages: number, lang: Lang): number[] | undefined {
  const targets = numberVector(value, 'targets', lang, 'keep');
  if (targets.length === 0) return undefined;
  if (targets.length > stages) failCall(lang, 'vectorLength', { arg: 'targets', expected: stages, got: targets.length });
  for (const t of targets) {
    if (t < 0) failCall(lang, 'negative', { arg: 'targets', value: t });
    if (t > 0 && t < 1) failCall(lang, 'funnelTargetRate', { arg: 'targets', value: t });
  }
  while (targets.length < stages) targets.push(NaN);
  return targets;
}

/** The row after the stages: the first uncounted record's error and how many were not counted. */
function notCountedRow(notCounted: NonNullable<StageCounts['notCounted']>, lang: Lang): OutCell[] {
  const { count, row, reason } = notCounted;
  const error = count === 1
    ? cellError(lang, 'value', 'funnelRowNotCounted', { row, reason })
    : cellError(lang, 'value', 'funnelRowsNotCounted', { count, row, reason });
  return [error, count, BLANK_OUT, BLANK_OUT, BLANK_OUT, BLANK_OUT];
}
