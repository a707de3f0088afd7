import type { Lang } from './lang';

/** Make shareable's report: the counts, and why a custom-function cell was kept as its value. */
export const SHAREABLE_MESSAGES: Record<
  'summary' | 'more' | 'ranges' | 'quintile' | 'table' | 'option' | 'function' | 'nested', Record<Lang, string>
> = {
  summary: {
    en: '{converted} formulas now work without the add-in; {frozen} kept as values.',
    'zh-CN': '{converted} 个公式已无需插件即可使用；{frozen} 个保留为数值。',
    'zh-TW': '{converted} 個公式已無需增益集即可使用；{frozen} 個保留為數值。',
  },
  more: {
    en: ' and {n} more',
    'zh-CN': ' 等另外 {n} 个',
    'zh-TW': ' 等另外 {n} 個',
  },
  ranges: {
    en: 'the call grades a whole column at once; kept as the values it showed.',
    'zh-CN': '该公式一次计算整列；保留为它显示的数值。',
    'zh-TW': '該公式一次計算整欄；保留為它顯示的數值。',
  },
  quintile: {
    en: 'quintile bands come from the whole list; no formula of one row can follow them.',
    'zh-CN': '五分位分档取决于整份名单，单行公式无法复现。',
    'zh-TW': '五分位分檔取決於整份名單，單列公式無法重現。',
  },
  table: {
    en: 'its band table is a range the add-in checks and a formula cannot; put it on the settings sheet or keep the values.',
    'zh-CN': '其分档表是插件会校验而公式无法校验的区域；请放到设置表，或保留数值。',
    'zh-TW': '其分檔表是增益集會校驗而公式無法校驗的範圍；請放到設定表，或保留數值。',
  },
  option: {
    en: 'an argument is text or another cell\'s option, which a formula cannot read as the function does.',
    'zh-CN': '某个参数是文本或引用其他单元格的选项，公式无法按函数的方式读取。',
    'zh-TW': '某個參數是文字或引用其他儲存格的選項，公式無法按函數的方式讀取。',
  },
  function: {
    en: 'this function has no native formula that computes the same.',
    'zh-CN': '该函数没有计算结果相同的原生公式。',
    'zh-TW': '該函數沒有計算結果相同的原生公式。',
  },
  nested: {
    en: 'the custom function is part of a larger formula.',
    'zh-CN': '自定义函数嵌在更大的公式中。',
    'zh-TW': '自訂函數嵌在更大的公式中。',
  },
};
