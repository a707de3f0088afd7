// A graded lead list's native formulas recalculated by HyperFormula equal the values cached under them
// (the pipeline functions' own), and the functions through the built Sheets bundle agree on the same
// rows; the grade counts and the funnel are checked against hand rules written here.
import { describe, expect, it } from 'vitest';
import { gradeLeads, type LeadSetup } from '../../src/grading/grade-leads';
import { buildLeadWorkbook, type PlacedList } from '../../src/formulas/lead-workbook';
import { isFormula, type WorkbookCell, type WorkbookModel } from '../../src/xlsx/workbook-model';
import { evaluateModel } from '../support/evaluate-model';
import { loadSheets } from '../bundles/load';

const HEADER = ['线索编号', '文章浏览', '研讨会签到', '演示申请', '行业', '规模', '地区', '阶段', '赢单'];
const STAGES = ['线索', '触达', '跟进', '商机', '赢单'];
const POINTS = [5, 15, 30];
const TABLE: [string, number][] = [['制造业', 30], ['零售', 15], ['500人以上', 20], ['100-499人', 10], ['华东', 10]];
const INDUSTRIES = ['制造业', '零售', '教育', '  零售 '];
const SIZES = ['500人以上', '100-499人', '1-99人'];
const REGIONS = ['华东', '华南', '华北', 'ＨＫ'];

/** A deterministic list: a linear congruential generator, so every run grades the same leads. */
function leads(n: number): unknown[][] {
  let seed = 7;
  const next = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % m; };
  return Array.from({ length: n }, (_, i) => {
    const stage = next(5);
    const views = next(12), webinars = next(3), demos = next(5) === 0 ? 1 : 0;
    // Webinar attendees win more often, so the fit has something to find and no separation.
    const outcome = i % 3 === 0 ? (next(10) < 2 + 3 * webinars + 2 * demos ? '赢单' : '输单') : '';
    return [`L${i + 1}`, views, webinars, demos, INDUSTRIES[next(4)], SIZES[next(3)], REGIONS[next(4)], STAGES[stage], outcome];
  });
}

const setup: LeadSetup = {
  kind: 'lead', columns: { behaviour: [1, 2, 3], attributes: [4, 5, 6], stage: 7, outcome: 8, leadId: 0, keyPeople: [], factors: [] },
  behaviourPoints: POINTS, attributeTable: TABLE, cutoffs: [60, 30, 10], stages: STAGES, conversion: true, weights: [1, 1, 1, 1],
};

/** The list sheet with the graded block beside it, and the other sheets, as a workbook model. */
function model(list: PlacedList, built: ReturnType<typeof buildLeadWorkbook>): WorkbookModel {
  const rows = [list.header, ...list.rows].map((row, r) => [...row, ...built.block[r]] as WorkbookCell[]);
  return { sheets: [{ name: list.sheetName, rows }, ...built.sheets], names: built.names };
}

/** What HyperFormula shows for a cached value: numbers, text, or the error's code. */
const shown = (v: unknown) => (typeof v === 'object' && v !== null && 'error' in v ? (v as { error: string }).error : v);
const hfShown = (v: unknown) => (typeof v === 'object' && v !== null && 'value' in v ? (v as { value: string }).value : v);

describe('the hand example of docs/pipeline.md', () => {
  it('8 views, 1 check-in, 1 demo request: 85 behaviour points; 制造业, 100-499人, 华南: 40 profile points; 125, grade A', () => {
    const rows = [['L1', 8, 1, 1, '制造业', '100-499人', '华南', '商机', '']];
    const g = gradeLeads(rows, setup, 'en', 2);
    expect(g.rows[0]).toMatchObject({ behaviour: 85, attribute: 40, score: 125, grade: 'A', problem: '' });
  });

  it('a negative count, a blank count and a word are that row\'s errors, said on the row', () => {
    const rows = [['L1', -3, 1, 0, '零售', '1-99人', '华东', '线索', ''], ['L2', '', 1, 0, '零售', '1-99人', '华东', '线索', ''], ['L3', 'many', 0, 0, '零售', '1-99人', '华东', '线索', '']];
    const g = gradeLeads(rows, { ...setup, conversion: false }, 'en', 2);
    expect(g.rows.map((r) => r.problem)).toEqual(["counts: -3 is negative", 'counts: the value is missing (the row has other inputs)', "counts: 'many' is not a number"]);
    expect(g.rowProblems).toBe(3);
    expect(g.grades).toEqual({ A: 0, B: 0, C: 0, D: 0 });
  });
});

