// The lead flow against the strict fake of the Excel calls: the scores go right of the list and nowhere
// else, the lead settings and funnel sheets are added, and the funnel's bar chart is an Excel column
// chart of the reach with the stage names as its categories. A C139 opportunity list is scored too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../taskpane/hosts/excel';
import { PaneController } from '../../taskpane/app/pane-controller';
import { FakeExcel, FakeSheet, installFakeOffice, removeFakeOffice } from './fake-excel';

let fake: FakeExcel;
const HEADER = ['Lead ID', 'Page views', 'Webinar check-ins', 'Demo requests', 'Industry', 'Stage'];
const LEADS = [
  ['L1', 8, 1, 1, 'Manufacturing', 'Opportunity'],
  ['L2', 2, 0, 0, 'Retail', 'Contacted'],
  ['L3', 0, 1, 1, 'Manufacturing', 'Won'],
  ['L4', 0, 0, 0, 'Education', 'Lead'],
];

beforeAll(() => {
  fake = new FakeExcel();
  const list = new FakeSheet('Leads');
  // The list starts at B2.
  [HEADER, ...LEADS].forEach((row, r) => row.forEach((v, c) => list.set(1 + r, 1 + c, v)));
  list.written.length = 0;
  fake.sheets.push(list);
  fake.selection = { sheet: list, row: 2, column: 2 };
  fake.install();
  // The pane's saved choices live in the document's settings, as Office.js keeps them.
  installFakeOffice();
});
afterAll(() => {
  removeFakeOffice();
});

describe('the lead flow on the Excel host', () => {
  it('scores right of the list only, adds the lead settings and funnel sheets, and charts the funnel as columns', async () => {
    const pane = new PaneController({ port: new ExcelWorkbook(), lang: 'en', today: new Date(2026, 5, 1) });
    await pane.findList();
    expect(pane.leads.active).toBe(true);
    expect(pane.leads.stages).toEqual(['Lead', 'Contacted', 'Opportunity', 'Won']);
    await pane.gradeLeads();
    expect(pane.state.message?.kind).toBe('info');
    const list = fake.sheet('Leads')!;
    // Columns H..L (7..11), rows 2..6 (0-based 1..5): nothing else written.
    expect(list.written.filter((key) => { const [r, c] = key.split(',').map(Number); return r < 1 || r > 5 || c < 7 || c > 11; })).toEqual([]);
    expect([7, 8, 9, 10, 11].map((c) => list.get(1, c))).toEqual(['Behaviour points', 'Profile points', 'Lead score', 'Lead grade', 'Problem']);
    expect(list.get(2, 9)).toBe('=IF(AND(H3="",I3=""),"",IF(OR(H3="",I3=""),NA(),H3+I3))');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Leads', 'CRM Lead Settings', 'CRM Funnel']);
    const chart = fake.sheet('CRM Funnel')!.charts;
    expect(chart).toHaveLength(1);
    expect(chart[0]).toBe('ColumnClustered C5:C8 "Leads reaching each stage" A10:G26 categories A5:A8');
  });
});

