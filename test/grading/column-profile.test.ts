// What a column holds, from its cells: the kinds detection and planTable weigh.
import { describe, expect, it } from 'vitest';
import { cellKind, PROFILE_CELLS, profileColumn, recencyIsDateColumn, sampleColumns } from '../../src/grading/column-profile';
import { contentFit } from '../../src/grading/field-content';

describe('cellKind', () => {
  it.each([
    [{ v: 46296, style: 'date' }, 'date'], [new Date(2026, 9, 1), 'date'], ['2026年3月6日', 'date'], ['2026-10-30T14:22:10-05:00', 'date'],
    ['10/1/2026', 'date'], ['20261001', 'date'], [20261001, 'date'], ['00001001', 'code'], // year 0: not a date
    [1234.5, 'number'], ['1,234.50', 'number'], ['¥1,234.50', 'money'], ['50万', 'money'], ['NT$1,234', 'money'], ['(1,234)', 'money'],
    [{ v: 0.5, style: 'percent' }, 'percent'], ['87.5%', 'percent'],
    ['138-1234-5678', 'phone'], [13812345678, 'phone'], ['+86 138 1234 5678', 'phone'], ['(02) 2345-6789', 'phone'], ['021-62345678', 'phone'],
    ['(415) 555-0132', 'phone'], ['9123 4567', 'phone'], ['12345.67', 'number'], ['2301-20261000', 'code'],
    ['a@b.com', 'email'], ['C0012', 'code'], ['SO-2026-001', 'code'], ['00123', 'code'], ['01.0001', 'code'], ['#1001', 'code'],
    ['上海华联', 'word'], ['Acme Ltd', 'word'], [true, 'word'],
  ] as const)('%j is %s', (cell, kind) => expect(cellKind(cell)).toBe(kind));
  it('blanks and error values are not looked at', () => {
    expect([null, undefined, '', '  ', '#N/A'].map(cellKind)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('profileColumn', () => {
  it.each([
    [['2026/10/1', '2026-09-30T08:00:00Z', null, { v: 46000, style: 'date' }], 'date'],
    [[46296, 46300, 45990], 'serial'], // Excel hands the pane date cells as serials
    [[3, 12, 0, 7], 'count'],
    [[1, 2, 3, 4, 5], 'running'],
    [[5, 4, 3, 2, 1], 'running'],
    [['¥1,234.50', '50万', 800], 'amount'],
    [[1200.5, 3000, 88], 'amount'],
    [[120000, 3000000, 880000], 'number'],
    [['138-0013-8000', '139 1234 5678', '(02) 2345-6789'], 'phone'],
    [['C001', 'C017', 'C120'], 'id'],
    [['甲公司', '乙公司', '丙公司'], 'text'],
    [[null, ''], 'empty'],
  ] as const)('%j is %s', (cells, kind) => expect(profileColumn(cells).kind).toBe(kind));
  it('a few bad cells do not change a column\'s kind (four in five decide)', () => {
    expect(profileColumn(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', 'n/a']).kind).toBe('date');
    expect(profileColumn(['2026-10-01', 'n/a', 'n/a']).kind).toBe('mixed');
  });
  it('keeps three examples as written, and reads at most PROFILE_CELLS cells', () => {
    const p = profileColumn(Array.from({ length: 1000 }, (_, i) => `C${i}`));
    expect(p.examples).toEqual(['C0', 'C1', 'C2']);
    expect(p.cells).toBe(PROFILE_CELLS);
    expect(p.distinct).toBe(1);
  });
});

describe('sampleColumns', () => {
  it('takes the non-blank cells of each column from the top', () => {
    expect(sampleColumns([[1, null], [2, 'x'], [null, 'y']], 2)).toEqual([[1, 2], ['x', 'y']]);
  });
  it('stops at PROFILE_CELLS a column', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [i, i % 2 ? null : 'a']);
    expect(sampleColumns(rows, 2).map((c) => c.length)).toEqual([PROFILE_CELLS, PROFILE_CELLS]);
  });
});

describe('recencyIsDateColumn: date or days from the cells', () => {
  it.each([
    [['2026年3月6日', '2026年2月1日'], true],
    [[46296, 46300], true],
    [[new Date(2026, 9, 1)], true],
    [['2026-10-30T14:22:10-05:00', '2026-09-01T00:00:00Z'], true],
    [[12, 45, 200], false],
    [['12', '45'], false],
    [['soon', 'later'], undefined],
    [[], undefined],
  ] as const)('%j -> %s', (cells, expected) => expect(recencyIsDateColumn(cells)).toBe(expected));
});

describe('contentFit', () => {
  const dates = profileColumn(['2026-10-01', '2026-09-12', '2026-08-30']);
  const phones = profileColumn(['138-0013-8000', '139 1234 5678', '(02) 2345-6789']);
  const text = profileColumn(['老客户', '需回访', '新客户']);
  it('dates fit a last purchase and contradict a count or an amount', () => {
    expect(contentFit(dates, 'lastPurchase')).toBe(1);
    expect(contentFit(dates, 'frequency')).toBe(-1);
    expect(contentFit(dates, 'monetary')).toBe(-1);
  });
  it('phone numbers and text contradict an amount', () => {
    expect(contentFit(phones, 'monetary')).toBe(-1);
    expect(contentFit(text, 'monetary')).toBe(-1);
  });
  it('amounts written with a currency contradict a count', () => {
    expect(contentFit(profileColumn(['¥1,200', '¥800.50', '¥30']), 'frequency')).toBe(-1);
  });
  it('fewer than three cells never rule a column out', () => {
    expect(contentFit(profileColumn(['2026-10-01']), 'frequency')).toBeGreaterThan(-1);
  });
});
