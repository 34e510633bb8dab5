/**
 * Train the relation classifier on CoNLL04 and write models/relations.json.
 * Usage: npx tsx scripts/train-relations.ts [dataDir] [--seed N] [--out file]   (default ../shared/data)
 * Deterministic: the same data gives the same model file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll04 } from '../src/relations/conll04.js';
import { DEFAULT_TRAIN, trainRelations } from '../src/relations/train.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const seed = Number(opt('--seed') ?? DEFAULT_TRAIN.seed);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(opt('--out') ?? join(root, 'models', 'relations.json'));
const dataDir = resolve(args[0] ?? join(root, '..', 'shared', 'data'));

const t0 = Date.now();
const train = readConll04(join(dataDir, 'conll04', 'train.json'));
const res = trainRelations(train, { ...DEFAULT_TRAIN, seed, log: (m) => process.stderr.write(m + '\n') });
const file = res.model.toFile({
  data: 'CoNLL04 train (SpERT split)',
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
