// A graded lead list written as .xlsx (the list, its scores, the lead settings sheet, the funnel sheet
// with its column chart), its cached values removed, recalculated by real LibreOffice: every score,
// grade and probability and the funnel's reach come out as the pipeline functions computed them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gradeLeads, type LeadSetup } from '../../src/grading/grade-leads';
import { buildLeadWorkbook } from '../../src/formulas/lead-workbook';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';

const HEADER = ['Lead', 'Page views', 'Webinar check-ins', 'Demo requests', 'Industry', 'Region', 'Stage', 'Outcome'];
const STAGES = ['Lead', 'Contacted', 'Followed up', 'Opportunity', 'Won'];

function leads(n: number): unknown[][] {
  let seed = 11;
  const next = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % m; };
  return Array.from({ length: n }, (_, i) => {
    const views = next(12), webinars = next(3), demos = next(5) === 0 ? 1 : 0;
    let stage = 0;
    while (stage < 4 && next(100) < 60) stage++;
    const outcome = i % 2 === 0 ? (next(10) < 2 + 2 * webinars + 3 * demos ? 'won' : 'lost') : '';
    return [`L${i + 1}`, views, webinars, demos, ['Retail', 'Manufacturing', 'Education'][next(3)], ['East', 'North'][next(2)], STAGES[stage], outcome];
  });
}

/** LibreOffice's CSV text as a value: numbers without their thousands separators, percent (shown to 0.01%) as a fraction. */
function fromCsv(text: string | undefined): unknown {
  const t = (text ?? '').trim();
  if (t === '' || t.startsWith('#')) return t;
  const percent = t.endsWith('%');
  const n = Number(t.replace(/,/g, '').replace(/%$/, ''));
  return Number.isNaN(n) ? t : percent ? n / 100 : n;
}

