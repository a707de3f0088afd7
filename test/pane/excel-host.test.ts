// The Excel host against a small fake of the Excel calls it makes: a 100,000-row grade is written in
// chunks under 4 MB each, names and sheets are set, and nothing outside the target block is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeIntoWorkbook } from '../../taskpane/app/grade-into-workbook';
import { ExcelWorkbook, MAX_REQUEST_BYTES, chunkRows } from '../../taskpane/hosts/excel';
import { hostFormulaCell as excelFormulaCell } from '../../src/xlsx/host-cell';
import { toNativeFormula } from '../../src/formulas/make-shareable';
import { shareableReportLines } from '../../src/formulas/shareable-report';
import { FakeExcel, FakeSheet, installFakeOffice } from './fake-excel';

const N = 100_000;
let fake: FakeExcel;

beforeAll(() => {
  fake = new FakeExcel();
  const list = new FakeSheet('Customers');
  // the list starts at B3, with someone's note far to the right that must survive
  const header = ['Customer', 'Days Since Last Purchase', 'Orders', 'Amount'];
  header.forEach((h, c) => list.set(2, 1 + c, h));
  for (let i = 0; i < N; i++) {
    list.set(3 + i, 1, `C${i}`);
    list.set(3 + i, 2, i % 200);
    list.set(3 + i, 3, i % 15);
    list.set(3 + i, 4, (i % 9) * 100_000);
  }
  list.written.length = 0;
  fake.sheets.push(list);
  fake.selection = { sheet: list, row: 3, column: 1 };
  fake.install();
});
afterAll(() => { delete (globalThis as Record<string, unknown>).Excel; });

describe('the Excel host', () => {
  it('grades 100,000 rows in requests under 4 MB, touching only the block beside the list', async () => {
    const host = new ExcelWorkbook();
    const found = await host.readListAroundSelection();
    expect(found).toMatchObject({ sheetName: 'Customers', top: 2, left: 1 });
    expect(found!.rows).toHaveLength(N + 1);
    fake.requests.length = 0;
    const outcome = await gradeIntoWorkbook(host, found!, { preset: 'seed', asOf: 46327 }, false);
    expect(outcome.kind).toBe('graded');

    expect(Math.max(...fake.requests)).toBeLessThan(MAX_REQUEST_BYTES);
    expect(fake.requests.filter((b) => b > 0).length).toBeGreaterThan(3);
    const list = fake.sheet('Customers')!;
    // graded columns F..K (5..10), rows 3..100003 (0-based 2..100002): nothing else written
    const outside = list.written.filter((key) => {
      const [r, c] = key.split(',').map(Number);
      return r < 2 || r > N + 2 || c < 5 || c > 10;
    });
    expect(outside).toEqual([]);
    expect([5, 6, 7, 8, 9].map((c) => list.get(2, c))).toEqual(['R score', 'F score', 'M score', 'RFM code', 'Segment']);
    // row 4 (0-based 3) holds customer 0: 0 days, 0 orders, 0 amount; the code cell (I4) reads C4, D4,
    // E4 and the scores read its digits
    expect(list.get(3, 8)).toContain('VLOOKUP(C4,CRM_R_BANDS,2)*100+VLOOKUP(D4,CRM_F_BANDS,2)*10+VLOOKUP(E4,CRM_M_BANDS,2)');
    expect(list.get(3, 5)).toBe('=IF(I4="","",INT(I4/100))');
    expect(list.get(3, 6)).toBe('=IF(I4="","",MOD(INT(I4/10),10))');
    expect(list.get(N + 2, 9)).toBe(`=IF(I${N + 3}="","",VLOOKUP(I${N + 3},CRM_SEGMENTS,2,FALSE))`);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Customers', 'CRM Settings', 'CRM Summary', 'CRM Method']);
    // the segment column (J) is coloured by segment, eight rules over the graded rows
    expect(list.colours).toHaveLength(8);
    expect(list.colours).toContain(`J4:J${N + 3} EqualTo ="Important value" -> #B7E1A1`);
    // a header filter over the list and its graded columns: B3 .. K(N+3)
    expect(list.filter).toBe(`B3:K${N + 3}`);
    // the Pareto chart on the summary sheet, over its two columns of shares
    expect(fake.sheet('CRM Summary')!.charts).toHaveLength(1);
    expect(fake.sheet('CRM Summary')!.charts[0]).toMatch(/^XYScatterLinesNoMarkers A\d+:B\d+ "Share of revenue by top share of customers" C\d+:E\d+$/);
    expect(fake.names.get('CRM_F_BANDS')).toBe("='CRM Settings'!$D$6:$E$8");
    // number formats: the as-of date (B17) shows as a date, the summary's shares as percents
    expect(fake.sheet('CRM Settings')!.formats.get('16,1')).toBe('yyyy-mm-dd');
    expect([...fake.sheet('CRM Summary')!.formats.values()]).toContain('0.00%');
    expect(fake.sheet('CRM Settings')!.get(6, 3)).toBe(5);
  });

  it('refuses to write over a cell that is not empty', async () => {
    const host = new ExcelWorkbook();
    const small = new FakeSheet('Small');
    ['Recency', 'Orders', 'Amount'].forEach((h, c) => small.set(0, c, h));
    [10, 12, 600000].forEach((v, c) => small.set(1, c, v));
    fake.sheets.push(small);
    fake.selection = { sheet: small, row: 0, column: 0 };
    const found = await host.readListAroundSelection();
    small.set(1, 5, 'keep');
    small.written.length = 0;
    const outcome = await gradeIntoWorkbook(host, { ...found!, rows: found!.rows }, { preset: 'seed', asOf: 46327 }, false);
    expect(outcome.kind).toBe('occupied');
    expect(small.written).toEqual([]);
  });
});

