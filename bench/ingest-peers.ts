// Child process of bench/ingest.ts: times one tool over the articles of a .jsonl file and prints
// {"tool","articles","tokens","ms"} as JSON. Tools: newsgraph (the whole pipeline, as extract does),
// wink (wink-nlp's own tokenize + POS: the ceiling for our tokenizer layer), compromise (nlp(text)
// with people, places and organizations: the common JavaScript peer).
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import { extract } from '../src/index.js';

const [tool, file, warmupArg] = process.argv.slice(2);
const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; title?: string; text: string });
const warmup = Number(warmupArg ?? 20);

let run: (a: { id: string; title?: string; text: string }) => number;
if (tool === 'newsgraph') {
  run = (a) => JSON.stringify(extract(a)).length;
} else if (tool === 'wink') {
  const w = winkNLP(model, ['sbd', 'pos']);
  run = (a) => {
    const d = w.readDoc(a.text);
    const v = d.tokens().out(w.its.value) as string[];
    const p = d.tokens().out(w.its.pos) as string[];
    return v.length + p.length;
  };
} else if (tool === 'compromise') {
  run = (a) => {
    const d = nlp(a.text);
    return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length;
  };
} else {
  console.error(`unknown tool "${tool}"`);
  process.exit(2);
}
for (let i = 0; i < Math.min(warmup, texts.length); i++) run(texts[i]);
const t0 = performance.now();
let sink = 0;
for (const a of texts) sink += run(a);
const ms = performance.now() - t0;
console.log(JSON.stringify({ tool, articles: texts.length, ms, sink }));
