// A workbook converted by Make shareable, recalculated by real LibreOffice: every converted cell of the
// parity table (each input class, per function) shows what the custom function in the built bundle
// shows, error for error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFormula } from '../../src/formulas/make-shareable';
import { NAMES } from '../../src/formulas/names';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';
import { AS_OF, CASES, NAMED_TABLES, atRow, bundleResult, sameCell } from '../formulas-parity-cases';
import { editXlsx, recalculateWithLibreOffice, stripCachedValues } from './libreoffice';

/** LibreOffice's CSV cell as the bundle's value: numbers parsed, error texts as Excel's codes. */
function fromCsv(text: string | undefined): unknown {
  const t = text ?? '';
  if (t === '') return '';
  if (/^#/.test(t)) return t === '#N/A' ? '#N/A' : t;
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
}

describe('Make shareable, recalculated by LibreOffice', () => {
  it('gives every converted cell the custom function\'s value, error for error', { timeout: 180_000 }, async () => {
    // One case a row: inputs in A..H, the converted formula in I. 1904 cases need a 1904 workbook.
    const cases = CASES.filter((c) => c.system !== 1904);
    const rows: WorkbookCell[][] = cases.map((c, i) => {
      const conversion = convertFormula(atRow(c.call, i + 1), { lang: 'en' });
      if (!('native' in conversion)) throw new Error(`${c.name}: frozen (${conversion.frozen})`);
      const inputs: WorkbookCell[] = c.cells.map((v) => (typeof v === 'object' && v !== null ? { f: '1/0' } : v));
      return [...inputs, ...Array(8 - inputs.length).fill(null), { f: conversion.native.slice(1) }];
    });
    const settings: WorkbookCell[][] = [...Object.values(NAMED_TABLES).flat(), [AS_OF]];
    const names = [...Object.keys(NAMED_TABLES).map((name, i) => ({ name, ref: `Settings!$A$${3 * i + 1}:$B$${3 * i + 3}` })),
      { name: NAMES.asOf, ref: 'Settings!$A$10' }];
    const path = join(mkdtempSync(join(tmpdir(), 'crm-shareable-')), 'shared.xlsx');
    writeFileSync(path, writeXlsx({ sheets: [{ name: 'Data', rows }, { name: 'Settings', rows: settings }], names }));
    editXlsx(path, (name, xml) => (name.startsWith('xl/worksheets/') ? stripCachedValues(xml) : xml));
    const data = recalculateWithLibreOffice(path).get('Data')!;
    const mismatches: string[] = [];
    for (const [i, c] of cases.entries()) {
      const engine = fromCsv(data[i]?.[8]);
      const bundle = await bundleResult(c);
      if (!sameCell(engine, bundle)) mismatches.push(`${c.name}: LibreOffice ${JSON.stringify(engine)}, function ${JSON.stringify(bundle)}`);
    }
    expect(mismatches).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
  });
});