describe('a graded lead list recalculated by LibreOffice', () => {
  it('gives every score, grade, probability and funnel count the functions gave', { timeout: 180_000 }, () => {
    const rows = leads(400);
    rows[5][1] = -1;
    const setup: LeadSetup = {
      kind: 'lead', columns: { behaviour: [1, 2, 3], attributes: [4, 5], stage: 6, outcome: 7, leadId: 0, keyPeople: [], factors: [] },
      behaviourPoints: [5, 15, 30], attributeTable: [['Manufacturing', 20], ['East', 5]], cutoffs: [60, 30, 10], stages: STAGES, conversion: true, weights: [1, 1, 1, 1],
    };
    const graded = gradeLeads(rows, setup, 'en', 2);
    expect(graded.fit?.kind).toBe('fitted');
    const built = buildLeadWorkbook({ sheetName: 'Leads', origin: { row: 0, column: 0 }, header: HEADER, rows }, setup, graded, 'en');
    const list: WorkbookCell[][] = [HEADER, ...rows].map((row, r) => [...(row as WorkbookCell[]), ...built.block[r]]);
    const path = join(mkdtempSync(join(tmpdir(), 'crm-leads-')), 'leads.xlsx');
    writeFileSync(path, writeXlsx({ sheets: [{ name: 'Leads', rows: list }, ...built.sheets], names: built.names }));
    // The funnel's chart is a column chart over the stage names and the reach.
    const chart = strFromU8(unzipSync(readFileSync(path))['xl/charts/chart1.xml']);
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain("'CRM Funnel'!$A$5:$A$9");
    editXlsx(path, (name, xml) => (name.startsWith('xl/worksheets/') ? stripCachedValues(xml) : xml));
    const sheets = recalculateWithLibreOffice(path);
    const leadsSheet = sheets.get('Leads')!, funnel = sheets.get('CRM Funnel')!;
    const mismatches: string[] = [];
    let compared = 0;
    for (let r = 1; r <= rows.length; r++) {
      for (let c = 0; c < built.block[0].length - 1; c++) {
        const cell = built.block[r][c] as { v?: unknown } | null;
        const want = cell && typeof cell === 'object' && 'v' in cell ? cell.v : cell;
        const expected = typeof want === 'object' && want !== null ? (want as { error: string }).error : want ?? '';
        const got = fromCsv(leadsSheet[r]?.[HEADER.length + c]);
        const same = typeof expected === 'number' ? typeof got === 'number' && Math.abs(got - expected) <= (c === 4 ? 0.00006 : 1e-9) : got === expected;
        if (!same) mismatches.push(`row ${r + 1} column ${c}: LibreOffice ${JSON.stringify(got)}, function ${JSON.stringify(expected)}`);
        compared++;
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBe(400 * 5);
    const reached = STAGES.map((_, k) => rows.filter((row) => STAGES.indexOf(row[6] as string) >= k).length);
    expect(funnel.slice(4, 9).map((r) => [r[0], fromCsv(r[2])])).toEqual(STAGES.map((s, k) => [s, reached[k]]));
    expect(funnel.slice(4, 9).filter((r) => r[5] === 'bottleneck')).toHaveLength(1);
  });

  it('with funnel targets, the target, gap, step / target step and bottleneck come out as FUNNEL gave them', { timeout: 180_000 }, () => {
    const rows = leads(300);
    // One stage without a target: its two steps are left out of the bottleneck.
    const targets = [300, 200, null, 80, 40];
    const setup: LeadSetup = {
      kind: 'lead', columns: { behaviour: [1, 2, 3], attributes: [], stage: 6, leadId: 0, keyPeople: [], factors: [] },
      behaviourPoints: [5, 15, 30], attributeTable: [], cutoffs: [60, 30, 10], stages: STAGES, targets, conversion: false, weights: [1, 1, 1, 1],
    };
    const graded = gradeLeads(rows, setup, 'en', 2);
    const built = buildLeadWorkbook({ sheetName: 'Leads', origin: { row: 0, column: 0 }, header: HEADER, rows }, setup, graded, 'en');
    const funnelSheet = built.sheets.find((s) => s.name === 'CRM Funnel')!;
    const path = join(mkdtempSync(join(tmpdir(), 'crm-leads-')), 'targets.xlsx');
    const list: WorkbookCell[][] = [HEADER, ...rows].map((row, r) => [...(row as WorkbookCell[]), ...built.block[r]]);
    writeFileSync(path, writeXlsx({ sheets: [{ name: 'Leads', rows: list }, ...built.sheets], names: built.names }));
    editXlsx(path, (name, xml) => (name.startsWith('xl/worksheets/') ? stripCachedValues(xml) : xml));
    const funnel = recalculateWithLibreOffice(path).get('CRM Funnel')!;
    const cachedOf = (c: WorkbookCell) => (c && typeof c === 'object' && 'v' in c ? c.v : c ?? '');
    let compared = 0;
    for (let r = 4; r < 9; r++) {
      for (const c of [2, 5, 6, 7, 8]) {
        const want = cachedOf(funnelSheet.rows[r][c]);
        const got = fromCsv(funnel[r]?.[c]);
        if (typeof want === 'number') expect(Math.abs((got as number) - want), `R${r + 1}C${c + 1}`).toBeLessThanOrEqual(c === 8 ? 0.00006 : 1e-9);
        else expect(got, `R${r + 1}C${c + 1}`).toBe(want);
        compared++;
      }
    }
    expect(compared).toBe(25);
    expect(funnel.slice(4, 9).filter((r) => r[5] === 'bottleneck')).toHaveLength(1);
  });

  it('an opportunity list\'s C139 score and A/B/C/D grade come out as the functions gave them', { timeout: 180_000 }, () => {
    const header = ['Opportunity', 'Coverage', 'Value fit', 'Decision maker', 'Influencer', 'User', ...Array.from({ length: 9 }, (_, k) => `Factor ${k + 1}`)];
    let seed = 5;
    const next = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % m; };
    const rows: unknown[][] = Array.from({ length: 120 }, (_, i) => [`O${i + 1}`, next(11) / 10, next(11) / 10, next(2), next(2), next(2), ...Array.from({ length: 9 }, () => 1 + next(5))]);
    rows[7][8] = 6;
    const setup: LeadSetup = {
      kind: 'opportunity', columns: { behaviour: [], attributes: [], coverage: 1, valueFit: 2, keyPeople: [3, 4, 5], factors: [6, 7, 8, 9, 10, 11, 12, 13, 14] },
      behaviourPoints: [], attributeTable: [], cutoffs: [75, 50, 25], stages: [], conversion: false, weights: [1, 1, 1, 1],
    };
    const graded = gradeLeads(rows, setup, 'en', 2);
    const built = buildLeadWorkbook({ sheetName: 'Opportunities', origin: { row: 0, column: 0 }, header, rows }, setup, graded, 'en');
    const path = join(mkdtempSync(join(tmpdir(), 'crm-opps-')), 'opps.xlsx');
    const list: WorkbookCell[][] = [header, ...rows].map((row, r) => [...(row as WorkbookCell[]), ...built.block[r]]);
    writeFileSync(path, writeXlsx({ sheets: [{ name: 'Opportunities', rows: list }, ...built.sheets], names: built.names }));
    editXlsx(path, (name, xml) => (name.startsWith('xl/worksheets/') ? stripCachedValues(xml) : xml));
    const sheet = recalculateWithLibreOffice(path).get('Opportunities')!;
    const got = sheet.slice(1, 121).map((r) => [fromCsv(r[15]), r[16]]);
    const want = graded.rows.map((g) => [typeof g.c139 === 'number' ? g.c139 : '#VALUE!', typeof g.grade === 'string' ? g.grade : '#VALUE!']);
    got.forEach(([score, grade], i) => {
      if (typeof want[i][0] === 'number') expect(Math.abs((score as number) - (want[i][0] as number)), `row ${i + 2}`).toBeLessThanOrEqual(1e-9);
      else expect(score, `row ${i + 2}`).toBe('#VALUE!');
      expect(grade, `row ${i + 2}`).toBe(want[i][1]);
    });
    expect(got).toHaveLength(120);
    expect(new Set(want.map((w) => w[1]))).toEqual(new Set(['A', 'B', 'C', 'D', '#VALUE!']));
  });
});
