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

/** The sidebar's server functions and the menu trigger: top-level so Apps Script and google.script.run see them. */
const SERVER_STUBS: [string, string, string][] = [
  ['onOpen', 'e', 'Adds the CRM Grader menu when the spreadsheet opens.'],
  ['showSidebar', '', 'Opens the CRM Grader sidebar.'],
  ['crmReadList', '', 'Sidebar: the list around the active cell.'],
  ['crmSheetNames', '', "Sidebar: the spreadsheet's sheet names."],
  ['crmIsBlockEmpty', 'sheetName, top, left, rows, columns', 'Sidebar: whether a block is empty.'],
  ['crmWriteBlock', 'sheetName, top, left, cells', 'Sidebar: writes the graded columns.'],
  ['crmSetFilter', 'sheetName, range', 'Sidebar: puts a filter on the graded header.'],
  ['crmSetColours', 'sheetName, rules', 'Sidebar: colours the segment column.'],
  ['crmReplaceSheet', 'sheet', 'Sidebar: adds or replaces a sheet the add-in made.'],
  ['crmUsedCells', '', "Sidebar: the cells the spreadsheet's grids hold (Sheets' limit is 10,000,000)."],
  ['crmReadSheet', 'name', "Sidebar: reads the add-in's settings sheet back."],
  ['crmDeleteSheet', 'name', 'Sidebar: deletes a sheet an interrupted grading added.'],
  ['crmDefineNames', 'names', 'Sidebar: defines the named ranges the formulas read.'],
  ['crmLoadState', '', "Sidebar: the pane's saved choices."],
  ['crmSaveState', 'json', "Sidebar: saves the pane's choices."],
];

/**
 * The Sheets stubs for every catalog function and the sidebar's server functions, to append after the
 * bundle.
 * @example sheetsStubs().includes('function CLV(') // true
 */
export function sheetsStubs(): string {
  const server = SERVER_STUBS.map(([name, params, doc]) =>
    `/** ${doc} */\nfunction ${name}(${params}) {\n  return CRMGrader.server.${name}(${params});\n}`);
  return [...CATALOG.map(sheetsStub), ...server].join('\n\n') + '\n';
}
