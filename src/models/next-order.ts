import { mean, sampleStandardDeviation } from './stats';

/** What NEXT_ORDER_DATE returns. */
export type NextOrderOutput = 'date' | 'window_start' | 'window_end' | 'volatility';
export const NEXT_ORDER_OUTPUTS: readonly NextOrderOutput[] = ['date', 'window_start', 'window_end', 'volatility'];

/** The purchase cycle of one customer: the next expected order and how regular the cycle is. */
export interface PurchaseCycle {
  /** Last order + mean interval, in serial days. */
  readonly next: number;
  /** Sample sd of the intervals, in days. */
  readonly spread: number;
  /** sd / mean of the intervals: seed 000's purchase-cycle volatility. */
  readonly volatility: number;
}

/**
 * Seed 000, formula 4: from order dates (serial days, any order, at least 3), the next order date is
 * the last order plus the mean interval between orders; its window is +/- one sample sd of the intervals.
 * @example purchaseCycle([46000, 46030, 46070]) // { next: 46105, spread: 7.07..., volatility: 0.202... }
 */
export function purchaseCycle(orderDates: readonly number[]): PurchaseCycle {
  const dates = [...orderDates].sort((a, b) => a - b);
  const intervals: number[] = [];
  for (let i = 1; i < dates.length; i++) intervals.push(dates[i] - dates[i - 1]);
  const meanInterval = mean(intervals);
  const spread = sampleStandardDeviation(intervals);
  return {
    next: dates[dates.length - 1] + meanInterval,
    spread,
    volatility: meanInterval === 0 ? NaN : spread / meanInterval,
  };
}
