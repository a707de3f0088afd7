// Whether a list found in the pane is a lead list, a C139 opportunity list or a customer list, and which
// of its columns play which part (docs/pipeline.md, "In the pane": the rules and worked examples). A
// customer list is never taken for leads: when the customer columns (recency, orders, amount) are all
// found on columns no lead word claims, it is a customer list whatever else it holds.
import { isBlank, readNumber, readRatio } from '../cells/coerce';
import { readOutcome } from '../cells/outcome-words';
import { cellValue } from './data-problems';
import { detectColumnsWithContent } from './detect-columns';
import { leadRolesOfHeader, type LeadRole } from './lead-headers';

/** What a list is, for the pane's flows. */
export type ListKind = 'lead' | 'opportunity' | 'customer';

/** The columns (0-based) of each part of a lead or opportunity list. */
export interface LeadColumns {
  readonly behaviour: readonly number[];
  readonly attributes: readonly number[];
  readonly stage?: number;
  readonly outcome?: number;
  readonly leadId?: number;
  readonly coverage?: number;
  readonly valueFit?: number;
  /** Decision maker, influencer, user (C139's three key people), in that order. */
  readonly keyPeople: readonly (number | undefined)[];
  /** Up to nine competitive factor columns, in the list's order. */
  readonly factors: readonly number[];
}

export interface LeadRecognition {
  readonly kind: ListKind;
  readonly columns: LeadColumns;
}

/** How many of C139's five named columns make an opportunity list (the words never head a customer list). */
export const C139_NAMED_MIN = 3;
/** The share of a column's filled cells that must read as its role needs (a few typos do not hide it). */
const CONTENT_SHARE = 0.9;
/** Rows read to judge content: enough to be sure, few enough for a million-row list. */
const SAMPLE = 500;

/**
 * Reads a list's header and first rows: its kind and the columns of each part.
 * @example recogniseLeadList(['线索编号', '文章浏览', '研讨会签到', '演示申请', '行业', '阶段'], rows).kind // 'lead'
 * @example recogniseLeadList(['客户', '最近购买日期', '订单数', '消费金额', '行业'], rows).kind // 'customer'
 */
export function recogniseLeadList(header: readonly unknown[], rows: readonly (readonly unknown[])[]): LeadRecognition {
  const sample = rows.slice(0, SAMPLE);
  const column = (c: number) => sample.map((row) => cellValue(row[c])).filter((v) => !isBlank(v));
  // A header naming two roles ('赢单阶段') is read as the first it names that its content fits.
  const primary = header.map((h, c) => leadRolesOfHeader(h).find((role) => contentFits(role, column(c))));
  const all = (role: LeadRole) => primary.flatMap((r, c) => (r === role ? [c] : []));
  const first = (role: LeadRole): number | undefined => all(role)[0];

  const named = { coverage: first('coverage'), valueFit: first('valueFit'), decisionMaker: first('decisionMaker'), influencer: first('influencer'), user: first('user') };
  const namedCount = Object.values(named).filter((c) => c !== undefined).length;
  if (namedCount >= C139_NAMED_MIN) {
    const taken = new Set(Object.values(named).filter((c): c is number => c !== undefined));
    return {
      kind: 'opportunity',
      columns: {
        behaviour: [], attributes: [], coverage: named.coverage, valueFit: named.valueFit,
        keyPeople: [named.decisionMaker, named.influencer, named.user],
        factors: all('factor').filter((c) => !taken.has(c)).slice(0, 9),
      },
    };
  }
  const stage = first('stage');
  const outcome = first('outcome');
  const leadId = first('leadId');
  const used = new Set([stage, outcome, leadId]);
  const behaviour = all('behaviour');
  const attributes = all('attribute');
  const columns: LeadColumns = { behaviour, attributes, stage, outcome, leadId, keyPeople: [undefined, undefined, undefined], factors: [] };
  const lead = behaviour.length >= 2
    || (behaviour.length >= 1 && (leadId !== undefined || stage !== undefined || columns.outcome !== undefined))
    || (leadId !== undefined && (attributes.length >= 1 || stage !== undefined || columns.outcome !== undefined));
  if (!lead || isCustomerList(header, rows, new Set([...behaviour, ...attributes, ...used].filter((c): c is number => c !== undefined)))) {
    return { kind: 'customer', columns };
  }
  return { kind: 'lead', columns };
}

/** The customer columns (recency as days or a date, orders, amount) all found on columns no lead role claims. */
function isCustomerList(header: readonly unknown[], rows: readonly (readonly unknown[])[], claimed: ReadonlySet<number>): boolean {
  const d = detectColumnsWithContent(header, rows.slice(0, SAMPLE)).mapping;
  const free = (c: number | undefined) => c !== undefined && !claimed.has(c);
  return free(d.recencyDays ?? d.lastPurchase) && free(d.frequency) && free(d.monetary);
}

/**
 * Whether a column's filled cells read as a role needs: counts are whole numbers >= 0; an outcome is
 * won / lost (1/0, TRUE/FALSE, the words); C139's parts are numbers (percent text, TRUE / FALSE); a
 * stage, an attribute or a lead id is anything. An empty column fits no role but the header's (the
 * user may fill it later), except counts and outcomes, which must show themselves.
 */
function contentFits(role: LeadRole, cells: readonly unknown[]): boolean {
  const share = (ok: (v: unknown) => boolean) => cells.filter(ok).length >= CONTENT_SHARE * cells.length;
  const number = (v: unknown) => { const n = readNumber(v, '', 'en'); return typeof n === 'number' ? n : undefined; };
  switch (role) {
    case 'behaviour': return cells.length > 0 && share((v) => { const n = number(v); return n !== undefined && n >= 0 && Number.isInteger(n); });
    case 'outcome': return cells.length > 0 && share((v) => typeof readOutcome(v, '', 'en') === 'number');
    // C139's parts are named so plainly that numbers (or percent text, TRUE / FALSE) are enough: a value
    // out of range (87.5 for a ratio, 6 for a factor) is that row's error when scored, not a reason to
    // miss the column.
    case 'coverage': case 'valueFit': case 'decisionMaker': case 'influencer': case 'user': case 'factor':
      return cells.length === 0 ? role !== 'factor' : share((v) => typeof v === 'boolean' || number(v) !== undefined || typeof readRatio(v, '', 'en') === 'number');
    default: return true;
  }
}
