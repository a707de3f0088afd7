// The lead flow in the pane, on the in-memory workbook of the preview: a lead list found is scored as
// leads (a customer list never is), its choices saved and restored, nothing written over a filled cell,
// the list itself untouched, and grading again replacing the columns it wrote. Figures by hand.
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { PaneController } from '../../taskpane/app/pane-controller';
import { reviveGradedLeads, scoreLeads } from '../../taskpane/app/lead-scorers';
import { CellError } from '../../src/cells/cell-error';

const HEADER = ['线索编号', '文章浏览', '研讨会签到', '演示申请', '行业', '阶段'];
// Points 5 / 15 / 30 (the defaults), profile 0: scores 85, 10, 45, 0, 30 -> A, C, B, D, B.
const LEADS = [
  ['L1', 8, 1, 1, '制造业', '商机'],
  ['L2', 2, 0, 0, '零售', '触达'],
  ['L3', 0, 1, 1, '制造业', '赢单'],
  ['L4', 0, 0, 0, '教育', '线索'],
  ['L5', 0, 0, 1, '零售', '跟进'],
];

function workbook(header: unknown[] = HEADER, rows: unknown[][] = LEADS): MemoryWorkbook {
  const wb = new MemoryWorkbook([{ name: '线索', cells: [header, ...rows].map((r) => [...r]) as never }]);
  wb.selection = { sheet: '线索', row: 1, column: 1 };
  return wb;
}
const values = (wb: MemoryWorkbook, sheet: string) => (wb.sheet(sheet)?.cells ?? []).map((row) => (row ?? []).map((c) => (c && typeof c === 'object' && 'v' in c ? (c as { v: unknown }).v : c ?? null)));

