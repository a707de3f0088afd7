// Buy till you die in the one-click grading of a ledger (issue 12, item 3; docs/ledgers.md): the BG/NBD
// and Gamma-Gamma models fitted on the ledger's own customers, summarised in weeks from the same lines
// and to the same as-of date as the customer sheet, and each customer's probability still active,
// expected orders and expected value over the next 12 months.
import { expectedPurchases, probabilityAlive, type BgNbdParams } from '../models/bgnbd';
import { fitBgNbd } from '../models/bgnbd-fit';
import { checkGammaGammaParams } from '../models/btyd-checks';
import type { BtydSummary } from '../models/btyd-summary';
import { UNITS_PER_MONTH, type BtydUnit } from '../models/btyd-unit';
import { expectedSpend, type GammaGammaParams } from '../models/gamma-gamma';
import { fitGammaGamma } from '../models/gamma-gamma-fit';
import { isModelProblem, type ModelProblem } from '../models/model-problem';
import type { MessageKey, MessageParams } from '../i18n/messages';

/** The months ahead the expected orders and value cover (EXPECTED_CLV's default), 4.345 weeks each. */
export const BTYD_MONTHS = 12;

/** The lower edges of the summary's P(alive) bands: 80% or more, 50% to under 80%, 20% to under 50%,
 * and under 20% (docs/ledgers.md). */
export const P_ALIVE_BANDS = [0.8, 0.5, 0.2] as const;

/** Why a model could not be fitted: a ModelProblem as plain data, said in any language by btydProblemText. */
export interface BtydProblem {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly row?: number;
}

/** What the models made of a ledger: plain data (it travels from the pane's grading worker). */
export interface LedgerBtyd {
  readonly unit: BtydUnit;
  readonly months: number;
  /** The customers BG/NBD was fitted on: every customer of the customer sheet. */
  readonly customers: number;
  readonly bgnbd?: { readonly params: BgNbdParams; readonly logLikelihood: number };
  /** Why BG/NBD could not be fitted: then no prediction column is written. */
  readonly bgnbdProblem?: BtydProblem;
  /** Gamma-Gamma, fitted on the customers with repeat purchases of a positive mean amount. */
  readonly gammaGamma?: { readonly params: GammaGammaParams; readonly customers: number };
  /** Why Gamma-Gamma could not be fitted: then the expected value column is not written. */
  readonly gammaGammaProblem?: BtydProblem;
  /** Customers left out of the Gamma-Gamma fit: no repeat purchase; repeat purchases adding up to 0 or less. */
  readonly leftOut: { readonly noRepeat: number; readonly notPositive: number };
  /** With BG/NBD fitted: customers per P(alive) band (P_ALIVE_BANDS, then the rest), those with one
   * purchase day only (P(alive) 1 by the model), and the expected orders and value over all customers. */
  readonly totals?: {
    readonly bands: readonly number[];
    readonly onePurchase: number;
    readonly expectedOrders: number;
    readonly expectedValue?: number;
  };
}

/** One customer's history and predictions, for the customer sheet. */
export interface BtydCustomerRow {
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  readonly monetary: number;
  readonly pAlive: number;
  readonly expectedOrders: number;
  /** Undefined when Gamma-Gamma could not be fitted. */
  readonly expectedValue?: number;
}

/** The fitted models without the per-customer predictions: what the pane's check answers (it decides
 * whether the option is offered) and what grading reuses instead of fitting the same customers again. */
export type BtydModels = Omit<LedgerBtyd, 'totals'>;

/**
 * Fits BG/NBD on every customer of a ledger's BTYD summary and Gamma-Gamma on those with repeat
 * purchases of a positive mean amount: the costly part (about 0.7 s for 200,000 customers), done once
 * per ledger and as-of date. A model that cannot be fitted is reported (`bgnbdProblem`,
 * `gammaGammaProblem`; Gamma-Gamma also when its q is not above 1, leaving no mean spend).
 * @example fitBtydModels(btydSummary(cdnow.ids, cdnow.dates, cdnow.amounts, 35703)).bgnbd.params // { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }
 */
export function fitBtydModels(summary: BtydSummary): BtydModels {
  const { frequency, recency, T, monetary, base } = modelInputs(summary);
  const bg = fitBgNbd(frequency, recency, T);
  if (isModelProblem(bg)) return { ...base, bgnbdProblem: plainProblem(bg) };
  const gg = fitGammaGamma(frequency, monetary);
  // A fit with q <= 1 has no population mean spend, which customers without a repeat purchase get.
  const ggProblem = isModelProblem(gg) ? gg : checkGammaGammaParams(gg.params);
  const spend = ggProblem || isModelProblem(gg) ? undefined : gg;
  return {
    ...base,
    bgnbd: { params: bg.params, logLikelihood: bg.logLikelihood },
    ...(spend ? { gammaGamma: { params: spend.params, customers: spend.customers } } : { gammaGammaProblem: plainProblem(ggProblem!) }),
  };
}

