// Build-time only: writes Excel's functions.json (and its zh copies) and the Sheets stubs from the one
// catalog, so the hosts' view of the functions cannot drift from the code (STYLE.md, gsheets lesson).
import { CATALOG, type FunctionSpec, type ParamSpec } from './catalog';
import type { Lang } from '../src/i18n/lang';

/**
 * Excel's custom-functions metadata in one language. Range parameters are matrices, so one cell
 * arrives as [[x]]; every result is a matrix of any (numbers, text, errors).
 * @example excelMetadata('en').functions[0].id // 'RFM_SCORE'
 */
export function excelMetadata(lang: Lang): { functions: unknown[] } {
  return {
    functions: CATALOG.map((spec) => ({
      id: spec.name,
      name: spec.name,
      description: spec.description[lang],
      result: { type: 'any', dimensionality: 'matrix' },
      parameters: spec.params.map((p) => ({
        name: p.name,
        description: p.description[lang],
        type: p.shape === 'range' ? 'any' : 'string',
        dimensionality: p.shape === 'range' ? 'matrix' : 'scalar',
        ...(p.optional ? { optional: true } : {}),
      })),
    })),
  };
}

function jsdocType(p: ParamSpec): string {
  return p.shape === 'range' ? '{number|string|Date|Array<Array<*>>}' : '{string}';
}

/** One top-level Apps Script function with the JSDoc Sheets reads for autocomplete and help. */
function sheetsStub(spec: FunctionSpec): string {
  const names = spec.params.map((p) => p.name);
  const lines = [
    '/**',
    ` * ${spec.description.en}`,
    ` * ${spec.description['zh-CN']}`,
    ` * Example: ${spec.example}`,
    ...spec.params.map((p) => ` * @param ${jsdocType(p)} ${p.optional ? `[${p.name}]` : p.name} ${p.description.en}`),
    ' * @return The result per customer row.',
    ' * @customfunction',
    ' */',
    `function ${spec.name}(${names.join(', ')}) {`,
    `  return CRMGrader.functions.${spec.name}(${names.join(', ')});`,
    '}',
  ];
  return lines.join('\n');
}

/**
 * The Sheets stubs for every catalog function, to append after the bundle.
 * @example sheetsStubs().includes('function CLV(') // true
 */
export function sheetsStubs(): string {
  return CATALOG.map(sheetsStub).join('\n\n') + '\n';
}
