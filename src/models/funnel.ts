// The sales funnel (seed 003; docs/pipeline.md, FUNNEL): how many reached each stage, the conversion of
// each step and from the first stage, the gap to each stage's target, and the bottleneck step.

/**
 * Counts per stage from each record's furthest stage (0-based; -1 is a record not counted): stage k
 * counts every record whose furthest stage is k or later, since a record at stage k passed every stage
 * before it.
 * @example funnelCounts([0, 1, 4, 0, 2, 0, 3, 1, 4, 0], 5) // [10, 6, 4, 3, 2]
 */
export function funnelCounts(furthest: ArrayLike<number>, stages: number): number[] {
  const atStage = new Array<number>(stages).fill(0);
  for (let i = 0; i < furthest.length; i++) if (furthest[i] >= 0) atStage[furthest[i]]++;
  const reached = new Array<number>(stages);
  let later = 0;
  for (let k = stages - 1; k >= 0; k--) reached[k] = later += atStage[k];
  return reached;
}

/** One stage of the funnel. NaN where a value does not exist (see funnelSteps). */
export interface FunnelStage {
  readonly count: number;
  /** count / the previous stage's count: NaN for the first stage and after a stage of 0. */
  readonly step: number;
  /** count / the first stage's count: NaN when the first stage is 0. */
  readonly fromFirst: number;
  /** target - count: NaN without a target. */
  readonly gap: number;
}

/** The funnel, stage by stage, and the index of its bottleneck stage (-1 for none). */
export interface Funnel {
  readonly stages: FunnelStage[];
  readonly bottleneck: number;
}

/**
 * The funnel of counts per stage (non-increasing) and optional targets per stage (NaN: none). The
 * bottleneck is the step, from the second stage on, that falls furthest short: with targets, the lowest
 * step / (target_k / target_(k-1)) below 1 (steps lacking either target, after a target of 0 or a
 * count of 0, or with a target of 0, are left out); without targets, the lowest step below 1. Ties go to
 * the earlier stage; no stage when none falls short.
 * @example funnelSteps([1000, 600, 300, 90, 27], [1000, 650, 350, 120, 30]).bottleneck // 3 (商机: 0.3 against 0.343)
 * @example funnelSteps([1000, 600, 300, 90, 27]).bottleneck // 3 (0.3, tied with 赢单, which comes later)
 */
export function funnelSteps(counts: readonly number[], targets?: readonly number[]): Funnel {
  const first = counts[0];
  const stages: FunnelStage[] = counts.map((count, k) => ({
    count,
    step: k === 0 || counts[k - 1] === 0 ? NaN : count / counts[k - 1],
    fromFirst: first === 0 ? NaN : count / first,
    gap: targets && targets[k] === targets[k] ? targets[k] - count : NaN,
  }));
  let bottleneck = -1;
  let lowest = 1;
  for (let k = 1; k < stages.length; k++) {
    const { step } = stages[k];
    if (step !== step) continue;
    let against = step;
    if (targets) {
      const previous = targets[k - 1], target = targets[k];
      if (!(previous > 0 && target > 0)) continue;
      against = step / (target / previous);
    }
    // 1e-12: a step that meets its target to the last bit of float noise meets it.
    if (against < lowest - 1e-12) {
      lowest = against;
      bottleneck = k;
    }
  }
  return { stages, bottleneck };
}
