/**
 * Training: averaged perceptron over candidate pairs (NONE vs the signature's relation type),
 * epochs and per-type thresholds chosen by k-fold cross-validation on the training set only,
 * Platt scaling of margins fitted on the same held-out folds.
 */
import type { RelSentence } from './conll04.js';
import { candidates, pairFeatures, viewSentence } from './features.js';
import { classOf, decode, RelationClassifier, type ScoredPair } from './model.js';
import { AveragedPerceptron, rng, shuffle, WeightTable } from './perceptron.js';
import { REL_TYPES, type RelType } from './types.js';

interface Example {
  feats: string[];
  gold: number;
  cls: number;
  head: number;
  tail: number;
  type: RelType;
}

export interface TrainOptions {
  epochs: number[];
  folds: number;
  seed: number;
  log?: (msg: string) => void;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: [4, 8, 12, 16, 24], folds: 5, seed: 13 };

function examplesOf(s: RelSentence): Example[] {
  const v = viewSentence(s.tokens, s.entities);
  const gold = new Map(s.relations.map((r) => [`${r.head}>${r.tail}`, r.type]));
  return candidates(s.entities).map((c) => {
    const g = gold.get(`${c.head}>${c.tail}`);
    return {
      feats: pairFeatures(v, c.head, c.tail),
      gold: g === c.type ? classOf(c.type) : 0,
      cls: classOf(c.type),
      head: c.head,
      tail: c.tail,
      type: c.type,
    };
  });
}

/** Train and return averaged weights at each requested epoch count. */
function trainTables(sents: Example[][], epochs: number[], seed: number): Map<number, WeightTable> {
  const rand = rng(seed);
  const p = new AveragedPerceptron(REL_TYPES.length + 1);
  const out = new Map<number, WeightTable>();
  const last = Math.max(...epochs);
  for (let e = 1; e <= last; e++) {
    for (const s of shuffle(sents, rand)) for (const x of s) p.train(x.feats, x.gold, [0, x.cls]);
    if (epochs.includes(e)) out.set(e, p.averaged());
  }
  return out;
}

function marginsOf(table: WeightTable, s: Example[]): ScoredPair[] {
  return s.map((x) => {
    const sc = table.scores(x.feats);
    return { head: x.head, tail: x.tail, type: x.type, margin: sc[x.cls] - sc[0] };
  });
}

interface Heldout {
  pairs: ScoredPair[];
  sent: RelSentence;
}

/** Per-type threshold maximising F1 on held-out margins (one direction per entity pair kept). */
export function tuneThresholds(held: Heldout[]): { thresholds: Record<RelType, number>; f1: Record<RelType | 'micro', number> } {
  const thresholds = {} as Record<RelType, number>;
  const f1 = {} as Record<RelType | 'micro', number>;
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const type of REL_TYPES) {
    const scored: { m: number; ok: boolean }[] = [];
    let gold = 0;
    for (const h of held) {
      const goldKeys = new Set(h.sent.relations.filter((r) => r.type === type).map((r) => `${r.head}>${r.tail}`));
      gold += goldKeys.size;
      const ofType = h.pairs.filter((p) => p.type === type);
      const best = decode(ofType, { works_for: -Infinity, lives_in: -Infinity, based_in: -Infinity, located_in: -Infinity, killed: -Infinity });
      for (const p of best) scored.push({ m: p.margin, ok: goldKeys.has(`${p.head}>${p.tail}`) });
    }
    scored.sort((a, b) => b.m - a.m);
    let bestF = 0;
    let bestT = 0;
    let bestTp = 0;
    let bestN = 0;
    let cum = 0;
    for (let i = 0; i < scored.length; i++) {
      if (scored[i].ok) cum++;
      if (i + 1 < scored.length && scored[i + 1].m === scored[i].m) continue;
      const f = (2 * cum) / (i + 1 + gold);
      if (f > bestF) {
        bestF = f;
        bestT = i + 1 < scored.length ? (scored[i].m + scored[i + 1].m) / 2 : scored[i].m - 1e-3;
        bestTp = cum;
        bestN = i + 1;
      }
    }
    thresholds[type] = Math.round(bestT * 1000) / 1000;
    f1[type] = bestF;
    tp += bestTp;
    np += bestN;
    ng += gold;
  }
  f1.micro = (2 * tp) / (np + ng);
  return { thresholds, f1 };
}

