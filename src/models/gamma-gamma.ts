// The Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value
// curves for customer base analysis", Journal of Marketing Research 42(4); Hardie's note 025, "The
// Gamma-Gamma model of monetary value"): a customer's purchases are Gamma(p, nu) amounts, nu varying
// across customers as Gamma(q, v); a customer's mean spend is independent of their purchase process.
import { lnGamma } from './ln-gamma';

/** The Gamma-Gamma parameters: amounts ~ Gamma(p, nu), nu ~ Gamma(q, v). */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly v: number;
}

/**
 * One customer's log-likelihood of the mean spend m over x repeat purchases (x > 0, m > 0; note 025,
 * equation 1a, as `lifetimes`' GammaGammaFitter writes it):
 * ln G(p x + q) - ln G(p x) - ln G(q) + q ln v + (p x - 1) ln m + p x ln x - (p x + q) ln(v + x m).
 * @example gammaGammaLogLikelihood(2, 22.35, { p: 6.25, q: 3.74, v: 15.44 }) // -3.5513...
 */
export function gammaGammaLogLikelihood(frequency: number, monetary: number, params: GammaGammaParams): number {
  const { p, q, v } = params;
  const x = frequency;
  const m = monetary;
  return lnGamma(p * x + q) - lnGamma(p * x) - lnGamma(q) + q * Math.log(v) + (p * x - 1) * Math.log(m)
    + p * x * Math.log(x) - (p * x + q) * Math.log(v + x * m);
}

/**
 * The expected spend per purchase of a customer (note 025, equation 5; `lifetimes`'
 * conditional_expected_average_profit): with x > 0 repeat purchases of mean amount m > 0, the posterior
 * mean p (v + x m) / (p x + q - 1), a weighted average of the population mean and m; otherwise the
 * population mean p v / (q - 1). Parameters must pass `checkGammaGammaParams` (q > 1).
 * @example expectedSpend(2, 22.35, { p: 6.25, q: 3.74, v: 15.44 }) // 24.6637 (SPEC: 24.66)
 * @example expectedSpend(0, 0, { p: 6.25, q: 3.74, v: 15.44 }) // 35.2190 (the population mean)
 */
export function expectedSpend(frequency: number, monetary: number, params: GammaGammaParams): number {
  const { p, q, v } = params;
  if (frequency > 0 && monetary > 0) return (p * (v + frequency * monetary)) / (p * frequency + q - 1);
  return (p * v) / (q - 1);
}
