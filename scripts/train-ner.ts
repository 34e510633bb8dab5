// Trains the NER tagger from CoNLL-2003 and writes models/ner.bin (and models/ner-gazetteer.json).
// Usage: npm run train:ner [-- DATA_DIR] [--passes 2] [--epochs 12] [--folds 4] [--min-count 3]
//        [--prune 0.02] [--seed 1] [--no-augment] [--no-undotted] [--no-conll04] [--conll04-raw]
//        [--conll04-keep-demonyms] [--conll04-partial] [--conll04-first-pass-only] [--conll04-copies N]
//        [--word-classes off|cap|capknown|coarse|all] [--no-towns] [--no-place-words] [--seeds K] [--dump-heldout FILE] [--keep-gazetteer] [--out NAME.bin]
// By default the training set is CoNLL-2003 train, its hyphen-split and undotted copies, and
// CoNLL04 train with its spans converted to the CoNLL-2003 conventions (docs/ner.md); the features
// include word classes (models/ner-clusters.tsv, from scripts/ner/build-clusters.ts), US towns and place words.
// DATA_DIR defaults to ../shared/data (relative to the repository).
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './ner/build-gazetteer.js';
import { readConll04, readConll2003, splitHyphens, undotAbbreviations, type NerDoc } from '../src/ner/conll.js';
import { GAZ_CITY, GAZ_CITY_BIG, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_STATE, featureOptionsOf, loadGazetteer } from '../src/ner/gazetteer.js';
import { LABEL_NAMES, N_LABELS } from '../src/ner/labels.js';
import * as modelMod from "../src/ner/model.js";
import { encodeWeights, loadModel, saveModel } from "../src/ner/model.js";
import { PerceptronTagger, documentLabels } from '../src/ner/tagger.js';
import { averageWeights, pruneWeights, trainPerceptron, type TrainOptions, type TrainedWeights } from '../src/ner/train.js';
import { evaluateDocs, formatScores, spansOf } from '../src/ner/evaluate.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const flag = (name: string): boolean => args.includes(`--${name}`);
// options that are on unless switched off
const useUndotted = !flag('no-undotted') || flag('undotted');
const useConll04 = !flag('no-conll04') || flag('conll04');
const VALUE_OPTIONS = new Set(['--dump-heldout', '--conll04-copies', '--passes', '--epochs', '--folds', '--min-count', '--prune', '--seed', '--seeds', '--word-classes', '--out']);
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.has(args[i - 1]));
const dataDir = resolve(positional[0] ?? join(repo, '..', 'shared', 'data'));
const passes = opt('passes', 2);
const epochs = opt('epochs', 12);
const folds = opt('folds', 4);
const minCount = opt('min-count', 3);
const prune = opt('prune', 0.02);
const seed = opt('seed', 1);
const conll04Copies = opt('conll04-copies', 1);
/** each pass's weights are the mean of this many perceptrons trained with seeds seed, seed + 1, ... */
const seeds = opt('seeds', 1);
const outPath = join(repo, 'models', args.includes('--out') ? args[args.indexOf('--out') + 1] : 'ner.bin');
const log = (m: string): void => { process.stderr.write(`[train-ner ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}\n`); };
const t0 = Date.now();

const gazPath = join(repo, 'models', 'ner-gazetteer.json');
if (!flag('keep-gazetteer') || !existsSync(gazPath)) buildGazetteer(gazPath);
// optional features (docs/ner.md, "Word classes and towns"), recorded in the model header
// (on by default since issue 3, third session: word classes of capitalised tokens, US towns, place words)
const clusterArg = args.includes('--word-classes') ? args[args.indexOf('--word-classes') + 1] : 'cap';
const features = featureOptionsOf({ features: { clusters: clusterArg, towns: !flag('no-towns'), placeWords: !flag('no-place-words') } });
if (features.clusters !== clusterArg) throw new Error(`--word-classes: one of off, cap, capknown, coarse, all (got ${clusterArg})`);
const gaz = loadGazetteer(gazPath, features);

let train: NerDoc[] = readConll2003(join(dataDir, 'conll2003', 'train.txt'));
/** original document of each training document (a split copy shares its original's fold) */
const origin: number[] = train.map((_, i) => i);
if (!flag('no-augment')) {
  // copies of the documents with hyphenated words split as wink-nlp splits them
  const base = train.length;
  train.forEach((d, i) => {
    const split = splitHyphens(d);
    if (split) {
      train.push(split);
      origin.push(i);
    }
  });
  log(`augmented with ${train.length - base} hyphen-split documents`);
}
if (useUndotted) {
  // copies of the documents with "U.S." / "U.K." / "U.N." written "US" / "UK" / "UN"
  const base = train.length;
  for (let i = 0; i < base; i++) {
    const copy = undotAbbreviations(train[i]);
    if (copy) {
      train.push(copy);
      origin.push(origin[i]);
    }
  }
  log(`augmented with ${train.length - base} undotted copies`);
}
/** indices of the CoNLL04 training documents */
const fromConll04 = new Set<number>();
if (useConll04) {
  // CoNLL04 spans converted to the CoNLL-2003 conventions (src/ner/conll.ts, conll04Spans)
  const PLACE = GAZ_COUNTRY | GAZ_STATE | GAZ_CITY_BIG | GAZ_CITY;
  const isPlace = (p: string): boolean => ((gaz.phrases.get(p.toLowerCase()) ?? 0) & PLACE) !== 0;
  const isDemonym = (w: string): boolean => ((gaz.phrases.get(w.toLowerCase()) ?? 0) & GAZ_DEMONYM) !== 0;
  const c04 = readConll04(join(dataDir, 'conll04', 'train.json'), flag('conll04-raw') ? undefined : { isPlace, isDemonym: flag('conll04-keep-demonyms') ? undefined : isDemonym, partial: flag('conll04-partial') });
  log(`conll04: ${c04.length} sentences x ${conll04Copies}`);
  const firstC04 = train.length;
  for (let copy = 0; copy < conll04Copies; copy++) {
    c04.forEach((d, k) => {
      fromConll04.add(train.length);
      // copies of one sentence share its fold
      origin.push(copy === 0 ? train.length : origin[firstC04 + k]);
      train.push(d);
    });
  }
}
const dev = readConll2003(join(dataDir, 'conll2003', 'dev.txt'));
log(`train: ${train.length} documents, ${train.reduce((a, d) => a + d.sentences.length, 0)} sentences`);

