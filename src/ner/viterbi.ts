// The Viterbi recursion of one tagging pass as a WebAssembly function, unrolled over the labels and
// their allowed previous labels, with the pass's transition scores as constants.
//
// It computes exactly what the JavaScript loop in tagger.ts computes: for token i >= 1 and label c,
// v = (delta[q] + trans[q][c]) + history[i][class(q)][c] in float64 over the allowed q in ascending
// order, the first strict maximum wins, and the new delta[c] is best + E[i][c] rounded to float32.
//
// run(eAt, slotsAt, hAt, n, backAt, dAt), byte addresses in the shared memory:
//   eAt      the emission scores of the sentence's first token for this pass (tokens eStride bytes apart)
//   slotsAt  int32 per token: its slot in the history pool
//   hAt      the history pool for this pass (slot s at hAt + s * slotBytes, class h at + h * L * 4)
//   n        tokens; token 0 was done by the caller, who wrote delta (L float32) at dAt
//   backAt   back pointers, one byte per token and label (token i at backAt + i * L)
// On return dAt holds the final delta.
import { f64Bytes, leb, section, sleb, str } from './wasm.js';

export interface ViterbiShape {
  labels: number;
  /** candidates: for label c, prev[k] for k in [start[c], start[c + 1]), hist[k] = class(prev) * L + c */
  start: ArrayLike<number>;
  prev: ArrayLike<number>;
  hist: ArrayLike<number>;
  /** the transition score of each candidate */
  trans: ArrayLike<number>;
  eStride: number;
  slotBytes: number;
}

export type ViterbiRun = (eAt: number, slotsAt: number, hAt: number, n: number, backAt: number, dAt: number) => void;

function moduleBytes(s: ViterbiShape): Uint8Array<ArrayBuffer> {
  const L = s.labels;
  const I32 = 0x7f;
  const F64 = 0x7c;
  const get = (i: number) => [0x20, ...leb(i)];
  const set = (i: number) => [0x21, ...leb(i)];
  const i32c = (n: number) => [0x41, ...sleb(n)];
  const f64c = (x: number) => [0x44, ...f64Bytes(x)];
  const f32Load = (offset: number) => [0x2a, 2, ...leb(offset)];
  const f32Store = (offset: number) => [0x38, 2, ...leb(offset)];
  const i32Load = [0x28, 2, 0];
  const i32Store8 = (offset: number) => [0x3a, 0, ...leb(offset)];
  const [ADD, MUL, GE_U] = [0x6a, 0x6c, 0x4f];
  const [F64ADD, F64GT, PROMOTE, DEMOTE, SELECT] = [0xa0, 0x64, 0xbb, 0xb6, 0x1b];
  // params 0..5; locals: 6 i, 7 ro, 8 eo, 9 bo, 10 arg, 11 cond (i32); 12 best, 13 v, 14.. d, 14 + L.. x (f64)
  const [E_AT, SLOTS, H_AT, N, BACK, D_AT] = [0, 1, 2, 3, 4, 5];
  const [I, RO, EO, BO, ARG, COND, BEST, V, D, X] = [6, 7, 8, 9, 10, 11, 12, 13, 14, 14 + L];
  const code: number[] = [];
  for (let c = 0; c < L; c++) code.push(...get(D_AT), ...f32Load(4 * c), PROMOTE, ...set(D + c));
  code.push(...i32c(1), ...set(I));
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop (one token)
  code.push(...get(I), ...get(N), GE_U, 0x0d, 1);
  code.push(...get(H_AT), ...get(SLOTS), ...get(I), ...i32c(4), MUL, ADD, ...i32Load, ...i32c(s.slotBytes), MUL, ADD, ...set(RO));
  code.push(...get(E_AT), ...get(I), ...i32c(s.eStride), MUL, ADD, ...set(EO));
  code.push(...get(BACK), ...get(I), ...i32c(L), MUL, ADD, ...set(BO));
  for (let c = 0; c < L; c++) {
    code.push(...f64c(-Infinity), ...set(BEST), ...i32c(0), ...set(ARG));
    for (let k = s.start[c]; k < s.start[c + 1]; k++) {
      code.push(...get(D + s.prev[k]), ...f64c(s.trans[k]), F64ADD, ...get(RO), ...f32Load(4 * s.hist[k]), PROMOTE, F64ADD, ...set(V));
      code.push(...get(V), ...get(BEST), F64GT, ...set(COND));
      code.push(...get(V), ...get(BEST), ...get(COND), SELECT, ...set(BEST));
      code.push(...i32c(s.prev[k]), ...get(ARG), ...get(COND), SELECT, ...set(ARG));
    }
    code.push(...get(BO), ...get(ARG), ...i32Store8(c));
    code.push(...get(BEST), ...get(EO), ...f32Load(4 * c), PROMOTE, F64ADD, DEMOTE, PROMOTE, ...set(X + c));
  }
  for (let c = 0; c < L; c++) code.push(...get(X + c), ...set(D + c));
  code.push(...get(I), ...i32c(1), ADD, ...set(I), 0x0c, 0, 0x0b, 0x0b); // i++, br loop; end loop, end block
  for (let c = 0; c < L; c++) code.push(...get(D_AT), ...get(D + c), DEMOTE, ...f32Store(4 * c));
  code.push(0x0b);
  const locals = [2, 6, I32, ...leb(2 + 2 * L), F64];
  const body = [...locals, ...code];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 6, I32, I32, I32, I32, I32, I32, 0]),
    ...section(2, [1, ...str('env'), ...str('mem'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...str('run'), 0x00, 0]),
    ...section(10, [1, ...leb(body.length), ...body]),
  ]);
}

/** The compiled recursion for one pass, sharing `memory`; undefined when WebAssembly is missing or refuses it. */
export function viterbiFunction(memory: WebAssembly.Memory | undefined, shape: ViterbiShape): ViterbiRun | undefined {
  if (!memory) return undefined;
  try {
    const bin = moduleBytes(shape);
    if (!WebAssembly.validate(bin)) return undefined;
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bin), { env: { mem: memory } });
    return inst.exports.run as ViterbiRun;
  } catch {
    return undefined;
  }
}