describe('a generated list of 600 leads', () => {
  const rows = leads(600);
  // Some bad rows among them: a negative count, a blank count, and a blank row.
  rows[10][1] = -2;
  rows[20][2] = '';
  rows[30] = Array(9).fill('');
  const list: PlacedList = { sheetName: '线索', origin: { row: 0, column: 0 }, header: HEADER, rows };
  const graded = gradeLeads(rows, setup, 'zh-CN', 2);
  const built = buildLeadWorkbook(list, setup, graded, 'zh-CN');

  it('grades by the hand rule: points times counts plus the table\'s points (trimmed, width folded), cutoffs 60 / 30 / 10', () => {
    const table = new Map(TABLE);
    const want = { A: 0, B: 0, C: 0, D: 0 };
    for (const r of rows) {
      const counts = [r[1], r[2], r[3]];
      if (counts.some((c) => typeof c !== 'number' || c < 0)) continue;
      const norm = (v: unknown) => String(v).normalize('NFKC').trim();
      const score = (counts as number[]).reduce((s, c, j) => s + c * POINTS[j], 0) + [r[4], r[5], r[6]].reduce((s: number, v) => s + (table.get(norm(v)) ?? 0), 0);
      want[score >= 60 ? 'A' : score >= 30 ? 'B' : score >= 10 ? 'C' : 'D']++;
    }
    expect(want.A + want.B + want.C + want.D).toBe(597);
    expect(graded.grades).toEqual(want);
    expect(graded.rowProblems).toBe(2);
  });

  it('HyperFormula recalculates every graded cell to its cached value (the funnel sheet too)', () => {
    expect(graded.fit?.kind).toBe('fitted');
    const formulas = expectCachedEqualsRecalculated(model(list, built));
    // Five graded columns with formulas on 599 rows, plus the funnel's 5 stages x 6 cells less the first stage's step and mark.
    expect(formulas).toBe(5 * 599 + 5 * 6 - 2);
    // 零售 with spaces around and ＨＫ full-width: VLOOKUP finds them as ATTRIBUTE_SCORE does (TRIM) or scores 0 on both sides.
    const values = built.block.slice(1).filter((row) => row[1] !== null && !isFormula(row[1])).length;
    expect(values).toBe(0);
  });

  it('the funnel counts each lead at its stage and every stage before it, by hand', () => {
    const at = STAGES.map((s) => rows.filter((r) => r[7] === s).length);
    const reached = at.map((_, k) => at.slice(k).reduce((a, b) => a + b, 0));
    expect(reached[0]).toBe(599);
    const funnel = built.sheets[1];
    expect(funnel.rows.slice(4, 9).map((r) => [(r[0] as { v: string }).v, (r[2] as { v: number }).v])).toEqual(STAGES.map((s, k) => [s, reached[k]]));
    expect(funnel.charts?.[0]).toMatchObject({ kind: 'bar', x: 'A5:A9', y: 'C5:C9' });
  });

  it('LEAD_SCORE and ATTRIBUTE_SCORE through the built Sheets bundle give the cached behaviour and profile points', () => {
    const sheets = loadSheets();
    const counts = rows.map((r) => [r[1], r[2], r[3]]);
    const values = rows.map((r) => [r[4], r[5], r[6]]);
    const lead = sheets.LEAD_SCORE(counts, [POINTS]) as unknown[][];
    const attr = sheets.ATTRIBUTE_SCORE(values, TABLE) as unknown[][];
    const asShown = (v: unknown) => (typeof v === 'string' && v.startsWith('#') ? v.split(' ')[0] : v);
    let checked = 0;
    built.block.slice(1).forEach((row, i) => {
      if (row[0] === null) return;
      const [b, a] = [row[0] as { v: unknown }, row[1] as { v: unknown }];
      expect(asShown(lead[i][0]), `row ${i + 2}`).toEqual(shown(b.v));
      expect(asShown(attr[i][0]), `row ${i + 2}`).toEqual(shown(a.v));
      checked++;
    });
    expect(checked).toBe(599);
  });
});

