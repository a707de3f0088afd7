import { describe, expect, it } from 'vitest';
import { CellError } from '../../src/cells/cell-error';
import { readNumber, readRatio } from '../../src/cells/coerce';
import { headerScale, looksLikeDecimalComma, parseNumberText } from '../../src/cells/number-text';
import { typeCsvField } from '../../src/xlsx/read-csv';

const message = (x: unknown) => (x instanceof CellError ? x.message : x);

// Every accepted form of docs/input-formats.md, with its value worked out by hand.
describe('parseNumberText: the forms CRM exports write', () => {
  it.each([
    ['plain', '1234.5', 1234.5],
    ['thousands separators', '1,234.50', 1234.5],
    ['thousands separators, millions', '12,345,678', 12_345_678],
    ['surrounding spaces', '  42 ', 42],
    ['yen/yuan sign', '¥1,234', 1234],
    ['full-width yuan sign', '￥1,234', 1234],
    ['RMB code with a space', 'RMB 1,234.5', 1234.5],
    ['lower-case code', 'rmb1234', 1234],
    ['CNY code after', '1,234 CNY', 1234],
    ['dollar sign', '$1,234.50', 1234.5],
    ['NT dollar sign', 'NT$1,234', 1234],
    ['HK dollar sign', 'HK$ 88', 88],
    ['元 after', '1,234元', 1234],
    ['full-width digits', '１２３', 123],
    ['full-width digits, comma and point', '１，２３４．５', 1234.5],
    ['万', '50万', 500_000],
    ['万 with a decimal', '1.5万', 15_000],
    ['亿 with a decimal', '1.2亿', 120_000_000],
    ['万元', '50万元', 500_000],
    ['currency sign and 万', '¥3.5万', 35_000],
    ['traditional 萬', '12萬', 120_000],
    ['百万', '2百万', 2_000_000],
    ['percent', '87.5%', 0.875],
    ['full-width percent', '８７.５％', 0.875],
    ['percent with a space', '12 %', 0.12],
    ['accounting negative', '(1,234)', -1234],
    ['accounting negative with a currency sign', '(¥1,234.50)', -1234.5],
    ['minus before the currency sign', '-¥1,234', -1234],
    ['minus after the currency sign', '$-1,234', -1234],
    ['exponent', '1e6', 1_000_000],
    ['leading point', '.5', 0.5],
  ])('%s: %j is %d', (_form, text, value) => expect(parseNumberText(text)).toBe(value));

  it.each([
    ['a word', 'abc'],
    ['a currency word', '100 dollars'],
    ['two numbers', '1 2'],
    ['a range', '100-200'],
    ['an approximation', '约50万'],
    ['a lone dash (accounting zero or no data: not guessed)', '-'],
    ['bad grouping', '1,2345'],
    ['negative twice', '(-5)'],
    ['a unit after a percent', '5%万'],
    ['too big to hold', '1e400'],
    ['NaN text', 'NaN'],
    ['Infinity text', 'Infinity'],
  ])('%s: %j is not a number', (_form, text) => expect(parseNumberText(text)).toBeNaN());
});

describe('looksLikeDecimalComma', () => {
  it.each([['1.234,50', true], ['12,5', true], ['1,234.50', false], ['1,234', false], ['abc', false]])(
    '%j: %s', (text, expected) => expect(looksLikeDecimalComma(text)).toBe(expected));
});

describe('readNumber: rejected forms get a message naming the argument and the value', () => {
  it.each([
    ['1.234,50', "monetary: '1.234,50' uses a decimal comma; write the number with a decimal point (1234.50)"],
    ['约50万', "monetary: '约50万' is not a number"],
    ['100-200', "monetary: '100-200' is not a number"],
  ])('%j', (text, expected) => expect(message(readNumber(text, 'monetary', 'en'))).toBe(expected));
  it('in Chinese', () => expect(message(readNumber('1.234,50', '金额', 'zh-CN'))).toBe('金额：“1.234,50”用了逗号作小数点；请用小数点书写（如 1234.50）'));
});

describe('readRatio with percent text', () => {
  it('150% is above 100%, without advising the form already used', () =>
    expect(message(readRatio('150%', 'penetration', 'en'))).toBe("penetration: '150%' is above 100%"));
  it('full-width 80％ is 0.8', () => expect(readRatio('80％', 'penetration', 'en')).toBe(0.8));
});

describe('headerScale: 万元 headers scale the whole column', () => {
  it.each([
    ['金额（万元）', 10_000],
    ['金额(万元)', 10_000],
    ['销售额/亿元', 100_000_000],
    ['年度金额 万元', 10_000],
    ['金额（万）', 10_000],
    ['Amount (千元)', 1000],
    ['金额', 1],
    ['金额（元）', 1],
    ['Amount (CNY)', 1],
    ['万达客户', 1],
    [42, 1],
  ])('%j scales by %d', (header, scale) => expect(headerScale(header)).toBe(scale));
});

describe('typeCsvField: what a spreadsheet itself reads on opening a CSV', () => {
  it.each([
    ['1,200', 1200],
    ['2026/10/1', { v: 46296, style: 'date' }],
    ['2026年10月1日', { v: 46296, style: 'date' }],
    ['12%', { v: 0.12, style: 'percent' }],
    ['50万', '50万'],
    ['¥1,234', '¥1,234'],
    ['(1,234)', '(1,234)'],
    ['10/1/2026', '10/1/2026'],
    ['=1+1', '=1+1'],
    ['', null],
    // Ids keep their leading zeros (SPEC: 00123 stays 00123), unlike a spreadsheet; 0 alone, a
    // decimal such as 0.5 or 00123.5, and a number without a leading zero are still numbers.
    ['00123', '00123'],
    ['0001', '0001'],
    [' 007 ', ' 007 '],
    ['0', 0],
    ['0.5', 0.5],
    ['00123.5', 123.5],
    ['10', 10],
  ])('%j is typed as %j', (field, typed) => expect(typeCsvField(field)).toEqual(typed));
});
