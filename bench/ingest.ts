// `npm run bench -- ingest [--data DIR] [--quick] [--articles N] [--scale [N]] [--stream [GB]] [--no-write]`
// Ingest throughput: the pipeline alone (extract --jsonl) and the full ingest (pipeline + SQLite),
// one thread and --jobs 2; wink-nlp tokenize + POS and compromise on the same texts; peak RSS,
// database bytes per article, re-ingest time. --scale: a 100,000-article ingest sampled over time
// (linear time, flat memory). --stream: a 2 GB .jsonl through ingest in bounded memory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceArticles, writeCorpus } from './ingest-corpus.ts';
import { machine, measure, type Measured } from './ingest-measure.ts';
import { fmt, table, textTable, writeBlock } from './ingest-report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli/bin.js');
const DOC = join(ROOT, 'docs/performance.md');

interface Options {
  data: string;
  quick: boolean;
  articles: number;
  scale?: number;
  stream?: number;
  write: boolean;
  work: string;
}

function parse(argv: string[]): Options {
  const o: Options = { data: '', quick: false, articles: 10_000, write: true, work: join(tmpdir(), 'newsgraph-bench') };
  const num = (i: number) => (argv[i + 1] && /^\d+(\.\d+)?$/.test(argv[i + 1]) ? Number(argv[i + 1]) : undefined);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') o.data = argv[++i];
    else if (a === '--quick') o.quick = true;
    else if (a === '--articles') o.articles = Number(argv[++i]);
    else if (a === '--scale') o.scale = num(i) ?? 100_000, (i += num(i) !== undefined ? 1 : 0);
    else if (a === '--stream') o.stream = num(i) ?? 2, (i += num(i) !== undefined ? 1 : 0);
    else if (a === '--no-write') o.write = false;
    else if (a === '--work') o.work = argv[++i];
    else if (!o.data && !a.startsWith('-')) o.data = a;
    else throw new Error(`unknown option "${a}"`);
  }
  if (!o.data) o.data = [resolve(ROOT, '../shared/data'), '/work/shared/data'].find((d) => existsSync(d)) ?? '../shared/data';
  if (o.quick && !argv.includes('--articles')) o.articles = 1000;
  return o;
}

const log = (s: string) => process.stderr.write(s + '\n');

function build(): void {
  log('building dist/ (tsc) …');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
}

