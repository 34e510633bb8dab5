import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/cli/io.js';

const TEXT = 'Le ministre a déclaré: « Nous négocierons. »';

describe('stdin is decoded like a file', () => {
  it('reads UTF-8 split inside a multi-byte character across chunks', async () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of "é"
    expect(await readText(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]))).toBe(TEXT);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    expect(await readText(Readable.from([Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])]))).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(await readText(Readable.from([le]))).toBe(TEXT);
    const be = Buffer.from(le);
    be.swap16();
    expect(await readText(Readable.from([be]))).toBe(TEXT);
  });

  it('reads legacy single-byte text (windows-1252) that is not valid UTF-8', async () => {
    const latin1 = Buffer.from(TEXT.replace(/[«»]/g, '"'), 'latin1');
    expect(await readText(Readable.from([latin1]))).toBe(TEXT.replace(/[«»]/g, '"'));
  });
});
