// The buy-till-you-die results a spreadsheet can compute itself, as native formulas over the fitted
// parameters' named cells on the settings sheet (BTYD_NAMES): P(alive) and the Gamma-Gamma expected
// spend have closed forms; expected purchases need the hypergeometric function 2F1, which no spreadsheet
// has, so the graded ledger holds them as values (docs/ledgers.md, "Buy till you die").
import { BTYD_NAMES } from './names';

/** Beyond e^700 the odds overflow a spreadsheet's EXP (#NUM!); P(alive) there is 0 to 300 digits. */
const MAX_LOG_ODDS = 700;

/**
 * P(alive) as a native formula (BG/NBD, Fader, Hardie & Lee 2005, equation 13, as `probabilityAlive`
 * computes it): 1 without a repeat purchase, else 1 / (1 + e^L) with the log-odds
 * L = ln(a / (b + x - 1)) + (r + x) ln((alpha + T) / (alpha + t_x)), written through logs so a long
 * silence gives 0 rather than #NUM!. `x`, `recency` and `T` are cell references.
 * @example probAliveFormula('I2', 'J2', 'K2') // 'IF(I2=0,1,IF(LN(CRM_BG_A/(CRM_BG_B+I2-1))+(CRM_BG_R+I2)*LN((CRM_BG_ALPHA+K2)/(CRM_BG_ALPHA+J2))>700,0,1/(1+EXP(LN(...)+...))))'
 */
export function probAliveFormula(x: string, recency: string, T: string): string {
  const { r, alpha, a, b } = BTYD_NAMES;
  const logOdds = `LN(${a}/(${b}+${x}-1))+(${r}+${x})*LN((${alpha}+${T})/(${alpha}+${recency}))`;
  return `IF(${x}=0,1,IF(${logOdds}>${MAX_LOG_ODDS},0,1/(1+EXP(${logOdds}))))`;
}

/**
 * Expected value over the horizon as a native formula: the Gamma-Gamma expected spend per purchase
 * (`expectedSpend`: p (v + x m) / (p x + q - 1) with a repeat purchase of positive mean amount m, else the
 * population mean p v / (q - 1)) times the expected purchases in `orders`. Undiscounted, this is
 * EXPECTED_CLV with a discount rate of 0: the monthly increments of the purchases add up to their total.
 * @example expectedValueFormula('I2', 'L2', 'N2') // 'IF(AND(I2>0,L2>0),CRM_GG_P*(CRM_GG_V+I2*L2)/(CRM_GG_P*I2+CRM_GG_Q-1),CRM_GG_P*CRM_GG_V/(CRM_GG_Q-1))*N2'
 */
export function expectedValueFormula(x: string, monetary: string, orders: string): string {
  const { p, q, v } = BTYD_NAMES;
  return `IF(AND(${x}>0,${monetary}>0),${p}*(${v}+${x}*${monetary})/(${p}*${x}+${q}-1),${p}*${v}/(${q}-1))*${orders}`;
}
