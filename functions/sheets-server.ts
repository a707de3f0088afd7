// The Apps Script side of the Sheets sidebar: the menu, the sidebar, and the few server functions the
// sidebar calls through google.script.run. Each takes and returns plain data; none reaches outside the
// open spreadsheet (scopes: spreadsheets.currentonly, script.container.ui).
import { dateToSerial, isDate } from '../src/cells/dates';
import type { ColourRule, DefinedName, WorkbookCell, WorkbookSheet } from '../src/xlsx/workbook-model';
import { hostFormulaCell } from '../src/xlsx/host-cell';
import { formatRuns } from '../src/xlsx/number-formats';
import { widestRow } from '../src/xlsx/a1';

declare const SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
declare const HtmlService: GoogleAppsScript.HTML.HtmlService;
declare const PropertiesService: GoogleAppsScript.Properties.PropertiesService;

const STATE_KEY = 'crmGrader.state';
/** Rows per setValues call: big writes go in pieces so one call never holds a whole 200,000-row block. */
const ROWS_PER_WRITE = 5000;

/** Adds the CRM Grader menu when the spreadsheet opens. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu('CRM Grader').addItem('Open', 'showSidebar').addToUi();
}

/** Opens the sidebar (the same pane as Excel's, built into Sidebar.html). */
export function showSidebar(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CRM Grader'));
}

/** The block of data around the active cell, with its position. */
export function crmReadList(): { sheetName: string; top: number; left: number; rows: unknown[][] } | null {
  const sheet = SpreadsheetApp.getActiveSheet();
  const region = sheet.getActiveRange()?.getDataRegion();
  if (!region) return null;
  // Dates cross google.script.run badly (they arrive as strings in UTC): send serial days, read from the
  // date the sheet shows.
  const rows = region.getValues().map((row) => row.map((v) => (isDate(v) ? dateToSerial(v) : v)));
  return { sheetName: sheet.getName(), top: region.getRow() - 1, left: region.getColumn() - 1, rows };
}

export function crmSheetNames(): string[] {
  return SpreadsheetApp.getActive().getSheets().map((s) => s.getName());
}

export function crmIsBlockEmpty(sheetName: string, top: number, left: number, rows: number, columns: number): boolean {
  const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (!sheet) return true;
  return sheet.getRange(top + 1, left + 1, rows, columns).getValues().every((row) => row.every((v) => v === ''));
}

export function crmWriteBlock(sheetName: string, top: number, left: number, cells: WorkbookCell[][]): void {
  const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet '${sheetName}'`);
  const columns = widestRow(cells);
  for (let start = 0; start < cells.length; start += ROWS_PER_WRITE) {
    const part = cells.slice(start, start + ROWS_PER_WRITE).map((row) => Array.from({ length: columns }, (_, c) => hostFormulaCell(row[c])));
    sheet.getRange(top + 1 + start, left + 1, part.length, columns).setValues(part);
  }
  for (const run of formatRuns(cells, top, left)) sheet.getRange(run.range).setNumberFormat(run.format);
}

export function crmSetFilter(sheetName: string, range: string): void {
  const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (!sheet) return;
  // One filter per sheet in Sheets: an earlier one (ours, from the last grading) is replaced.
  sheet.getFilter()?.remove();
  sheet.getRange(range).createFilter();
}

export function crmSetColours(sheetName: string, rules: ColourRule[]): void {
  const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
  if (!sheet) return;
  const ours = new Set(rules.map((r) => r.range));
  // Keep the user's own rules; replace the ones on the add-in's segment column.
  const kept = sheet.getConditionalFormatRules().filter((rule) => !rule.getRanges().some((r) => ours.has(r.getA1Notation())));
  const added = rules.map((r) => SpreadsheetApp.newConditionalFormatRule()
    .whenTextEqualTo(r.text).setBackground(`#${r.fill}`).setRanges([sheet.getRange(r.range)]).build());
  sheet.setConditionalFormatRules([...kept, ...added]);
}

export function crmReplaceSheet(model: WorkbookSheet): void {
  const ss = SpreadsheetApp.getActive();
  const existing = ss.getSheetByName(model.name);
  if (existing) ss.deleteSheet(existing);
  const sheet = ss.insertSheet(model.name);
  if (model.rows.length) crmWriteBlock(model.name, 0, 0, model.rows as WorkbookCell[][]);
  if (model.frozenRows) sheet.setFrozenRows(model.frozenRows);
  if (model.colours?.length) crmSetColours(model.name, [...model.colours]);
  for (const chart of model.charts ?? []) {
    if (chart.kind === 'bar') {
      sheet.insertChart(sheet.newChart().asColumnChart()
        .addRange(sheet.getRange(chart.x)).addRange(sheet.getRange(chart.y))
        .setOption('title', chart.title).setOption('legend', { position: 'none' })
        .setPosition(chart.at.row + 1, chart.at.column + 1, 0, 0).build());
      continue;
    }
    sheet.insertChart(sheet.newChart().asScatterChart()
      .addRange(sheet.getRange(chart.x)).addRange(sheet.getRange(chart.y))
      .setOption('title', chart.title).setOption('lineWidth', 2).setOption('pointSize', 0).setOption('legend', { position: 'none' })
      .setPosition(chart.at.row + 1, chart.at.column + 1, 0, 0).build());
  }
}

export function crmDefineNames(names: DefinedName[]): void {
  const ss = SpreadsheetApp.getActive();
  for (const n of names) ss.setNamedRange(n.name, ss.getRange(n.ref.replace(/\$/g, '')));
}

/** Cells the spreadsheet's grids hold, every sheet counted whole, as Sheets counts its 10,000,000-cell limit. */
export function crmUsedCells(): number {
  return SpreadsheetApp.getActive().getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
}

export function crmReadSheet(name: string): unknown[][] | null {
  const sheet = SpreadsheetApp.getActive().getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

export function crmDeleteSheet(name: string): void {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(name);
  if (sheet) ss.deleteSheet(sheet);
}

export function crmLoadState(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(STATE_KEY);
}

export function crmSaveState(json: string): void {
  PropertiesService.getDocumentProperties().setProperty(STATE_KEY, json);
}

/** The server functions, by name: the build declares each at the top level of Code.js. */
export const SERVER_FUNCTIONS = {
  onOpen, showSidebar, crmReadList, crmSheetNames, crmIsBlockEmpty, crmWriteBlock, crmSetFilter, crmSetColours, crmReplaceSheet, crmUsedCells, crmReadSheet, crmDeleteSheet, crmDefineNames, crmLoadState, crmSaveState,
};
