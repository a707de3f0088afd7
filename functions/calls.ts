// The core call behind each custom function, by name: all the function bundles (functions.js, Code.js)
// need at run time. The help text of each is in catalog.ts, which only the build and the pane read.
import type { OutGrid } from '../src/cells/output';
import type { CallContext } from '../src/calls/call-context';
import { abcClassCall } from '../src/calls/abc-class';
import { attributeScoreCall } from '../src/calls/attribute-score';
import { bgNbdFitCall } from '../src/calls/bgnbd-fit';
import { breakthroughScoreCall } from '../src/calls/breakthrough-score';
import { btydSummaryCall } from '../src/calls/btyd-summary';
import { c139ScoreCall } from '../src/calls/c139-score';
import { churnRiskCall } from '../src/calls/churn-risk';
import { clvCall } from '../src/calls/clv';
import { compositeGradeCall } from '../src/calls/composite-grade';
import { conversionProbCall } from '../src/calls/conversion-prob';
import { expectedClvCall } from '../src/calls/expected-clv';
import { expectedPurchasesCall } from '../src/calls/expected-purchases';
import { funnelCall } from '../src/calls/funnel';
import { gammaGammaFitCall } from '../src/calls/gamma-gamma-fit';
import { leadScoreCall } from '../src/calls/lead-score';
import { logisticFitCall } from '../src/calls/logistic-fit';
import { nextOrderDateCall } from '../src/calls/next-order-date';
import { ordersSummaryCall } from '../src/calls/orders-summary';
import { potentialIndexCall } from '../src/calls/potential-index';
import { probAliveCall } from '../src/calls/prob-alive';
import { rfmScoreCall } from '../src/calls/rfm-score';
import { rfmSegmentCall } from '../src/calls/rfm-segment';

/** A function's core call: host arguments in, a result grid out; a whole-call problem throws a CallError. */
export type Call = (args: readonly unknown[], ctx: CallContext) => OutGrid;

/** Every custom function's call, in the catalog's order. */
export const CALLS = {
  RFM_SCORE: rfmScoreCall,
  RFM_SEGMENT: rfmSegmentCall,
  POTENTIAL_INDEX: potentialIndexCall,
  CLV: clvCall,
  CHURN_RISK: churnRiskCall,
  COMPOSITE_GRADE: compositeGradeCall,
  ABC_CLASS: abcClassCall,
  NEXT_ORDER_DATE: nextOrderDateCall,
  BREAKTHROUGH_SCORE: breakthroughScoreCall,
  ORDERS_SUMMARY: ordersSummaryCall,
  BTYD_SUMMARY: btydSummaryCall,
  BGNBD_FIT: bgNbdFitCall,
  PROB_ALIVE: probAliveCall,
  EXPECTED_PURCHASES: expectedPurchasesCall,
  GAMMA_GAMMA_FIT: gammaGammaFitCall,
  EXPECTED_CLV: expectedClvCall,
  LEAD_SCORE: leadScoreCall,
  ATTRIBUTE_SCORE: attributeScoreCall,
  LOGISTIC_FIT: logisticFitCall,
  CONVERSION_PROB: conversionProbCall,
  C139_SCORE: c139ScoreCall,
  FUNNEL: funnelCall,
} satisfies Record<string, Call>;

/** The name of a custom function (its Excel id and its Sheets function). */
export type FunctionName = keyof typeof CALLS;
