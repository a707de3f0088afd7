// The Google Sheets sidebar: the grading pane over the Sheets host.
import { toLang } from '../src/i18n/lang';
import { dateOrderForLocale } from '../src/cells/date-text';
import { mountPane } from './app/pane';
import { SheetsWorkbook } from './hosts/sheets';

mountPane(document.getElementById('pane')!, {
  port: new SheetsWorkbook(), lang: toLang(navigator.language), today: new Date(), functionPrefix: '',
  // The browser's locale stands in for the spreadsheet's; the pane still asks when a column cannot tell.
  dateOrder: dateOrderForLocale(navigator.language),
});
