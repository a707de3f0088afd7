// Node's zlib for the CLI's sheets: on a 1,000,000-row list the sheet is over a gigabyte of XML, and
// fflate's level-1 DEFLATE and CRC-32 in JavaScript took about a third of the run (profiled).
import * as zlib from 'node:zlib';
import type { SheetDeflater } from '../src/xlsx/stream-xlsx';

/**
 * The deflater, or undefined where this Node has no zlib.crc32 (before 20.15): then fflate's is used.
 * Each piece is its own raw DEFLATE stream ended by a sync flush (no final block, byte-aligned), so the
 * pieces joined are one valid stream; only the last piece ends with the final block.
 * @example zlibDeflater()?.deflate(new TextEncoder().encode('<row/>'), true) // raw DEFLATE bytes of '<row/>'
 */
export function zlibDeflater(): SheetDeflater | undefined {
  const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (typeof crc32 !== 'function') return undefined;
  const { Z_FINISH, Z_SYNC_FLUSH } = zlib.constants;
  return {
    deflate: (piece, final) => zlib.deflateRawSync(piece, { level: 1, finishFlush: final ? Z_FINISH : Z_SYNC_FLUSH }),
    crc32: (piece, crc) => crc32(piece, crc),
  };
}
