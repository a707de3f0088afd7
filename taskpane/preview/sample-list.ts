import type { WorkbookCell } from '../../src/xlsx/workbook-model';

const COMPANIES = ['华东机电', '星河科技', '远航物流', '金鼎建材', '青松食品', '博远医疗', '蓝海电子', '恒信化工', '瑞丰纺织', '天成汽配'];
const CITIES = ['上海', '苏州', '杭州', '南京', '宁波', '合肥'];

/**
 * A realistic sample list for the preview: Chinese headers, `count` customers, and the problems real
 * exports have (a blank count, text in the amount column, a duplicate id, a purchase after today).
 * @example sampleList(300, 46327)[0] // ['客户编号', '客户名称', '城市', '最近一次购买日期', '订单数', '金额']
 */
export function sampleList(count: number, today: number): WorkbookCell[][] {
  let s = 20261123;
  const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const rows: WorkbookCell[][] = [['客户编号', '客户名称', '城市', '最近一次购买日期', '订单数', '金额']];
  for (let i = 0; i < count; i++) {
    const loyal = rand() < 0.25;
    rows.push([
      `KH${String(1001 + i)}`,
      `${COMPANIES[i % COMPANIES.length]}${Math.floor(i / COMPANIES.length) + 1}号`,
      CITIES[Math.floor(rand() * CITIES.length)],
      { v: today - Math.floor(rand() * (loyal ? 40 : 400)), style: 'date' },
      Math.floor(rand() * (loyal ? 20 : 8)),
      Math.round(rand() * (loyal ? 900_000 : 300_000)),
    ]);
  }
  // The problems a real export has, each in one row.
  if (count > 12) {
    rows[5][4] = null;
    rows[8][5] = '暂无';
    rows[11][0] = rows[3][0];
    rows[12][3] = { v: today + 20, style: 'date' };
  }
  return rows;
}