/** Fit p = sigmoid(a * margin + b) to held-out (margin, correct) pairs: Newton steps with backtracking. */
export function fitPlatt(xs: { m: number; y: number }[]): { a: number; b: number } {
  const nll = (a: number, b: number): number => {
    let s = 0.01 * a * a; // a weak prior keeps the fit finite on separable data
    for (const { m, y } of xs) {
      const z = a * m + b;
      s += Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - y * z;
    }
    return s;
  };
  let a = 0.1;
  let b = 0;
  let cur = nll(a, b);
  for (let it = 0; it < 100; it++) {
    let ga = 0.02 * a, gb = 0, haa = 0.02, hab = 0, hbb = 1e-6;
    for (const { m, y } of xs) {
      const p = 1 / (1 + Math.exp(-(a * m + b)));
      const w = p * (1 - p);
      ga += (p - y) * m;
      gb += p - y;
      haa += w * m * m;
      hab += w * m;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(Math.abs(det) > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    while (step > 1e-4 && !(nll(a - step * da, b - step * db) <= cur)) step /= 2;
    if (step <= 1e-4) break;
    a -= step * da;
    b -= step * db;
    const next = nll(a, b);
    if (cur - next < 1e-9) break;
    cur = next;
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}

export interface TrainResult {
  model: RelationClassifier;
  epochs: number;
  cv: Record<string, Record<RelType | 'micro', number>>;
  candidates: number;
}

export function trainRelations(train: RelSentence[], opt: TrainOptions = DEFAULT_TRAIN): TrainResult {
  const log = opt.log ?? (() => {});
  const exs = train.map(examplesOf);
  const nCand = exs.reduce((n, s) => n + s.length, 0);
  log(`${train.length} sentences, ${nCand} candidate pairs`);
  const order = shuffle(
    train.map((_, i) => i),
    rng(opt.seed + 1),
  );
  const held = new Map<number, Heldout[]>(opt.epochs.map((e) => [e, []]));
  for (let k = 0; k < opt.folds; k++) {
    const test = new Set(order.filter((_, j) => j % opt.folds === k));
    const tables = trainTables(
      exs.filter((_, i) => !test.has(i)),
      opt.epochs,
      opt.seed + 10 + k,
    );
    for (const [e, table] of tables) for (const i of test) held.get(e)!.push({ pairs: marginsOf(table, exs[i]), sent: train[i] });
    log(`fold ${k + 1}/${opt.folds} done`);
  }
  const cv: TrainResult['cv'] = {};
  let bestE = opt.epochs[0];
  for (const e of opt.epochs) {
    cv[String(e)] = tuneThresholds(held.get(e)!).f1;
    log(`epochs ${e}: cross-validated micro F1 ${(100 * cv[String(e)].micro).toFixed(1)}`);
    if (cv[String(e)].micro > cv[String(bestE)].micro) bestE = e;
  }
  const { thresholds } = tuneThresholds(held.get(bestE)!);
  const platt = fitPlatt(
    held.get(bestE)!.flatMap((h) => {
      const gold = new Set(h.sent.relations.map((r) => `${r.head}>${r.tail}>${r.type}`));
      return h.pairs.map((p) => ({ m: p.margin - thresholds[p.type], y: gold.has(`${p.head}>${p.tail}>${p.type}`) ? 1 : 0 }));
    }),
  );
  const table = trainTables(exs, [bestE], opt.seed).get(bestE)!;
  // margins are stored relative to the thresholds, Platt works on (margin - threshold)
  const model = new RelationClassifier(table, thresholds, { a: platt.a, b: platt.b });
  return { model, epochs: bestE, cv, candidates: nCand };
}
