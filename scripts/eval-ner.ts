// Evaluates the NER model on CoNLL-2003 dev: exact-span P/R/F1 per type with the CoNLL tokens, then
// after re-tokenising each space-joined sentence with wink-nlp (the real pipeline's tokens), then speed.
// Usage: npx tsx scripts/eval-ner.ts [DATA_DIR] [--model models/ner.bin]
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readConll2003 } from '../src/ner/conll.js';
import { evaluateDocs, formatScores, score, spansOf } from '../src/ner/evaluate.js';
import { loadNerTagger } from '../src/ner/index.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const mi = args.indexOf('--model');
const modelPath = mi >= 0 ? resolve(args[mi + 1]) : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--model');
const dataDir = resolve(positional[0] ?? join(repo, '..', 'shared', 'data'));
const dev = readConll2003(join(dataDir, 'conll2003', 'dev.txt'));

let t = Date.now();
const tagger = loadNerTagger(modelPath);
console.log(`model loaded in ${Date.now() - t} ms`);
console.log(`\nCoNLL-2003 dev, CoNLL tokens:\n${formatScores(evaluateDocs(tagger, dev))}`);

// wink-nlp tokens: compare spans as character offsets in the space-joined sentence
const nlp = winkNLP(model);
const its = nlp.its;
const gold: Array<Array<[number, number, number]>> = [];
const pred: Array<Array<[number, number, number]>> = [];
for (const d of dev) {
  const texts = d.sentences.map((s) => s.join(' '));
  const tokenized = texts.map((text) => {
    const toks = nlp.readDoc(text).tokens().out(its.value) as string[];
    const offs: number[] = [];
    let at = 0;
    for (const tok of toks) {
      const i = text.indexOf(tok, at);
      offs.push(i < 0 ? at : i);
      at = i < 0 ? at : i + tok.length;
    }
    return { toks, offs };
  });
  const out = tagger.tagDocument(tokenized.map((x) => x.toks));
  d.sentences.forEach((s, si) => {
    const starts: number[] = [];
    let at = 0;
    for (const tok of s) { starts.push(at); at += tok.length + 1; }
    gold.push(d.spans[si].map(([a, b, ty]) => [starts[a], starts[b - 1] + s[b - 1].length, ty]));
    const { toks, offs } = tokenized[si];
    pred.push(spansOf(out[si]).map(([a, b, ty]) => [offs[a], offs[b - 1] + toks[b - 1].length, ty]));
  });
}
console.log(`\nCoNLL-2003 dev, wink-nlp tokens (spans compared as character offsets):\n${formatScores(score(gold, pred))}`);

// speed: tag the whole dev set (CoNLL tokens) several times; report the best round (wall-clock on a
// shared machine is noisy; the best round is the closest to one free core)
const nTokens = dev.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.length, 0), 0);
let best = Infinity;
for (let r = 0; r < 6; r++) {
  t = performance.now();
  for (const d of dev) tagger.tagDocument(d.sentences);
  best = Math.min(best, (performance.now() - t) / 1000);
}
console.log(`\nspeed: ${Math.round(nTokens / best).toLocaleString('en-US')} tokens/s (best of 6 rounds over ${nTokens} dev tokens, one thread)`);
