// The build contract of DESIGN.md: what the bundles are, before anything calls them.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../functions/calls';
import { CATALOG } from '../../functions/catalog';
import { LEAD_PANE_MESSAGES } from '../../src/i18n/lead-pane-messages';
import { TABLE_MESSAGES } from '../../src/i18n/table-messages';
import { DIST, excelMetadata } from './load';

const code = readFileSync(join(DIST, 'sheets', 'Code.js'), 'utf8');
const functionsJs = readFileSync(join(DIST, 'excel', 'functions.js'), 'utf8');

describe('dist/sheets/Code.js', () => {
  it('declares each function at the top level with the @customfunction JSDoc Sheets reads', () => {
    for (const spec of CATALOG) {
      const params = spec.params.map((p) => p.name).join(', ');
      const declaration = `function ${spec.name}(${params}) {`;
      const at = code.indexOf(`\n${declaration}`);
      expect(at, declaration).toBeGreaterThan(0);
      const doc = code.slice(code.lastIndexOf('/**', at), at);
      expect(doc).toContain('@customfunction');
      expect(doc).toContain(spec.description.en);
      for (const p of spec.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? `));
    }
  });

  it('stays readable in the script editor: the stubs one per line with their JSDoc, the core by its own names, messages in Chinese characters', () => {
    // The bundle's whitespace is minified (scripts/build.mjs, the 150 KB limit); identifiers are not.
    for (const name of ['rfmScoreCall', 'fitLogistic', 'funnelSteps', 'readOutcome', 'runForSheets']) expect(code, name).toContain(name);
    expect(code).toContain('关键人覆盖最弱');
    expect(code).toMatch(/\n\/\*\*\n \* Behaviour points of each lead[^\n]*\n \* 线索行为积分/);
    expect(code).toContain('\nfunction LEAD_SCORE(counts, points, cap) {\n  return CRMGrader.functions.LEAD_SCORE(counts, points, cap);\n}');
  });

  it('parses as plain script (no import/export) for the Apps Script V8 runtime', () => {
    expect(() => new Function(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe('functions/calls.ts and the catalog', () => {
  it('give every function a call and help text, in the same order', () => {
    expect(Object.keys(CALLS)).toEqual(CATALOG.map((s) => s.name));
  });

  it('keep the help text out of the function bundles (it is in the metadata and the stubs)', () => {
    const help = CATALOG.find((s) => s.name === 'GAMMA_GAMMA_FIT')!.params[0].description['zh-TW'];
    expect(functionsJs).not.toContain(help);
    // In Code.js only the generated stubs after the bundle carry it, once each.
    const stubs = code.indexOf(`/**\n * ${CATALOG[0].description.en}`);
    expect(stubs).toBeGreaterThan(0);
    expect(code.slice(0, stubs)).not.toContain(CATALOG[0].description['zh-CN']);
  });
});

describe('both bundles', () => {
  for (const [file, text] of [['excel/functions.js', functionsJs], ['sheets/Code.js', code]] as const) {
    it(`${file} is under 150 KB`, () => {
      expect(statSync(join(DIST, file)).size).toBeLessThan(150 * 1024);
    });
    it(`${file} has no eval, no new Function and no network call`, () => {
      expect(text).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bfetch\s*\(|XMLHttpRequest|UrlFetchApp|importScripts/);
    });
  }

  // A function never reads a pasted table or grades a lead list, so those messages stay in the pane's and
  // the CLI's bundles (src/i18n/table-messages.ts, lead-pane-messages.ts); 150 KB is tight for Code.js.
  it('carry none of the table-reading or lead-grading messages', () => {
    const texts = [...Object.values(TABLE_MESSAGES), ...Object.values(LEAD_PANE_MESSAGES)]
      .map((m) => m.en).filter((en) => en.length >= 20);
    expect(texts.length).toBeGreaterThan(20);
    for (const [file, text] of [['excel/functions.js', functionsJs], ['sheets/Code.js', code]] as const) {
      expect(texts.filter((en) => text.includes(en)), file).toEqual([]);
    }
  });

  it('Excel metadata lists every catalog function with its parameters in order', () => {
    const metadata = excelMetadata();
    expect(metadata.functions.map((f) => f.id)).toEqual(CATALOG.map((s) => s.name));
    metadata.functions.forEach((f, i) => {
      const spec = CATALOG[i];
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect(f.parameters.map((p) => Boolean(p.optional))).toEqual(spec.params.map((p) => Boolean(p.optional)));
      expect(f.parameters.map((p) => p.dimensionality)).toEqual(spec.params.map((p) => (p.shape === 'range' ? 'matrix' : 'scalar')));
    });
  });
});
