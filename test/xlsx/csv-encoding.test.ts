import { describe, expect, it } from 'vitest';
import { csvEncoding, decodeCsv } from '../../src/xlsx/csv-encoding';
import { encodeLegacy } from '../support/legacy-encoding';

const list = '客户名称,最近一次购买日期,订单数,金额\n甲公司,2026/10/1,12,600000\n';
const listTw = '客戶名稱,最近購買日期,訂單數,金額\n甲公司,2026/10/1,12,600000\n';

describe('csvEncoding: what Chinese Excel saves as CSV', () => {
  it('UTF-8, with or without a BOM', () => {
    expect(csvEncoding(new TextEncoder().encode(list))).toBe('utf-8');
    expect(decodeCsv(new TextEncoder().encode(`\ufeff${list}`))).toBe(list);
  });
  it('GBK (mainland code page)', () => {
    const bytes = encodeLegacy(list, 'gb18030');
    expect(csvEncoding(bytes)).toBe('gb18030');
    expect(decodeCsv(bytes)).toBe(list);
  });
  it('Big5 (Taiwan and Hong Kong code page)', () => {
    const bytes = encodeLegacy(listTw, 'big5');
    expect(csvEncoding(bytes)).toBe('big5');
    expect(decodeCsv(bytes)).toBe(listTw);
  });
  it('UTF-8 cut inside a character at the sample edge is still UTF-8', () => {
    const long = new TextEncoder().encode('客'.repeat(30_000)); // 90,000 bytes: the 64 KiB sample ends mid-character
    expect(csvEncoding(long)).toBe('utf-8');
  });
  it('plain ASCII is UTF-8', () => expect(csvEncoding(new TextEncoder().encode('Recency,Orders\n1,2\n'))).toBe('utf-8'));
});
