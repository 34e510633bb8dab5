/**
 * Trains the learned cue proposer (src/pipeline/stages/cue-model.ts) on PolNeAR train and writes
 * models/cues.json. A word is a positive example when it is the last candidate word inside an
 * annotated cue span ("went on to discuss" -> "discuss"); other candidate words inside a cue span
 * are left out; every other candidate word outside quotations is a negative example. The threshold
 * is chosen on a held-out tenth of the train articles (best cue F1), then the model is retrained on
 * all of them. Deterministic: the same data gives the same file.
 *
 *   npm run train:cues [-- DATA_DIR]     (default ../shared/data)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyDoc } from '../src/document/types.js';
import { DEFAULT_STAGES, Pipeline } from '../src/pipeline/index.js';
import { cueFeatures, DEFAULT_CUE_MODEL, isCueCandidate, stem, type CueModelFile } from '../src/pipeline/stages/cue-model.js';
import { findQuotes, quoteAt } from '../src/pipeline/stages/quotes.js';
import { mulberry32 } from '../src/random.js';

const EPOCHS = 8;
/** A stem must head a cue in at least this share of its train occurrences before the model may propose it. */
const MIN_STEM_RATE = 0.1;
const SEED = 7;
/** Weights smaller than this are dropped from the file. */
const PRUNE = 1;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data'));

interface Example { x: number[]; y: 1 | -1; doc: number }
const stemSeen = new Map<string, number>();
const stemCue = new Map<string, number>();
const ids = new Map<string, number>();
const names: string[] = [];
const idOf = (f: string): number => {
  let id = ids.get(f);
  if (id === undefined) {
    id = names.length;
    ids.set(f, id);
    names.push(f);
  }
  return id;
};

// the features are computed where the statements stage computes them: after coreference, before any statement
const pipeline = new Pipeline(DEFAULT_STAGES.filter((st) => !st.assigns.includes('statements')));
const t0 = Date.now();
const examples: Example[] = [];
const seen = new Set<string>();
let docNo = 0;
for (const line of readFileSync(join(dataDir, 'polnear', 'train.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as { doc_id: string; text: string; attributions: { cue: { spans: [number, number][] }[] }[] };
  if (seen.has(d.doc_id)) continue; // one annotator per article
  seen.add(d.doc_id);
  const doc = pipeline.run(emptyDoc({ id: d.doc_id, text: d.text }));
  const t = doc.tokens;
  const quotes = findQuotes(d.text);
  const cueSpans = d.attributions.map((a) => a.cue.flatMap((c) => c.spans));
  // for every token inside a cue span: is it that span's last candidate?
  const inCue = new Map<number, boolean>();
  for (const spans of cueSpans) {
    const toks: number[] = [];
    for (const [s, e] of spans) for (let i = 0; i < t.start.length; i++) if (t.start[i] >= s && t.end[i] <= e && isCueCandidate(doc, i)) toks.push(i);
    toks.forEach((i, k) => inCue.set(i, (inCue.get(i) ?? false) || k === toks.length - 1));
  }
  for (const s of doc.sentences) {
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (!isCueCandidate(doc, i) || quoteAt(quotes, t.start[i])) continue;
      const lab = inCue.get(i);
      if (lab === false) continue;
      examples.push({ x: cueFeatures(doc, i, s.tokStart, s.tokEnd).map(idOf), y: lab ? 1 : -1, doc: docNo });
      const st = stem(t.norm[i]);
      stemSeen.set(st, (stemSeen.get(st) ?? 0) + 1);
      if (lab) stemCue.set(st, (stemCue.get(st) ?? 0) + 1);
    }
  }
  docNo++;
}
process.stderr.write(`${examples.length} examples (${examples.filter((e) => e.y > 0).length} positive) from ${docNo} articles, ${names.length} features, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

/** Averaged perceptron; returns the averaged weights. */
function train(data: Example[]): Float64Array {
  const w = new Float64Array(names.length);
  const u = new Float64Array(names.length);
  const rnd = mulberry32(SEED);
  const order = data.map((_, k) => k);
  let c = 1;
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const k of order) {
      const ex = data[k];
      let s = 0;
      for (const f of ex.x) s += w[f];
      if (ex.y * s <= 0) {
        for (const f of ex.x) {
          w[f] += ex.y;
          u[f] += ex.y * c;
        }
      }
      c++;
    }
  }
  const avg = new Float64Array(names.length);
  for (let f = 0; f < names.length; f++) avg[f] = w[f] - u[f] / c;
  return avg;
}

const score = (w: Float64Array, ex: Example): number => ex.x.reduce((s, f) => s + w[f], 0);

// threshold: best cue F1 on the held-out tenth
const held = (e: Example) => e.doc % 10 === 9;
const wHeld = train(examples.filter((e) => !held(e)));
const test = examples.filter(held).map((e) => [score(wHeld, e), e.y] as const).sort((a, b) => b[0] - a[0]);
const positives = test.filter(([, y]) => y > 0).length;
let best = { f1: 0, th: 0, p: 0, r: 0 };
let tp = 0;
test.forEach(([s, y], k) => {
  if (y > 0) tp++;
  const p = tp / (k + 1);
  const r = tp / positives;
  const f1 = (2 * p * r) / (p + r || 1);
  if (f1 > best.f1 && (k + 1 >= test.length || test[k + 1][0] < s)) best = { f1, th: s, p, r };
});
process.stderr.write(`held-out cue F1 ${(100 * best.f1).toFixed(1)} (P ${(100 * best.p).toFixed(1)}, R ${(100 * best.r).toFixed(1)}) at score >= ${best.th.toFixed(3)}\n`);

const w = train(examples);
const weights: Record<string, number> = {};
for (let f = 0; f < names.length; f++) if (Math.abs(w[f]) >= PRUNE) weights[names[f]] = Math.round(w[f] * 1000) / 1000;
const file: CueModelFile = {
  version: 1,
  info: { data: 'PolNeAR train (first annotator per article)', articles: docNo, examples: examples.length, epochs: EPOCHS, seed: SEED, heldOutF1: Math.round(1000 * best.f1) / 10 },
  threshold: Math.round(best.th * 1000) / 1000 - 0.0005,
  minStemRate: MIN_STEM_RATE,
  stems: Object.fromEntries([...stemCue].filter(([, c]) => c >= 2).map(([st, c]) => [st, Math.round((1000 * c) / (stemSeen.get(st) ?? c)) / 1000]).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  weights,
};
const text = JSON.stringify(file);
writeFileSync(DEFAULT_CUE_MODEL, text + '\n');
process.stderr.write(`wrote ${DEFAULT_CUE_MODEL}: ${Object.keys(weights).length} features, ${(text.length / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
