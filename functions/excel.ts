// The Office entry: associates every catalog function with its id, so the custom-functions runtime
// (or the shared runtime of the task pane) can call it. Errors become CustomFunctions.Error values.
import { CALLS, type Call } from './calls';
import { invoke } from './invoke';
import { CellError } from '../src/cells/cell-error';
import { SerialDate } from '../src/cells/output';
import { toLang, type Lang } from '../src/i18n/lang';
import type { DateConvention } from '../src/cells/coerce';
import { DATE_1904_OFFSET } from '../src/cells/dates';
import { dateOrderForLocale } from '../src/cells/date-text';

/** The language Excel runs in; English where the runtime does not say. */
function excelLang(): Lang {
  try {
    return toLang(Office.context.displayLanguage);
  } catch {
    return 'en';
  }
}

/**
 * How the open workbook writes dates, learnt once when the runtime starts: the day/month order of its
 * regional format (for year-last text like 10/1/2026) and whether it counts days from 1904 (older Mac
 * workbooks). Until Excel answers, and in hosts too old to say, the 1900 system and no order.
 */
let workbookDates: DateConvention = {};

async function learnWorkbookDates(): Promise<void> {
  await Excel.run(async (context) => {
    const culture = context.application.cultureInfo;
    culture.load('name');
    await context.sync();
    workbookDates = { ...workbookDates, order: dateOrderForLocale(culture.name) };
  }).catch(() => undefined);
  await Excel.run(async (context) => {
    // use1904DateSystem (ExcelApi 1.16) is missing from older typings.
    const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
    workbook.load('use1904DateSystem');
    await context.sync();
    if (workbook.use1904DateSystem) workbookDates = { ...workbookDates, system: 1904 };
  }).catch(() => undefined);
}

function toExcelError(error: CellError): CustomFunctions.Error {
  const code = error.code === 'na' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

/** Calls one function as Excel does: matrices in, a matrix out, errors as CustomFunctions.Error. */
function runForExcel(name: string, call: Call, args: unknown[]): unknown[][] {
  const outcome = invoke(name, call, args, excelLang(), workbookDates);
  const shift = workbookDates.system === 1904 ? DATE_1904_OFFSET : 0;
  // Throwing a CustomFunctions.Error fails the whole call with the message on the cell.
  if ('error' in outcome) throw toExcelError(outcome.error);
  const grid = outcome.grid as unknown[][];
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== 'object') continue;
      if (cell instanceof CellError) row[c] = toExcelError(cell);
      else if (cell instanceof SerialDate) row[c] = cell.serial - shift;
    }
  }
  return grid;
}

// Outside Excel (the page opened in a browser, the standalone preview) there is no runtime to register
// with, and the page must still work.
if (typeof CustomFunctions !== 'undefined') {
  if (typeof Excel !== 'undefined') void learnWorkbookDates();
  for (const [name, call] of Object.entries(CALLS)) {
    CustomFunctions.associate(name, (...args: unknown[]) => runForExcel(name, call, args));
  }
}
