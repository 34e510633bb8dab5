import { describe, expect, it } from 'vitest';
import { RowSums } from '../../src/ner/rowsum.js';
import { mulberry32 } from '../../src/random.js';

/** Fills two RowSums (SIMD and plain JavaScript) alike, runs both, returns their outputs. */
function sums(rowLength: number): [Float32Array, Float32Array, boolean] {
  const rand = mulberry32(7);
  const a = new RowSums(rowLength, 1 << 20);
  const b = new RowSums(rowLength, 1 << 20, false);
  const S = a.stride;
  const rows = 500;
  for (let i = 0; i < rows * S; i++) {
    const v = Math.fround((rand() - 0.5) * 10 ** (Math.floor(rand() * 7) - 3));
    a.f32[S + i] = v;
    b.f32[S + i] = v;
  }
  const row = () => (1 + Math.floor(rand() * rows)) * S * 4;
  const inAt = 1 << 18;
  const outAt = 1 << 19;
  const count = 300;
  let ip = inAt >> 2;
  for (let t = 0; t < count; t++) {
    const n = Math.floor(rand() * 25);
    const ints = [t % 7 === 0 ? 0 : row(), n, ...Array.from({ length: n }, row)];
    for (const x of ints) a.i32[ip] = b.i32[ip++] = x;
  }
  a.run(inAt, count, outAt);
  b.run(inAt, count, outAt);
  const out = (r: RowSums) => r.f32.slice(outAt >> 2, (outAt >> 2) + count * S);
  return [out(a), out(b), a.simd];
}

describe('ner/rowsum', () => {
  it.each([34, 17, 5])('WebAssembly and JavaScript give the same float32 sums, bit for bit (rows of %i)', (len) => {
    const [simd, js, usedSimd] = sums(len);
    expect(usedSimd).toBe(typeof WebAssembly === 'object');
    expect(Buffer.from(simd.buffer).equals(Buffer.from(js.buffer))).toBe(true);
    expect(simd.some((x) => x !== 0)).toBe(true);
  });

  it('grows its memory and keeps the contents', () => {
    const r = new RowSums(34, 1 << 16);
    r.f32[10] = 1.5;
    r.ensure(1 << 22);
    expect(r.f32.length).toBeGreaterThanOrEqual(1 << 20);
    expect(r.f32[10]).toBe(1.5);
  });
});
