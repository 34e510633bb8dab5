// `npm run bench -- ingest [--data DIR] [--quick] [--articles N] [--scale [N] [--max-minutes M]] [--stream [GB]] [--jobs-only [R]] [--no-write]`
// Ingest throughput: the pipeline alone (extract --jsonl) and the full ingest (pipeline + SQLite),
// one thread and --jobs 2; wink-nlp tokenize + POS and compromise on the same texts; peak RSS,
// database bytes per article, re-ingest time. --scale: a 100,000-article ingest sampled over time
// (linear time, flat memory). --stream: a 2 GB .jsonl through ingest in bounded memory. --jobs-only:
// `ingest --jobs 1` and `--jobs 2` only, alternated R times (default 2): wall and CPU seconds of all
// threads, for A/B comparisons of the parallel path on a shared machine (prints, writes nothing).
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
  jobsOnly?: number;
  write: boolean;
  work: string;
  maxMinutes?: number;
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
    else if (a === '--jobs-only') o.jobsOnly = num(i) ?? 2, (i += num(i) !== undefined ? 1 : 0);
    else if (a === '--no-write') o.write = false;
    else if (a === '--work') o.work = argv[++i];
    else if (a === '--max-minutes') o.maxMinutes = Number(argv[++i]);
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

interface Peers {
  articles: number;
  wall: Record<'newsgraph' | 'wink' | 'compromise', number>;
  cpu: Record<'newsgraph' | 'wink' | 'compromise', number>;
}

async function peers(file: string): Promise<Peers> {
  const m = await measure(['--import', 'tsx', join(ROOT, 'bench/ingest-peers.ts'), file], { keepStdout: true });
  return JSON.parse(m.stdout.trim().split('\n').pop()!);
}

interface MainResults {
  n: number;
  bytes: number;
  tokens?: number;
  e1?: Measured;
  e2?: Measured;
  i1?: Measured;
  i2?: Measured;
  re?: Measured;
  size?: number;
  peers?: Peers;
}

/** The table so far (runs not done yet show as "–"), for the terminal and for docs/performance.md. */
function render(o: Options, r: MainResults, done: boolean): { md: string; text: string } {
  const mach = machine();
  const { n, tokens } = r;
  const dash = '–';
  const row = (name: string, m?: Measured) =>
    m && tokens
      ? [name, fmt.s(m.wallMs), fmt.int(n / (m.wallMs / 1000)), fmt.int(tokens / (m.wallMs / 1000)), fmt.s(m.cpuMs), fmt.int(tokens / (m.cpuMs / 1000)), fmt.int(m.maxRssMB)]
      : [name, dash, dash, dash, dash, dash, dash];
  const head = ['run', 'wall s', 'articles/s', 'tokens/s', 'CPU s (all threads)', 'tokens per CPU s', 'peak RSS MB'];
  const rows = [
    row('pipeline alone (`extract --jsonl`), 1 thread', r.e1),
    row('pipeline alone (`extract --jsonl --jobs 2`)', r.e2),
    row('full ingest (`ingest --jobs 1`)', r.i1),
    row('full ingest (`ingest --jobs 2`)', r.i2),
    row('re-ingest, unchanged (`ingest --jobs 2`)', r.re),
  ];
  const p = r.peers;
  const peerHead = [`tool (the same ${p?.articles ?? ''} distinct texts, interleaved article by article in one process)`, 'CPU s', 'wall s', 'articles per CPU s', 'newsgraph speed / tool speed (CPU)'];
  const peerRow = (label: string, t: keyof Peers['cpu']) =>
    p ? [label, fmt.s(p.cpu[t]), fmt.s(p.wall[t]), fmt.int(p.articles / (p.cpu[t] / 1000)), fmt.x(p.cpu[t] / p.cpu.newsgraph)] : [];
  const peerRows = p
    ? [
        peerRow('newsgraph whole pipeline (`extract`)', 'newsgraph'),
        peerRow('wink-nlp tokenize + POS only', 'wink'),
        peerRow('compromise `nlp(text)` + people/places/organizations', 'compromise'),
      ]
    : [];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not run yet' : ok ? 'met' : 'not met');
  const pipeTok = r.e1 && tokens ? tokens / (r.e1.wallMs / 1000) : undefined;
  const pipeCpu = r.e1 && tokens ? tokens / (r.e1.cpuMs / 1000) : undefined;
  const speedup = r.i1 && r.i2 ? r.i1.wallMs / r.i2.wallMs : undefined;
  const ratioWink = p ? p.cpu.wink / p.cpu.newsgraph : undefined;
  const reShare = r.re && r.i2 ? r.re.wallMs / r.i2.wallMs : undefined;
  const targets = [
    ['whole pipeline, one core', '>= 50,000 tokens/s', pipeTok ? `${fmt.int(pipeTok)} tokens/s wall, ${fmt.int(pipeCpu!)} per CPU s` : dash, verdict(pipeTok === undefined ? undefined : Math.max(pipeTok, pipeCpu!) >= 50_000)],
    ['full ingest `--jobs 2` / `--jobs 1`', '>= 1.7x', speedup ? fmt.x(speedup) + 'x' : dash, verdict(speedup === undefined ? undefined : speedup >= 1.7)],
    ['pipeline / wink-nlp tokenize + POS', '>= 0.25', ratioWink ? fmt.x(ratioWink) : dash, verdict(ratioWink === undefined ? undefined : ratioWink >= 0.25)],
    ['re-ingest of an unchanged corpus', '< 5 % of the first ingest', reShare !== undefined ? fmt.pct(reShare) : dash, verdict(reShare === undefined ? undefined : reShare < 0.05)],
  ];
  const cmd = `npm run bench -- ingest --data ${o.data}${o.quick ? ' --quick' : ''}${o.articles !== (o.quick ? 1000 : 10_000) ? ` --articles ${o.articles}` : ''}`;
  const md = [
    `### ${fmt.int(n)} articles${o.quick ? ' (quick run)' : ''}${done ? '' : ' (run in progress: rows marked – were not measured yet)'}`,
    '',
    `\`${cmd}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${mach.commit}; ${mach.cpu}, ${mach.cores} cores, ${mach.memGB} GB, Node ${mach.node}; load average ${mach.load} (other jobs were running on the same 2 cores).`,
    `Corpus: ${fmt.int(n)} articles, ${tokens ? fmt.int(tokens) : dash} tokens, ${fmt.int(r.bytes / 2 ** 20)} MB of .jsonl.`,
    '',
    table(head, rows),
    '',
    r.size ? `Store: ${fmt.int(r.size / n)} bytes per article (${fmt.int(r.size / 2 ** 20)} MB for ${fmt.int(n)} articles, text included).` : '',
    speedup && r.e1 && r.e2 ? `\`--jobs 2\` over one thread: ${fmt.x(speedup)}x for the full ingest, ${fmt.x(r.e1.wallMs / r.e2.wallMs)}x for the pipeline alone.` : '',
    '',
    p ? table(peerHead, peerRows) : '',
    '',
    table(['target', 'wanted', 'measured', ''], targets),
  ].join('\n');
  const text = [textTable(head, rows), p ? textTable(peerHead, peerRows) : '', textTable(['target', 'wanted', 'measured', ''], targets)].join('\n\n');
  return { md, text };
}

