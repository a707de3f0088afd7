// The Sheets sidebar path: Code.js's server functions loaded in a vm as Apps Script runs them, over a
/* eslint-disable @typescript-eslint/no-this-alias -- the fake hands out plain range objects that must reach their sheet */
// small fake of the SpreadsheetApp calls they make, and the pane's Sheets host calling them through a
// stand-in for google.script.run that serialises arguments as Google's channel does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { columnIndex } from '../../src/xlsx/a1';
import { gradeIntoWorkbook } from '../../taskpane/app/grade-into-workbook';
import { gradeLeadsIntoWorkbook } from '../../taskpane/app/grade-leads-into-workbook';
import { LeadController } from '../../taskpane/app/lead-controller';
import { SheetsWorkbook } from '../../taskpane/hosts/sheets';
import { DIST } from '../bundles/load';
import { seedSegmentCounts } from '../support/seed-rules';

type Cell = string | number | boolean | Date;

class FakeSheet {
  cells: Cell[][] = [];
  formats = new Map<string, string>();
  filter: string | null = null;
  getFilter() { return this.filter ? { remove: () => { this.filter = null; } } : null; }
  charts: string[] = [];
  newChart() {
    const parts: string[] = [];
    const builder = {
      asScatterChart: () => builder,
      asColumnChart: () => { parts.push('column'); return builder; },
      addRange: (r: { getA1Notation(): string }) => { parts.push(r.getA1Notation()); return builder; },
      setOption: (k: string, v: unknown) => { if (k === 'title') parts.push(String(v)); return builder; },
      setPosition: (row: number, col: number) => { parts.push(`at ${row},${col}`); return builder; },
      build: () => parts.join(' | '),
    };
    return builder;
  }
  insertChart(chart: string) { this.charts.push(chart); }
  rules: { text: string; fill: string; range: string }[] = [];
  getConditionalFormatRules() { return this.rules.map((r) => ({ ...r, getRanges: () => [{ getA1Notation: () => r.range }] })); }
  setConditionalFormatRules(rules: { text: string; fill: string; range: string }[]) { this.rules = rules.map(({ text, fill, range }) => ({ text, fill, range })); }
  frozen = 0;
  written: string[] = [];
  constructor(public name: string) {}
  getName() { return this.name; }
  get(r: number, c: number): Cell { return this.cells[r]?.[c] ?? ''; }
  range(top: number, left: number, rows: number, columns: number) {
    const sheet = this;
    return {
      setNumberFormat: (f: string) => { for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) sheet.formats.set(`${top + r},${left + c}`, f); },
      getRow: () => top + 1, getColumn: () => left + 1,
      getValues: () => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.get(top + r, left + c))),
      setValues(values: Cell[][]) {
        if (values.length !== rows || values.some((v) => v.length !== columns)) throw new Error('setValues: size mismatch');
        values.forEach((row, r) => row.forEach((v, c) => { (sheet.cells[top + r] ??= [])[left + c] = v; sheet.written.push(`${top + r},${left + c}`); }));
      },
      getDataRegion: () => {
        const height = sheet.cells.length;
        const width = sheet.cells.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
        return sheet.range(0, 0, height, width);
      },
    };
  }
  getRange(row: number | string, column = 1, rows = 1, columns = 1) {
    if (typeof row === 'string') {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(row);
      const sheet = this;
      return {
        getA1Notation: () => row, createFilter: () => { this.filter = row; },
        setNumberFormat: (f: string) => {
          if (!m) return;
          for (let r = Number(m[2]); r <= Number(m[4]); r++) sheet.formats.set(`${r - 1},${columnIndex(m[1])}`, f);
        },
      };
    }
    return this.range(row - 1, column - 1, rows, columns);
  }
  getActiveRange() { return this.range(1, 1, 1, 1); }
  setFrozenRows(n: number) { this.frozen = n; }
}

