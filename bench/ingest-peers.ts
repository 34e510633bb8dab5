// Child process of bench/ingest.ts: runs newsgraph's whole pipeline (as `extract` does), wink-nlp's
// own tokenize + POS (the ceiling for our tokenizer layer) and compromise's nlp(text) with people,
// places and organizations (the common JavaScript peer) on the same articles, interleaved article
// by article so that a machine shared with other jobs slows all three alike; prints, per tool, the
// wall and CPU milliseconds as JSON.
import { readFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import { extract } from '../src/index.js';
import { plainWinkNLP } from './plain-wink.js';

type Art = { id: string; title?: string; text: string };
const [file, warmupArg] = process.argv.slice(2);
const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Art);
const warmup = Number(warmupArg ?? 20);

// (the pipeline's wink-nlp loads first, as in the CLI; the comparison runs on a fresh copy)
const w = plainWinkNLP()(model, ['sbd', 'pos']);
const tools: Record<string, (a: Art) => number> = {
  newsgraph: (a) => JSON.stringify(extract(a)).length,
  wink: (a) => {
    const d = w.readDoc(a.text);
    return (d.tokens().out(w.its.value) as string[]).length + (d.tokens().out(w.its.pos) as string[]).length;
  },
  compromise: (a) => {
    const d = nlp(a.text);
    return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length;
  },
};
const names = Object.keys(tools);
for (let i = 0; i < Math.min(warmup, texts.length); i++) for (const t of names) tools[t](texts[i]);
const wall: Record<string, number> = Object.fromEntries(names.map((t) => [t, 0]));
const cpu: Record<string, number> = Object.fromEntries(names.map((t) => [t, 0]));
let sink = 0;
for (const a of texts) {
  for (const t of names) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += tools[t](a);
    wall[t] += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu[t] += (c.user + c.system) / 1000;
  }
}
console.log(JSON.stringify({ articles: texts.length, wall, cpu, sink }));
