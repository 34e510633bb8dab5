// The document tagger: one or more Viterbi passes; a later pass also sees the entity types that the
// previous pass gave to the same words elsewhere in the document.
//
// It computes exactly what the reference implementation (reference.ts) computes: the same float32
// sums of the same weight rows in the same order, the same Viterbi comparisons. What makes it cheaper:
// - the scores that depend on the token alone (the bias and the token's own features, which come first
//   in each row, and the label-history features for every previous-label class) are summed once per
//   distinct token string and kept in a pool (`scores`), for all passes at once;
// - the context features are looked up once for all passes (one table, rows of passes * 17 weights);
// - transition scores are read once per tagger; buffers are reused across sentences and documents.
import { DOC_SLOTS, HISTORY_CLASSES, HISTORY_COUNT, STRIDE, addDocLabelFeatures, docInfo, historyFeatures, sentenceFeatures, tokenInfos, transitionFeature, type SentenceFeatures, type TokenInfo } from './features.js';
import { HIST_CLASS, type WeightView } from './decode.js';
import type { Gazetteer } from './gazetteer.js';
import { N_LABELS, TYPES, VALID, labelPos, labelsToSpans } from './labels.js';
import { mergePasses } from './merge.js';
import { FeatTable } from './model.js';
import { RowSums } from './rowsum.js';
import { viterbiFunction, type ViterbiRun } from './viterbi.js';
import { foldWord, normalizeToken } from './normalize.js';
import type { NerSpan, NerTagger } from './types.js';

const L = N_LABELS;
const H = HISTORY_CLASSES;
/** END_OK[l]: label l may end a sentence (not B or I). */
const END_OK = Uint8Array.from({ length: L }, (_, l) => (labelPos(l) === 0 || labelPos(l) === 1 ? 0 : 1));
/**
 * Viterbi candidates, flat: for label c, k in [CAND_START[c], CAND_START[c + 1]) runs over the previous
 * labels allowed before c (CAND_PREV[k], ascending), with CAND_HIST[k] the offset of that label's
 * history class in a token's history scores (HIST_CLASS[prev] * L + c).
 */
const CAND_START = new Int32Array(L + 1);
const CAND_PREV: number[] = [];
const CAND_HIST: number[] = [];
for (let c = 0; c < L; c++) {
  CAND_START[c] = CAND_PREV.length;
  for (let q = 0; q < L; q++) {
    if (!VALID[q * L + c]) continue;
    CAND_PREV.push(q);
    CAND_HIST.push(HIST_CLASS[q] * L + c);
  }
}
CAND_START[L] = CAND_PREV.length;
const CAND_PREV_A = Uint8Array.from(CAND_PREV);
const CAND_HIST_A = Int32Array.from(CAND_HIST);
/** Distinct tokens whose scores the pool keeps before it starts again (at a document boundary). */
const POOL_TYPES = 1 << 16;

const align16 = (bytes: number): number => Math.ceil(bytes / 16) * 16;

// scratch buffers, reused across sentences and documents
let featBuf = new Int32Array(1 << 16);
let hashBuf = new Int32Array(1 << 12);
let capBuf = new Uint8Array(1 << 10);
let labelBuf = new Uint8Array(1 << 8);
let probBuf = new Float32Array(1 << 8);
let backBuf = new Uint8Array(1 << 10);
let delta = new Float32Array(L);
let next = new Float32Array(L);
const hist = new Int32Array(HISTORY_COUNT);
const row = new Float32Array(L);

export class PerceptronTagger implements NerTagger {
  private readonly table: FeatTable;
  private readonly nPass: number;
  /** weights per merged row: nPass * L */
  private readonly W: number;
  /** per pass: label-bigram scores trans[prev * L + cur] */
  private readonly trans: Float32Array[];
  /** per pass: the transition score of each Viterbi candidate k (trans[CAND_PREV[k] * L + c]) */
  private readonly candTrans: Float64Array[];
  /**
   * Weight rows, pools and per-document buffers in one memory (shared with the WebAssembly code).
   * Byte layout: a zero row, the merged weight rows, then from poolAt the pool of per-token sums of
   * the bias and own features (poolCap rows), the pool of per-token history scores (poolCap blocks
   * of `per` floats), then from docAt the current document: token slots, back pointers, delta, the
   * emission scores E (a row per token) and the stream of rows to add.
   */
  private readonly rs: RowSums;
  /** floats per row in rs (W rounded up to a multiple of 4) */
  private readonly S: number;
  private readonly weightsAt: number;
  private readonly poolAt: number;
  private poolCap: number;
  private histAt = 0;
  private docAt = 0;
  // the current document's buffers (byte addresses)
  private slotsAt = 0;
  private backAt = 0;
  private dAt = 0;
  private eAt = 0;
  /** floats per distinct token in the history pool: nPass * H * L */
  private readonly per: number;
  private scoreCount = 0;
  /** identity of the pool's current contents (a new object when it starts again) */
  private scoreOwner: object = {};
  /** per pass: the Viterbi recursion in WebAssembly (undefined: the JavaScript loop) */
  private readonly viterbi: Array<ViterbiRun | undefined>;

