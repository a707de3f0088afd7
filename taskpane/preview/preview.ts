// The standalone preview: the pane beside an in-browser workbook holding a sample list. No Excel, no
// Google account, no network: a pasted or opened list never leaves the page.
import { isoToSerial } from '../../src/cells/dates';
import { toLang, type Lang } from '../../src/i18n/lang';
import { columnIndex, columnLetters } from '../../src/xlsx/a1';
import { dateOrderForLocale } from '../../src/cells/date-text';
import { decodeCsv } from '../../src/xlsx/csv-encoding';
import { parseCsv, typeCsvField } from '../../src/xlsx/read-csv';
import { readXlsx } from '../../src/xlsx/read-xlsx';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';
import { writeXlsx } from '../../src/xlsx/write-xlsx';
import { mountPane } from '../app/pane';
import { MemoryWorkbook } from '../hosts/memory';
import { cellText } from './cell-text';
import { previewText, type PreviewStringKey } from './preview-strings';
import { sampleList } from './sample-list';

const SHOWN_ROWS = 500;
const params = new URLSearchParams(location.search);
const today = new Date();
const todaySerial = isoToSerial(`${today.getFullYear()}-${today.getMonth() + 1}-${today.getDate()}`);
// The preview speaks the pane's language, and follows its switch: the toolbar, and the sheets it makes.
let lang: Lang = toLang(params.get('lang') ?? navigator.language);
const sampleName = previewText(lang, 'sampleSheet');
const workbook = new MemoryWorkbook([{ name: sampleName, cells: sampleList(300, todaySerial) }]);
workbook.selection = { sheet: sampleName, row: 1, column: 1 };
let active = sampleName;

const pane = document.getElementById('pane')!;
if (params.get('width')) pane.style.width = `${Number(params.get('width'))}px`;

/** The toolbar's words, the page title and the grid's label, in the pane's language. */
function renderChrome(): void {
  const text = (id: string, key: PreviewStringKey) => { document.getElementById(id)!.textContent = previewText(lang, key); };
  text('sample', 'sample');
  text('open-label', 'open');
  text('download', 'download');
  text('paste-hint', 'pasteHint');
  document.title = previewText(lang, 'pageTitle');
  document.getElementById('grid')!.setAttribute('aria-label', previewText(lang, 'grid'));
  document.getElementById('tabs')!.setAttribute('aria-label', previewText(lang, 'sheetTabs'));
}

function renderTabs(): void {
  const tabs = document.getElementById('tabs')!;
  tabs.replaceChildren(...workbook.sheets.map((sheet) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(sheet.name === active));
    b.textContent = sheet.name;
    b.addEventListener('click', () => { active = sheet.name; renderGrid(); });
    return b;
  }));
}

function renderGrid(): void {
  renderTabs();
  const sheet = workbook.sheet(active)!;
  const width = Math.max(8, ...sheet.cells.slice(0, SHOWN_ROWS).map((r) => r?.length ?? 0));
  const table = document.createElement('table');
  const head = table.insertRow();
  head.append(document.createElement('th'));
  for (let c = 0; c < width; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetters(c);
    head.append(th);
  }
  const rows = Math.max(20, Math.min(sheet.cells.length, SHOWN_ROWS));
  // The sheet's colour rules, as a spreadsheet would paint them: by column, rows and text.
  const fills = (sheet.colours ?? []).map((rule) => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(rule.range);
    return m ? { column: columnIndex(m[1]), top: Number(m[2]) - 1, bottom: Number(m[4]) - 1, text: rule.text, fill: `#${rule.fill}` } : undefined;
  }).filter((f) => f !== undefined);
  for (let r = 0; r < rows; r++) {
    const tr = table.insertRow();
    const th = document.createElement('th');
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < width; c++) {
      const td = tr.insertCell();
      const shown = cellText(sheet.cells[r]?.[c]);
      td.textContent = shown.text;
      td.dataset.cell = `${r},${c}`;
      if (shown.formula) td.classList.add('formula');
      if (shown.number) td.classList.add('number');
      const fill = fills.find((f) => f.column === c && r >= f.top && r <= f.bottom && f.text === shown.text);
      if (fill) td.style.background = fill.fill;
      if (workbook.selection.sheet === active && workbook.selection.row === r && workbook.selection.column === c) td.classList.add('selected');
    }
  }
  document.getElementById('grid')!.replaceChildren(table);
}

/** Puts a list (rows of typed cells) on a fresh sheet and selects its first cell. */
function loadList(name: string, rows: WorkbookCell[][]): void {
  let sheetName = name.slice(0, 31) || previewText(lang, 'unnamedSheet');
  for (let n = 2; workbook.sheet(sheetName); n++) sheetName = `${name.slice(0, 27)} (${n})`;
  workbook.sheets.push({ name: sheetName, cells: rows });
  workbook.selection = { sheet: sheetName, row: 0, column: 0 };
  active = sheetName;
  renderGrid();
}

document.getElementById('grid')!.addEventListener('click', (e) => {
  const cell = (e.target as HTMLElement).closest('td');
  if (!cell?.dataset.cell) return;
  const [row, column] = cell.dataset.cell.split(',').map(Number);
  workbook.selection = { sheet: active, row, column };
  renderGrid();
});

// Pasting a copied range: spreadsheets put it on the clipboard as tab-separated text.
document.addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text/plain');
  if (!text || (e.target as HTMLElement).closest('.pane')) return;
  e.preventDefault();
  loadList(previewText(lang, 'pastedSheet'), parseCsv(text).map((row) => row.map(typeCsvField)));
});

document.getElementById('open-file')!.addEventListener('change', async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) {
    const sheet = readXlsx(bytes);
    loadList(sheet.name, sheet.rows as WorkbookCell[][]);
  } else {
    loadList(file.name.replace(/\.[^.]*$/, ''), parseCsv(decodeCsv(bytes)).map((row) => row.map(typeCsvField)));
  }
});

document.getElementById('sample')!.addEventListener('click', () => loadList(previewText(lang, 'sampleSheet'), sampleList(300, todaySerial)));

// Download .xlsx: the workbook as it is now, written in the page; no upload anywhere.
document.getElementById('download')!.addEventListener('click', () => {
  const bytes = writeXlsx({
    sheets: workbook.sheets.map((s) => ({ name: s.name, rows: s.cells, frozenRows: 0, colours: s.colours, charts: s.charts })),
    names: [...workbook.names.values()],
  });
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'crm-graded.xlsx';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

renderChrome();
renderGrid();
mountPane(pane, {
  port: workbook, lang, today, onGraded: renderGrid,
  onLangChange: (chosen) => { lang = chosen; renderChrome(); },
  workerUrl: 'grade-worker.js', functionPrefix: 'CRM.',
  // The preview's workbook has no locale of its own: the browser's stands in (?locale= for tests).
  dateOrder: dateOrderForLocale(params.get('locale') ?? navigator.language),
});
// For tests and the curious: the workbook behind the grid.
(window as unknown as { crmWorkbook: MemoryWorkbook }).crmWorkbook = workbook;
