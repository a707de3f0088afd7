// A lead or opportunity list graded into the workbook through the port: the graded columns right of the
// list (never over a non-empty cell, unless they are the columns an earlier lead grading wrote), the lead
// settings sheet, the funnel sheet and their names. The list itself is only read.
import type { GradedLeads, LeadSetup } from '../../src/grading/grade-leads';
import { scoreLeadsHere, type LeadScorer } from './lead-scorers';
import { LANGS, type Lang } from '../../src/i18n/lang';
import { LEAD_LABELS, leadLabel, type LeadLabel } from '../../src/i18n/lead-labels';
import { columnLetters } from '../../src/xlsx/a1';
import type { ColourRule } from '../../src/xlsx/workbook-model';
import type { FoundList, WorkbookPort } from '../hosts/workbook-port';
import { GradingInterrupted } from './grade-into-workbook';

/** The headers a lead grading writes, in any language: an earlier grading's columns are recognised by them. */
const FIRST_HEADERS: readonly LeadLabel[] = ['behaviourPoints', 'attributePoints', 'leadScore', 'c139Score'];
const GRADED_HEADERS = new Set(LANGS.flatMap((lang) => (Object.keys(LEAD_LABELS) as LeadLabel[])
  .filter((k) => ['behaviourPoints', 'attributePoints', 'leadScore', 'leadGrade', 'conversion', 'c139Score', 'opportunityGrade', 'c139Advice', 'problem'].includes(k))
  .map((k) => leadLabel(k, lang))));

/** Grade colours: A green to D grey, as the customer segments are coloured. */
const GRADE_FILLS: Readonly<Record<string, string>> = { A: 'C6EFCE', B: 'DDEBF7', C: 'FFF2CC', D: 'EDEDED' };

/**
 * Separates a lead list from the columns an earlier lead grading wrote beside it (recognised by their
 * headers, in any of the three languages, ending with the problem column), so grading again replaces them.
 * @example splitEarlierLeadGrading({ ..., rows: [['线索编号', '文章浏览', '行为积分', '线索得分', '线索等级', '问题']] }).earlier // true
 */
export function splitEarlierLeadGrading(found: FoundList, headerRow: number): { list: FoundList; earlier: boolean } {
  const header = found.rows[headerRow] ?? [];
  let at = header.length;
  while (at > 0 && GRADED_HEADERS.has(String(header[at - 1] ?? ''))) at--;
  const ours = at < header.length && at > 0 && LANGS.some((lang) => header[header.length - 1] === leadLabel('problem', lang)
    && FIRST_HEADERS.some((k) => header[at] === leadLabel(k, lang)));
  return ours ? { list: { ...found, rows: found.rows.map((row) => row.slice(0, at)) }, earlier: true } : { list: found, earlier: false };
}

export type LeadGradeOutcome =
  | { readonly kind: 'graded'; readonly graded: GradedLeads; readonly sheets: readonly string[] }
  | { readonly kind: 'occupied' };

/**
 * Grades a lead or opportunity list into the workbook, the scoring done by `score` (in the grading
 * worker in the pane, so a big list does not freeze the page; `onProgress` hears its share done; Cancel
 * stops the worker, so nothing is written).
 * Interrupted after writing began, it takes back what it wrote where it can and throws
 * GradingInterrupted saying whether the workbook is as it was.
 * @example await gradeLeadsIntoWorkbook(port, list, 0, setup, 'en', false) // { kind: 'graded', graded: { grades: { A: 12, ... } }, sheets: ['CRM Lead Settings', 'CRM Funnel'] }
 */
export async function gradeLeadsIntoWorkbook(
  port: WorkbookPort, list: FoundList, headerRow: number, setup: LeadSetup, lang: Lang, replaceEarlier: boolean,
  score: LeadScorer = scoreLeadsHere, onProgress?: (fraction: number) => void,
): Promise<LeadGradeOutcome> {
  const header = list.rows[headerRow] ?? [];
  const rows = list.rows.slice(headerRow + 1);
  const origin = { row: list.top + headerRow, column: list.left };
  const { graded, built } = await score({ list: { sheetName: list.sheetName, origin, header, rows }, setup, lang, firstRow: origin.row + 2 }, onProgress);
  const left = list.left + header.length;
  const width = built.block[0].length;
  if (!replaceEarlier && !(await port.isBlockEmpty(list.sheetName, origin.row, left, built.block.length, width))) return { kind: 'occupied' };
  const before = new Set(await port.sheetNames());
  const written: string[] = [];
  let block = false;
  try {
    block = true;
    await port.writeBlock(list.sheetName, origin.row, left, built.block);
    for (const sheet of built.sheets) {
      written.push(sheet.name);
      await port.replaceSheet(sheet);
    }
    await port.defineNames(built.names);
    const gradeAt = built.block[0].findIndex((c) => LANGS.some((l) => [leadLabel('leadGrade', l), leadLabel('opportunityGrade', l)].includes((c as { v?: unknown })?.v as string)));
    if (gradeAt >= 0) {
      const letters = columnLetters(left + gradeAt);
      const range = `${letters}${origin.row + 2}:${letters}${origin.row + 1 + rows.length}`;
      await port.setColours(list.sheetName, Object.entries(GRADE_FILLS).map(([text, fill]): ColourRule => ({ range, text, fill })));
    }
  } catch (e) {
    let restored = !replaceEarlier;
    try {
      if (block && !replaceEarlier) await port.writeBlock(list.sheetName, origin.row, left, built.block.map((r) => r.map(() => '')));
      for (const name of written) {
        if (before.has(name)) restored = false;
        else await port.deleteSheet(name);
      }
    } catch {
      restored = false;
    }
    throw new GradingInterrupted(e, restored);
  }
  return { kind: 'graded', graded, sheets: built.sheets.map((s) => s.name) };
}
