// The CLI's zlib deflater (cli/zlib-deflater.ts) writes the same sheets as fflate's, as a valid zip:
// the sheet is over several pieces, each its own DEFLATE stream, and the zip's CRC-32 is the data's.
import { strFromU8, unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zlibDeflater } from '../../cli/zlib-deflater';
import { streamXlsx, type SheetDeflater } from '../../src/xlsx/stream-xlsx';
import type { WorkbookCell } from '../../src/xlsx/workbook-model';

/** A workbook of `rows` rows of text, numbers and formulas, as bytes. */
function workbook(rows: number, deflater?: SheetDeflater): Uint8Array {
  const chunks: Uint8Array[] = [];
  const out = streamXlsx((chunk) => chunks.push(chunk), deflater);
  const sheet = out.sheet({ name: '客户', frozenRows: 1 });
  sheet.row(['编号', '金额', '等级']);
  for (let r = 2; r <= rows + 1; r++) {
    const cells: WorkbookCell[] = [`C${r}`, r * 1.5, { f: `IF(B${r}>100,"A","B")`, v: r * 1.5 > 100 ? 'A' : 'B' }];
    sheet.row(cells);
  }
  sheet.end({ autoFilter: `A1:C${rows + 1}` });
  out.end([]);
  return Buffer.concat(chunks);
}

/** The CRC-32 the zip's central directory gives a part. */
function directoryCrc(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (strFromU8(zip.subarray(i + 46, i + 46 + nameLength)) === name) return view.getUint32(i + 16, true);
  }
  throw new Error(`${name} is not in the central directory`);
}

describe('the zlib sheet deflater', () => {
  const deflater = zlibDeflater();
  it('is there on this Node (zlib.crc32 is in Node 20.15 and later)', () => {
    expect(deflater).toBeDefined();
  });

  it('writes the same parts as fflate, the sheet in several pieces, with the right CRC-32', () => {
    const rows = 20_000; // about 1.4 MB of sheet XML: six pieces of 256 KB
    const native = unzipSync(workbook(rows, deflater));
    const plain = unzipSync(workbook(rows));
    expect(Object.keys(native).sort()).toEqual(Object.keys(plain).sort());
    for (const name of Object.keys(plain)) expect(strFromU8(native[name]), name).toBe(strFromU8(plain[name]));
    const sheet = native['xl/worksheets/sheet1.xml'];
    expect(sheet.length).toBeGreaterThan(4 * (1 << 18));
    const xml = strFromU8(sheet);
    expect(xml).toContain('<c r="C20001" t="str"><f>IF(B20001&gt;100,&quot;A&quot;,&quot;B&quot;)</f><v>A</v></c>');
    expect(xml.endsWith('<autoFilter ref="A1:C20001"/></worksheet>')).toBe(true);
    expect(directoryCrc(workbook(rows, deflater), 'xl/worksheets/sheet1.xml')).toBe(crc32(sheet));
  });
});
