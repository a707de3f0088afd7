// The pane's columns found by what they hold (issue 10), driven through its controller (no DOM) on the
// in-memory workbook: a list whose headers name nothing known is mapped by hand and graded right; a
// column of dates is read as dates wherever it is mapped; the pane asks where it is unsure, flags a
// column whose content contradicts its field, and waits. Expected codes come from the seed's hand rules.
import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../src/cells/dates';
import { TableError } from '../../src/grading/grade-table';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { PaneController, type Field } from '../../taskpane/app/pane-controller';
import { chineseDate, daysBetween, expectedCodes, unnamedCustomers } from '../support/unnamed-list';
import type { Lang } from '../../src/i18n/lang';

const AS_OF = '2026-11-01';
const customers = unnamedCustomers(120, AS_OF);

/** A pane over one sheet holding `rows`, the selection inside it, counting days up to AS_OF. */
async function paneOver(rows: unknown[][], lang: Lang = 'en'): Promise<{ pane: PaneController; wb: MemoryWorkbook }> {
  const wb = new MemoryWorkbook([{ name: 'List', cells: rows as never }]);
  wb.selection = { sheet: 'List', row: 1, column: 0 };
  const pane = new PaneController({ port: wb, lang, today: new Date(2026, 10, 1) });
  await pane.findList();
  pane.setAsOf(isoToSerial(AS_OF));
  return { pane, wb };
}

const codesOf = (wb: MemoryWorkbook, column: number) =>
  wb.sheet('List')!.cells.slice(1).map((row) => { const c = row[column]; return c && typeof c === 'object' && 'v' in c ? c.v : c; });

describe('a list whose headers name nothing known', () => {
  const rows = [['A列', 'B列', 'C列', 'D列', 'E列'],
    ...customers.map((c) => [c.id, c.name, chineseDate(c.last), c.orders, c.amount])];

  it('asks for each required column, naming the columns whose content could hold it, and waits', async () => {
    const { pane, wb } = await paneOver(rows);
    expect(pane.state.columns).toEqual(expect.objectContaining({ recency: undefined, frequency: undefined, monetary: undefined }));
    const q = pane.questions();
    expect([q.recency?.kind, q.frequency?.kind, q.monetary?.kind]).toEqual(['missing', 'missing', 'missing']);
    expect(q.recency!.text).toBe("Which column holds the last purchase date (or the days since it)? It could be 'C列'.");
    expect(q.frequency!.text).toBe("Which column holds the number of orders? It could be 'D列'.");
    expect(q.monetary!.text).toBe("Which column holds the amount? It could be 'E列'.");
    // Nothing is guessed: grading waits, and nothing is written.
    const before = JSON.stringify(wb.sheets);
    await pane.grade();
    expect(pane.state.message).toEqual({ kind: 'error', text: 'Choose under Columns which column holds: Recency; Frequency; Monetary.' });
    expect(JSON.stringify(wb.sheets)).toBe(before);
  });

  it('asks in the user\'s language', async () => {
    const { pane } = await paneOver(rows, 'zh-TW');
    expect(pane.questions().frequency!.text).toBe('哪一欄是訂單數（購買次數）？可能是「D列」。');
    const { pane: cn } = await paneOver(rows, 'zh-CN');
    expect(cn.questions().recency!.text).toBe('哪一列是最近购买日期（或距今天数）？可能是“C列”。');
  });

  it('mapped by hand: dates (2026年3月6日) read as dates in the band counts, the preview and the grading; every code right', async () => {
    const { pane, wb } = await paneOver(rows);
    pane.setColumn('customerId', 0);
    pane.setColumn('recency', 2);
    pane.setColumn('frequency', 3);
    pane.setColumn('monetary', 4);
    expect(pane.questions()).toEqual({});
    expect(pane.reading.recencyIsDate()).toBe(true);
    // The days counted for the band counts are the days since each date, never the serial numbers.
    expect(pane.bandValues('r')).toEqual(customers.map((c) => daysBetween(c.last, AS_OF)));
    expect(pane.reading.preview(1).rows[0]).toEqual([customers[0].last, String(customers[0].orders), customers[0].amount.toLocaleString('en'), customers[0].id]);
    await pane.grade();
    expect(pane.state.message?.text).toBe(`Graded ${customers.length} customers.`);
    expect(codesOf(wb, 8)).toEqual(expectedCodes(customers, AS_OF));
  });

  it('a column of date cells mapped by hand is dates too (it was once read as day counts)', async () => {
    const cells = rows.map((row, i) => (i === 0 ? row : [row[0], row[1], { v: isoToSerial(customers[i - 1].last), style: 'date' }, row[3], row[4]]));
    const { pane, wb } = await paneOver(cells);
    pane.setColumn('recency', 2);
    pane.setColumn('frequency', 3);
    pane.setColumn('monetary', 4);
    expect(pane.reading.recencyIsDate()).toBe(true);
    expect(pane.reading.mapping()).toMatchObject({ lastPurchase: 2 });
    expect(pane.reading.preview(1).rows[0][0]).toBe(customers[0].last);
    // The same date cells taken for the number of orders are flagged, shown as the dates they are.
    pane.setColumn('frequency', 2);
    expect(pane.questions().frequency?.text).toBe(`'C列' holds dates (${customers.slice(0, 3).map((c) => `'${c.last}'`).join(', ')}), not the number of orders: choose another column.`);
    pane.setColumn('frequency', 3);
    await pane.grade();
    expect(codesOf(wb, 8)).toEqual(expectedCodes(customers, AS_OF));
  });

  it('an amount in 万元 mapped by hand is read in its unit', async () => {
    const inWan = [['Col1', 'Col2', 'Col3', 'Col4', '金額（萬元）'],
      ...customers.map((c) => [c.id, c.name, chineseDate(c.last), c.orders, c.amount / 10_000])];
    const { pane, wb } = await paneOver(inWan, 'zh-TW');
    for (const [field, column] of [['recency', 2], ['frequency', 3], ['monetary', 4]] as const) pane.setColumn(field, column);
    expect(pane.bandValues('m')).toEqual(customers.map((c) => c.amount));
    await pane.grade();
    expect(codesOf(wb, 8)).toEqual(expectedCodes(customers, AS_OF));
  });
});

