// Output check for speed work: `npm run bench -- golden write` saves the `extract --jsonl` output of a
// fixed corpus (PolNeAR dev + the first 200 distinct PolNeAR train articles + news + CoNLL04 dev
// sentences, built from the data folder, never committed) to bench/out/golden.jsonl; `golden check`
// runs it again and compares byte for byte (exit 1 and the first differing line otherwise).
// Options: --data DIR (default ../shared/data), --out FILE (another reference file).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './args.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');

interface Art { id: string; title?: string; text: string }

function polnear(file: string, limit: number): Art[] {
  const out: Art[] = [];
  const seen = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || out.length >= limit) continue;
    const r = JSON.parse(line) as { doc_id: string; title?: string; text: string };
    if (seen.has(r.doc_id)) continue;
    seen.add(r.doc_id);
    out.push({ id: `polnear/${r.doc_id}`, title: r.title, text: r.text });
  }
  return out;
}

function corpus(data: string): Art[] {
  const arts = [...polnear(join(data, 'polnear/dev.jsonl'), Infinity), ...polnear(join(data, 'polnear/train.jsonl'), 200)];
  const news = join(data, 'news');
  for (const f of readdirSync(news).filter((n) => /^\d+\.txt$/.test(n)).sort()) {
    arts.push({ id: `news/${f}`, text: readFileSync(join(news, f), 'utf8') });
  }
  const c04 = JSON.parse(readFileSync(join(data, 'conll04/dev.json'), 'utf8')) as Array<{ tokens: string[] }>;
  c04.forEach((s, i) => arts.push({ id: `conll04/${i}`, text: s.tokens.join(' ') }));
  return arts;
}

export async function main(argv: string[]): Promise<number> {
  const mode = argv[0];
  const opt = (name: string, def: string): string => option(argv, name, def);
  if (mode !== 'write' && mode !== 'check') {
    console.error('usage: npm run bench -- golden write|check [--data DIR] [--out FILE]');
    return 2;
  }
  const data = opt('--data', join(ROOT, '../shared/data'));
  const ref = opt('--out', join(OUT, 'golden.jsonl'));
  mkdirSync(OUT, { recursive: true });
  const input = join(OUT, 'golden-corpus.jsonl');
  if (!existsSync(input)) writeFileSync(input, corpus(data).map((a) => JSON.stringify(a)).join('\n') + '\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'extract', '--jsonl', input], {
    cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.error(r.stderr);
    return 1;
  }
  const lines = r.stdout.split('\n').filter(Boolean).length;
  console.error(`${lines} documents`);
  if (mode === 'write') {
    writeFileSync(ref, r.stdout);
    console.error(`wrote ${ref}`);
    return 0;
  }
  if (!existsSync(ref)) {
    console.error(`golden: no reference output at ${ref}; run \`npm run bench -- golden write\` on the code to compare against first`);
    return 2;
  }
  const want = readFileSync(ref, 'utf8');
  if (want === r.stdout) {
    console.error(`identical to ${ref}`);
    return 0;
  }
  const a = want.split('\n');
  const b = r.stdout.split('\n');
  const i = a.findIndex((l, k) => l !== b[k]);
  console.error(`DIFFERS from ${ref} at line ${i + 1}:\n- ${a[i]?.slice(0, 400)}\n+ ${b[i]?.slice(0, 400)}`);
  return 1;
}
