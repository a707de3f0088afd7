// The built bundles as the benches load them: Code.js in a bare script context (as Apps Script runs it)
// and functions.js with only the globals the custom-functions runtime gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/**
 * dist/sheets/Code.js loaded; its top-level functions are the context's properties.
 * @example loadSheets(root).RFM_SCORE([[30]], [[10]], [[500000]]) // [[555]]
 */
export function loadSheets(root) {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(join(root, 'dist/sheets/Code.js'), 'utf8'), context);
  return context;
}

/**
 * dist/sheets/Code.js run as a plain script in this process's own global scope, as Apps Script's V8
 * runs a project: for maths-heavy calls (the BTYD models) in a process of their own. A vm context, as
 * `loadSheets` makes, reaches built-ins such as Math through Node's interceptor on the context's global
 * (nodejs/node#31658, #49283): 10-25x slower in the models' loops, a cost Apps Script does not have.
 * @example loadSheetsGlobal(root).PROB_ALIVE(2, 30.43, 38.86, [[0.243, 4.414, 0.793, 2.426]]) // 0.7266
 */
export function loadSheetsGlobal(root) {
  vm.runInThisContext(readFileSync(join(root, 'dist/sheets/Code.js'), 'utf8'), { filename: 'Code.js' });
  return globalThis;
}

/**
 * dist/excel/functions.js loaded; each function as CustomFunctions.associate received it, by id.
 * @example loadExcel(root).get('RFM_SCORE')([[30]], [[10]], [[500000]]) // [[555]]
 */
export function loadExcel(root) {
  const associated = new Map();
  class CfError { constructor(code, message) { this.code = code; this.message = message; } }
  const CustomFunctions = {
    associate: (id, fn) => associated.set(id, fn), Error: CfError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
  vm.runInContext(readFileSync(join(root, 'dist/excel/functions.js'), 'utf8'), vm.createContext({ CustomFunctions, Office: {} }));
  return associated;
}
