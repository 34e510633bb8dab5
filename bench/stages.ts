// Where the pipeline's time goes: `npm run bench -- stages [--articles 300] [--rounds 3] [--data DIR]`.
// Runs the default pipeline stage by stage (plus the JSON of `extract`) and wink-nlp's own
// tokenize + POS on the same distinct articles (the corpus of bench/ingest.ts), interleaved article by
// article, after a warm-up round; prints the CPU milliseconds per stage, each stage's share, and
// the ratio newsgraph speed / wink-nlp speed by CPU time (the issue-7 figure, >= 0.25 wanted).
// The best (lowest) of --rounds rounds is kept per stage, which filters out other jobs' noise.
import { join } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import { emptyDoc } from '../src/document/types.js';
import { DEFAULT_STAGES } from '../src/pipeline/index.js';
import { toJSON } from '../src/document/json.js';
import { sourceArticles } from './ingest-corpus.js';
import { cpuMs, option } from './args.js';
import { plainWinkNLP } from './plain-wink.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function main(argv: string[]): Promise<number> {
  const opt = (name: string, def: string): string => option(argv, name, def);
  const n = Number(opt('--articles', '300'));
  const rounds = Number(opt('--rounds', '3'));
  const arts = sourceArticles(opt('--data', join(ROOT, '../shared/data'))).slice(0, n);
  const w = plainWinkNLP()(model, ['sbd', 'pos']);
  const names = [...DEFAULT_STAGES.map((s) => s.name), 'json', 'wink'];
  const best: Record<string, number> = {};
  for (let r = 0; r <= rounds; r++) {
    const t: Record<string, number> = Object.fromEntries(names.map((k) => [k, 0]));
    let sink = 0;
    for (const a of arts) {
      let doc = emptyDoc({ id: a.id, title: a.title, text: a.text });
      for (const s of DEFAULT_STAGES) {
        const c0 = cpuMs();
        doc = s.run(doc);
        doc.stages.push(s.name);
        t[s.name] += cpuMs() - c0;
      }
      let c0 = cpuMs();
      sink += JSON.stringify(toJSON(doc)).length;
      t.json += cpuMs() - c0;
      c0 = cpuMs();
      const d = w.readDoc(a.text);
      sink += (d.tokens().out(w.its.value) as string[]).length + (d.tokens().out(w.its.pos) as string[]).length;
      t.wink += cpuMs() - c0;
    }
    if (r === 0) continue; // warm-up
    for (const k of names) best[k] = Math.min(best[k] ?? Infinity, t[k]);
    if (sink < 0) console.log(sink);
  }
  const total = names.filter((k) => k !== 'wink').reduce((s, k) => s + best[k], 0);
  console.log(`${arts.length} articles, best of ${rounds} rounds (CPU ms)`);
  for (const k of names) {
    const share = k === 'wink' ? '' : `${((100 * best[k]) / total).toFixed(1)} %`;
    console.log(`${k.padEnd(16)} ${best[k].toFixed(0).padStart(7)}  ${share}`);
  }
  console.log(`${'pipeline'.padEnd(16)} ${total.toFixed(0).padStart(7)}`);
  console.log(`ratio (wink CPU / pipeline CPU): ${(best.wink / total).toFixed(3)}`);
  return 0;
}
