import { describe, expect, it } from 'vitest';
import { utf8Writer } from '../../src/xlsx/utf8-writer';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

describe('utf8Writer', () => {
  it('writes each width of UTF-8 as the standard gives it (bytes worked out by hand)', () => {
    const w = utf8Writer(16);
    w.write('a');          // U+0061: 1 byte
    w.write('é');          // U+00E9: 110_00011 10_101001
    w.write('客');         // U+5BA2: 1110_0101 10_101110 10_100010
    w.write('\u{1F600}');  // a surrogate pair: 11110_000 10_011111 10_011000 10_000000
    expect(w.length()).toBe(10);
    expect(hex(w.take())).toBe('61 c3 a9 e5 ae a2 f0 9f 98 80');
    expect(w.length()).toBe(0);
  });

  it('writes a lone surrogate as U+FFFD, as TextEncoder does, and keeps the next character', () => {
    const w = utf8Writer(16);
    w.write('x\ud800y\udc00');
    expect(hex(w.take())).toBe('78 ef bf bd 79 ef bf bd');
  });

  it('grows past its first capacity without losing what was written, and starts afresh after take', () => {
    const w = utf8Writer(16);
    const text = '客户'.repeat(100); // 200 characters of 3 bytes each, far over 16
    w.write('<');
    w.write(text);
    const bytes = w.take();
    expect(bytes.length).toBe(601);
    expect(new TextDecoder().decode(bytes)).toBe(`<${text}`);
    w.write('b');
    expect(hex(w.take())).toBe('62');
  });
});
