import chardet from 'chardet';

/** Text decoded from bytes, and the encoding it was decoded from. */
export interface Decoded {
  text: string;
  encoding: string;
  /** True when some byte sequences were invalid in that encoding (replaced by U+FFFD). */
  lossy: boolean;
}

const decoderCache = new Map<string, TextDecoder>();
function decoder(label: string): TextDecoder | undefined {
  let d = decoderCache.get(label);
  if (!d) {
    try {
      d = new TextDecoder(label, { ignoreBOM: true });
    } catch {
      return undefined; // a label the built-in decoder does not know
    }
    decoderCache.set(label, d);
  }
  return d;
}

/** The encoding announced by a byte-order mark, and the mark's length. */
export function sniffBOM(buf: Uint8Array): { encoding: string; length: number } | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** True when the bytes look binary: a NUL byte in text that has no UTF-16 byte-order mark. */
export function looksBinary(buf: Uint8Array): boolean {
  const bom = sniffBOM(buf);
  if (bom && bom.encoding !== 'utf-8') return false;
  return buf.indexOf(0) >= 0;
}

const SINGLE_BYTE = /^(ISO-8859-\d+|windows-125\d|KOI8-R)$/i;

/** Decodes strictly: undefined when a byte sequence is invalid in `encoding`. */
function strict(buf: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return undefined;
  }
}

function lenient(buf: Uint8Array, encoding: string): Decoded {
  const d = decoder(encoding) ?? decoder('windows-1252')!;
  const text = d.decode(buf);
  return { text, encoding: d.encoding, lossy: strict(buf, d.encoding) === undefined };
}

/**
 * Decodes the bytes of a text file: a byte-order mark wins (UTF-8, UTF-16 LE/BE); then a
 * declared charset (from an HTML meta tag) when the decoder knows it; then valid UTF-8; then
 * the legacy single-byte encoding `chardet` finds most likely (windows-1252 when it has no
 * opinion). Never throws: invalid sequences become U+FFFD and `lossy` is set.
 */
export function decode(buf: Uint8Array, declared?: string): Decoded {
  const bom = sniffBOM(buf);
  if (bom) return lenient(buf.subarray(bom.length), bom.encoding);
  if (declared && decoder(declared)) {
    const enc = decoder(declared)!.encoding;
    // a page that declares a legacy charset but is valid UTF-8 was almost always saved as UTF-8
    if (enc !== 'utf-8' && !/^utf-16/.test(enc)) {
      const asUtf8 = nonAsciiUtf8(buf);
      if (asUtf8 !== undefined) return { text: asUtf8, encoding: 'utf-8', lossy: false };
    }
    if (!/^utf-16/.test(enc)) return lenient(buf, enc);
  }
  const utf8 = strict(buf, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', lossy: false };
  return lenient(buf, guessLegacy(buf));
}

/** Valid UTF-8 with at least one multi-byte sequence, decoded; otherwise undefined. */
function nonAsciiUtf8(buf: Uint8Array): string | undefined {
  if (!buf.some((b) => b >= 0x80)) return undefined;
  return strict(buf, 'utf-8');
}

/** The single-byte encoding chardet ranks highest, or windows-1252. */
export function guessLegacy(buf: Uint8Array): string {
  let matches: { name: string; confidence: number }[] = [];
  try {
    matches = chardet.analyse(buf.subarray(0, 64 * 1024));
  } catch {
    matches = [];
  }
  for (const m of matches) {
    if (m.name === 'UTF-8') return 'utf-8'; // mostly UTF-8 with a few broken sequences: keep the rest
    if (SINGLE_BYTE.test(m.name) && decoder(m.name)) {
      // ISO-8859-1 text is decoded as its superset windows-1252 (as browsers do)
      return m.name.toUpperCase() === 'ISO-8859-1' ? 'windows-1252' : m.name;
    }
  }
  return 'windows-1252';
}
