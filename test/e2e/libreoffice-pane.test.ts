// The pane's one-click grading recalculated by real LibreOffice: each input class of the parity table
// (test/formulas-parity-pane-cases.ts) graded as the pane grades it, written as a workbook, every cached
// value removed, recalculated; each graded cell equals the value the pane cached and what the custom
// function in the built bundle gives, error for error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { GROUPS, bundleColumns, cachedShown, gradeGroup, sameValue, writtenCell, type PaneColumn } from '../formulas-parity-pane-cases';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';

/** LibreOffice's CSV cell as a value: numbers parsed, error texts as they are. */
function fromCsv(text: string | undefined): unknown {
  const t = text ?? '';
  if (t === '' || t.startsWith('#')) return t;
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
}

describe("the pane's graded workbook, recalculated by LibreOffice", () => {
  it.each(GROUPS.map((g) => [g.name, g] as const))('recalculates a list with recency as %s to the cached values and the functions\' cells', { timeout: 180_000 }, async (_, group) => {
    const graded = gradeGroup(group);
    const path = join(mkdtempSync(join(tmpdir(), 'crm-pane-lo-')), 'graded.xlsx');
    writeFileSync(path, writeXlsx(graded.model));
    editXlsx(path, (name, xml) => (name.startsWith('xl/worksheets/') ? stripCachedValues(xml) : xml));
    const sheet = recalculateWithLibreOffice(path).get('List')!;
    const mismatches: string[] = [];
    let compared = 0;
    for (const [i, c] of group.cases.entries()) {
      const bundle = await bundleColumns(graded.rows[i], group);
      for (const [name, column] of Object.entries(graded.columns) as [PaneColumn, number][]) {
        const written = writtenCell(graded.model, i, column);
        if (!written) continue;
        const lo = fromCsv(sheet[i + 1]?.[column]), cached = cachedShown(written.v);
        if (!sameValue(lo, cached) || !sameValue(lo, bundle[name])) {
          mismatches.push(`${c.name} ${name}: LibreOffice ${JSON.stringify(lo)}, cached ${JSON.stringify(cached)}, function ${JSON.stringify(bundle[name])}`);
        }
        compared++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(7 * group.cases.length);
  });
});