describe('Make shareable', () => {
  it('turns custom functions into native formulas and freezes what none can follow, saying which cells and why', async () => {
    const sheet = new FakeSheet('Mine');
    sheet.set(0, 0, 10); sheet.set(0, 1, 12); sheet.set(0, 2, 600000);
    sheet.set(0, 3, '=CRM.RFM_SCORE(A1,B1,C1)');
    sheet.set(0, 4, '=CRM.POTENTIAL_INDEX(A1,B1,C1)');
    sheet.set(0, 5, '=CRM.CHURN_RISK(A1:C1,A1:C1)');
    sheet.shown.set('0,5', 2.5);
    sheet.set(0, 6, '=SUM(A1:C1)');
    // a column graded in one call: the anchor spills 555 and 333 into H1:H2
    sheet.set(0, 7, '=CRM.RFM_SCORE(A1:A2,B1:B2,C1:C2)');
    sheet.shown.set('0,7', 555);
    sheet.shown.set('1,7', 333);
    sheet.spills.set('0,7', 'H1:H2');
    const excel = new FakeExcel();
    excel.sheets.push(sheet);
    excel.selection = { sheet, row: 0, column: 0 };
    excel.install();
    const report = await new ExcelWorkbook().makeShareable('en', 46327);
    expect(report).toEqual({ converted: 2, frozen: 2, frozenCells: [{ cell: 'F1', reason: 'function' }, { cell: 'H1', reason: 'ranges' }] });
    expect(shareableReportLines(report, 'en')).toEqual(['2 formulas now work without the add-in; 2 kept as values.',
      'F1: this function has no native formula that computes the same.', 'H1: the call grades a whole column at once; kept as the values it showed.']);
    // the spilled column keeps every value it showed
    expect([sheet.get(0, 7), sheet.get(1, 7)]).toEqual([555, 333]);
    // the seed's bands are written into the formula: no settings sheet, no names needed
    expect(sheet.get(0, 3)).toBe(toNativeFormula('=CRM.RFM_SCORE(A1,B1,C1)'));
    expect(sheet.get(0, 3)).toContain('IF(A1>=91,1,IF(A1>=31,3,IF(A1>=0,5,#VALUE!)))');
    expect(sheet.get(0, 4)).toBe(toNativeFormula('=CRM.POTENTIAL_INDEX(A1,B1,C1)'));
    expect(sheet.get(0, 5)).toBe(2.5);
    expect(sheet.get(0, 6)).toBe('=SUM(A1:C1)');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Mine']);
    fake.install();
  });
});

