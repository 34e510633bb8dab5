// A/B of the pipeline's CPU per stage between two builds in one process:
// `npm run bench -- stages-ab --a DIR [--b DIR] [--articles 300] [--rounds 8] [--data DIR]`.
// Each DIR is a checkout with `dist/` built (`npx tsc -p tsconfig.json`); --b defaults to this one. The
// two builds are loaded side by side (separate module instances and models) and run the same articles
// in alternating rounds (A B, B A, ...) after a warm-up round of each, so both see the same machine
// load; per stage the best and the mean round are printed, with B / A. On a shared machine this is far
// steadier than comparing two runs of `npm run bench -- stages`.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceArticles } from './ingest-corpus.js';
import { cpuMs, option } from './args.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Build {
  emptyDoc: (a: { id: string; title?: string; text: string }) => { stages: string[] };
  DEFAULT_STAGES: Array<{ name: string; run: (d: unknown) => unknown }>;
  toJSON: (d: unknown) => unknown;
}

async function load(dir: string): Promise<Build> {
  const url = (p: string) => pathToFileURL(join(resolve(dir), 'dist', p)).href;
  const types = await import(url('document/types.js'));
  const pipeline = await import(url('pipeline/index.js'));
  const json = await import(url('document/json.js'));
  return { emptyDoc: types.emptyDoc, DEFAULT_STAGES: pipeline.DEFAULT_STAGES, toJSON: json.toJSON };
}

export async function main(argv: string[]): Promise<number> {
  const opt = (name: string, def: string): string => option(argv, name, def);
  const a = opt('--a', '');
  if (!a) {
    console.error('usage: npm run bench -- stages-ab --a DIR [--b DIR] [--articles 300] [--rounds 8] [--data DIR]');
    return 2;
  }
  const builds = { A: await load(a), B: await load(opt('--b', ROOT)) };
  const arts = sourceArticles(opt('--data', join(ROOT, '../shared/data'))).slice(0, Number(opt('--articles', '300')));
  const rounds = Number(opt('--rounds', '8'));
  const best: Record<string, Record<string, number>> = { A: {}, B: {} };
  const mean: Record<string, Record<string, number>> = { A: {}, B: {} };
  let sink = 0;
  for (let r = 0; r <= rounds; r++) {
    for (const k of r % 2 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const m = builds[k];
      const t: Record<string, number> = {};
      for (const art of arts) {
        let doc = m.emptyDoc({ id: art.id, title: art.title, text: art.text });
        for (const s of m.DEFAULT_STAGES) {
          const c0 = cpuMs();
          doc = s.run(doc) as typeof doc;
          doc.stages.push(s.name);
          t[s.name] = (t[s.name] ?? 0) + cpuMs() - c0;
        }
        const c0 = cpuMs();
        sink += JSON.stringify(m.toJSON(doc)).length;
        t.json = (t.json ?? 0) + cpuMs() - c0;
      }
      t.pipeline = Object.values(t).reduce((x, y) => x + y, 0);
      if (r === 0) continue; // warm-up
      for (const [s, v] of Object.entries(t)) {
        best[k][s] = Math.min(best[k][s] ?? Infinity, v);
        mean[k][s] = (mean[k][s] ?? 0) + v / rounds;
      }
    }
  }
  if (sink < 0) console.log(sink);
  console.log(`${arts.length} articles, ${rounds} rounds each, alternating (CPU ms)`);
  console.log(`${'stage'.padEnd(16)} ${'A best'.padStart(7)} ${'B best'.padStart(7)} ${'B/A'.padStart(6)} ${'A mean'.padStart(7)} ${'B mean'.padStart(7)} ${'B/A'.padStart(6)}`);
  for (const s of Object.keys(best.A)) {
    const f = (x: number) => x.toFixed(0).padStart(7);
    console.log(`${s.padEnd(16)} ${f(best.A[s])} ${f(best.B[s])} ${(best.B[s] / best.A[s]).toFixed(3).padStart(6)} ${f(mean.A[s])} ${f(mean.B[s])} ${(mean.B[s] / mean.A[s]).toFixed(3).padStart(6)}`);
  }
  return 0;
}
