import { streamXlsx, writeSheet } from './stream-xlsx';
import type { WorkbookModel } from './workbook-model';

export { fileFormula } from './sheet-xml';

/**
 * Writes a workbook model as an .xlsx file (Office Open XML), with formulas, their cached values,
 * defined names, frozen headers and header filters: the streaming writer, its bytes kept in memory.
 * @example writeXlsx({ sheets: [{ name: 'List', rows: [['a', 1]] }], names: [] }) // Uint8Array (a zip)
 */
export function writeXlsx(model: WorkbookModel): Uint8Array {
  const chunks: Uint8Array[] = [];
  const out = streamXlsx((chunk) => chunks.push(chunk));
  for (const sheet of model.sheets) writeSheet(out, sheet);
  out.end(model.names);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