async function mainRun(o: Options): Promise<void> {
  const sources = sourceArticles(o.data);
  const corpus = join(o.work, `corpus-${o.articles}.jsonl`);
  const { bytes } = await writeCorpus(corpus, sources, o.articles);
  log(`corpus: ${o.articles} articles (${sources.length} distinct), ${fmt.int(bytes / 2 ** 20)} MB: ${corpus}`);
  const nPeers = o.quick ? 200 : 300;
  const peersCorpus = join(o.work, `peers-${nPeers}.jsonl`);
  await writeCorpus(peersCorpus, sources, nPeers);
  const r: MainResults = { n: o.articles, bytes };
  const save = (done = false) => {
    const { md, text } = render(o, r, done);
    if (done) console.log('\n' + text);
    if (o.write) writeBlock(DOC, 'main', md);
  };
  log('ingest --jobs 1 …');
  const i1 = await ingestRun(o, corpus, freshDb(o, 'jobs1.db'), 1);
  r.i1 = i1;
  r.tokens = i1.report.tokens;
  save();
  log('extract --jsonl --jobs 1 …');
  r.e1 = await measure([CLI, 'extract', '--jsonl', corpus, '--jobs', '1']);
  save();
  log(`peers on ${peersCorpus} …`);
  r.peers = await peers(peersCorpus);
  save();
  log('ingest --jobs 2 …');
  const db2 = freshDb(o, 'jobs2.db');
  r.i2 = await ingestRun(o, corpus, db2, 2);
  r.size = dbBytes(db2);
  save();
  log('re-ingest (unchanged) --jobs 2 …');
  r.re = await ingestRun(o, corpus, db2, 2);
  save();
  log('extract --jsonl --jobs 2 …');
  r.e2 = await measure([CLI, 'extract', '--jsonl', corpus, '--jobs', '2']);
  save(true);
  if (o.write) log(`written to ${DOC}`);
}

