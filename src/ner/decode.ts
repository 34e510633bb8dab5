// Greedy left-to-right BILOU decoding with transition constraints.
import { HISTORY_COUNT, STRIDE, historyFeatures, type SentenceFeatures } from './features.js';
import type { FeatTable } from './model.js';
import { N_LABELS, VALID, labelPos } from './labels.js';

export interface WeightView {
  table: FeatTable;
  w: Float32Array;
}

const hist = new Int32Array(HISTORY_COUNT);
const scores = new Float32Array(N_LABELS);

/** Adds the weights of the token's static and history features to scores. */
export function scoreToken(m: WeightView, sf: SentenceFeatures, i: number, p1: number, p2: number, out: Float32Array): void {
  out.fill(0);
  const { table, w } = m;
  const feats = sf.feats;
  const base = i * STRIDE;
  for (let k = base; k < base + STRIDE; k++) {
    const f = feats[k];
    if (f === 0) continue;
    const r = table.get(f);
    if (r < 0) continue;
    const o = r * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) out[l] += w[o + l];
  }
  const nh = historyFeatures(sf, i, p1, p2, hist);
  for (let k = 0; k < nh; k++) {
    const r = table.get(hist[k]);
    if (r < 0) continue;
    const o = r * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) out[l] += w[o + l];
  }
}

/** Best label allowed after prev (and able to end the sentence at the last token). */
export function bestValid(out: Float32Array, prev: number, last: boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  const row = prev * N_LABELS;
  for (let l = 0; l < N_LABELS; l++) {
    if (!VALID[row + l]) continue;
    if (last) {
      const p = labelPos(l);
      if (p === 0 || p === 1) continue;
    }
    if (out[l] > bestScore) {
      bestScore = out[l];
      best = l;
    }
  }
  return best;
}

/** Softmax probability of the chosen label among the allowed ones. */
function confidence(out: Float32Array, prev: number, chosen: number): number {
  const row = prev * N_LABELS;
  const top = out[chosen];
  let z = 0;
  for (let l = 0; l < N_LABELS; l++) if (VALID[row + l]) z += Math.exp(out[l] - top);
  return 1 / z;
}

export function decodeSentence(m: WeightView, sf: SentenceFeatures, labels: Uint8Array, probs?: Float32Array): void {
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < sf.n; i++) {
    scoreToken(m, sf, i, p1, p2, scores);
    const l = bestValid(scores, p1, i === sf.n - 1);
    if (probs) probs[i] = confidence(scores, p1, l);
    labels[i] = l;
    p2 = p1;
    p1 = l;
  }
}