describe('what the pane asks before grading', () => {
  it('two columns too close to call: neither is chosen, both are offered, and picking one answers it', async () => {
    const { pane } = await paneOver([['Customer', 'Last order date', 'Orders', 'Revenue 2024', 'Revenue 2025'],
      ['A', '2026-10-01', 3, 1200, 1500], ['B', '2026-09-12', 5, 800, 900], ['C', '2026-08-30', 1, 300, 350]]);
    expect(pane.state.columns.monetary).toBeUndefined();
    const q = pane.questions().monetary!;
    expect(q.kind).toBe('ambiguous');
    expect(q.columns.slice().sort()).toEqual([3, 4]);
    expect(q.text).toMatch(/^Which column holds the amount\? It could be 'Revenue 202[45]' or 'Revenue 202[45]'\.$/);
    pane.setColumn('monetary', 4);
    expect(pane.questions()).toEqual({});
  });

  it('a column whose content contradicts its field is flagged in its row, and grading waits', async () => {
    const { pane } = await paneOver([['Customer', 'Last order date', 'Orders', 'Amount', 'Note'],
      ['A', '2026-10-01', 3, 1200, 'call back'], ['B', '2026-09-12', 5, 800, 'VIP'], ['C', '2026-08-30', 1, 300, 'new']]);
    pane.setColumn('frequency', 1);
    pane.setColumn('monetary', 4);
    const q = pane.questions();
    expect(q.frequency).toEqual({
      kind: 'contradicted', columns: [1], text: "'Last order date' holds dates ('2026-10-01', '2026-09-12', '2026-08-30'), not the number of orders: choose another column.",
      keep: ["'Last order date'", "'2026-10-01'", "'2026-09-12'", "'2026-08-30'"],
    });
    expect(q.monetary?.text).toBe("'Note' holds text ('call back', 'VIP', 'new'), not the amount: choose another column.");
    await pane.grade();
    expect(pane.state.message?.text).toBe('Choose under Columns which column holds: Frequency; Monetary.');
  });

  it('choices saved for the list are the user\'s: nothing is asked again', async () => {
    const rows = [['A列', 'B列', 'C列', 'D列'], ['甲', '2026-10-01', 3, 1200], ['乙', '2026-09-12', 5, 800], ['丙', '2026-08-30', 1, 300]];
    const { pane, wb } = await paneOver(rows);
    (['recency', 'frequency', 'monetary'] as Field[]).forEach((f, i) => pane.setColumn(f, i + 1));
    await pane.grade();
    expect(pane.state.message?.kind).toBe('info');
    wb.selection = { sheet: 'List', row: 1, column: 0 };
    await pane.findList();
    expect(pane.state.columns).toMatchObject({ recency: 1, frequency: 2, monetary: 3 });
    expect(pane.questions()).toEqual({});
  });
});

