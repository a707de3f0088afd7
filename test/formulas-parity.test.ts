// Parity by construction: for every input class, the native formula Make shareable writes and the
// custom function in the built bundle give the same cell, error for error (HyperFormula here;
// LibreOffice in test/e2e/libreoffice-shareable.test.ts).
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { convertFormula, toNativeFormula } from '../src/formulas/make-shareable';
import { AS_OF, CASES, NAMED_TABLES, atRow, bundleResult, sameCell, type ParityCase } from './formulas-parity-cases';
import { NAMES } from '../src/formulas/names';

/** The native formula of a case evaluated by HyperFormula: a number, text, '' or an error code. */
function engineResult(c: ParityCase): unknown {
  const native = convertFormula(c.call, { lang: 'en', system: c.system });
  if (!('native' in native)) throw new Error(`${c.call} was not converted: ${native.frozen}`);
  // HyperFormula parses raw text that looks like a number: a leading ' keeps text text, as in Excel.
  const row = c.cells.map((v) => (typeof v === 'object' && v !== null ? '=1/0' : typeof v === 'string' ? `'${v}` : v));
  const settings = Object.values(NAMED_TABLES).flatMap((t) => t);
  const names = Object.keys(NAMED_TABLES).map((name, i) => ({ name, expression: `=Settings!$A$${3 * i + 1}:$B$${3 * i + 3}` }));
  const hf = HyperFormula.buildFromSheets({ Data: [[...row, ...Array(8 - row.length).fill(null), native.native]], Settings: [...settings, [AS_OF]] },
    { licenseKey: 'gpl-v3', smartRounding: false }, [...names, { name: NAMES.asOf, expression: '=Settings!$A$10' }]);
  const v = hf.getCellValue({ sheet: hf.getSheetId('Data')!, row: 0, col: 8 });
  return typeof v === 'object' && v !== null && 'value' in v ? (v as { value: string }).value : v;
}

describe('Make shareable: the native formula computes what the custom function computes', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const engine = engineResult(c);
    const bundle = await bundleResult(c);
    expect(sameCell(engine, bundle), `native ${JSON.stringify(engine)}, function ${JSON.stringify(bundle)}`).toBe(true);
    if (c.want !== undefined) expect(sameCell(bundle, c.want), `function ${JSON.stringify(bundle)}, by hand ${c.want}`).toBe(true);
  });

  it('writes labels in the language the functions answer in', async () => {
    const c = { name: 'zh-TW', call: '=CRM.RFM_SEGMENT(A1)', cells: [555] };
    expect(await bundleResult(c, 'zh-TW')).toBe('重要價值客戶');
    expect(toNativeFormula(c.call, { lang: 'zh-TW' })).toContain('"重要價值客戶"');
  });

  it('says #VALUE! for a number typed as text, never another number', async () => {
    // The function reads '12' as 12; a native formula cannot read number text the same way in every
    // locale ('1,200' is 1.2 in German), so it refuses it rather than guess.
    const c: ParityCase = { name: 'number text', call: '=CRM.RFM_SCORE(A1,B1,C1)', cells: ['12', 3, 5] };
    expect(await bundleResult(c)).toBe(511);
    expect(engineResult(c)).toBe('#VALUE!');
  });
});

describe('convertFormula', () => {
  it('writes the seed bands into the formula when the tables are omitted, never the settings names', () => {
    const native = toNativeFormula('=CRM.RFM_SCORE(C4,D4,E4)')!;
    expect(native).not.toMatch(/CRM_[RFM]_BANDS/);
    expect(native).toContain('IF(D4>=10,5,IF(D4>=5,3,IF(D4>=0,1,#VALUE!)))');
    expect(toNativeFormula(`=CRM.RFM_SCORE(C4,D4,E4,${NAMES.rBands},${NAMES.fBands},${NAMES.mBands},,"r")`))
      .toContain('VLOOKUP(C4,CRM_R_BANDS,2)');
  });
  it.each([
    ['=CRM.RFM_SCORE(B2:B500,C2:C500,D2:D500)', 'ranges'],
    ['=CRM.RFM_SCORE(C4,D4,E4,"quintile")', 'quintile'],
    ['=CRM.RFM_SCORE(C4,D4,E4,H1:I3)', 'table'],
    ['=CRM.RFM_SCORE(C4,D4,E4,,,,,G4)', 'option'],
    ['=CRM.POTENTIAL_INDEX(B2,"87.5%",D2)', 'option'],
    ['=CRM.CHURN_RISK(B2:G2,H2:M2)', 'function'],
    ['=CRM.COMPOSITE_GRADE(B2:E2)', 'function'],
    ['=1+CRM.CLV(B2,C2,D2,E2)', 'nested'],
  ])('keeps the value of %s (%s)', (formula, reason) => {
    expect(convertFormula(formula, { lang: 'en' })).toEqual({ frozen: reason });
  });
});

describe('the case rows', () => {
  it('move to any row', () => expect(atRow('=CRM.CLV(A1,B1,$C$1,D1,,"A1")', 7)).toBe('=CRM.CLV(A7,B7,$C$1,D7,,"A7")'));
});