const base = { epochs, seed, minCount, log };
/** One pass's weights: a perceptron, or the mean of `seeds` perceptrons trained with successive seeds. */
function trainStage(docs: NerDoc[], opts: TrainOptions): TrainedWeights {
  if (seeds <= 1) return trainPerceptron(docs, gaz, opts);
  const sets: TrainedWeights[] = [];
  for (let k = 0; k < seeds; k++) sets.push(trainPerceptron(docs, gaz, { ...opts, seed: seed + k }));
  return averageWeights(sets);
}
const weights1 = trainStage(train, base);
const stages: TrainedWeights[] = [weights1];
let temperature = 1;
if (passes > 1) {
  // jackknife: first-pass labels for each training document from a model that did not see it
  const docLabels: Array<Map<string, Float32Array> | undefined> = new Array(train.length);
  // --dump-heldout FILE: the first-pass spans of each held-out CoNLL04 sentence and its gold spans (JSON lines)
  const dumpPath = args.includes('--dump-heldout') ? args[args.indexOf('--dump-heldout') + 1] : undefined;
  if (dumpPath) writeFileSync(dumpPath, '');
  for (let f = 0; f < folds; f++) {
    const held = train.map((_, i) => i).filter((i) => origin[i] % folds === f);
    const rest = train.filter((_, i) => origin[i] % folds !== f);
    log(`fold ${f + 1}/${folds}: training on ${rest.length} documents`);
    const wf = trainPerceptron(rest, gaz, { ...base, log: undefined });
    const tagger = new PerceptronTagger([viewOf(wf)], gaz);
    if (f === 0) temperature = calibrate(viewOf(wf), held.map((i) => train[i]));
    for (const i of held) {
      const out = tagger.tagDocument(train[i].sentences);
      docLabels[i] = documentLabels(train[i].sentences, out.map(spansOf));
      if (dumpPath && fromConll04.has(i)) {
        appendFileSync(dumpPath, JSON.stringify({ doc: i, tokens: train[i].sentences[0], gold: train[i].spans[0], pred: spansOf(out[0]) }) + '\n');
      }
    }
  }
  log('second pass');
  if (flag('conll04-first-pass-only')) {
    // the second pass (document labels) learns from CoNLL-2003 documents only
    const keep = train.map((_, i) => i).filter((i) => !fromConll04.has(i));
    stages.push(trainStage(keep.map((i) => train[i]), { ...base, docLabels: keep.map((i) => docLabels[i]) }));
  } else stages.push(trainStage(train, { ...base, docLabels }));
}

/** Temperature for span scores: the one (on a grid) with the lowest Brier score on held-out documents. */
function calibrate(view: { table: import('../src/ner/model.js').FeatTable; w: Float32Array }, docs: NerDoc[]): number {
  let best = 1;
  let bestBrier = Infinity;
  for (const t of [1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128]) {
    const tagger = new PerceptronTagger([view], gaz, t);
    let sum = 0;
    let count = 0;
    for (const d of docs) {
      const out = tagger.tagDocument(d.sentences);
      out.forEach((spans, si) => {
        const gold = new Set(d.spans[si].map((x) => x.join(',')));
        for (const sp of spans) {
          const ok = gold.has(spansOf([sp])[0].join(',')) ? 1 : 0;
          sum += (sp.score - ok) ** 2;
          count++;
        }
      });
    }
    const brier = sum / Math.max(1, count);
    if (brier < bestBrier) { bestBrier = brier; best = t; }
  }
  log(`calibration: temperature ${best} (Brier ${bestBrier.toFixed(4)} on ${docs.length} held-out documents)`);
  return best;
}

function viewOf(t: TrainedWeights): { table: import('../src/ner/model.js').FeatTable; w: Float32Array } {
  const { FeatTable } = modelMod;
  const table = new FeatTable(t.keys.length);
  for (const k of t.keys) table.add(k);
  return { table, w: t.w };
}

const info = { temperature, trainedOn: 'conll2003/train.txt' + (flag('no-augment') ? '' : ' (+ hyphen-split copies)') + (useUndotted ? ' (+ undotted US/UK/UN copies)' : '') + (useConll04 ? ' + conll04/train.json (converted spans)' : ''), epochs, minCount, prune, seed, ...(seeds > 1 ? { seeds } : {}), passes, ...(features.clusters !== 'off' || features.towns || features.placeWords ? { features } : {}) };
const bodies = stages.map((s) => {
  const p = pruneWeights(s, prune);
  log(`stage rows: ${s.keys.length} -> ${p.keys.length} after pruning`);
  return encodeWeights(p.keys, p.w, N_LABELS, { version: 1, labels: [...LABEL_NAMES], info });
});
const size = saveModel(outPath, bodies);
log(`wrote ${outPath} (${(size / 1e6).toFixed(2)} MB)`);

const tagger = new PerceptronTagger(loadModel(outPath), gaz);
log(`dev (CoNLL tokens):\n${formatScores(evaluateDocs(tagger, dev))}`);
