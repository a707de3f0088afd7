// Lead, opportunity and customer lists told apart by their headers and first rows (docs/pipeline.md,
// "In the pane"): the shapes below are written by hand, with the columns each part should get.
import { describe, expect, it } from 'vitest';
import { recogniseLeadList } from '../../src/grading/lead-recognition';

/** `n` rows made by `row(i)`. */
const rows = (n: number, row: (i: number) => unknown[]) => Array.from({ length: n }, (_, i) => row(i));
const STAGES = ['线索', '触达', '跟进', '商机', '赢单'];

describe('lead lists', () => {
  it('seed 001 in Simplified Chinese: counts, profile, stage and outcome all found', () => {
    const header = ['线索编号', '公司', '文章浏览', '研讨会签到', '演示申请', '行业', '规模', '地区', '阶段', '赢单'];
    const r = recogniseLeadList(header, rows(30, (i) => [`L${i}`, `公司${i}`, i % 9, i % 3, i % 2, '制造业', '100-499人', '华东', STAGES[i % 5], i % 4 === 0 ? '赢单' : i % 4 === 1 ? '输单' : '']));
    expect(r.kind).toBe('lead');
    expect(r.columns).toMatchObject({ behaviour: [2, 3, 4], attributes: [5, 6, 7], stage: 8, outcome: 9, leadId: 0 });
  });

  it('English headers, outcome as 1/0, and Traditional Chinese headers', () => {
    const en = recogniseLeadList(['Lead ID', 'Page views', 'Webinar check-ins', 'Demo requests', 'Industry', 'Company size', 'Region', 'Stage', 'Outcome'],
      rows(20, (i) => [i, i, i % 2, 0, 'Retail', '50-199', 'East', 'Lead', i % 2]));
    expect(en.kind).toBe('lead');
    expect(en.columns).toMatchObject({ behaviour: [1, 2, 3], attributes: [4, 5, 6], stage: 7, outcome: 8 });
    const tw = recogniseLeadList(['線索編號', '文章瀏覽', '研討會簽到', '演示申請', '行業', '規模', '地區'], rows(10, (i) => [i, i, 1, 0, '零售', '小', '華南']));
    expect(tw.kind).toBe('lead');
    expect(tw.columns).toMatchObject({ behaviour: [1, 2, 3], attributes: [4, 5, 6] });
  });

  it('a lead id with a profile and a stage is a lead list without any count; one count needs a lead word, a stage or an outcome', () => {
    expect(recogniseLeadList(['线索名称', '行业', '地区', '阶段'], rows(10, (i) => [`L${i}`, '零售', '华北', STAGES[i % 5]])).kind).toBe('lead');
    expect(recogniseLeadList(['Name', 'Email', 'Downloads'], rows(10, (i) => [`N${i}`, `${i}@x.cn`, i])).kind).toBe('customer');
    expect(recogniseLeadList(['Name', 'Downloads', 'Stage'], rows(10, (i) => [`N${i}`, i, 'Lead'])).kind).toBe('lead');
  });
});

describe('opportunity (C139) lists', () => {
  it('the five named columns and nine factors named by seed 001', () => {
    const header = ['商机名称', '客户覆盖度', '价值匹配', '决策人', '影响者', '使用者', '价格', '服务', '产品', '品牌', '技术', '交付', '关系', '口碑', '实施', '金额'];
    const r = recogniseLeadList(header, rows(10, (i) => [`O${i}`, 0.8, '90%', 1, 0, 0.5, 4, 4, 3, 5, 4, 4, 3, 5, 4, 100000 + i]));
    expect(r.kind).toBe('opportunity');
    expect(r.columns).toMatchObject({ coverage: 1, valueFit: 2, keyPeople: [3, 4, 5], factors: [6, 7, 8, 9, 10, 11, 12, 13, 14] });
  });

  it('English names with numbered factors; three of the five named columns are enough', () => {
    const header = ['Opportunity', 'Coverage', 'Decision maker', 'Influencer', ...Array.from({ length: 9 }, (_, k) => `Factor ${k + 1}`)];
    const r = recogniseLeadList(header, rows(10, () => ['O', 0.5, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3]));
    expect(r.kind).toBe('opportunity');
    expect(r.columns).toMatchObject({ coverage: 1, valueFit: undefined, keyPeople: [2, 3, undefined], factors: [4, 5, 6, 7, 8, 9, 10, 11, 12] });
  });
});

describe('decoys: customer lists are never offered the lead flow', () => {
  it('a customer list with industry and region (attributes alone make no lead list)', () => {
    const r = recogniseLeadList(['客户编号', '最近购买日期', '订单数', '消费金额', '行业', '地区'],
      rows(20, (i) => [`C${i}`, `2026-0${1 + (i % 9)}-1${i % 9}`, 1 + i, 100 * i, '零售', '华东']));
    expect(r.kind).toBe('customer');
  });

  it('a customer list with marketing counts and a lead source: its recency, orders and amount say customer', () => {
    const r = recogniseLeadList(['Customer ID', 'Last order date', 'Orders', 'Total spent', 'Newsletter opens', 'Webinars attended', 'Lead source'],
      rows(20, (i) => [`C${i}`, `2026-03-${10 + (i % 9)}`, 1 + (i % 5), 50 * i, i % 7, i % 2, 'Web']));
    expect(r.kind).toBe('customer');
  });

  it('a contact list with a lead source and a profile but no counts, no lead id, no stage', () => {
    expect(recogniseLeadList(['Contact', 'Email', 'Lead source', 'Industry', 'Region'], rows(10, (i) => [`P${i}`, 'a@b.c', 'Web', 'Retail', 'East'])).kind).toBe('customer');
  });

  it('dates and rates named like interactions are not counts', () => {
    const r = recogniseLeadList(['Name', 'Last visit date', 'Open rate', 'Demo requested'], rows(10, (i) => [`N${i}`, '2026-01-02', '35%', i % 2 ? 'yes' : 'no']));
    expect(r.kind).toBe('customer');
    expect(r.columns.behaviour).toEqual([]);
  });

  it('a count column whose cells are words is not a count', () => {
    const r = recogniseLeadList(['线索编号', '文章浏览', '演示申请'], rows(10, (i) => [i, '多', '有']));
    expect(r.columns.behaviour).toEqual([]);
    expect(r.kind).toBe('customer');
  });
});

describe('decoys: the header corpus of real customer-list exports', () => {
  it('none of its customer-list shapes is taken for a lead or opportunity list', async () => {
    const { LISTS, customersFor, tableOf } = await import('./header-corpus');
    const { findHeaderRow } = await import('../../src/grading/detect-columns');
    const kinds = LISTS.map((shape, k) => {
      const table = tableOf(shape, customersFor(k));
      const at = Math.max(0, findHeaderRow(table));
      return `${shape.name}: ${recogniseLeadList(table[at], table.slice(at + 1)).kind}`;
    });
    expect(kinds.length).toBeGreaterThanOrEqual(30);
    expect(kinds.filter((k) => !k.endsWith(': customer'))).toEqual([]);
  });
});
