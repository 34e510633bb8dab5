// The benchmark corpus, built from ../shared/data (never committed): every distinct PolNeAR
// article and every news/NN.txt article, repeated with distinct ids up to the requested count.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchArticle {
  id: string;
  title?: string;
  text: string;
}

/** The distinct articles of the data folder, in a fixed order. */
export function sourceArticles(dataDir: string): BenchArticle[] {
  const out: BenchArticle[] = [];
  const seen = new Set<string>();
  for (const f of ['polnear/train.jsonl', 'polnear/dev.jsonl']) {
    const p = join(dataDir, f);
    if (!existsSync(p)) throw new Error(`${p} not found: pass the data folder with --data (e.g. ../shared/data)`);
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { doc_id: string; title?: string; text: string };
      if (seen.has(r.doc_id)) continue; // one line per annotator: keep one copy
      seen.add(r.doc_id);
      out.push({ id: `polnear/${r.doc_id}`, title: r.title, text: r.text });
    }
  }
  const news = join(dataDir, 'news');
  for (const f of readdirSync(news).filter((n) => /^\d+\.txt$/.test(n)).sort()) {
    const raw = readFileSync(join(news, f), 'utf8');
    const m = /^([^\n]+)\n\s*\n/.exec(raw);
    out.push({ id: `news/${f}`, title: m?.[1], text: m ? raw.slice(m[0].length) : raw });
  }
  return out;
}

/**
 * Writes `count` articles to `file` as .jsonl: the sources in order, again and again; copy k > 0
 * of an article gets the id "<id>#k" (so it is a new article to the store, with the same text).
 * `sameIds` keeps the original ids in every copy instead (a re-ingest of the same articles).
 */
export async function writeCorpus(file: string, sources: BenchArticle[], count: number, sameIds = false): Promise<{ bytes: number }> {
  if (existsSync(file)) return { bytes: statSync(file).size };
  const tmp = `${file}.part`;
  const ws = createWriteStream(tmp);
  for (let i = 0; i < count; i++) {
    const a = sources[i % sources.length];
    const k = Math.floor(i / sources.length);
    const rec = { ...a, id: k === 0 || sameIds ? a.id : `${a.id}#${k}` };
    if (!ws.write(JSON.stringify(rec) + '\n')) await new Promise<void>((r) => ws.once('drain', () => r()));
  }
  await new Promise<void>((res, rej) => ws.end((err?: Error | null) => (err ? rej(err) : res())));
  const { renameSync } = await import('node:fs');
  renameSync(tmp, file);
  return { bytes: statSync(file).size };
}
