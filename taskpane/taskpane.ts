// The Excel task pane: in Excel, the grading pane over the Excel host; opened anywhere else, a notice
// that it must be opened in Excel above the function reference (a worked example each), in the user's
// language.
import { CATALOG } from '../functions/catalog';
import { toLang, type Lang } from '../src/i18n/lang';
import { dateOrderForLocale, type DateOrder } from '../src/cells/date-text';
import { mountPane } from './app/pane';
import { ExcelWorkbook } from './hosts/excel';

const INTRO: Record<Lang, string> = {
  en: 'Type these functions in any cell, e.g. =CRM.RFM_SCORE(B2:B500, C2:C500, D2:D500) grades a whole list at once.',
  'zh-CN': '在任意单元格输入以下函数，例如 =CRM.RFM_SCORE(B2:B500, C2:C500, D2:D500) 可一次为整列客户分级。',
  'zh-TW': '在任意儲存格輸入以下函數，例如 =CRM.RFM_SCORE(B2:B500, C2:C500, D2:D500) 可一次為整欄客戶分級。',
};
const LANGUAGE: Record<Lang, string> = { en: 'Language', 'zh-CN': '语言', 'zh-TW': '語言' };
// Said first whenever the page is not in Excel (a browser, another Office app, Office.js unreachable):
// without it a user sees a function list and no grading pane, and cannot tell why.
const OPEN_IN_EXCEL: Record<Lang, string> = {
  en: 'This pane must be opened in Excel: it grades the workbook it is opened in. Opened elsewhere, it only lists the functions.',
  'zh-CN': '此任务窗格必须在 Excel 中打开：它为所在的工作簿分级。在别处打开时只列出函数。',
  'zh-TW': '此工作窗格必須在 Excel 中開啟：它為所在的活頁簿分級。在別處開啟時只列出函數。',
};

function render(lang: Lang): void {
  document.documentElement.lang = lang;
  document.getElementById('open-in-excel')!.textContent = OPEN_IN_EXCEL[lang];
  document.getElementById('intro')!.textContent = INTRO[lang];
  document.getElementById('lang-label')!.textContent = LANGUAGE[lang];
  const list = document.getElementById('functions')!;
  list.replaceChildren(...CATALOG.map((spec) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = `CRM.${spec.example}`;
    const text = document.createElement('p');
    text.textContent = spec.description[lang];
    item.append(name, text);
    return item;
  }));
}

/** The day/month order of Excel's regional format (ExcelApi 1.12); undefined where Excel cannot say. */
async function workbookDateOrder(): Promise<DateOrder | undefined> {
  try {
    return await Excel.run(async (context) => {
      const culture = context.application.cultureInfo;
      culture.load('name');
      await context.sync();
      return dateOrderForLocale(culture.name);
    });
  } catch {
    return undefined;
  }
}

/** Whether the workbook counts days from 1904 (ExcelApi 1.16; older Excel: 1900, the default). */
async function workbookDateSystem(): Promise<1900 | 1904> {
  try {
    return await Excel.run(async (context) => {
      const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
      workbook.load('use1904DateSystem');
      await context.sync();
      return workbook.use1904DateSystem ? 1904 : 1900;
    });
  } catch {
    return 1900;
  }
}

function start(hostLang: Lang): void {
  const select = document.getElementById('lang') as HTMLSelectElement;
  select.value = hostLang;
  select.addEventListener('change', () => render(select.value as Lang));
  render(hostLang);
}

// In Excel, Office.onReady tells the host and its display language; opened as a plain page, the browser's.
if (typeof Office !== 'undefined' && Office.onReady) {
  Office.onReady((info) => {
    const lang = toLang(Office.context?.displayLanguage ?? navigator.language);
    if (info.host === Office.HostType.Excel) {
      document.getElementById('reference')!.hidden = true;
      void Promise.all([workbookDateOrder(), workbookDateSystem()]).then(([dateOrder, dateSystem]) => mountPane(document.getElementById('pane')!, {
        port: new ExcelWorkbook(), lang, today: new Date(), workerUrl: 'grade-worker.js', functionPrefix: 'CRM.', dateOrder, dateSystem,
      }));
    } else {
      start(lang);
    }
  });
} else {
  start(toLang(navigator.language));
}
