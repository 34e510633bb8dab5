// First-order Viterbi decoding over BILOU labels with transition constraints.
import { HISTORY_CLASSES, HISTORY_COUNT, STRIDE, historyFeatures, transitionFeature, type SentenceFeatures } from './features.js';
import type { FeatTable } from './model.js';
import { N_LABELS, VALID, labelPos, labelType } from './labels.js';

export interface WeightView {
  table: FeatTable;
  w: Float32Array;
}

const L = N_LABELS;
const hist = new Int32Array(HISTORY_COUNT);
/** END_OK[l]: label l may end a sentence (not B or I). */
const END_OK = Uint8Array.from({ length: L }, (_, l) => (labelPos(l) === 0 || labelPos(l) === 1 ? 0 : 1));
/** History class of a previous label: 0 for O, 1 + type otherwise. */
export const HIST_CLASS = Uint8Array.from({ length: L }, (_, l) => labelType(l) + 1);
/** For each label, the previous labels allowed before it. */
const PREVS: Uint8Array[] = Array.from({ length: L }, (_, c) => Uint8Array.from([...Array(L).keys()].filter((p) => VALID[p * L + c])));

function addRow(m: WeightView, f: number, out: Float32Array, at: number): void {
  const r = m.table.get(f);
  if (r < 0) return;
  const w = m.w;
  const o = r * L;
  for (let l = 0; l < L; l++) out[at + l] += w[o + l];
}

/** Scores of the static features of every token: E[i * L + label]. */
export function emissions(m: WeightView, sf: SentenceFeatures, E: Float32Array): void {
  E.fill(0, 0, sf.n * L);
  const feats = sf.feats;
  for (let i = 0; i < sf.n; i++) {
    const base = i * STRIDE;
    const at = i * L;
    for (let k = base; k < base + STRIDE; k++) {
      const f = feats[k];
      if (f !== 0) addRow(m, f, E, at);
    }
  }
}

/**
 * Static-feature scores of several passes at once, from one table whose rows hold nPass * L weights:
 * E[p][i * L + label]. Slots from skipFrom on (in each row of STRIDE) are left out.
 */
export function emissionsMulti(m: WeightView, nPass: number, sf: SentenceFeatures, E: Float32Array[], skipFrom: number): void {
  const W = nPass * L;
  for (let p = 0; p < nPass; p++) E[p].fill(0, 0, sf.n * L);
  const feats = sf.feats;
  const { table, w } = m;
  for (let i = 0; i < sf.n; i++) {
    const base = i * STRIDE;
    const at = i * L;
    for (let k = base; k < base + skipFrom; k++) {
      const f = feats[k];
      if (f === 0) continue;
      const r = table.get(f);
      if (r < 0) continue;
      let o = r * W;
      for (let p = 0; p < nPass; p++) {
        const Ep = E[p];
        for (let l = 0; l < L; l++) Ep[at + l] += w[o + l];
        o += L;
      }
    }
  }
}

/** Adds the weights of features in slots [from, STRIDE) of each row to E. */
export function addSlots(m: WeightView, sf: SentenceFeatures, from: number, E: Float32Array): void {
  for (let i = 0; i < sf.n; i++) {
    for (let k = i * STRIDE + from; k < (i + 1) * STRIDE; k++) {
      const f = sf.feats[k];
      if (f !== 0) addRow(m, f, E, i * L);
    }
  }
}

/** Label-bigram scores trans[prev * L + cur] (prev 0 also stands for the sentence start). */
export function transitions(m: WeightView, trans: Float32Array): void {
  trans.fill(0);
  for (let p = 0; p < L; p++) addRow(m, transitionFeature(p), trans, p * L);
}

/**
 * History-feature scores of several passes at once (rows of nPass * L weights, as emissionsMulti):
 * Rs[p][(i * HISTORY_CLASSES + class) * L + label].
 */
export function historyMulti(m: WeightView, nPass: number, sf: SentenceFeatures, Rs: Float32Array[]): void {
  const W = nPass * L;
  const { table, w } = m;
  for (let p = 0; p < nPass; p++) Rs[p].fill(0, 0, sf.n * HISTORY_CLASSES * L);
  for (let i = 0; i < sf.n; i++) {
    for (let h = 0; h < HISTORY_CLASSES; h++) {
      historyFeatures(sf, i, h, hist);
      const at = (i * HISTORY_CLASSES + h) * L;
      for (let k = 0; k < HISTORY_COUNT; k++) {
        const r = table.get(hist[k]);
        if (r < 0) continue;
        let o = r * W;
        for (let p = 0; p < nPass; p++) {
          const Rp = Rs[p];
          for (let l = 0; l < L; l++) Rp[at + l] += w[o + l];
          o += L;
        }
      }
    }
  }
}