/**
 * The models on a ledger's BTYD summary (`fitBtydModels`, or `fitted` when they were fitted on the same
 * summary before, as the pane's check did) and each customer's P(alive), expected orders and expected
 * value with them (`predictBtyd`); never NaN or blanks for a model that could not be fitted. `fitted`
 * is used only when it was made from as many customers, in the same unit, with the same left out:
 * otherwise the models are fitted here, never predicted with another ledger's parameters.
 * @example fitLedgerBtyd(btydSummary(cdnow.ids, cdnow.dates, cdnow.amounts, 35703)).btyd.bgnbd.params // { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }
 */
export function fitLedgerBtyd(summary: BtydSummary, fitted?: BtydModels): { btyd: LedgerBtyd; rows: ReadonlyMap<string, BtydCustomerRow> } {
  const models = fitted && fittedOn(fitted, summary) ? fitted : fitBtydModels(summary);
  if (!models.bgnbd) return { btyd: models, rows: new Map() };
  const predicted = predictBtyd(summary, models.bgnbd.params, models.gammaGamma?.params);
  return { btyd: { ...models, totals: predicted.totals }, rows: predicted.rows };
}

/** The fit's inputs as flat arrays, and what the result says of them whether or not a model fits. */
function modelInputs(summary: BtydSummary) {
  const customers = summary.customers;
  const n = customers.length;
  const frequency = new Float64Array(n), recency = new Float64Array(n), T = new Float64Array(n), monetary = new Float64Array(n);
  customers.forEach((c, i) => {
    frequency[i] = c.frequency;
    recency[i] = c.recency;
    T[i] = c.T;
    monetary[i] = c.monetary;
  });
  return { frequency, recency, T, monetary, base: describeFitInput(summary) };
}

/** What a fit's result says of its input: the unit, the customers, those Gamma-Gamma leaves out. */
function describeFitInput(summary: BtydSummary): Pick<LedgerBtyd, 'unit' | 'months' | 'customers' | 'leftOut'> {
  let noRepeat = 0, notPositive = 0;
  for (const c of summary.customers) {
    if (c.frequency === 0) noRepeat++;
    else if (!(c.monetary > 0)) notPositive++;
  }
  return { unit: summary.unit, months: BTYD_MONTHS, customers: summary.customers.length, leftOut: { noRepeat, notPositive } };
}

/** Models fitted before describe this summary: as many customers, the same unit and the same left out. */
function fittedOn(models: BtydModels, summary: BtydSummary): boolean {
  const input = describeFitInput(summary);
  return models.unit === input.unit && models.months === input.months && models.customers === input.customers
    && models.leftOut.noRepeat === input.leftOut.noRepeat && models.leftOut.notPositive === input.leftOut.notPositive;
}

/**
 * Each customer's predictions with given parameters: P(alive) (`probabilityAlive`), the expected
 * purchases in the next BTYD_MONTHS months of 4.345 weeks (or 30 days: `expectedPurchases`), and with
 * Gamma-Gamma parameters the expected value = `expectedSpend` x those purchases (EXPECTED_CLV with a
 * discount rate of 0); and the totals the summary sheet shows.
 * @example predictBtyd(summary, { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { p: 6.25, q: 3.74, v: 15.44 }).rows.get('1')?.pAlive // 0.7266 (CDNOW customer 1, as of 1997-09-30)
 */
export function predictBtyd(
  summary: BtydSummary, bg: BgNbdParams, gg?: GammaGammaParams,
): { rows: Map<string, BtydCustomerRow>; totals: NonNullable<LedgerBtyd['totals']> } {
  const horizon = BTYD_MONTHS * UNITS_PER_MONTH[summary.unit];
  const rows = new Map<string, BtydCustomerRow>();
  const bands = [0, 0, 0, 0];
  let onePurchase = 0, expectedOrders = 0, expectedValue = 0;
  for (const c of summary.customers) {
    const pAlive = probabilityAlive(c.frequency, c.recency, c.T, bg);
    const orders = expectedPurchases(horizon, c.frequency, c.recency, c.T, bg);
    const value = gg && expectedSpend(c.frequency, c.monetary, gg) * orders;
    rows.set(c.id, { frequency: c.frequency, recency: c.recency, T: c.T, monetary: c.monetary, pAlive, expectedOrders: orders, expectedValue: value });
    bands[bandOf(pAlive)]++;
    if (c.frequency === 0) onePurchase++;
    expectedOrders += orders;
    expectedValue += value ?? 0;
  }
  return { rows, totals: { bands, onePurchase, expectedOrders, ...(gg ? { expectedValue } : {}) } };
}

/** A model's problem as plain data, which a structured clone carries whole. */
function plainProblem(problem: ModelProblem): BtydProblem {
  return { key: problem.key, params: { ...problem.params }, ...(problem.row === undefined ? {} : { row: problem.row }) };
}

/**
 * The P(alive) band a probability falls in: 0 for 80% or more, 1 for 50% to under 80%, 2 for 20% to
 * under 50%, 3 under 20% (the summary sheet counts the same with COUNTIFS).
 * @example bandOf(0.7266) // 1
 */
export function bandOf(pAlive: number): number {
  const at = P_ALIVE_BANDS.findIndex((edge) => pAlive >= edge);
  return at < 0 ? P_ALIVE_BANDS.length : at;
}
