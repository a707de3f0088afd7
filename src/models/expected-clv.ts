import { type BgNbdParams, expectedPurchasesIfAlive, probabilityAlive } from './bgnbd';
import { type BtydUnit, UNITS_PER_MONTH } from './btyd-unit';
import { type GammaGammaParams, expectedSpend } from './gamma-gamma';

/**
 * A customer's expected lifetime value over the next `months` months (SPEC's EXPECTED_CLV; Fader, Hardie
 * & Lee 2005, "RFM and CLV"; `lifetimes`' GammaGammaFitter.customer_lifetime_value): the sum over months
 * i = 1..months of E(spend) x (E[purchases by i months] - E[purchases by i - 1 months]) / (1 + d)^i,
 * where E(spend) is the Gamma-Gamma `expectedSpend`, the purchases are the BG/NBD `expectedPurchases`
 * (conditional on the history), a month is 4.345 weeks or 30 days (`unit`), and d is a monthly discount
 * rate. `months` is a whole number >= 0 (0 gives 0); d > -1. The histories and parameters must pass
 * `checkHistory`, `checkBgNbdParams` and `checkGammaGammaParams`.
 * @example expectedClv(2, 30.43, 38.86, 22.35, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { p: 6.25, q: 3.74, v: 15.44 }, 12, 0.01, 'W') // 36.289 (SPEC: 36.29)
 */
export function expectedClv(
  frequency: number,
  recency: number,
  T: number,
  monetary: number,
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  months = 12,
  discountRate = 0,
  unit: BtydUnit = 'W',
): number {
  const spend = expectedSpend(frequency, monetary, gammaGamma);
  const alive = probabilityAlive(frequency, recency, T, bgnbd);
  const month = UNITS_PER_MONTH[unit];
  let value = 0;
  let before = 0;
  for (let i = 1; i <= months; i++) {
    const by = alive * expectedPurchasesIfAlive(i * month, frequency, T, bgnbd);
    value += (spend * (by - before)) / Math.pow(1 + discountRate, i);
    before = by;
  }
  return value;
}
