// Encodes text in GBK/GB18030 or Big5 for test files, as Chinese Excel saves a CSV. Node's TextEncoder
// writes only UTF-8, so each character's bytes are found by decoding every two-byte sequence once.
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  let t = tables.get(encoding);
  if (t) return t;
  t = new Map();
  const decoder = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !t.has(ch)) t.set(ch, [lead, trail]);
    }
  }
  tables.set(encoding, t);
  return t;
}

/** The bytes of `text` in a Chinese code page; ASCII stays one byte. */
export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table(encoding).get(ch);
      if (!code) throw new Error(`'${ch}' has no ${encoding} code`);
      bytes.push(...code);
    }
  }
  return Uint8Array.from(bytes);
}
