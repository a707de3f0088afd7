// What the pane says after scoring a lead or opportunity list: the grade counts, the rows with a problem,
// whether the conversion probability was added (or why not), and where the funnel's bottleneck is.
import { isCellError } from '../../src/cells/cell-error';
import type { GradedLeads, LeadSetup } from '../../src/grading/grade-leads';
import type { Lang } from '../../src/i18n/lang';
import { leadLabel } from '../../src/i18n/lead-labels';
import { lt } from './lead-strings';

export const leadGradedText = {
  /**
   * The message after scoring.
   * @example leadGradedText.done(graded, setup, ['CRM Lead Settings', 'CRM Funnel'], 'en') // 'Scored 5,000 leads: A 812, B 1,433, C 1,902, D 853. ... Funnel on sheet “CRM Funnel”: bottleneck at Opportunity.'
   */
  done(graded: GradedLeads, setup: LeadSetup, sheets: readonly string[], lang: Lang): string {
    const n = (x: number) => x.toLocaleString(lang);
    const rows = graded.rows.filter((r) => r.score !== '' || r.c139 !== '' || r.problem).length;
    const grades = { a: n(graded.grades.A), b: n(graded.grades.B), c: n(graded.grades.C), d: n(graded.grades.D) };
    const parts = [setup.kind === 'opportunity'
      ? lt(lang, 'opportunitiesGraded', { rows: n(graded.rows.filter((r) => r.c139 !== '').length), ...grades })
      : lt(lang, 'leadsGraded', { rows: n(rows), ...grades })];
    if (graded.rowProblems) parts.push(lt(lang, 'leadRowProblems', { count: n(graded.rowProblems) }));
    if (graded.fit?.kind === 'fitted') parts.push(lt(lang, 'conversionAdded', { won: n(graded.fit.won), lost: n(graded.fit.lost) }));
    else if (graded.fit) parts.push(graded.fit.reason);
    const funnel = graded.funnel;
    if (funnel && funnel.length > 1) {
      const sheet = sheets.find((s) => s === leadLabel('funnelSheet', lang)) ?? '';
      const bottleneck = funnel.find((row) => typeof row[5] === 'string' && row[5] !== '');
      parts.push(bottleneck ? lt(lang, 'funnelWritten', { sheet, stage: String(bottleneck[0]) }) : lt(lang, 'funnelNoBottleneck', { sheet }));
    } else if (funnel && isCellError(funnel[0][0])) {
      parts.push(lt(lang, 'funnelNot', { reason: funnel[0][0].message }));
    }
    return parts.join(lang === 'en' ? ' ' : '');
  },

  /** The cells right of the list hold something: nothing written. */
  occupied(lang: Lang): string {
    return lt(lang, 'leadOccupied');
  },
};
