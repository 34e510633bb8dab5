/**
 * Train the relation classifier on CoNLL04 and write models/relations.json.
 * Usage: npx tsx scripts/train-relations.ts [dataDir] [--seed N] [--out file] [--convert]   (default ../shared/data)
 * --convert: CoNLL04 spans rewritten into the tagger's conventions first (src/relations/conventions.ts)
 * Deterministic: the same data gives the same model file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZ_CITY, GAZ_CITY_BIG, GAZ_COUNTRY, GAZ_STATE, loadGazetteer } from '../src/ner/gazetteer.js';
import { readConll04 } from '../src/relations/conll04.js';
import { convertSentence } from '../src/relations/conventions.js';
import { DEFAULT_TRAIN, trainRelations } from '../src/relations/train.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const seed = Number(opt('--seed') ?? DEFAULT_TRAIN.seed);
// --convert: spans in the tagger's conventions (src/relations/conventions.ts); tried, not the default
const raw = !args.includes('--convert');
if (!raw) args.splice(args.indexOf('--convert'), 1);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(opt('--out') ?? join(root, 'models', 'relations.json'));
const dataDir = resolve(args[0] ?? join(root, '..', 'shared', 'data'));

const t0 = Date.now();
const gaz = loadGazetteer();
const PLACE = GAZ_COUNTRY | GAZ_STATE | GAZ_CITY_BIG | GAZ_CITY;
const isPlace = (p: string): boolean => ((gaz.phrases.get(p.toLowerCase()) ?? 0) & PLACE) !== 0;
const read = readConll04(join(dataDir, 'conll04', 'train.json'));
const train = raw ? read : read.map((s) => convertSentence(s, isPlace));
const res = trainRelations(train, { ...DEFAULT_TRAIN, seed, log: (m) => process.stderr.write(m + '\n') });
const file = res.model.toFile({
  data: raw ? 'CoNLL04 train (SpERT split)' : 'CoNLL04 train (SpERT split), spans in the tagger conventions',
  sentences: train.length,
  candidates: res.candidates,
  epochs: res.epochs,
  seed,
  cvMicroF1: Math.round(1000 * res.cv[String(res.epochs)].micro) / 10,
});
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(file);
writeFileSync(out, text + '\n');
process.stderr.write(
  `wrote ${out}: ${Object.keys(file.weights).length} features, ${(text.length / 1e6).toFixed(2)} MB, ` +
    `epochs ${res.epochs}, thresholds ${JSON.stringify(file.thresholds)}, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
);