  /**
   * options (for tests): `wasm: false` runs the JavaScript loops instead of WebAssembly; `poolTypes`
   * sets how many distinct tokens the pools keep.
   */
  constructor(private readonly passes: WeightView[], private readonly gaz: Gazetteer, private readonly temperature = 1, options: { wasm?: boolean; poolTypes?: number } = {}) {
    this.poolCap = options.poolTypes ?? POOL_TYPES;
    const merged = mergePasses(passes);
    this.table = merged.table;
    this.nPass = passes.length;
    this.W = this.nPass * L;
    this.per = this.nPass * H * L;
    this.trans = passes.map((m) => {
      const t = new Float32Array(L * L);
      for (let p = 0; p < L; p++) {
        const r = m.table.get(transitionFeature(p));
        if (r >= 0) for (let l = 0; l < L; l++) t[p * L + l] += m.w[r * L + l];
      }
      return t;
    });
    this.candTrans = this.trans.map((t) => {
      const out = new Float64Array(CAND_PREV_A.length);
      for (let c = 0; c < L; c++) for (let k = CAND_START[c]; k < CAND_START[c + 1]; k++) out[k] = t[CAND_PREV_A[k] * L + c];
      return out;
    });
    const rowBytes = align16(this.W * 4);
    this.weightsAt = rowBytes;
    this.poolAt = this.weightsAt + merged.table.size * rowBytes;
    this.layout();
    this.rs = new RowSums(this.W, this.docAt + (1 << 20), options.wasm ?? true);
    this.S = this.rs.stride;
    const f = this.rs.f32;
    for (let r = 0; r < merged.table.size; r++) f.set(merged.w.subarray(r * this.W, (r + 1) * this.W), (this.weightsAt >> 2) + r * this.S);
    this.viterbi = this.candTrans.map((trans) => viterbiFunction(this.rs.memory, {
      labels: L, start: CAND_START, prev: CAND_PREV_A, hist: CAND_HIST_A, trans, eStride: rowBytes, slotBytes: this.per * 4,
    }));
  }

  /** Addresses of the history pool and the document area for the current pool capacity. */
  private layout(): void {
    this.histAt = this.poolAt + this.poolCap * align16(this.W * 4);
    this.docAt = this.histAt + align16(this.poolCap * this.per * 4);
  }

  tagDocument(sentences: string[][], ids?: ArrayLike<number>[]): NerSpan[][] {
    const infos = sentences.map((tokens, si) => tokenInfos(tokens, this.gaz, ids?.[si]));
    const doc = docInfo(sentences, infos);
    const nPass = this.nPass;
    const S = this.S;
    let total = 0;
    for (const s of sentences) total += s.length;
    this.reservePool(total);
    this.slotsAt = this.docAt;
    this.backAt = this.slotsAt + align16(total * 4);
    this.dAt = this.backAt + align16(total * L);
    this.eAt = this.dAt + align16(L * 4);
    const streamAt = this.eAt + total * S * 4;
    this.rs.ensure(streamAt + total * (2 + STRIDE) * 4);
    if (featBuf.length < total * STRIDE) featBuf = new Int32Array(total * STRIDE * 2);
    else featBuf.fill(0, 0, total * STRIDE);
    if (hashBuf.length < total * 3) hashBuf = new Int32Array(total * 6);
    if (capBuf.length < total) capBuf = new Uint8Array(total * 2);
    const feats: SentenceFeatures[] = [];
    const firstTok: number[] = [];
    let t0 = 0;
    let ip = streamAt >> 2;
    for (let si = 0; si < sentences.length; si++) {
      const tokens = sentences[si];
      const n = tokens.length;
      const sf = sentenceFeatures(tokens, this.gaz, doc, {
        feats: featBuf.subarray(t0 * STRIDE, (t0 + n) * STRIDE), hashes: hashBuf.subarray(3 * t0, 3 * (t0 + n)), cap: capBuf.subarray(t0, t0 + n), skipOwn: true,
      }, infos[si]);
      ip = this.rowStream(sf, t0, ip);
      feats.push(sf);
      firstTok.push(t0);
      t0 += sf.n;
    }
    this.rs.run(streamAt, total, this.eAt);
    let result = feats.map((sf, si) => this.decode(0, sf, firstTok[si]));
    const E = this.rs.f32;
    const eAt = this.eAt >> 2;
    for (let p = 1; p < nPass; p++) {
      const labels = documentLabels(sentences, result, infos);
      const m = this.passes[p];
      result = feats.map((sf, si) => {
        // a sentence without document-label features is left as the previous pass tagged it
        if (!addDocLabelFeatures(sf, labels)) return result[si];
        for (let i = 0; i < sf.n; i++) {
          const at = eAt + (firstTok[si] + i) * S + p * L;
          for (let k = i * STRIDE + STRIDE - DOC_SLOTS; k < (i + 1) * STRIDE; k++) {
            const f = sf.feats[k];
            if (f === 0) continue;
            const r = m.table.get(f);
            if (r < 0) continue;
            const o = r * L;
            for (let l = 0; l < L; l++) E[at + l] += m.w[o + l];
          }
        }
        return this.decode(p, sf, firstTok[si]);
      });
    }
    return result;
  }