function appsScript(cells?: Cell[][]) {
  const list = new FakeSheet('Customers');
  list.cells = cells ?? [
    ['Customer', 'Last Purchase Date', 'Orders', 'Amount'],
    ['A', new Date(2026, 9, 31), 12, 600000], // 1 day before 2026-11-01 -> R 5
    ['B', new Date(2026, 7, 3), 6, 250000], // 90 days -> R 3
  ];
  const sheets = [list];
  const names = new Map<string, string>();
  const properties = new Map<string, string>();
  const ui = { menus: [] as string[], sidebars: [] as string[] };
  const spreadsheet = {
    getSheetByName: (n: string) => sheets.find((s) => s.name === n) ?? null,
    getSheets: () => [...sheets],
    insertSheet: (n: string) => { const s = new FakeSheet(n); sheets.push(s); return s; },
    deleteSheet: (s: FakeSheet) => sheets.splice(sheets.indexOf(s), 1),
    getRange: (a1: string) => {
      const m = /^'?(.*?)'?!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1)!;
      return { a1, sheet: m[1], size: [m[2], m[3], m[4], m[5]], ok: columnIndex(m[2]) >= 0 };
    },
    setNamedRange: (n: string, range: { a1: string }) => names.set(n, range.a1),
  };
  const globals = {
    SpreadsheetApp: {
      getUi: () => ({
        createMenu: (title: string) => {
          const menu = { addItem: (label: string, fn: string) => { ui.menus.push(`${title} > ${label} -> ${fn}`); return menu; }, addToUi: () => undefined };
          return menu;
        },
        showSidebar: (html: { title: string }) => ui.sidebars.push(html.title),
      }),
      getActive: () => spreadsheet,
      newConditionalFormatRule: () => {
        const rule = { text: '', fill: '', range: '' };
        const builder = {
          whenTextEqualTo: (t: string) => { rule.text = t; return builder; },
          setBackground: (c: string) => { rule.fill = c; return builder; },
          setRanges: (r: { getA1Notation(): string }[]) => { rule.range = r[0].getA1Notation(); return builder; },
          build: () => rule,
        };
        return builder;
      },
      getActiveSheet: () => list,
    },
    HtmlService: { createHtmlOutputFromFile: (file: string) => ({ file, title: '', setTitle(t: string) { this.title = `${file}: ${t}`; return this; } }) },
    PropertiesService: { getDocumentProperties: () => ({ getProperty: (k: string) => properties.get(k) ?? null, setProperty: (k: string, v: string) => properties.set(k, v) }) },
  };
  const context = vm.createContext(globals);
  vm.runInContext(readFileSync(join(DIST, 'sheets', 'Code.js'), 'utf8'), context);
  return { context, sheets, names, properties, ui, list };
}

/** Stands in for google.script.run: arguments and results cross as JSON, and each call's size is kept. */
function installScriptRun(gas: ReturnType<typeof appsScript>): number[] {
  const payloads: number[] = [];
  // google.script.run: arguments and results cross as JSON-like data, never as live objects
  (globalThis as Record<string, unknown>).google = {
    script: {
      get run() {
        let ok: (v: unknown) => void = () => {}, fail: (e: Error) => void = () => {};
        const runner: Record<string, unknown> = {
          withSuccessHandler(f: typeof ok) { ok = f; return proxy; },
          withFailureHandler(f: typeof fail) { fail = f; return proxy; },
        };
        const proxy: Record<string, unknown> = new Proxy(runner, {
          get: (target, name: string) => name in target ? target[name] : (...args: unknown[]) => {
            try {
              const json = JSON.stringify(args);
              payloads.push(json.length);
              const result = gas.context[name](...JSON.parse(json));
              setTimeout(() => ok(result === undefined ? undefined : JSON.parse(JSON.stringify(result))));
            } catch (e) {
              setTimeout(() => fail(e as Error));
            }
          },
        });
        return proxy;
      },
    },
  };
  return payloads;
}

describe('the Sheets server functions', () => {
  it('add the menu and open the sidebar', () => {
    const gas = appsScript();
    gas.context.onOpen({});
    expect(gas.ui.menus).toEqual(['CRM Grader > Open -> showSidebar']);
    gas.context.showSidebar();
    expect(gas.ui.sidebars).toEqual(['Sidebar: CRM Grader']);
  });

  it('grade the list through the sidebar host, writing beside it only', async () => {
    const gas = appsScript();
    installScriptRun(gas);
    try {
      const host = new SheetsWorkbook();
      const found = await host.readListAroundSelection();
      // a date cell crosses as its serial day: 2026-10-31 is 46326
      expect(found!.rows[1][1]).toBe(46326);
      const outcome = await gradeIntoWorkbook(host, found!, { preset: 'seed', asOf: 46327 }, false);
      expect(outcome.kind).toBe('graded');
      expect(gas.list.cells[0].slice(4, 9)).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment']);
      expect(gas.list.get(1, 4)).toBe('=IF(H2="","",INT(H2/100))');
      expect(gas.list.get(1, 7)).toContain('VLOOKUP((INT(CRM_AS_OF)-INT(B2)),CRM_R_BANDS,2)*100');
      expect(gas.list.written.every((k) => Number(k.split(',')[1]) >= 4)).toBe(true);
      expect(gas.sheets.map((s) => s.name)).toEqual(['Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']);
      expect(gas.names.get('CRM_R_BANDS')).toBe("'CRM Settings'!A6:B8");
      expect(gas.list.rules).toHaveLength(8);
      // list A..D and its six graded columns E..J, header and two rows
      expect(gas.list.filter).toBe('A1:J3');
      // the settings sheet's as-of date shows as a date
      expect(gas.sheets.find((s) => s.name === 'CRM Settings')!.formats.get('16,1')).toBe('yyyy-mm-dd');
      const summary = gas.sheets.find((s) => s.name === 'CRM Summary')!;
      expect(summary.charts).toHaveLength(1);
      expect(summary.charts[0]).toMatch(/^A\d+:A\d+ \| B\d+:B\d+ \| Share of revenue by top share of customers \| at \d+,3$/);
      expect(gas.list.rules).toContainEqual({ text: 'Important value', fill: '#B7E1A1', range: 'I2:I3' });
      await host.saveState('{"preset":"seed"}');
      expect(await host.loadState()).toBe('{"preset":"seed"}');
    } finally {
      delete (globalThis as Record<string, unknown>).google;
    }
  });
});