/** Every formula cell of a model recalculated by HyperFormula against its cached value; returns how many. */
function expectCachedEqualsRecalculated(m: WorkbookModel): number {
  const at = evaluateModel(m);
  let formulas = 0;
  for (const sheet of m.sheets) {
    sheet.rows.forEach((row, r) => row.forEach((cell, c) => {
      if (!isFormula(cell)) return;
      formulas++;
      const got = hfShown(at(sheet.name, r, c));
      const want = shown(cell.v);
      if (typeof want === 'number') expect(got as number, `${sheet.name}!R${r + 1}C${c + 1}`).toBeCloseTo(want, 9);
      else expect(got ?? '', `${sheet.name}!R${r + 1}C${c + 1} ${cell.f}`).toBe(want);
    }));
  }
  return formulas;
}

describe('funnel targets on the generated list', () => {
  const rows = leads(600);
  const list: PlacedList = { sheetName: '线索', origin: { row: 0, column: 0 }, header: HEADER, rows };
  // By hand: each lead reaches its stage and every stage before it.
  const at = STAGES.map((s) => rows.filter((r) => r[7] === s).length);
  const reached = at.map((_, k) => at.slice(k).reduce((a, b) => a + b, 0));
  // Targets: every lead at 线索, then each step meant to keep 80%, 跟进 without a target (its two steps are left out).
  const targets = [600, 480, null, 300, 240];
  const withTargets: LeadSetup = { ...setup, conversion: false, targets };
  const graded = gradeLeads(rows, withTargets, 'en', 2);
  const built = buildLeadWorkbook(list, withTargets, graded, 'en');
  const funnel = built.sheets.find((s) => s.name === 'CRM Funnel')!;

  it('the gap to target and the bottleneck by FUNNEL\'s with-targets rule, worked out here by hand', () => {
    expect(reached[0]).toBe(600);
    const gaps = targets.map((t, k) => (t === null ? '' : t - reached[k]));
    // Only 触达 (target step 0.8) and 赢单 (240 / 300 = 0.8) have both targets; the lower step / 0.8 below 1 is the bottleneck.
    const ratios = [1, 4].map((k) => (reached[k] / reached[k - 1]) / ((targets[k] as number) / (targets[k - 1] as number)));
    const low = Math.min(...ratios);
    expect(low).toBeLessThan(1);
    const bottleneck = low === ratios[0] ? 1 : 4;
    const body = funnel.rows.slice(4, 9);
    expect(body.map((r) => cellV(r[7]))).toEqual(gaps);
    expect(body.map((r) => cellV(r[5]))).toEqual(STAGES.map((_, k) => (k === bottleneck ? 'bottleneck' : '')));
    expect(funnel.rows[3].slice(6).map(cellV)).toEqual(['Target', 'Gap to target', 'Step / target step']);
    expect(built.names.find((n) => n.name === 'CRM_LEAD_TARGETS')).toEqual({ name: 'CRM_LEAD_TARGETS', ref: "'CRM Lead Settings'!$K$6:$K$10" });
  });

  it('FUNNEL with the same targets through the built Sheets bundle gives the cached gaps and marks', () => {
    const out = loadSheets().FUNNEL(rows.map((r) => [r[7]]), [STAGES], [targets.map((t) => t ?? '')]) as unknown[][];
    expect(out).toHaveLength(5);
    const body = funnel.rows.slice(4, 9);
    expect(out.map((r) => [r[0], r[1], r[4], r[5]])).toEqual(body.map((r) => [cellV(r[0]), cellV(r[2]), cellV(r[7]), cellV(r[5])]));
  });

  it('HyperFormula recalculates the funnel sheet with targets (and the rest) to the cached values', () => {
    const m = model(list, built);
    // Four graded columns on 600 rows; the funnel's 5 stages x 9 cells less the first stage's step, mark and ratio.
    expect(expectCachedEqualsRecalculated(m)).toBe(4 * 600 + 5 * 9 - 3);
  });

  it('without targets the funnel sheet is as before: six columns and no target name', () => {
    const plain = buildLeadWorkbook(list, { ...withTargets, targets: undefined }, gradeLeads(rows, { ...withTargets, targets: undefined }, 'en', 2), 'en');
    expect(plain.sheets[1].rows[3]).toHaveLength(6);
    expect(plain.names.some((n) => n.name === 'CRM_LEAD_TARGETS')).toBe(false);
  });
});