  /** Makes room in the pools for `count` more distinct tokens; starts them again (at a document boundary) when full. */
  private reservePool(count: number): void {
    if (this.scoreCount + count <= this.poolCap) return;
    this.scoreOwner = {};
    this.scoreCount = 0;
    if (count > this.poolCap) {
      // a document longer than the pool: make the pool (and the memory) bigger
      this.poolCap = count;
      this.layout();
    }
  }

  /**
   * Pool slot of a token's own scores, summed on first sight: bias + own features (a row at poolAt),
   * then the history features for every previous-label class (a block at histAt).
   */
  private tokenScores(sf: SentenceFeatures, i: number, info: TokenInfo): number {
    if (info.scoreOwner === this.scoreOwner) return info.scoreSlot;
    const W = this.W;
    const S = this.S;
    const f32 = this.rs.f32;
    const table = this.table;
    const wAt = this.weightsAt >> 2;
    const slot = this.scoreCount++;
    const at = (this.poolAt >> 2) + slot * S;
    f32.fill(0, at, at + S);
    // the bias (slot 0 of the token's row), then its own features, read from its TokenInfo (the
    // rows leave them out: see FeatureBuffers.skipOwn)
    const own = info.own;
    for (let k = -1; k < own.length; k++) {
      const f = k < 0 ? sf.feats[i * STRIDE] : own[k];
      if (f === 0) continue;
      const r = table.get(f);
      if (r < 0) continue;
      const o = wAt + r * S;
      for (let j = 0; j < W; j++) f32[at + j] += f32[o + j];
    }
    const base = (this.histAt >> 2) + slot * this.per;
    f32.fill(0, base, base + this.per);
    for (let h = 0; h < H; h++) {
      historyFeatures(sf, i, h, hist);
      for (let k = 0; k < HISTORY_COUNT; k++) {
        const r = table.get(hist[k]);
        if (r < 0) continue;
        for (let p = 0; p < this.nPass; p++) {
          const a = base + (p * H + h) * L;
          const o = wAt + r * S + p * L;
          for (let l = 0; l < L; l++) f32[a + l] += f32[o + l];
        }
      }
    }
    info.scoreOwner = this.scoreOwner;
    info.scoreSlot = slot;
    return slot;
  }

  /**
   * Writes, per token of one sentence, its pool slot and the rows whose sum is its static-feature
   * scores (all passes): its pooled own scores, then the context features present in the model.
   * Returns the next int index of the stream.
   */
  private rowStream(sf: SentenceFeatures, t0: number, ip: number): number {
    const rowBytes = this.S * 4;
    const table = this.table;
    const feats = sf.feats;
    const ints = this.rs.i32;
    const slots = (this.slotsAt >> 2) + t0;
    const poolAt = this.poolAt;
    const wAt = this.weightsAt;
    for (let i = 0; i < sf.n; i++) {
      const info = sf.infos[i];
      const slot = this.tokenScores(sf, i, info);
      ints[slots + i] = slot;
      ints[ip] = poolAt + slot * rowBytes;
      const countAt = ip + 1;
      ip += 2;
      const end = i * STRIDE + STRIDE - DOC_SLOTS;
      for (let k = i * STRIDE + 1 + info.own.length; k < end; k++) {
        const f = feats[k];
        if (f === 0) continue;
        const r = table.get(f);
        if (r < 0) continue;
        ints[ip++] = wAt + r * rowBytes;
      }
      ints[countAt] = ip - countAt - 1;
    }
    return ip;
  }