describe('a 200,000-row list through the Sheets host', () => {
  it('is read, graded and written in calls of at most 5,000 rows, beside the list only', async () => {
    const gas = appsScript();
    const N = 200_000;
    const days = (i: number) => i % 200, orders = (i: number) => i % 15, amount = (i: number) => (i % 9) * 100_000;
    gas.list.cells = [['Customer', 'Days Since Last Purchase', 'Orders', 'Amount'],
      ...Array.from({ length: N }, (_, i) => [`C${i}`, days(i), orders(i), amount(i)])];
    const payloads = installScriptRun(gas);
    try {
      const host = new SheetsWorkbook();
      const found = await host.readListAroundSelection();
      expect(found!.rows).toHaveLength(N + 1);
      payloads.length = 0;
      gas.list.written.length = 0;
      const outcome = await gradeIntoWorkbook(host, found!, { preset: 'seed', asOf: 46327 }, false);
      expect(outcome.kind).toBe('graded');
      // 200,001 rows in slices of 5,000: 41 writes of the block, each a few MB at most
      expect(Math.max(...payloads)).toBeLessThan(6 * 1024 * 1024);
      expect(gas.list.written.length).toBe((N + 1) * 6);
      expect(gas.list.written.every((k) => { const c = Number(k.split(',')[1]); return c >= 4 && c <= 9; })).toBe(true);
      expect(gas.list.get(N, 4)).toBe(`=IF(H${N + 1}="","",INT(H${N + 1}/100))`);
      expect(gas.list.get(N, 7)).toContain(`VLOOKUP(B${N + 1},CRM_R_BANDS,2)*100`);
      // the seed's rules, written out by hand in test/support/seed-rules.ts
      expect(new Map(outcome.result.segmentCounts)).toEqual(seedSegmentCounts(N, days, orders, amount));
    } finally {
      delete (globalThis as Record<string, unknown>).google;
    }
  }, 120_000);
  it('scores a lead list through the sidebar host: its columns beside it, the funnel as a column chart', async () => {
    const gas = appsScript([
      ['Lead', 'Page views', 'Demo requests', 'Stage'],
      ['L1', 8, 1, 'Lead'], ['L2', 2, 0, 'Won'], ['L3', 1, 1, 'Contacted'],
    ]);
    installScriptRun(gas);
    try {
      const host = new SheetsWorkbook();
      const found = await host.readListAroundSelection();
      const leads = new LeadController();
      leads.recognise(found!, 0);
      expect(leads.active).toBe(true);
      const outcome = await gradeLeadsIntoWorkbook(host, found!, 0, leads.setup(), 'en', false);
      expect(outcome.kind).toBe('graded');
      // The sidebar writes formulas (Sheets computes them): the grade reads the score beside it and the cutoffs' names.
      expect(gas.list.cells[1][6]).toBe('=IF(F2="","",IF(F2>=CRM_LEAD_CUT_A,"A",IF(F2>=CRM_LEAD_CUT_B,"B",IF(F2>=CRM_LEAD_CUT_C,"C","D"))))');
      expect(gas.names.get('CRM_LEAD_CUT_A')).toBe("'CRM Lead Settings'!H6:H6");
      expect(gas.list.cells[0].slice(4)).toEqual(['Behaviour points', 'Lead score', 'Lead grade', 'Problem']);
      expect(gas.list.written.every((k) => Number(k.split(',')[1]) >= 4)).toBe(true);
      expect(gas.sheets.map((s) => s.name)).toEqual(['Customers', 'CRM Lead Settings', 'CRM Funnel']);
      expect(gas.sheets.find((s) => s.name === 'CRM Funnel')!.charts).toEqual(['column | A5:A7 | C5:C7 | Leads reaching each stage | at 9,1']);
    } finally {
      delete (globalThis as Record<string, unknown>).google;
    }
  });
});
