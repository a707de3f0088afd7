// The lead and C139 columns as native formula text over the lead settings sheet's names (LEAD_NAMES):
// SUM of count x INDEX(points), VLOOKUP into the profile table, IF over the grade cutoffs, the logistic
// curve over the fitted coefficients and C139's weighted mean. The row rule is row-guards.ts's, so a
// bad count is #VALUE!, a missing one #N/A, an empty row empty, as the functions give them.
import { guardedRow, isBlankFormula, type GuardedInput } from './row-guards';
import { LEAD_NAMES } from './names';

/** One count's operand: its reference, or the number read from its text (formulaOperand). */
export interface CountOperand {
  readonly ref: string;
  readonly operand: string;
}

const counts = (inputs: readonly CountOperand[]): GuardedInput[] => inputs.map((c) => ({ ref: c.operand, kind: 'nonNegative' }));

/**
 * Behaviour points: each count times its row of CRM_LEAD_BEHAVIOUR's points column, summed.
 * @example behaviourFormula([{ ref: 'C2', operand: 'C2' }, { ref: 'D2', operand: 'D2' }]) // 'IF(OR(...),#VALUE!,IF(AND(...),"",IF(OR(...),NA(),C2*INDEX(CRM_LEAD_BEHAVIOUR,1,2)+D2*INDEX(CRM_LEAD_BEHAVIOUR,2,2))))'
 */
export function behaviourFormula(inputs: readonly CountOperand[]): string {
  const sum = inputs.map((c, j) => `${c.operand}*INDEX(${LEAD_NAMES.behaviour},${j + 1},2)`).join('+');
  return guardedRow(counts(inputs), sum);
}

/**
 * Profile points: each attribute cell looked up in CRM_LEAD_ATTRIBUTES (text trimmed, case aside), 0
 * when the table lacks it, summed. A cell holding an error is #VALUE!, as ATTRIBUTE_SCORE says it.
 * @example attributeFormula(['F2']) // 'IF(OR(ISERROR(F2)),#VALUE!,IF(AND(...),"",IF(OR(...),NA(),IFERROR(VLOOKUP(IF(ISTEXT(F2),TRIM(F2),F2),CRM_LEAD_ATTRIBUTES,2,FALSE),0))))'
 */
export function attributeFormula(refs: readonly string[]): string {
  const blanks = refs.map(isBlankFormula);
  const sum = refs.map((r) => `IFERROR(VLOOKUP(IF(ISTEXT(${r}),TRIM(${r}),${r}),${LEAD_NAMES.attributes},2,FALSE),0)`).join('+');
  return `IF(OR(${refs.map((r) => `ISERROR(${r})`).join(',')}),#VALUE!,IF(AND(${blanks.join(',')}),"",IF(OR(${blanks.join(',')}),NA(),${sum})))`;
}

/**
 * The lead score: behaviour points plus profile points (either alone when the list has one part); both
 * blank is blank, one blank is #N/A.
 * @example leadScoreFormula('K2', 'L2') // 'IF(AND(K2="",L2=""),"",IF(OR(K2="",L2=""),NA(),K2+L2))'
 */
export function leadScoreFormula(behaviour: string | undefined, attribute: string | undefined): string {
  if (!behaviour || !attribute) return `${behaviour ?? attribute}`;
  return `IF(AND(${behaviour}="",${attribute}=""),"",IF(OR(${behaviour}="",${attribute}=""),NA(),${behaviour}+${attribute}))`;
}

/**
 * The grade: A from CRM_LEAD_CUT_A, B from CRM_LEAD_CUT_B, C from CRM_LEAD_CUT_C, D below; blank stays
 * blank, an error stays that error. An opportunity's grade is the same over the CRM_OPP_CUT_ names.
 * @example leadGradeFormula('M2') // 'IF(M2="","",IF(M2>=CRM_LEAD_CUT_A,"A",IF(M2>=CRM_LEAD_CUT_B,"B",IF(M2>=CRM_LEAD_CUT_C,"C","D"))))'
 * @example leadGradeFormula('P2', OPPORTUNITY_CUTS) // 'IF(P2="","",IF(P2>=CRM_OPP_CUT_A,"A",...))'
 */
export function leadGradeFormula(score: string, cuts: readonly [string, string, string] = [LEAD_NAMES.cutA, LEAD_NAMES.cutB, LEAD_NAMES.cutC]): string {
  const [cutA, cutB, cutC] = cuts;
  return `IF(${score}="","",IF(${score}>=${cutA},"A",IF(${score}>=${cutB},"B",IF(${score}>=${cutC},"C","D"))))`;
}

/** The opportunity grade's cutoff names (the lead grade's are the default). */
export const OPPORTUNITY_CUTS: readonly [string, string, string] = [LEAD_NAMES.oppCutA, LEAD_NAMES.oppCutB, LEAD_NAMES.oppCutC];

/**
 * The conversion probability: 1 / (1 + e^-(b0 + b.x)) over CRM_LEAD_COEFFS (intercept first), the
 * counts guarded as behaviour points guards them.
 * @example conversionFormula([{ ref: 'C2', operand: 'C2' }]) // 'IF(...,1/(1+EXP(-(INDEX(CRM_LEAD_COEFFS,1)+INDEX(CRM_LEAD_COEFFS,2)*C2))))'
 */
export function conversionFormula(inputs: readonly CountOperand[]): string {
  const b = (k: number) => `INDEX(${LEAD_NAMES.coefficients},${k})`;
  const linear = [b(1), ...inputs.map((c, j) => `${b(j + 2)}*${c.operand}`)].join('+');
  return guardedRow(counts(inputs), `1/(1+EXP(-(${linear})))`);
}

/**
 * C139's score: 100 x the weighted mean of coverage, value fit, the key people's mean and the factors'
 * (mean - 1) / 4, weights from CRM_C139_WEIGHTS. Ratios are 0-1, factors 1-5 (decimals allowed).
 * @example c139Formula({ coverage: 'B2', valueFit: 'C2', keyPeople: ['D2', 'E2', 'F2'], factors: ['G2', ...] }) // 'IF(OR(...),#VALUE!,...100*(INDEX(CRM_C139_WEIGHTS,1)*B2+...)/SUM(CRM_C139_WEIGHTS))'
 */
export function c139Formula(refs: { coverage: string; valueFit: string; keyPeople: readonly string[]; factors: readonly string[] }): string {
  const w = (k: number) => `INDEX(${LEAD_NAMES.weights},${k})`;
  const ratio = (ref: string): GuardedInput => ({ ref, kind: 'ratio' });
  const inputs: GuardedInput[] = [ratio(refs.coverage), ratio(refs.valueFit), ...refs.keyPeople.map(ratio), ...refs.factors.map((ref) => ({ ref, kind: 'number' as const }))];
  const factorRange = refs.factors.map((f) => `IF(ISNUMBER(${f}),OR(${f}<1,${f}>5),FALSE())`);
  const mean = (xs: readonly string[]) => `(${xs.join('+')})/${xs.length}`;
  const score = `100*(${w(1)}*${refs.coverage}+${w(2)}*${refs.valueFit}+${w(3)}*${mean(refs.keyPeople)}+${w(4)}*(${mean(refs.factors)}-1)/4)/SUM(${LEAD_NAMES.weights})`;
  return guardedRow(inputs, score, { extraBad: factorRange });
}