  /** Viterbi for pass p over one sentence (tokens t0 ..), then spans with scores. */
  private decode(p: number, sf: SentenceFeatures, t0: number): NerSpan[] {
    const n = sf.n;
    if (n === 0) return [];
    if (labelBuf.length < n) {
      labelBuf = new Uint8Array(n * 2);
      probBuf = new Float32Array(n * 2);
    }
    const S = this.S;
    const f32 = this.rs.f32;
    const ints = this.rs.i32;
    const slots = (this.slotsAt >> 2) + t0;
    const trans = this.trans[p];
    const eOff = (this.eAt >> 2) + p * L;
    const hOff = (this.histAt >> 2) + p * H * L;
    const per = this.per;
    let d = delta;
    let nx = next;
    {
      const eo = t0 * S + eOff;
      const ro = ints[slots] * per + hOff;
      for (let c = 0; c < L; c++) nx[c] = (VALID[c] ? trans[c] + f32[ro + c] : -Infinity) + f32[eo + c];
      const tmp = d;
      d = nx;
      nx = tmp;
    }
    const run = this.viterbi[p];
    let bk: Uint8Array;
    let bo0: number;
    if (run) {
      const dAt = this.dAt >> 2;
      for (let c = 0; c < L; c++) f32[dAt + c] = d[c];
      run(this.eAt + (t0 * S + p * L) * 4, this.slotsAt + t0 * 4, this.histAt + p * H * L * 4, n, this.backAt, this.dAt);
      for (let c = 0; c < L; c++) d[c] = f32[dAt + c];
      bk = this.rs.u8;
      bo0 = this.backAt;
    } else {
      if (backBuf.length < n * L) backBuf = new Uint8Array(n * L * 2);
      bk = backBuf;
      bo0 = 0;
      const tr = this.candTrans[p];
      for (let i = 1; i < n; i++) {
        const eo = (t0 + i) * S + eOff;
        const ro = ints[slots + i] * per + hOff;
        const bo = i * L;
        for (let c = 0; c < L; c++) {
          let best = -Infinity;
          let arg = 0;
          for (let k = CAND_START[c]; k < CAND_START[c + 1]; k++) {
            const q = CAND_PREV_A[k];
            const v = d[q] + tr[k] + f32[ro + CAND_HIST_A[k]];
            if (v > best) { best = v; arg = q; }
          }
          nx[c] = best + f32[eo + c];
          bk[bo + c] = arg;
        }
        const tmp = d;
        d = nx;
        nx = tmp;
      }
    }
    delta = d;
    next = nx;
    let best = -Infinity;
    let arg = 0;
    for (let c = 0; c < L; c++) if (END_OK[c] && d[c] > best) { best = d[c]; arg = c; }
    const labels = labelBuf.subarray(0, n);
    for (let i = n - 1; i >= 0; i--) {
      labels[i] = arg;
      if (i > 0) arg = bk[bo0 + i * L + arg];
    }
    // per entity token: the softmax probability of the labels with the chosen label's type
    const probs = probBuf;
    const temperature = this.temperature;
    for (let i = 0; i < n; i++) {
      if (labels[i] === 0) {
        probs[i] = 1;
        continue;
      }
      const prev = i === 0 ? 0 : labels[i - 1];
      const o = ints[slots + i] * per + hOff + HIST_CLASS[prev] * L;
      for (let c = 0; c < L; c++) row[c] = f32[o + c];
      const eo = (t0 + i) * S + eOff;
      const chosen = labels[i];
      const top = (f32[eo + chosen] + trans[prev * L + chosen] + row[chosen]) / temperature;
      let z = 0;
      let same = 0;
      for (let c = 0; c < L; c++) {
        if (!VALID[prev * L + c]) continue;
        const e = Math.exp((f32[eo + c] + trans[prev * L + c] + row[c]) / temperature - top);
        z += e;
        if (HIST_CLASS[c] === HIST_CLASS[chosen]) same += e;
      }
      probs[i] = same / z;
    }
    return labelsToSpans(labels).map(([start, end, t]) => {
      let score = 1;
      for (let i = start; i < end; i++) score = Math.min(score, probs[i]);
      return { start, end, label: TYPES[t], score: Math.round(score * 1000) / 1000 };
    });
  }
}

/**
 * Folded token -> counts of the entity types it was tagged with in the document. `infos`
 * (tokenInfos of each sentence) gives the folded forms without computing them again.
 */
export function documentLabels(sentences: string[][], spans: Array<Array<{ start: number; end: number; label: string } | [number, number, number]>>, infos?: TokenInfo[][]): Map<string, Float32Array> {
  const map = new Map<string, Float32Array>();
  sentences.forEach((tokens, s) => {
    for (const sp of spans[s]) {
      const [start, end, t] = Array.isArray(sp) ? sp : [sp.start, sp.end, TYPES.indexOf(sp.label as never)];
      for (let i = start; i < end; i++) {
        const f = infos ? infos[s][i].folded : foldWord(normalizeToken(tokens[i]));
        let c = map.get(f);
        if (!c) map.set(f, (c = new Float32Array(4)));
        c[t] += 1;
      }
    }
  });
  return map;
}
