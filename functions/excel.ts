// The Office entry: associates every catalog function with its id, so the custom-functions runtime
// (or the shared runtime of the task pane) can call it. Errors become CustomFunctions.Error values.
import { CATALOG, type FunctionSpec } from './catalog';
import { invoke } from './invoke';
import { CellError } from '../src/cells/cell-error';
import { SerialDate } from '../src/cells/output';
import { toLang, type Lang } from '../src/i18n/lang';

/** The language Excel runs in; English where the runtime does not say. */
function excelLang(): Lang {
  try {
    return toLang(Office.context.displayLanguage);
  } catch {
    return 'en';
  }
}

function toExcelError(error: CellError): CustomFunctions.Error {
  const code = error.code === 'na' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

/** Calls one function as Excel does: matrices in, a matrix out, errors as CustomFunctions.Error. */
function runForExcel(spec: FunctionSpec, args: unknown[]): unknown[][] {
  const outcome = invoke(spec, args, excelLang());
  // Throwing a CustomFunctions.Error fails the whole call with the message on the cell.
  if ('error' in outcome) throw toExcelError(outcome.error);
  const grid = outcome.grid as unknown[][];
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== 'object') continue;
      if (cell instanceof CellError) row[c] = toExcelError(cell);
      else if (cell instanceof SerialDate) row[c] = cell.serial;
    }
  }
  return grid;
}

// Outside Excel (the page opened in a browser, the standalone preview) there is no runtime to register
// with, and the page must still work.
if (typeof CustomFunctions !== 'undefined') {
  for (const spec of CATALOG) {
    CustomFunctions.associate(spec.name, (...args: unknown[]) => runForExcel(spec, args));
  }
}
