// Checks that the fast tagger (src/ner/tagger.ts) gives exactly the spans and scores of the reference
// implementation (src/ner/reference.ts) on CoNLL-2003 dev and train documents, and compares their speed
// (CPU time). Usage: npx tsx scripts/ner/check-fast.ts [DATA_DIR] [--model models/ner.bin] [--docs N]
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll2003 } from '../../src/ner/conll.js';
import { featureOptionsOf, loadGazetteer } from '../../src/ner/gazetteer.js';
import { DEFAULT_NER_MODEL_PATH } from '../../src/ner/index.js';
import { loadModel } from '../../src/ner/model.js';
import { ReferenceTagger } from '../../src/ner/reference.js';
import { PerceptronTagger } from '../../src/ner/tagger.js';
import type { NerTagger } from '../../src/ner/types.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const dataDir = resolve(positional[0] ?? join(repo, '..', 'shared', 'data'));
const modelPath = resolve(opt('--model') ?? DEFAULT_NER_MODEL_PATH);
const limit = Number(opt('--docs') ?? 400);
const docs = [...readConll2003(join(dataDir, 'conll2003', 'dev.txt')), ...readConll2003(join(dataDir, 'conll2003', 'train.txt')).slice(0, limit)];
const passes = loadModel(modelPath);
const temperature = Number(passes[passes.length - 1].header.info?.temperature ?? 1);
const gaz = loadGazetteer(undefined, featureOptionsOf(passes[passes.length - 1].header.info));
const fast = new PerceptronTagger(passes, gaz, temperature);
const ref = new ReferenceTagger(passes, gaz, temperature);

let diffs = 0;
for (const d of docs) {
  const a = JSON.stringify(ref.tagDocument(d.sentences));
  const b = JSON.stringify(fast.tagDocument(d.sentences));
  if (a !== b && diffs++ < 3) console.log(`DIFFERS:\n  reference ${a.slice(0, 300)}\n  fast      ${b.slice(0, 300)}`);
}
const tokens = docs.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.length, 0), 0);
console.log(`${docs.length} documents, ${tokens} tokens: ${diffs === 0 ? 'identical' : `${diffs} documents differ`}`);

const cpu = (t: NerTagger): number => {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    for (const d of docs) t.tagDocument(d.sentences);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
};
const tr = cpu(ref);
const tf = cpu(fast);
console.log(`CPU ms (best of 3): reference ${tr.toFixed(0)}, fast ${tf.toFixed(0)} (${(tr / tf).toFixed(2)}x)`);
process.exitCode = diffs ? 1 : 0;