describe('a C139 opportunity list in the pane', () => {
  it('seed 001\'s worked example scores 73.75 with the advice to reach the decision maker', async () => {
    const { MemoryWorkbook } = await import('../../taskpane/hosts/memory');
    const header = ['商机名称', '客户覆盖度', '价值匹配', '决策人', '影响者', '使用者', '价格', '服务', '产品', '品牌', '技术', '交付', '关系', '口碑', '实施'];
    const rows = [['O1', 0.8, '90%', 0, 1, 0.5, 4, 4, 3, 5, 4, 4, 3, 5, 4], ['O2', 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5], ['O3', 0.5, 0.5, 1, 1, 1, 6, 3, 3, 3, 3, 3, 3, 3, 3]];
    const wb = new MemoryWorkbook([{ name: '商机', cells: [header, ...rows] as never }]);
    wb.selection = { sheet: '商机', row: 1, column: 1 };
    const pane = new PaneController({ port: wb, lang: 'zh-CN', today: new Date(2026, 5, 1) });
    await pane.findList();
    expect(pane.leads.kind).toBe('opportunity');
    await pane.gradeLeads();
    expect(pane.state.message?.kind, pane.state.message?.text).toBe('info');
    const cells = wb.sheet('商机')!.cells.map((row) => row.slice(15).map((c) => (c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null)));
    expect(cells[0]).toEqual(['C139 评分', '商机等级', '行动建议', '问题']);
    // By hand (docs/pipeline.md): (0.8 + 0.9 + 0.5 + 0.75) / 4 = 73.75, B (A from 75); all full: 100, A; a factor of 6 is that row's error.
    expect(cells[1]).toEqual([73.75, 'B', '关键人覆盖最弱（50%）：补充接触决策层（决策人）', null]);
    expect(cells[2].slice(0, 2)).toEqual([100, 'A']);
    expect(cells[3].slice(0, 2)).toEqual([{ error: '#VALUE!' }, { error: '#VALUE!' }]);
    expect(cells[3][3]).toMatch(/^factors：6 超出 1-5/);
    expect(pane.leads.lastResult?.grades).toEqual({ A: 1, B: 1, C: 0, D: 0 });
    expect(pane.state.message?.text).toContain('已为 3 个商机评分：A\u00a01，B\u00a01，C\u00a00，D\u00a00。');
    expect([...wb.names.keys()].filter((n) => /C139|OPP/.test(n)).sort()).toEqual(['CRM_C139_WEIGHTS', 'CRM_OPP_CUT_A', 'CRM_OPP_CUT_B', 'CRM_OPP_CUT_C']);
    // The grade is coloured as the lead grade is (column Q, rows 2-4).
    expect(wb.sheet('商机')!.colours?.map((c) => [c.range, c.text])).toEqual([['Q2:Q4', 'A'], ['Q2:Q4', 'B'], ['Q2:Q4', 'C'], ['Q2:Q4', 'D']]);

    // The A cutoff edited to 70 on the lead settings sheet (H6): found again, the pane uses it and 73.75 is A.
    const settings = wb.sheet('CRM 线索设置')!;
    expect(settings.cells[5][7]).toMatchObject({ v: 75 });
    settings.cells[5][7] = 70;
    const again = new PaneController({ port: wb, lang: 'zh-CN', today: new Date(2026, 5, 1) });
    await again.findList();
    expect(again.leads.cutoffs).toEqual([70, 50, 25]);
    await again.gradeLeads();
    expect(wb.sheet('商机')!.cells[1][16]).toMatchObject({ v: 'A' });
    // The decision-maker weight (C139's third, B8) edited to 3 on the sheet: found again, the pane scores with it.
    // O1 by hand: (0.8 + 0.9 + 3 x 0.5 + 0.75) / (1 + 1 + 3 + 1) = 3.95 / 6 = 65.83 (B, the A cutoff 70 as edited);
    // the message says the weights were read, and the sheet written again keeps 3.
    expect(settings.cells[7][1]).toMatchObject({ v: 1 });
    settings.cells[7][1] = 3;
    const third = new PaneController({ port: wb, lang: 'zh-CN', today: new Date(2026, 5, 1) });
    await third.findList();
    expect(third.state.message).toEqual({ kind: 'info', text: '使用在工作表“CRM 线索设置”中修改过的 C139 权重和门槛。' });
    expect(third.leads.weights).toEqual([1, 1, 3, 1]);
    expect(third.leads.cutoffs).toEqual([70, 50, 25]);
    await third.gradeLeads();
    const o1 = wb.sheet('商机')!.cells[1].slice(15, 17).map((c) => (c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c));
    expect(o1[0]).toBeCloseTo(65.8333, 4);
    expect(o1[1]).toBe('B');
    expect(wb.sheet('CRM 线索设置')!.cells[7][1]).toMatchObject({ v: 3 });
    // A word in a weight cell is said, with its address; the pane's values are kept.
    wb.sheet('CRM 线索设置')!.cells[6][1] = '高';
    const fourth = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await fourth.findList();
    expect(fourth.state.message?.text).toMatch(/^Sheet “CRM 线索设置” cannot be read: B7 holds “高”, not a number/);
    // Cutoffs out of order are refused before anything is written.
    again.leads.cutoffs = [50, 60, 25];
    expect(again.leads.blockers('en')).toEqual(['The cutoffs must fall from A to C (A above B above C).']);
  });
});
