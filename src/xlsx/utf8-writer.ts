// Text encoded as UTF-8 into a growing byte buffer, a piece at a time. A sheet's rows are written here
// in small pieces rather than joined into one string first: walking a string built of thousands of
// appended pieces to encode it took longer than deflating the bytes (profiled on a 200,000-row list).

const LONG = 64;
const encoder = new TextEncoder();

/** A UTF-8 byte buffer: write text to it, take the bytes written so far. */
export interface Utf8Writer {
  /** Appends the text's UTF-8 bytes (a lone surrogate becomes U+FFFD, as TextEncoder writes it). */
  readonly write: (text: string) => void;
  /** How many bytes are waiting. */
  length(): number;
  /** The bytes written since the last take, in a new array the caller may keep. */
  take(): Uint8Array;
}

/**
 * A writer whose buffer starts at `capacity` bytes and grows as needed.
 * @example const w = utf8Writer(16); w.write('a'); w.write('é'); w.take() // Uint8Array [0x61, 0xc3, 0xa9]
 */
export function utf8Writer(capacity: number): Utf8Writer {
  let buf = new Uint8Array(Math.max(16, capacity));
  let pos = 0;
  const write = (text: string) => {
    const n = text.length;
    // At most 3 bytes per UTF-16 unit (a surrogate pair, 2 units, takes 4).
    if (pos + 3 * n > buf.length) {
      const bigger = new Uint8Array(Math.max(buf.length * 2, pos + 3 * n));
      bigger.set(buf.subarray(0, pos));
      buf = bigger;
    }
    // Long text (formulas) is encoded natively; short pieces are cheaper to copy here than to hand over.
    if (n > LONG) {
      pos += encoder.encodeInto(text, buf.subarray(pos)).written;
      return;
    }
    const b = buf;
    let j = pos;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        b[j++] = c;
      } else if (c < 0x800) {
        b[j++] = 0xc0 | (c >> 6);
        b[j++] = 0x80 | (c & 63);
      } else if (c < 0xd800 || c >= 0xe000) {
        b[j++] = 0xe0 | (c >> 12);
        b[j++] = 0x80 | ((c >> 6) & 63);
        b[j++] = 0x80 | (c & 63);
      } else {
        const d = c < 0xdc00 && i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          b[j++] = 0xf0 | (c >> 18);
          b[j++] = 0x80 | ((c >> 12) & 63);
          b[j++] = 0x80 | ((c >> 6) & 63);
          b[j++] = 0x80 | (c & 63);
        } else {
          b[j++] = 0xef;
          b[j++] = 0xbf;
          b[j++] = 0xbd;
        }
      }
    }
    pos = j;
  };
  return {
    write,
    length: () => pos,
    take() {
      const out = buf.slice(0, pos);
      pos = 0;
      return out;
    },
  };
}
