// Averaged perceptron training for the greedy BILOU tagger (used by scripts/train-ner.ts).
import { HISTORY_COUNT, STRIDE, docInfo, historyFeatures, sentenceFeatures, transitionFeature, type SentenceFeatures } from './features.js';
import { HIST_CLASS, decodeSentence } from './decode.js';
import { FeatTable } from './model.js';
import type { Gazetteer } from './gazetteer.js';
import { N_LABELS, spansToLabels } from './labels.js';
import type { NerDoc } from './conll.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** features seen fewer times than this are not learned */
  minCount: number;
  /** optional document-level labels (from a first pass) per document */
  docLabels?: Array<Map<string, Float32Array> | undefined>;
  log?: (msg: string) => void;
}

export interface TrainedWeights {
  keys: Int32Array;
  w: Float32Array;
}

interface Prepared {
  sf: SentenceFeatures;
  gold: Uint8Array;
  /** tokens whose label the data does not give (partial annotation): no update there */
  unknown?: Uint8Array;
}

/**
 * The reference mulberry32. It is not src/random.ts's generator (that one differs in its mixing steps),
 * and stays here because the shuffles of `npm run train:ner` reproduce models/ner.bin with it.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function prepareDocs(docs: NerDoc[], gaz: Gazetteer, docLabels?: Array<Map<string, Float32Array> | undefined>): Prepared[][] {
  return docs.map((d, di) => {
    const info = docInfo(d.sentences);
    if (docLabels?.[di]) info.labels = docLabels[di];
    return d.sentences.map((s, si) => ({ sf: sentenceFeatures(s, gaz, info), gold: spansToLabels(s.length, d.spans[si]), unknown: d.unknown?.[si] }));
  });
}

export function trainPerceptron(docs: NerDoc[], gaz: Gazetteer, opts: TrainOptions): TrainedWeights {
  const log = opts.log ?? (() => {});
  const prepared = prepareDocs(docs, gaz, opts.docLabels);
  // count features (history features with gold labels) and keep the frequent ones
  const counts = new Map<number, number>();
  const hist = new Int32Array(HISTORY_COUNT);
  const bump = (f: number): void => {
    if (f !== 0) counts.set(f, (counts.get(f) ?? 0) + 1);
  };
  for (const doc of prepared) {
    for (const { sf, gold } of doc) {
      for (let k = 0; k < sf.feats.length; k++) bump(sf.feats[k]);
      for (let i = 0; i < sf.n; i++) {
        const gp = i > 0 ? gold[i - 1] : 0;
        historyFeatures(sf, i, HIST_CLASS[gp], hist);
        for (const f of hist) bump(f);
        bump(transitionFeature(gp));
      }
    }
  }
  const table = new FeatTable(counts.size);
  for (const [f, c] of counts) if (c >= opts.minCount) table.add(f);
  counts.clear();
  log(`features kept: ${table.size}`);
  const w = new Float32Array(table.size * N_LABELS);
  const u = new Float64Array(table.size * N_LABELS);
  const view = { table, w };
  const rand = mulberry32(opts.seed);
  const order = prepared.map((_, i) => i);
  let pred = new Uint8Array(256);
  let c = 1;
  const update = (f: number, label: number, delta: number): void => {
    const r = table.get(f);
    if (r < 0) return;
    const o = r * N_LABELS + label;
    w[o] += delta;
    u[o] += c * delta;
  };
  const updateHistory = (sf: SentenceFeatures, i: number, prev: number, label: number, delta: number): void => {
    update(transitionFeature(prev), label, delta);
    historyFeatures(sf, i, HIST_CLASS[prev], hist);
    for (let k = 0; k < HISTORY_COUNT; k++) update(hist[k], label, delta);
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let total = 0;
    for (const di of order) {
      for (const { sf, gold: given, unknown } of prepared[di]) {
        if (pred.length < sf.n) pred = new Uint8Array(sf.n * 2);
        decodeSentence(view, sf, pred);
        total += sf.n;
        // partial annotation: where the label is unknown the prediction stands as gold
        let gold = given;
        if (unknown) {
          gold = Uint8Array.from(given);
          for (let i = 0; i < sf.n; i++) if (unknown[i]) gold[i] = pred[i];
        }
        for (let i = 0; i < sf.n; i++) {
          const g = gold[i];
          const z = pred[i];
          const gp = i > 0 ? gold[i - 1] : 0;
          const zp = i > 0 ? pred[i - 1] : 0;
          if (g !== z) {
            errors++;
            const base = i * STRIDE;
            for (let k = base; k < base + STRIDE; k++) {
              const f = sf.feats[k];
              if (f === 0) continue;
              const r = table.get(f);
              if (r < 0) continue;
              const o = r * N_LABELS;
              w[o + g] += 1;
              u[o + g] += c;
              w[o + z] -= 1;
              u[o + z] -= c;
            }
          }
          if (g !== z || gp !== zp) {
            updateHistory(sf, i, gp, g, 1);
            updateHistory(sf, i, zp, z, -1);
          }
        }
        c++;
      }
    }
    log(`epoch ${epoch + 1}: token error rate ${(100 * errors / total).toFixed(2)}%`);
  }
  // average: w - u / c
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) avg[i] = w[i] - u[i] / c;
  // keys in row order
  const keys = table.keysByRow();
  return { keys, w: avg };
}

/** Drops rows whose largest absolute weight is below threshold. */
export function pruneWeights(t: TrainedWeights, threshold: number): TrainedWeights {
  const rows = t.keys.length;
  const keep: number[] = [];
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let l = 0; l < N_LABELS; l++) m = Math.max(m, Math.abs(t.w[r * N_LABELS + l]));
    if (m >= threshold) keep.push(r);
  }
  const keys = new Int32Array(keep.length);
  const w = new Float32Array(keep.length * N_LABELS);
  keep.forEach((r, i) => {
    keys[i] = t.keys[r];
    w.set(t.w.subarray(r * N_LABELS, (r + 1) * N_LABELS), i * N_LABELS);
  });
  return { keys, w };
}

/** The mean of several weight sets (a row missing from one set counts as zeros there); keys in first-seen order. */
export function averageWeights(sets: TrainedWeights[]): TrainedWeights {
  const index = new Map<number, number>();
  const order: number[] = [];
  for (const s of sets) for (const k of s.keys) if (!index.has(k)) { index.set(k, order.length); order.push(k); }
  const w = new Float32Array(order.length * N_LABELS);
  for (const s of sets) {
    s.keys.forEach((k, r) => {
      const o = index.get(k)! * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) w[o + l] += s.w[r * N_LABELS + l] / sets.length;
    });
  }
  return { keys: Int32Array.from(order), w };
}
