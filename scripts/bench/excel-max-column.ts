// One run of the Excel-adapter bench, in its own process so its peak memory is its own (see
// scripts/bench-hosts.mjs). Modes: `fake` fills the stand-in for Excel with the list and with a graded
// block written by a plain loop (what the fake itself holds, Excel's share); `adapter` grades the list
// through the pane's Excel adapter, as one click does.
import { gradeIntoWorkbook } from '../../taskpane/app/grade-into-workbook';
import { ExcelWorkbook } from '../../taskpane/hosts/excel';
import { FakeExcel, FakeSheet } from '../../test/pane/fake-excel';
import { rfmCodeCellFormula, scoreFromCodeFormula, segmentFormula } from '../../src/formulas/rfm-formulas';
import { flatText } from '../../src/formulas/graded-workbook';

const [mode = 'adapter', rowsArg = '1048575'] = process.argv.slice(2);
const N = Number(rowsArg);
const fake = new FakeExcel();
const list = new FakeSheet('Customers');
['Customer', 'Days Since Last Purchase', 'Orders', 'Amount'].forEach((h, c) => list.set(0, c, h));
for (let i = 0; i < N; i++) {
  list.set(1 + i, 0, `C${i}`);
  list.set(1 + i, 1, i % 200);
  list.set(1 + i, 2, i % 15);
  list.set(1 + i, 3, (i % 9) * 100_000);
}
list.recordWrites = false;
fake.sheets.push(list);
fake.selection = { sheet: list, row: 1, column: 0 };
fake.install();

const start = performance.now();
if (mode === 'fake') {
  // The formulas the adapter writes, built by the same functions and stored flat as the adapter stores
  // them, so Excel's share is what Excel holds.
  for (let i = 0; i <= N; i++) {
    const code = `H${i + 1}`;
    list.set(i, 4, flatText(`=${scoreFromCodeFormula(code, 'r')}`));
    list.set(i, 5, flatText(`=${scoreFromCodeFormula(code, 'f')}`));
    list.set(i, 6, flatText(`=${scoreFromCodeFormula(code, 'm')}`));
    list.set(i, 7, flatText(`=${rfmCodeCellFormula({ ref: `B${i + 1}` }, { ref: `C${i + 1}` }, { ref: `D${i + 1}` }, false)}`));
    list.set(i, 8, flatText(`=${segmentFormula(code)}`));
  }
} else {
  const host = new ExcelWorkbook();
  const found = await host.readListAroundSelection();
  const outcome = await gradeIntoWorkbook(host, found!, { preset: 'seed', asOf: 46327 }, false);
  if (outcome.kind !== 'graded' || outcome.result.graded !== N) throw new Error(`graded ${outcome.kind}`);
}
console.log(JSON.stringify({ ms: performance.now() - start }));
