// Sums of weight rows, the tagger's hot loop, in WebAssembly SIMD when Node has it.
//
// Memory holds rows of `4 * V` floats (a row's weights, then zeros). `run(inAt, count, outAt)` reads,
// for each of `count` outputs, from the int32 stream at inAt: the byte address of a start row, a count
// n, then n byte addresses of rows; it writes start + row_1 + ... + row_n, added left to right, each
// addition rounded to float32, at outAt (the next output follows at 16 * V bytes). A float32 addition
// (f32x4.add) gives exactly what JavaScript's Math.fround(a + b) gives for float32 a and b (double
// rounding is harmless: doubles have more than 2 * 24 + 2 bits), so the sums are those of a plain loop
// over a Float32Array, bit for bit; without WebAssembly SIMD the same loop runs in JavaScript.

import { leb, section, sleb, str } from './wasm.js';

/** Bytes of one WebAssembly page. */
const PAGE = 65536;

/** The module: imports env.mem, exports run(in, count, out) for rows of V vectors. */
function moduleBytes(V: number): Uint8Array<ArrayBuffer> {
  const I32 = 0x7f;
  const V128 = 0x7b;
  const get = (i: number) => [0x20, ...leb(i)];
  const set = (i: number) => [0x21, ...leb(i)];
  const i32Const = (n: number) => [0x41, ...sleb(n)];
  const i32Load = (offset: number) => [0x28, 2, ...leb(offset)];
  const v128Load = (offset: number) => [0xfd, 0x00, 4, ...leb(offset)];
  const v128Store = (offset: number) => [0xfd, 0x0b, 4, ...leb(offset)];
  const f32x4Add = [0xfd, ...leb(228)];
  const ADD = 0x6a;
  const SUB = 0x6b;
  const EQZ = 0x45;
  // params: 0 in, 1 count, 2 out; locals: 3 start, 4 n, 5 row, 6.. accumulators
  const [IN, COUNT, OUT, START, N, ROW, ACC] = [0, 1, 2, 3, 4, 5, 6];
  const code: number[] = [
    0x02, 0x40, // block
    0x03, 0x40, // loop (one output)
    ...get(COUNT), EQZ, 0x0d, 1, // br_if out of the block
    ...get(IN), ...i32Load(0), ...set(START),
    ...get(IN), ...i32Load(4), ...set(N),
    ...get(IN), ...i32Const(8), ADD, ...set(IN),
  ];
  for (let k = 0; k < V; k++) code.push(...get(START), ...v128Load(16 * k), ...set(ACC + k));
  code.push(
    0x02, 0x40, // block
    0x03, 0x40, // loop (one row)
    ...get(N), EQZ, 0x0d, 1,
    ...get(IN), ...i32Load(0), ...set(ROW),
    ...get(IN), ...i32Const(4), ADD, ...set(IN),
  );
  for (let k = 0; k < V; k++) code.push(...get(ACC + k), ...get(ROW), ...v128Load(16 * k), ...f32x4Add, ...set(ACC + k));
  code.push(
    ...get(N), ...i32Const(1), SUB, ...set(N),
    0x0c, 0, // br (next row)
    0x0b, 0x0b, // end loop, end block
  );
  for (let k = 0; k < V; k++) code.push(...get(OUT), ...get(ACC + k), ...v128Store(16 * k));
  code.push(
    ...get(OUT), ...i32Const(16 * V), ADD, ...set(OUT),
    ...get(COUNT), ...i32Const(1), SUB, ...set(COUNT),
    0x0c, 0, // br (next output)
    0x0b, 0x0b, // end loop, end block
    0x0b, // end function
  );
  const locals = [2, 3, I32, ...leb(V), V128];
  const body = [...locals, ...code];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 3, I32, I32, I32, 0]),
    ...section(2, [1, ...str('env'), ...str('mem'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...str('run'), 0x00, 0]),
    ...section(10, [1, ...leb(body.length), ...body]),
  ]);
}

export class RowSums {
  /** floats per row (a multiple of 4) */
  readonly stride: number;
  f32: Float32Array;
  i32: Int32Array;
  u8: Uint8Array;
  readonly simd: boolean;
  /** the WebAssembly memory (undefined on the JavaScript path), for other modules to share */
  readonly memory?: WebAssembly.Memory;
  private buffer: ArrayBuffer;
  private readonly wasmRun?: (inAt: number, count: number, outAt: number) => void;

  /** rowLength: floats per row; bytes: initial size; useSimd false forces the JavaScript loop. */
  constructor(rowLength: number, bytes: number, useSimd = true) {
    const V = Math.ceil(rowLength / 4);
    this.stride = 4 * V;
    const pages = Math.ceil(bytes / PAGE);
    let run: ((a: number, b: number, c: number) => void) | undefined;
    let memory: WebAssembly.Memory | undefined;
    if (useSimd && typeof WebAssembly === 'object') {
      try {
        const bin = moduleBytes(V);
        if (WebAssembly.validate(bin)) {
          memory = new WebAssembly.Memory({ initial: pages });
          const inst = new WebAssembly.Instance(new WebAssembly.Module(bin), { env: { mem: memory } });
          run = inst.exports.run as typeof run;
        }
      } catch {
        run = undefined;
        memory = undefined;
      }
    }
    this.simd = run !== undefined;
    this.wasmRun = run;
    this.memory = memory;
    this.buffer = memory ? memory.buffer : new ArrayBuffer(pages * PAGE);
    this.f32 = new Float32Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.u8 = new Uint8Array(this.buffer);
  }

  /** Makes the memory at least `bytes` long (views are replaced: read f32, i32 and u8 again). */
  ensure(bytes: number): void {
    if (bytes <= this.buffer.byteLength) return;
    const pages = Math.ceil((bytes - this.buffer.byteLength) / PAGE);
    const grow = Math.max(pages, Math.ceil(this.buffer.byteLength / PAGE / 2));
    if (this.memory) {
      this.memory.grow(grow);
      this.buffer = this.memory.buffer;
    } else {
      const next = new ArrayBuffer(this.buffer.byteLength + grow * PAGE);
      new Uint8Array(next).set(new Uint8Array(this.buffer));
      this.buffer = next;
    }
    this.f32 = new Float32Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.u8 = new Uint8Array(this.buffer);
  }

  /** The sums described at the top, with addresses in bytes (multiples of 16). */
  run(inAt: number, count: number, outAt: number): void {
    if (this.wasmRun) {
      this.wasmRun(inAt, count, outAt);
      return;
    }
    const f = this.f32;
    const ints = this.i32;
    const S = this.stride;
    let ip = inAt >> 2;
    let out = outAt >> 2;
    for (let t = 0; t < count; t++) {
      const start = ints[ip] >> 2;
      let n = ints[ip + 1];
      ip += 2;
      for (let j = 0; j < S; j++) f[out + j] = f[start + j];
      while (n-- > 0) {
        const r = ints[ip++] >> 2;
        for (let j = 0; j < S; j++) f[out + j] += f[r + j];
      }
      out += S;
    }
  }
}
