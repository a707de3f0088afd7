// Nothing lost: grading never writes over someone's cell, and a grading interrupted after it began
// writing (Cancel, or the host failing at any one of its writes) takes back what it wrote, or says the
// workbook is incomplete when it cannot.
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../taskpane/hosts/memory';
import { GradingInterrupted, gradeIntoWorkbook } from '../../taskpane/app/grade-into-workbook';
import type { WorkbookPort } from '../../taskpane/hosts/workbook-port';

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook([{ name: 'List', cells: [
    ['Customer', 'Days Since Last Purchase', 'Orders', 'Amount'],
    ['A', 10, 12, 600000],
    ['B', 45, 6, 250000],
    ['C', 200, 1, 10],
  ] as never }]);
  wb.selection = { sheet: 'List', row: 1, column: 1 };
  return wb;
}

/** What the workbook shows: every sheet's cells (empty as null, trailing empties dropped), names, filters. */
function shown(wb: MemoryWorkbook): unknown {
  const empty = (c: unknown) => c === null || c === undefined || c === '';
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name, filter: s.filter ?? null, colours: s.colours ?? [],
      cells: s.cells.map((row) => {
        const cells = (row ?? []).map((c) => (empty(c) ? null : c));
        while (cells.length && cells[cells.length - 1] === null) cells.pop();
        return cells;
      }).filter((row, i, all) => row.length || all.slice(i).some((r) => r.length)),
    })),
    names: [...wb.names.keys()],
  };
}

const WRITES = ['writeBlock', 'replaceSheet', 'setColours', 'setFilter', 'defineNames'] as const;

/** The workbook's port, failing on its `failAt`-th write (1-based), and optionally on every write after. */
function failing(wb: MemoryWorkbook, failAt: number, alsoAfter = false): WorkbookPort {
  let writes = 0;
  return new Proxy(wb, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      if (!(WRITES as readonly string[]).includes(String(name))) return value.bind(target);
      return (...args: unknown[]) => {
        writes++;
        if (writes === failAt || (alsoAfter && writes > failAt)) return Promise.reject(new Error(`host failed at write ${writes}`));
        return value.apply(target, args);
      };
    },
  });
}

const options = { preset: 'seed' as const, asOf: 46327 };

describe('grading writes over nothing', () => {
  it('refuses when only the last row of the target block holds a value, and writes nothing', async () => {
    const wb = workbook();
    wb.sheet('List')!.cells[3][9] = 'note in the last row, last graded column';
    const before = shown(wb);
    const found = (await wb.readListAroundSelection())!;
    expect((await gradeIntoWorkbook(wb, found, options, false)).kind).toBe('occupied');
    expect(shown(wb)).toEqual(before);
  });
});

describe('an interrupted grading', () => {
  // A clean grading makes 7 writes: the block, 3 sheets (settings, summary, methodology), the segment
  // colours, the filter, the names.
  it('makes the writes the cases below interrupt', async () => {
    const wb = workbook();
    let writes = 0;
    const port = failing(wb, Infinity);
    const counting = new Proxy(port, { get: (t, n, r) => { if ((WRITES as readonly string[]).includes(String(n))) writes++; return Reflect.get(t, n, r); } });
    await gradeIntoWorkbook(counting, (await wb.readListAroundSelection())!, options, false);
    expect(writes).toBe(7);
  });

  it.each([1, 2, 3, 4, 5])('failing at write %i leaves the workbook exactly as it was, and says so', async (failAt) => {
    const wb = workbook();
    const before = shown(wb);
    const found = (await wb.readListAroundSelection())!;
    const error = await gradeIntoWorkbook(failing(wb, failAt), found, options, false).catch((e) => e);
    expect(error).toBeInstanceOf(GradingInterrupted);
    expect(error.restored).toBe(true);
    expect(error.message).toBe(`host failed at write ${failAt}`);
    expect(shown(wb)).toEqual(before);
  });

  it.each([6, 7])('failing at write %i (filter, names: not undoable) is reported as incomplete', async (failAt) => {
    const wb = workbook();
    const error = await gradeIntoWorkbook(failing(wb, failAt), (await wb.readListAroundSelection())!, options, false).catch((e) => e);
    expect(error).toBeInstanceOf(GradingInterrupted);
    expect(error.restored).toBe(false);
  });

  it('Cancel between writes takes back what was written', async () => {
    const wb = workbook();
    const before = shown(wb);
    let asked = 0;
    // Cancel is clicked after the block and the first sheet were written.
    const error = await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, options, false, undefined,
      { cancelled: () => ++asked > 2 }).catch((e) => e);
    expect(error).toBeInstanceOf(GradingInterrupted);
    expect([error.message, error.restored]).toEqual(['cancelled', true]);
    expect(shown(wb)).toEqual(before);
  });

  it('when taking back fails too, the workbook is reported as incomplete', async () => {
    const wb = workbook();
    const error = await gradeIntoWorkbook(failing(wb, 2, true), (await wb.readListAroundSelection())!, options, false).catch((e) => e);
    expect(error.restored).toBe(false);
  });

  it('re-grading that fails halfway cannot restore the earlier columns, and says so', async () => {
    const wb = workbook();
    await gradeIntoWorkbook(wb, (await wb.readListAroundSelection())!, options, false);
    const error = await gradeIntoWorkbook(failing(wb, 2), (await wb.readListAroundSelection())!, options, true).catch((e) => e);
    expect(error.restored).toBe(false);
    // the list itself is never touched
    expect(wb.sheet('List')!.cells.slice(0, 4).map((row) => row.slice(0, 4))).toEqual(workbook().sheet('List')!.cells.map((row) => row.slice(0, 4)));
  });
});