/** Scores of the history features at token i per previous-label class: R[class * L + cur]. */
function historyScores(m: WeightView, sf: SentenceFeatures, i: number, R: Float32Array): void {
  R.fill(0);
  for (let h = 0; h < HISTORY_CLASSES; h++) {
    historyFeatures(sf, i, h, hist);
    for (let k = 0; k < HISTORY_COUNT; k++) addRow(m, hist[k], R, h * L);
  }
}

let Ebuf = new Float32Array(64 * L);
let back = new Uint8Array(64 * L);
const RS = HISTORY_CLASSES * L;
const R = new Float32Array(RS);
const trans = new Float32Array(L * L);
let delta = new Float32Array(L);
let next = new Float32Array(L);

/**
 * Best label sequence. probs (optional) gets, per token, the softmax probability (scores divided by
 * temperature, given the chosen previous label) of the labels with the chosen label's type.
 */
export function decodeSentence(m: WeightView, sf: SentenceFeatures, labels: Uint8Array, probs?: Float32Array, temperature = 1): void {
  const n = sf.n;
  if (n === 0) return;
  if (Ebuf.length < n * L) Ebuf = new Float32Array(n * L * 2);
  const E = Ebuf;
  emissions(m, sf, E);
  decodeWithEmissions(m, sf, E, labels, probs, temperature);
}

/** Viterbi over precomputed emission scores E (n * L); m gives the transition and history weights. */
export function decodeWithEmissions(m: WeightView, sf: SentenceFeatures, E: Float32Array, labels: Uint8Array, probs?: Float32Array, temperature = 1, Rall?: Float32Array): void {
  const n = sf.n;
  if (n === 0) return;
  if (back.length < n * L) back = new Uint8Array(n * L * 2);
  transitions(m, trans);
  for (let i = 0; i < n; i++) {
    let Rv: Float32Array = R;
    let ro = 0;
    if (Rall) {
      Rv = Rall;
      ro = i * RS;
    } else historyScores(m, sf, i, R);
    for (let c = 0; c < L; c++) {
      const e = E[i * L + c];
      let best = -Infinity;
      let arg = 0;
      if (i === 0) {
        if (VALID[c]) best = trans[c] + Rv[ro + c];
      } else {
        const prevs = PREVS[c];
        for (let j = 0; j < prevs.length; j++) {
          const p = prevs[j];
          const v = delta[p] + trans[p * L + c] + Rv[ro + HIST_CLASS[p] * L + c];
          if (v > best) { best = v; arg = p; }
        }
      }
      next[c] = best + e;
      back[i * L + c] = arg;
    }
    const tmp = delta;
    delta = next;
    next = tmp;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++) if (END_OK[c] && delta[c] > best) { best = delta[c]; arg = c; }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg];
  }
  if (probs) {
    const row = new Float32Array(L);
    for (let i = 0; i < n; i++) {
      if (labels[i] === 0) {
        probs[i] = 1; // only entity tokens are scored
        continue;
      }
      const prev = i === 0 ? 0 : labels[i - 1];
      if (Rall) {
        const o = i * RS + HIST_CLASS[prev] * L;
        for (let c = 0; c < L; c++) row[c] = Rall[o + c];
      } else {
        row.fill(0);
        historyFeatures(sf, i, HIST_CLASS[prev], hist);
        for (let k = 0; k < HISTORY_COUNT; k++) addRow(m, hist[k], row, 0);
      }
      const chosen = labels[i];
      const top = (E[i * L + chosen] + trans[prev * L + chosen] + row[chosen]) / temperature;
      let z = 0;
      let same = 0;
      for (let c = 0; c < L; c++) {
        if (!VALID[prev * L + c]) continue;
        const e = Math.exp((E[i * L + c] + trans[prev * L + c] + row[c]) / temperature - top);
        z += e;
        if (HIST_CLASS[c] === HIST_CLASS[chosen]) same += e;
      }
      probs[i] = same / z;
    }
  }
}
