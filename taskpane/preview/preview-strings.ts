// The preview's own words (its toolbar and the sheets it makes), in the pane's three languages: the
// pane's language switch changes them too.
import type { Lang } from '../../src/i18n/lang';

const PREVIEW_STRINGS = {
  pageTitle: { en: 'CRM Grader preview', 'zh-CN': 'CRM 客户分级预览', 'zh-TW': 'CRM 客戶分級預覽' },
  sample: { en: 'Sample list', 'zh-CN': '示例名单', 'zh-TW': '範例名單' },
  open: { en: 'Open CSV / XLSX', 'zh-CN': '打开 CSV / XLSX', 'zh-TW': '開啟 CSV / XLSX' },
  download: { en: 'Download .xlsx', 'zh-CN': '下载 .xlsx', 'zh-TW': '下載 .xlsx' },
  pasteHint: { en: 'Paste a list (Ctrl+V) into the grid.', 'zh-CN': '可把名单粘贴（Ctrl+V）到表格中。', 'zh-TW': '可把名單貼上（Ctrl+V）到表格中。' },
  grid: { en: 'Workbook grid', 'zh-CN': '工作簿表格', 'zh-TW': '活頁簿表格' },
  sheetTabs: { en: 'Sheets', 'zh-CN': '工作表', 'zh-TW': '工作表' },
  // Sheets the preview makes: the sample list, a pasted list, and one opened without a name of its own.
  sampleSheet: { en: 'Customer list', 'zh-CN': '客户名单', 'zh-TW': '客戶名單' },
  pastedSheet: { en: 'Pasted list', 'zh-CN': '粘贴的名单', 'zh-TW': '貼上的名單' },
  unnamedSheet: { en: 'List', 'zh-CN': '名单', 'zh-TW': '名單' },
} as const satisfies Record<string, Record<Lang, string>>;

export type PreviewStringKey = keyof typeof PREVIEW_STRINGS;

/**
 * One of the preview's words in a language.
 * @example previewText('zh-TW', 'pastedSheet') // '貼上的名單'
 */
export function previewText(lang: Lang, key: PreviewStringKey): string {
  return PREVIEW_STRINGS[key][lang];
}
