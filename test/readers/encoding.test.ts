import { describe, expect, it } from 'vitest';
import { decode, looksBinary } from '../../src/readers/index.js';

const TEXT = 'Le président a déclaré à Genève que les négociations reprendraient — «bientôt».';

describe('readers/encoding', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]), 'utf-16be'],
  ])('decodes %s', (_, bytes, encoding) => {
    expect(decode(bytes)).toEqual({ text: TEXT, encoding, lossy: false });
  });

  it('detects legacy single-byte text (windows-1252 / Latin-1)', () => {
    const bytes = Buffer.from(TEXT.replace('—', '-'), 'latin1');
    const d = decode(bytes);
    expect(d.text).toBe(TEXT.replace('—', '-'));
    expect(['windows-1252', 'iso-8859-15']).toContain(d.encoding);
  });

  it('detects Cyrillic windows-1251 text', () => {
    const text = 'Министр иностранных дел заявил, что переговоры возобновятся на следующей неделе в Женеве.';
    const bytes = new Uint8Array([...text].map((c) => (c === ' ' || c === ',' || c === '.' ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0)));
    expect(decode(bytes)).toMatchObject({ text, encoding: 'windows-1251' });
  });

  it('never throws on invalid sequences: they become U+FFFD and the rest is kept', () => {
    const bytes = Buffer.from([0xfe, 0xff, 0xd8, 0x00]); // UTF-16 BE BOM then a lone surrogate
    expect(decode(bytes)).toMatchObject({ text: '\ufffd', lossy: true });
    const truncated = Buffer.from('Smith said café', 'utf8').subarray(0, -1); // cut inside "é"
    expect(() => decode(truncated)).not.toThrow();
    expect(decode(truncated).text.startsWith('Smith said caf')).toBe(true);
  });

  it('calls NUL bytes binary, except in UTF-16 with a byte-order mark', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le')]))).toBe(false);
    expect(looksBinary(Buffer.from('plain text'))).toBe(false);
  });
});