describe('the lead flow in the pane', () => {
  it('finds a lead list, scores it with the default points, writes the settings and funnel sheets, and leaves the list as it was', async () => {
    const wb = workbook();
    const pane = new PaneController({ port: wb, lang: 'zh-CN', today: new Date(2026, 5, 1) });
    await pane.findList();
    expect(pane.leads.kind).toBe('lead');
    expect(pane.leads.active).toBe(true);
    expect(pane.leads.roles).toEqual(['none', 'behaviour', 'behaviour', 'behaviour', 'attribute', 'stage']);
    expect(pane.leads.behaviourPoints).toEqual([5, 15, 30]);
    expect(pane.leads.stages).toEqual(['线索', '触达', '跟进', '商机', '赢单']);
    const before = values(wb, '线索').map((r) => r.slice(0, 6));
    await pane.gradeLeads();
    expect(pane.state.message?.kind).toBe('info');
    const after = values(wb, '线索');
    expect(after.map((r) => r.slice(0, 6))).toEqual(before);
    expect(after[0].slice(6)).toEqual(['行为积分', '属性评分', '线索得分', '线索等级', '问题']);
    expect(after.slice(1).map((r) => [r[8], r[9]])).toEqual([[85, 'A'], [10, 'C'], [45, 'B'], [0, 'D'], [30, 'B']]);
    expect(pane.leads.lastResult?.grades).toEqual({ A: 1, B: 2, C: 1, D: 1 });
    expect(wb.sheets.map((s) => s.name)).toEqual(['线索', 'CRM 线索设置', 'CRM 销售漏斗']);
    // Reached: 5, 4 (all but the 线索 lead), 3, 2, 1: step conversions 0.8, 0.75, 0.667, 0.5: 赢单 is the bottleneck.
    const funnel = values(wb, 'CRM 销售漏斗');
    expect(funnel.slice(4, 9).map((r) => [r[0], r[2], r[5] ?? ''])).toEqual([['线索', 5, ''], ['触达', 4, ''], ['跟进', 3, ''], ['商机', 2, ''], ['赢单', 1, '瓶颈']]);
    expect(wb.sheet('CRM 销售漏斗')?.charts?.[0]).toMatchObject({ kind: 'bar', x: 'A5:A9', y: 'C5:C9' });
    expect(pane.state.message?.text).toContain('瓶颈在“赢单”');
    expect([...wb.names.keys()].sort()).toEqual(['CRM_LEAD_ATTRIBUTES', 'CRM_LEAD_BEHAVIOUR', 'CRM_LEAD_CUT_A', 'CRM_LEAD_CUT_B', 'CRM_LEAD_CUT_C', 'CRM_LEAD_STAGES']);
  });

  it('restores the user\'s parts and points when the list is found again, and scoring again replaces its own columns', async () => {
    const wb = workbook();
    const pane = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await pane.findList();
    pane.leads.setRole(2, 'none');
    pane.leads.behaviourPoints[1] = 40;
    pane.leads.cutoffs = [70, 30, 10];
    await pane.gradeLeads();
    // L1: 8 x 5 + 1 x 40 = 80 -> A; L3: 40 -> B; L5: 40 -> B.
    expect(values(wb, '线索').slice(1).map((r) => r[8])).toEqual([80, 10, 40, 0, 40]);
    const again = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await again.findList();
    expect(again.state.earlier).toBe(true);
    expect(again.leads.roles).toEqual(['none', 'behaviour', 'none', 'behaviour', 'attribute', 'stage']);
    expect(again.leads.behaviourPoints).toEqual([5, 40]);
    expect(again.leads.cutoffs).toEqual([70, 30, 10]);
    await again.gradeLeads();
    expect(again.state.message?.kind).toBe('info');
    expect(values(wb, '线索')[0]).toHaveLength(11);
  });

  it('writes nothing over a filled cell right of the list', async () => {
    const wb = workbook([...HEADER], LEADS.map((r, i) => (i === 2 ? [...r, null, 'note'] : [...r])));
    const pane = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await pane.findList();
    // The list ends at its last header (阶段, column F); the note in H is where the scores would go, so nothing is written.
    expect(pane.state.list?.rows[0]).toHaveLength(6);
    const before = JSON.stringify(values(wb, '线索'));
    await pane.gradeLeads();
    expect(pane.state.message).toEqual({ kind: 'error', text: 'The cells right of the list are not empty: nothing was written. Clear them or move the list.' });
    expect(JSON.stringify(values(wb, '线索'))).toBe(before);
    expect(wb.sheets).toHaveLength(1);
  });

  it('a customer list is never offered the lead flow', async () => {
    const wb = workbook(['客户编号', '最近购买日期', '订单数', '消费金额', '行业'], [['C1', '2026-05-01', 3, 1200, '零售'], ['C2', '2026-04-11', 1, 300, '制造业']]);
    const pane = new PaneController({ port: wb, lang: 'zh-CN', today: new Date(2026, 5, 1) });
    await pane.findList();
    expect(pane.leads.kind).toBe('customer');
    expect(pane.leads.active).toBe(false);
  });

  it('the switch to customer grading is kept with the choices', async () => {
    const wb = workbook();
    const pane = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await pane.findList();
    pane.leads.use(false);
    await wb.saveState(JSON.stringify({ headers: HEADER, columns: {}, preset: 'seed', tables: (await import('../../src/models/presets')).RFM_PRESETS.seed, lead: pane.leads.choices() }));
    const again = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await again.findList();
    expect(again.leads.kind).toBe('lead');
    expect(again.leads.active).toBe(false);
  });
  it('points and cutoffs a colleague edited on the lead settings sheet are used when scoring again; a word there is said', async () => {
    const wb = workbook();
    const pane = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await pane.findList();
    await pane.gradeLeads();
    const settings = wb.sheet('CRM Lead Settings')!;
    // B6 is 文章浏览's points, H6 the A cutoff (lead-settings-sheet.ts's layout).
    expect([settings.cells[5][0], settings.cells[7][0]]).toEqual(['文章浏览', '演示申请']);
    settings.cells[5][1] = 8;
    settings.cells[5][7] = 100;
    const again = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await again.findList();
    expect(again.state.message).toEqual({ kind: 'info', text: 'The points, cutoffs, stages and targets edited on sheet “CRM Lead Settings” are used.' });
    expect(again.leads.behaviourPoints).toEqual([8, 15, 30]);
    expect(again.leads.cutoffs).toEqual([100, 30, 10]);
    await again.gradeLeads();
    // L1: 8 x 8 + 15 + 30 = 109 (A from 100); L2: 16 (C).
    expect(values(wb, '线索').slice(1, 3).map((r) => [r[8], r[9]])).toEqual([[109, 'A'], [16, 'C']]);
    wb.sheet('CRM Lead Settings')!.cells[6][7] = 'thirty';
    const third = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await third.findList();
    expect(third.state.message?.kind).toBe('error');
    expect(third.state.message?.text).toMatch(/^Sheet “CRM Lead Settings” cannot be read: H7 holds “thirty”, not a number/);
  });

  it('funnel targets typed in the pane: the gap to target and the bottleneck by FUNNEL\'s with-targets rule; a rate is refused', async () => {
    const wb = workbook();
    const pane = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await pane.findList();
    // A target of 0.6 looks like a rate: refused in FUNNEL's words, nothing written.
    pane.leads.setTarget('触达', '0.6');
    await pane.gradeLeads();
    expect(pane.state.message).toEqual({ kind: 'error', text: 'targets: 0.6 looks like a rate; targets are how many should reach each stage (e.g. 1000, 650, 350), not conversion rates' });
    expect(wb.sheets).toHaveLength(1);
    // Reached 5, 4, 3, 2, 1 against targets 5, 5, 3, 2, 1: target steps 1, 0.6, 0.667, 0.5; steps 0.8, 0.75, 0.667, 0.5;
    // step / target step 0.8, 1.25, 1, 1: 触达 is the bottleneck (without targets it was 赢单). Gaps 0, 1, 0, 0, 0.
    for (const [stage, target] of [['线索', '5'], ['触达', '5'], ['跟进', '3'], ['商机', '2'], ['赢单', '1']]) pane.leads.setTarget(stage, target);
    await pane.gradeLeads();
    expect(pane.state.message?.kind).toBe('info');
    expect(pane.state.message?.text).toContain('bottleneck at 触达');
    const funnel = values(wb, 'CRM Funnel');
    expect(funnel[3].slice(5)).toEqual(['Bottleneck', 'Target', 'Gap to target', 'Step / target step']);
    expect(funnel.slice(4, 9).map((r) => [r[0], r[2], r[5] ?? '', r[6], r[7]])).toEqual([
      ['线索', 5, '', 5, 0], ['触达', 4, 'bottleneck', 5, 1], ['跟进', 3, '', 3, 0], ['商机', 2, '', 2, 0], ['赢单', 1, '', 1, 0]]);
    expect(funnel.slice(5, 9).map((r) => r[8])).toEqual([0.8, 1.25, 1, 1]);
    expect(wb.names.get('CRM_LEAD_TARGETS')?.ref).toBe("'CRM Lead Settings'!$K$6:$K$10");
    // Saved with the choices; a target edited on the settings sheet (K7, 触达) is read back when the list is found again.
    const settings = wb.sheet('CRM Lead Settings')!;
    expect(settings.cells[6][10]).toMatchObject({ v: 5 });
    settings.cells[6][10] = 4;
    const again = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1) });
    await again.findList();
    expect(again.leads.stageTargets()).toEqual([5, 4, 3, 2, 1]);
    await again.gradeLeads();
    // 触达 now meets its target step (0.8 against 0.8): the lowest below 1 is none, so no bottleneck is marked.
    expect(values(wb, 'CRM Funnel').slice(4, 9).map((r) => r[5] ?? '')).toEqual(['', '', '', '', '']);
    // A target removed (blank) leaves that stage without one; none at all gives the funnel without targets.
    for (const stage of again.leads.stages) again.leads.setTarget(stage, '');
    await again.gradeLeads();
    expect(values(wb, 'CRM Funnel')[3]).toHaveLength(6);
    expect(values(wb, 'CRM Funnel').slice(4, 9).map((r) => r[5] ?? '')).toEqual(['', '', '', '', 'bottleneck']);
  });

  it('what the grading worker sends back (a structured clone) has its cell errors made CellErrors again', () => {
    const rows = [['L1', -3, 1, 1, '制造业', '商机'], ['L2', 2, 0, 0, '零售', '报价']];
    const setup = {
      kind: 'lead' as const, columns: { behaviour: [1, 2, 3], attributes: [], stage: 5, keyPeople: [], factors: [] },
      behaviourPoints: [5, 15, 30], attributeTable: [], cutoffs: [60, 30, 10] as [number, number, number], stages: ['线索', '商机'], conversion: false, weights: [1, 1, 1, 1],
    };
    const scored = scoreLeads({ list: { sheetName: '线索', origin: { row: 0, column: 0 }, header: HEADER, rows }, setup, lang: 'en', firstRow: 2 });
    const cloned = structuredClone(scored.graded);
    expect(cloned.rows[0].score instanceof CellError).toBe(false);
    const revived = reviveGradedLeads(cloned);
    expect(revived.rows[0].score).toEqual(new CellError('value', 'counts: -3 is negative'));
    expect(revived.rows[0].score instanceof CellError).toBe(true);
    // L2 (2 views): 10 points, C; its stage 报价 is not one of the names: FUNNEL's not-counted row holds a CellError again.
    expect([revived.rows[1].score, revived.rows[1].grade]).toEqual([10, 'C']);
    expect(revived.funnel?.[2][0] instanceof CellError).toBe(true);
    expect(revived.funnel?.[2][1]).toBe(1);
  });

  it('scored through the grading worker (every message a structured clone): the same cells, rows in chunks of 2,000, progress told; Cancel writes nothing', async () => {
    const { answerGradeRequest, CHUNK_ROWS } = await import('../../taskpane/app/graders');
    const replies: unknown[] = [];
    class CloningWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: { message: string }) => void) | null = null;
      postMessage(data: unknown): void {
        answerGradeRequest(structuredClone(data) as never, (reply) => { replies.push(reply); setTimeout(() => this.onmessage?.({ data: structuredClone(reply) })); });
      }
      terminate(): void {}
    }
    const globals = globalThis as Record<string, unknown>;
    globals.Worker = CloningWorker;
    try {
      // The five leads of the worked example, repeated 900 times: 4,500 leads, 4,501 block rows with the header.
      const many = Array.from({ length: 900 }, () => LEADS).flat().map((r, i) => [`L${i + 1}`, ...r.slice(1)]);
      const wb = workbook(HEADER, many);
      const pane = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 5, 1), workerUrl: 'grade-worker.js' });
      await pane.findList();
      const progress: number[] = [];
      const onChange = (pane as unknown as { onChange: (c: string) => void });
      const original = onChange.onChange.bind(pane);
      onChange.onChange = (c: string) => { if (c === 'progress') progress.push(pane.state.progress!); original(c); };
      await pane.gradeLeads();
      expect(pane.state.message?.kind, pane.state.message?.text).toBe('info');
      expect(CHUNK_ROWS).toBe(2000);
      expect(replies.filter((r) => 'chunk' in (r as object))).toHaveLength(3);
      expect(progress).toEqual([0.5, 0.9]);
      // 900 of each: A (85) 900, B (45 and 30) 1,800, C (10) 900, D (0) 900.
      expect(pane.leads.lastResult?.grades).toEqual({ A: 900, B: 1800, C: 900, D: 900 });
      expect(pane.leads.lastResult?.rows).toHaveLength(4500);
      const cells = values(wb, '线索');
      expect(cells).toHaveLength(4501);
      expect(cells.slice(4496).map((r) => [r[8], r[9]])).toEqual([[85, 'A'], [10, 'C'], [45, 'B'], [0, 'D'], [30, 'B']]);

      // Cancel once the worker has begun answering (the pane shows Cancel only then): it is stopped, its
      // later messages ignored, and nothing is written.
      const fresh = workbook(HEADER, many);
      const again = new PaneController({ port: fresh, lang: 'en', today: new Date(2026, 5, 1), workerUrl: 'grade-worker.js' });
      await again.findList();
      replies.length = 0;
      const third = again.gradeLeads();
      while (!replies.length) await new Promise((resolve) => setTimeout(resolve, 0));
      again.cancel();
      await third;
      expect(again.state.message).toEqual({ kind: 'info', text: 'Grading cancelled: nothing was written.' });
      expect(fresh.sheets).toHaveLength(1);
      expect(values(fresh, '线索')[0]).toHaveLength(6);
      // Scoring again after a Cancel is not cancelled too.
      await again.gradeLeads();
      expect(again.leads.lastResult?.grades).toEqual({ A: 900, B: 1800, C: 900, D: 900 });
    } finally {
      delete globals.Worker;
    }
  });
});