function dbBytes(db: string): number {
  return [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
}

function freshDb(o: Options, name: string): string {
  const db = join(o.work, name);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  return db;
}

async function ingestRun(o: Options, corpus: string, db: string, jobs: number, sample = false): Promise<Measured & { report: { added: number; unchanged: number; tokens: number; failed: number } }> {
  const m = await measure([CLI, 'ingest', corpus, '--db', db, '--json', '--jobs', String(jobs)], { keepStdout: true, sampleDb: sample ? db : undefined });
  return { ...m, report: JSON.parse(m.stdout) };
}

async function peer(tool: string, file: string): Promise<{ tool: string; ms: number; articles: number; tokens?: number }> {
  const m = await measure(['--import', 'tsx', join(ROOT, 'bench/ingest-peers.ts'), tool, file], { keepStdout: true });
  return JSON.parse(m.stdout.trim().split('\n').pop()!);
}

async function mainRun(o: Options): Promise<void> {
  const sources = sourceArticles(o.data);
  const corpus = join(o.work, `corpus-${o.articles}.jsonl`);
  const { bytes } = await writeCorpus(corpus, sources, o.articles);
  log(`corpus: ${o.articles} articles (${sources.length} distinct), ${fmt.int(bytes / 2 ** 20)} MB: ${corpus}`);
  const peersCorpus = join(o.work, `peers-${o.quick ? 200 : sources.length}.jsonl`);
  await writeCorpus(peersCorpus, sources, o.quick ? 200 : sources.length);
  const mach = machine();

  log('ingest --jobs 1 …');
  const i1 = await ingestRun(o, corpus, freshDb(o, 'jobs1.db'), 1);
  const tokens = i1.report.tokens;
  log('ingest --jobs 2 …');
  const db2 = freshDb(o, 'jobs2.db');
  const i2 = await ingestRun(o, corpus, db2, 2);
  const size = dbBytes(db2);
  log('re-ingest (unchanged) --jobs 2 …');
  const re = await ingestRun(o, corpus, db2, 2);
  log('extract --jsonl --jobs 1 …');
  const e1 = await measure([CLI, 'extract', '--jsonl', corpus, '--jobs', '1']);
  log('extract --jsonl --jobs 2 …');
  const e2 = await measure([CLI, 'extract', '--jsonl', corpus, '--jobs', '2']);
  log(`peers on ${peersCorpus} …`);
  const ours = await peer('newsgraph', peersCorpus);
  const wink = await peer('wink', peersCorpus);
  const comp = await peer('compromise', peersCorpus);

  const n = o.articles;
  const row = (name: string, m: Measured) => [name, fmt.s(m.wallMs), fmt.int(n / (m.wallMs / 1000)), fmt.int(tokens / (m.wallMs / 1000)), fmt.s(m.cpuMs), fmt.int(tokens / (m.cpuMs / 1000)), fmt.int(m.maxRssMB)];
  const head = ['run', 'wall s', 'articles/s', 'tokens/s', 'CPU s', 'tokens per CPU s', 'peak RSS MB'];
  const rows = [
    row('pipeline alone (`extract --jsonl`), 1 thread', e1),
    row('pipeline alone (`extract --jsonl --jobs 2`)', e2),
    row('full ingest (`ingest --jobs 1`)', i1.report.unchanged ? i1 : i1),
    row('full ingest (`ingest --jobs 2`)', i2),
    row('re-ingest, unchanged (`ingest --jobs 2`)', re),
  ];
  const speedup = i1.wallMs / i2.wallMs;
  const ratioWink = wink.ms / ours.ms;
  const ratioComp = comp.ms / ours.ms;
  const pipeTok = tokens / (e1.wallMs / 1000);
  const peerHead = ['tool (same ' + ours.articles + ' texts, in-process, after warm-up)', 'seconds', 'articles/s', 'newsgraph speed / tool speed'];
  const peerRows = [
    ['newsgraph whole pipeline (`extract`)', fmt.s(ours.ms), fmt.int(ours.articles / (ours.ms / 1000)), '1.00'],
    ['wink-nlp tokenize + POS only', fmt.s(wink.ms), fmt.int(wink.articles / (wink.ms / 1000)), fmt.x(ratioWink)],
    ['compromise `nlp(text)` + people/places/organizations', fmt.s(comp.ms), fmt.int(comp.articles / (comp.ms / 1000)), fmt.x(ratioComp)],
  ];
  const targets = [
    ['whole pipeline, one core', '>= 50,000 tokens/s', fmt.int(pipeTok) + ' tokens/s', pipeTok >= 50_000 ? 'met' : 'not met'],
    ['full ingest `--jobs 2` / `--jobs 1`', '>= 1.7x', fmt.x(speedup) + 'x', speedup >= 1.7 ? 'met' : 'not met'],
    ['pipeline / wink-nlp tokenize + POS', '>= 0.25', fmt.x(ratioWink), ratioWink >= 0.25 ? 'met' : 'not met'],
    ['re-ingest of an unchanged corpus', '< 5 % of the first ingest', fmt.pct(re.wallMs / i2.wallMs), re.wallMs / i2.wallMs < 0.05 ? 'met' : 'not met'],
  ];
  const cmd = `npm run bench -- ingest --data ${o.data}${o.quick ? ' --quick' : ''}${o.articles !== (o.quick ? 1000 : 10_000) ? ` --articles ${o.articles}` : ''}`;
  const body = [
    `### ${fmt.int(n)} articles${o.quick ? ' (quick run)' : ''}`,
    '',
    `\`${cmd}\` on ${new Date().toISOString().slice(0, 10)}, commit ${mach.commit}; ${mach.cpu}, ${mach.cores} cores, ${mach.memGB} GB, Node ${mach.node}; load average at the end ${mach.load}.`,
    `Corpus: ${fmt.int(n)} articles, ${fmt.int(tokens)} tokens, ${fmt.int(bytes / 2 ** 20)} MB of .jsonl.`,
    '',
    table(head, rows),
    '',
    `Store: ${fmt.int(size / n)} bytes per article (${fmt.int(size / 2 ** 20)} MB for ${fmt.int(n)} articles, text included).`,
    `\`--jobs 2\` speed-up over one thread: ${fmt.x(speedup)}x for the full ingest, ${fmt.x(e1.wallMs / e2.wallMs)}x for the pipeline alone.`,
    '',
    table(peerHead, peerRows),
    '',
    table(['target', 'wanted', 'measured', ''], targets),
  ].join('\n');
  console.log('\n' + textTable(head, rows) + '\n\n' + textTable(peerHead, peerRows) + '\n\n' + textTable(['target', 'wanted', 'measured', ''], targets));
  console.log(`\nstore: ${fmt.int(size / n)} bytes per article`);
  if (o.write) {
    writeBlock(DOC, 'main', body);
    log(`written to ${DOC}`);
  }
}

async function scaleRun(o: Options): Promise<void> {
  const n = o.scale!;
  const sources = sourceArticles(o.data);
  const corpus = join(o.work, `corpus-${n}.jsonl`);
  const { bytes } = await writeCorpus(corpus, sources, n);
  const db = freshDb(o, 'scale.db');
  const mach = machine();
  log(`ingest --jobs 2 of ${n} articles (${fmt.int(bytes / 2 ** 20)} MB), sampling every 10 s …`);
  const m = await measure([CLI, 'ingest', corpus, '--db', db, '--json', '--jobs', '2'], { keepStdout: true, sampleDb: db, sampleEveryMs: 10_000 });
  const report = JSON.parse(m.stdout) as { added: number; tokens: number };
  // one row per tenth of the corpus: the first sample at or past it
  const rows: string[][] = [];
  for (let k = 1; k <= 10; k++) {
    const s = m.samples.find((x) => x.articles >= (n * k) / 10);
    if (s) rows.push([fmt.int(s.articles), fmt.s(s.s * 1000), fmt.int(s.articles / s.s), fmt.int(s.rssMB)]);
  }
  rows.push([fmt.int(report.added) + ' (end)', fmt.s(m.wallMs), fmt.int(report.added / (m.wallMs / 1000)), fmt.int(m.maxRssMB) + ' (peak)']);
  const tenth = rows.length > 2 ? Number(rows[0][1]) : NaN;
  const body = [
    `### ${fmt.int(n)} articles: linear time, flat memory`,
    '',
    `\`npm run bench -- ingest --scale ${n} --data ${o.data}\` on ${new Date().toISOString().slice(0, 10)}, commit ${mach.commit}; ${mach.cores} cores; load average at the end ${mach.load}.`,
    `One \`ingest --jobs 2\` of ${fmt.int(n)} articles (${fmt.int(report.tokens)} tokens, ${fmt.int(bytes / 2 ** 20)} MB of .jsonl; the corpus repeated with distinct ids), sampled every 10 s: articles stored, elapsed time, resident memory.`,
    '',
    table(['articles stored', 'elapsed s', 'articles/s so far', 'RSS MB'], rows),
    '',
    `Database: ${fmt.int(dbBytes(db) / 2 ** 20)} MB, ${fmt.int(dbBytes(db) / n)} bytes per article.` + (Number.isFinite(tenth) ? ` Time for the last tenth vs the first: see the elapsed column (linear growth keeps articles/s constant).` : ''),
  ].join('\n');
  console.log(textTable(['articles stored', 'elapsed s', 'articles/s so far', 'RSS MB'], rows));
  if (o.write) writeBlock(DOC, 'scale', body);
}

async function streamRun(o: Options): Promise<void> {
  const gb = o.stream!;
  const sources = sourceArticles(o.data);
  // the distinct articles, again and again under the same ids, until the file reaches the size
  const avg = sources.reduce((s, a) => s + JSON.stringify(a).length + 1, 0) / sources.length;
  const count = Math.ceil((gb * 2 ** 30) / avg);
  const corpus = join(o.work, `stream-${gb}g.jsonl`);
  const { bytes } = await writeCorpus(corpus, sources, count, true);
  const db = freshDb(o, 'stream.db');
  const mach = machine();
  log(`ingest --jobs 2 of ${fmt.int(bytes / 2 ** 20)} MB (${fmt.int(count)} lines, ${sources.length} distinct articles) …`);
  const m = await measure([CLI, 'ingest', corpus, '--db', db, '--json', '--jobs', '2'], { keepStdout: true });
  const report = JSON.parse(m.stdout) as { added: number; unchanged: number; tokens: number };
  const body = [
    `### Streaming a ${gb} GB .jsonl`,
    '',
    `\`npm run bench -- ingest --stream ${gb} --data ${o.data}\` on ${new Date().toISOString().slice(0, 10)}, commit ${mach.commit}; load average at the end ${mach.load}.`,
    `A ${fmt.int(bytes / 2 ** 20)} MB file of ${fmt.int(count)} lines: the ${sources.length} distinct articles repeated under their own ids, so the`,
    `pipeline runs once per distinct article (${fmt.int(report.added)} added) and every later copy is read, parsed, hashed and skipped`,
    `(${fmt.int(report.unchanged)} unchanged): this measures the reader and the writer on the whole file, in ${fmt.s(m.wallMs)} s`,
    `(${fmt.int(bytes / 2 ** 20 / (m.wallMs / 1000))} MB/s), with a peak RSS of **${fmt.int(m.maxRssMB)} MB** (target: under 1 GB).`,
  ].join('\n');
  console.log(body);
  if (o.write) writeBlock(DOC, 'stream', body);
}

export async function main(argv: string[]): Promise<number> {
  const o = parse(argv);
  mkdirSync(o.work, { recursive: true });
  build();
  if (o.scale) await scaleRun(o);
  if (o.stream) await streamRun(o);
  if (!o.scale && !o.stream) await mainRun(o);
  return 0;
}