describe('the Excel host settings', () => {
  it('saves the pane state in the document and asks Excel to show the pane with it', async () => {
    const settings = installFakeOffice();
    try {
      const host = new ExcelWorkbook();
      await host.saveState('{"preset":"five"}');
      expect(await host.loadState()).toBe('{"preset":"five"}');
      expect(settings.values.get('Office.AutoShowTaskpaneWithDocument')).toBe(true);
      expect(settings.saves).toBe(1);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});

describe('hostFormulaCell and chunkRows', () => {
  it('writes formulas as =..., and text that looks like one as text', () => {
    expect(excelFormulaCell({ f: 'A1*2', v: 4 })).toBe('=A1*2');
    expect(excelFormulaCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(excelFormulaCell({ v: '+86 21', style: 'input' })).toBe(`'+86 21`);
    expect(excelFormulaCell(null)).toBe('');
  });
  it('cuts rows so no chunk exceeds the byte budget', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    const chunks = chunkRows(rows, 200);
    expect(chunks.reduce((n, c) => n + c.rows.length, 0)).toBe(100);
    expect(chunks.every((c) => c.rows.length >= 1)).toBe(true);
    expect(chunks[1].start).toBe(chunks[0].rows.length);
  });
});

describe('the strict Excel double holds the host to Office.js\'s rules', () => {
  const strict = () => {
    const excel = new FakeExcel();
    const sheet = new FakeSheet('S');
    sheet.set(0, 0, 1);
    sheet.set(1, 1, 'x');
    excel.sheets.push(sheet);
    excel.selection = { sheet, row: 0, column: 0 };
    excel.install();
    return { excel, sheet, run: <T>(cb: (context: Excel.RequestContext) => Promise<T>) => Excel.run(cb) };
  };
  afterAll(() => fake.install());

  it('throws PropertyNotLoaded for a read before load and sync (the old fake answered it)', async () => {
    const { run } = strict();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      // loaded but not synced: still not there
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, ''], ['', 'x']]);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('knows isNullObject only after a sync', async () => {
    const { run } = strict();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('applies writes at sync and refuses a matrix that does not fit its range', async () => {
    const { run, sheet } = strict();
    await expect(run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('C1:D2');
      range.values = [[1, 2], [3, 4]];
      expect(sheet.get(0, 2)).toBe('');
      await context.sync();
      expect(sheet.get(1, 3)).toBe(4);
      range.formulas = [[1, 2, 3]];
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('C1:C3').numberFormat = [['0'], ['0']];
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fails with ItemNotFound for a missing sheet, name or used range', async () => {
    const { run, excel } = strict();
    await expect(new ExcelWorkbook().writeBlock('Gone', 0, 0, [[1]])).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(run(async (context) => { context.workbook.names.getItem('CRM_NOPE'); await context.sync(); })).rejects.toMatchObject({ code: 'ItemNotFound' });
    excel.sheets.push(new FakeSheet('Empty'));
    await expect(run(async (context) => { context.workbook.worksheets.getItem('Empty').getUsedRange().load('values'); await context.sync(); }))
      .rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(await new ExcelWorkbook().readSheet('Gone')).toBeUndefined();
    expect(await new ExcelWorkbook().readSheet('Empty')).toEqual([]);
  });

  it('refuses a request over 5 MB, and counts what each carries', async () => {
    const { run, excel } = strict();
    await expect(run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:A1').values = [['x'.repeat(6_000_000)]];
      await context.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.requests.at(-1)).toBeGreaterThan(6_000_000);
  });
});
