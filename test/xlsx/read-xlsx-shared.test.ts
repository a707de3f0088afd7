// A workbook saved by Excel stores a column's repeated formula once, as a shared formula: readXlsx reads
// every cell's cached value, whether the cell holds the formula's text or only its group number.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/xlsx/read-xlsx';

/** A one-sheet .xlsx written by hand, as Excel lays it out, with the given sheetData. */
function workbook(sheetData: string): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

describe('readXlsx: shared formulas', () => {
  it('reads the cached values of a shared formula\'s first cell and of the cells that only name its group', () => {
    const sheet = readXlsx(workbook(
      '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>Qty</t></is></c><c r="B1" t="inlineStr"><is><t>Total</t></is></c><c r="C1" t="inlineStr"><is><t>Size</t></is></c></row>'
      + '<row r="2" spans="1:3"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*10</f><v>30</v></c><c r="C2" t="str"><f t="shared" ref="C2:C4" si="1">IF(A2&gt;4,"big","small")</f><v>small</v></c></row>'
      + '<row r="3" spans="1:3"><c r="A3"><v>5</v></c><c r="B3"><f t="shared" si="0"/><v>50</v></c><c r="C3" t="str"><f t="shared" si="1"/><v>big</v></c></row>'
      + '<row r="4" spans="1:3"><c r="A4"><v>-1</v></c><c r="B4" s="0"><f t="shared" si="0"/><v>-10</v></c><c r="C4" t="str"><f t="shared" si="1" /><v>small</v></c></row>'));
    expect(sheet.rows).toEqual([['Qty', 'Total', 'Size'], [3, 30, 'small'], [5, 50, 'big'], [-1, -10, 'small']]);
  });
});
