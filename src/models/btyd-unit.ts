/** The time unit of a BTYD summary and of the models fitted on it: `W` weeks (the default) or `D` days. */
export type BtydUnit = 'W' | 'D';

export const BTYD_UNITS: readonly BtydUnit[] = ['W', 'D'];

/** Days in one unit. */
export const DAYS_PER_UNIT: Readonly<Record<BtydUnit, number>> = { W: 7, D: 1 };

/**
 * Units in one month, as SPEC's EXPECTED_CLV counts them (and the `lifetimes` package's
 * customer_lifetime_value): 4.345 weeks or 30 days.
 */
export const UNITS_PER_MONTH: Readonly<Record<BtydUnit, number>> = { W: 4.345, D: 30 };