describe('an opportunity list graded A/B/C/D from its C139 score', () => {
  const header = ['商机名称', '客户覆盖度', '价值匹配', '决策人', '影响者', '使用者', '价格', '服务', '产品', '品牌', '技术', '交付', '关系', '口碑', '实施'];
  // By hand (equal weights): O1 is docs/pipeline.md's 73.75; O2 all full 100; O3 (0.5 + 0.5 + 0.5 + 0.5) / 4 = 50;
  // O4 (0.2 + 0.3 + 1/3 + (2 - 1) / 4) / 4 = 27.083; O5 all 0 and factors 1: 0; O6 a factor of 6: #VALUE!.
  const rows = [
    ['O1', 0.8, 0.9, 0, 1, 0.5, 4, 4, 3, 5, 4, 4, 3, 5, 4],
    ['O2', 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5],
    ['O3', 0.5, 0.5, 0, 0.5, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ['O4', 0.2, 0.3, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2],
    ['O5', 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    ['O6', 0.5, 0.5, 1, 1, 1, 6, 3, 3, 3, 3, 3, 3, 3, 3],
  ];
  const opp: LeadSetup = {
    kind: 'opportunity', columns: { behaviour: [], attributes: [], coverage: 1, valueFit: 2, keyPeople: [3, 4, 5], factors: [6, 7, 8, 9, 10, 11, 12, 13, 14] },
    behaviourPoints: [], attributeTable: [], cutoffs: [75, 50, 25], stages: [], conversion: false, weights: [1, 1, 1, 1],
  };
  const list: PlacedList = { sheetName: '商机', origin: { row: 0, column: 0 }, header, rows };
  const graded = gradeLeads(rows, opp, 'zh-CN', 2);
  const built = buildLeadWorkbook(list, opp, graded, 'zh-CN');

  it('73.75 is B, 100 A, 50 B (from 50), 27.08 C, 0 D, an error stays the error; counted per grade', () => {
    expect(graded.rows.map((r) => r.grade)).toEqual(['B', 'A', 'B', 'C', 'D', expect.objectContaining({ code: 'value' })]);
    expect(graded.grades).toEqual({ A: 1, B: 2, C: 1, D: 1 });
    expect(built.block[0].map((c) => (c as { v: string }).v)).toEqual(['C139 评分', '商机等级', '行动建议', '问题']);
    expect((built.block[1][1] as { f: string }).f).toBe('IF(P2="","",IF(P2>=CRM_OPP_CUT_A,"A",IF(P2>=CRM_OPP_CUT_B,"B",IF(P2>=CRM_OPP_CUT_C,"C","D"))))');
    expect(built.names.filter((n) => n.name.startsWith('CRM_OPP_CUT'))).toEqual([
      { name: 'CRM_OPP_CUT_A', ref: "'CRM 线索设置'!$H$6:$H$6" }, { name: 'CRM_OPP_CUT_B', ref: "'CRM 线索设置'!$H$7:$H$7" }, { name: 'CRM_OPP_CUT_C', ref: "'CRM 线索设置'!$H$8:$H$8" }]);
  });

  it('HyperFormula gives the cached grades; with the A cutoff edited to 70 on the settings sheet, 73.75 turns A', () => {
    const m = model(list, built);
    expect(expectCachedEqualsRecalculated(m)).toBe(2 * 6);
    const settings = m.sheets[1];
    expect(cellV(settings.rows[5][7])).toBe(75);
    const edited: WorkbookModel = { ...m, sheets: [m.sheets[0], { ...settings, rows: settings.rows.map((r, i) => (i === 5 ? r.map((c, j) => (j === 7 ? 70 : c)) : r)) }] };
    const at = evaluateModel(edited);
    expect([1, 2, 3, 4, 5].map((r) => at('商机', r, 16))).toEqual(['A', 'A', 'B', 'C', 'D']);
  });
});

function cellV(c: WorkbookCell): unknown {
  return c && typeof c === 'object' && 'v' in c ? c.v : c ?? '';
}