describe('a question raised by the grading itself', () => {
  it('comes back from the worker as a TableError with its details, and highlights its field', async () => {
    // A worker whose core disagrees with the page: it is handed the list without the frequency column.
    const { answerGradeRequest } = await import('../../taskpane/app/graders');
    class DisagreeingWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: { message: string }) => void) | null = null;
      postMessage(data: { options: { columns: Record<string, unknown> } }): void {
        const request = structuredClone(data);
        delete request.options.columns.frequency;
        answerGradeRequest(request as never, (reply) => setTimeout(() => this.onmessage?.({ data: structuredClone(reply) })));
      }
      terminate(): void {}
    }
    const globals = globalThis as Record<string, unknown>;
    globals.Worker = DisagreeingWorker;
    try {
      const wb = new MemoryWorkbook([{ name: 'List', cells: [['Customer', 'Days since last order', 'Orders', 'Amount'], ['A', 10, 12, 600000]] as never }]);
      const pane = new PaneController({ port: wb, lang: 'zh-TW', today: new Date(2026, 10, 1), workerUrl: 'grade-worker.js' });
      await pane.findList();
      expect(pane.questions()).toEqual({});
      await pane.grade();
      expect(pane.state.message?.text).toBe('無法分級：找不到欄：購買頻次（購買次數）');
      expect(pane.questions().frequency).toEqual({ kind: 'raised', columns: [], text: '哪一欄是訂單數（購買次數）？請在此選擇。', keep: [] });
      // Choosing a column answers it.
      pane.setColumn('frequency', 2);
      expect(pane.questions()).toEqual({});
    } finally {
      delete globals.Worker;
    }
  });

  it('the page rebuilds the TableError the worker sent, details and all', async () => {
    const { answerGradeRequest, workerGrader } = await import('../../taskpane/app/graders');
    class PlainWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: { message: string }) => void) | null = null;
      postMessage(data: unknown): void {
        answerGradeRequest(structuredClone(data) as never, (reply) => setTimeout(() => this.onmessage?.({ data: structuredClone(reply) })));
      }
      terminate(): void {}
    }
    const globals = globalThis as Record<string, unknown>;
    globals.Worker = PlainWorker;
    try {
      const error = await workerGrader('grade-worker.js').grade('L', [['Customer', 'Last order', 'Orders', 'Revenue 2024', 'Revenue 2025'],
        ['A', '2026-10-01', 3, 1200, 1500], ['B', '2026-09-12', 5, 800, 900], ['C', '2026-08-30', 1, 300, 350]], { preset: 'seed', asOf: 46327, lang: 'en' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TableError);
      expect((error as TableError).problem).toBe('ambiguous');
      expect((error as TableError).field).toBe('monetary');
      expect([...(error as TableError).candidates].sort()).toEqual(['Revenue 2024', 'Revenue 2025']);
    } finally {
      delete globals.Worker;
    }
  });
});

describe('switching the pane\'s language', () => {
  it('says the questions and a damaged settings sheet in the new language', async () => {
    const wb = new MemoryWorkbook([{ name: 'List', cells: [['A列', 'B列', 'C列', 'D列'], ['甲', '2026-10-01', 3, 1200], ['乙', '2026-09-12', 5, 800], ['丙', '2026-08-30', 1, 300]] as never }]);
    const pane = new PaneController({ port: wb, lang: 'en', today: new Date(2026, 10, 1) });
    await pane.findList();
    (['recency', 'frequency', 'monetary'] as Field[]).forEach((f, i) => pane.setColumn(f, i + 1));
    await pane.grade();
    wb.sheet('CRM Settings')!.cells[6][3] = 'five';
    wb.selection = { sheet: 'List', row: 1, column: 0 };
    await pane.findList();
    expect(pane.state.damage.settings?.problem).toBe("“F: purchases in the period”: row 2 of the band table holds 'five', not a number");
    pane.setColumn('frequency', 1);
    expect(pane.questions().frequency?.text).toMatch(/^'B列' holds dates/);
    pane.setLang('zh-TW');
    expect(pane.questions().frequency?.text).toMatch(/^「B列」欄是日期/);
    await expect.poll(() => pane.state.damage.settings?.problem).toBe('「F：期間內購買次數」：分級表第 2 列是「five」，不是數字');
  });
});