async function scaleRun(o: Options): Promise<void> {
  const n = o.scale!;
  const sources = sourceArticles(o.data);
  const corpus = join(o.work, `corpus-${n}.jsonl`);
  const { bytes } = await writeCorpus(corpus, sources, n);
  const db = freshDb(o, 'scale.db');
  log(`ingest --jobs 2 of ${n} articles (${fmt.int(bytes / 2 ** 20)} MB), sampling every 10 s${o.maxMinutes ? `, stopping after ${o.maxMinutes} min` : ''} …`);
  const m = await measure([CLI, 'ingest', corpus, '--db', db, '--json', '--jobs', '2'], {
    keepStdout: true, sampleDb: db, sampleEveryMs: 10_000, timeLimitMs: o.maxMinutes ? o.maxMinutes * 60_000 : undefined,
  });
  const mach = machine();
  const stored = m.stopped ? Math.max(0, ...m.samples.map((x) => x.articles)) : (JSON.parse(m.stdout) as { added: number }).added;
  // ten rows evenly spaced in time; the rate is over the interval since the previous row, so a
  // constant rate means time grows linearly with the articles stored
  const pts = m.samples.filter((x) => x.articles >= 0);
  const rows: string[][] = [];
  let prev = { s: 0, articles: 0, cpuS: 0 };
  for (let k = 1; k <= 10; k++) {
    const x = pts[Math.min(pts.length - 1, Math.round((pts.length * k) / 10) - 1)];
    if (!x || x.s <= prev.s) continue;
    const per = x.articles > prev.articles ? ((x.cpuS - prev.cpuS) * 1000) / (x.articles - prev.articles) : NaN;
    rows.push([fmt.int(x.articles), fmt.s(x.s * 1000), fmt.int((x.articles - prev.articles) / (x.s - prev.s)), Number.isFinite(per) ? per.toFixed(1) : '-', fmt.int(x.rssMB)]);
    prev = x;
  }
  // CPU ms per article (all threads) does not move with the load of other jobs on the machine, so it
  // shows linear growth even when the wall-clock rate does
  const head = ['articles stored', 'elapsed s', 'articles/s in the interval', 'CPU ms per article in the interval', 'RSS MB'];
  const body = [
    `### ${fmt.int(n)} articles: linear time, flat memory`,
    '',
    `\`npm run bench -- ingest --scale ${n}${o.maxMinutes ? ` --max-minutes ${o.maxMinutes}` : ''} --data ${o.data}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${mach.commit}; ${mach.cores} cores; load average at the end ${mach.load}.`,
    `One \`ingest --jobs 2\` of a ${fmt.int(n)}-article corpus (${fmt.int(bytes / 2 ** 20)} MB of .jsonl; the corpus repeated with distinct ids), sampled every 10 s.` +
      (m.stopped ? ` **Stopped at the ${o.maxMinutes}-minute limit after ${fmt.int(stored)} articles** (the session's time did not allow the whole run on the shared machine).` : ` ${fmt.int(stored)} articles stored in ${fmt.s(m.wallMs)} s.`),
    '',
    table(head, rows),
    '',
    `Peak RSS ${fmt.int(m.maxRssMB)} MB${m.stopped ? ' (sampled)' : ''}; database ${fmt.int(dbBytes(db) / 2 ** 20)} MB, ${fmt.int(dbBytes(db) / Math.max(1, stored))} bytes per article.`,
  ].join('\n');
  console.log(textTable(head, rows));
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

async function jobsRun(o: Options): Promise<void> {
  const sources = sourceArticles(o.data);
  const corpus = join(o.work, `corpus-${o.articles}.jsonl`);
  await writeCorpus(corpus, sources, o.articles);
  const runs: Record<1 | 2, Measured[]> = { 1: [], 2: [] };
  for (let k = 0; k < o.jobsOnly!; k++) {
    for (const jobs of [1, 2] as const) {
      log(`ingest --jobs ${jobs} of ${o.articles} articles (round ${k + 1}) …`);
      const m = await ingestRun(o, corpus, freshDb(o, `jobs-only-${jobs}.db`), jobs);
      runs[jobs].push(m);
      log(`  wall ${fmt.s(m.wallMs)} s, CPU ${fmt.s(m.cpuMs)} s (all threads), peak RSS ${fmt.int(m.maxRssMB)} MB`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [w1, w2] = [median(runs[1].map((m) => m.wallMs)), median(runs[2].map((m) => m.wallMs))];
  const [c1, c2] = [median(runs[1].map((m) => m.cpuMs)), median(runs[2].map((m) => m.cpuMs))];
  console.log(`${o.articles} articles, median of ${o.jobsOnly} rounds, load average ${machine().load}:`);
  console.log(`  --jobs 1: wall ${fmt.s(w1)} s, CPU ${fmt.s(c1)} s;  --jobs 2: wall ${fmt.s(w2)} s, CPU ${fmt.s(c2)} s`);
  console.log(`  wall ratio ${fmt.x(w1 / w2)}x; CPU overhead of --jobs 2 ${fmt.pct(c2 / c1 - 1)}; bound on two idle cores 2 x ${fmt.s(c1)} / ${fmt.s(c2)} = ${fmt.x((2 * c1) / c2)}x`);
}

export async function main(argv: string[]): Promise<number> {
  const o = parse(argv);
  mkdirSync(o.work, { recursive: true });
  build();
  if (o.scale) await scaleRun(o);
  if (o.stream) await streamRun(o);
  if (o.jobsOnly) await jobsRun(o);
  if (!o.scale && !o.stream && !o.jobsOnly) await mainRun(o);
  return 0;
}
