/**
 * Query benchmark: `npm run bench -- query [--articles N] [--runs K] [--db FILE] [--fresh]`.
 * Builds (once) a store of N generated articles' worth of facts directly in SQLite, then times
 * the query commands in-process through the CLI's `main` (everything but Node's start-up), each
 * run on a different entity drawn in proportion to its mentions (popular names are asked about
 * most), and prints p50/p95/max latencies plus how much of the graph each graph query loaded.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as cli } from '../src/cli/main.js';
import { NewsGraph } from '../src/graph/index.js';
import { openStore } from '../src/store/open.js';
import { generateStore, rng } from './query-store.js';
import { CACHED_KINDS, ensureEdgeCache } from '../src/graph/cache.js';

interface Args {
  articles: number;
  runs: number;
  db: string;
  fresh: boolean;
}

function parse(argv: string[]): Args {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(get('--articles') ?? 100000);
  const here = dirname(fileURLToPath(import.meta.url));
  return { articles, runs: Number(get('--runs') ?? 100), db: get('--db') ?? join(here, 'out', `query-${articles}.db`), fresh: argv.includes('--fresh') };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (args.fresh || !existsSync(args.db)) {
    mkdirSync(dirname(args.db), { recursive: true });
    for (const ext of ['', '-wal', '-shm']) rmSync(args.db + ext, { force: true });
    const t = performance.now();
    generateStore(args.db, { articles: args.articles, progress: (n) => process.stderr.write(`\rgenerating… ${n} articles`) });
    process.stderr.write(`\rgenerated ${args.articles} articles in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  {
    const t = performance.now();
    const w = openStore(args.db);
    const built = ensureEdgeCache(w, CACHED_KINDS);
    w.close();
    console.log(`edge cache (relation + said): ${built ? 'ready' : 'unavailable'} after ${((performance.now() - t) / 1000).toFixed(2)} s (built once per change of the store)`);
  }
  const db = openStore(args.db, { readonly: true });
  const st = new NewsGraph(db).stats();
  console.log(`store: ${args.db}\n${st.articles} articles, ${st.sentences} sentences, ${st.entities} entities, ${st.mentions} mentions, ${st.relations} relations, ${st.statements} statements`);

  // names drawn in proportion to mentions; speakers in proportion to statements
  const rand = rng(7);
  const maxMention = (db.prepare('SELECT max(id) AS n FROM mentions').get() as { n: number }).n;
  const maxStatement = (db.prepare('SELECT max(id) AS n FROM statements').get() as { n: number }).n;
  const byMention = db.prepare<[number], { name: string }>('SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.id = ?');
  const bySpeech = db.prepare<[number], { name: string }>('SELECT e.name FROM statements s JOIN entities e ON e.id = s.speaker_id WHERE s.id = ?');
  const entity = () => byMention.get(1 + Math.floor(rand() * maxMention))!.name;
  const pair = () => {
    const a = entity();
    for (;;) {
      const b = entity();
      if (b !== a) return [a, b];
    }
  };
  const speaker = () => bySpeech.get(1 + Math.floor(rand() * maxStatement))!.name;
  const words = db.prepare<[], { content: string }>('SELECT content FROM statement_fts LIMIT 2000').all().flatMap((r) => r.content.split(' ').filter((w) => w.length > 3 && /^[a-z]+$/.test(w)));
  const word = () => words[Math.floor(rand() * words.length)];
  const hub = db.prepare<[], { name: string }>('SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id GROUP BY m.entity_id ORDER BY count(*) DESC LIMIT 1').get()!.name;

  const io = { stdout: () => {}, stderr: (s: string) => void process.stderr.write(s), readStdin: async () => '', env: {}, isTTY: false };
  const cases: [string, () => string[]][] = [
    ['said --by NAME --limit 20', () => ['said', '--by', speaker(), '--limit', '20']],
    ['said --match WORD --limit 20', () => ['said', '--match', word(), '--limit', '20']],
    ['said --match "W1 W2" --limit 20', () => ['said', '--match', `${word()} ${word()}`, '--limit', '20']],
    ['entity NAME', () => ['entity', entity()]],
    ['neighbors NAME --depth 2', () => ['neighbors', entity(), '--depth', '2']],
    ['path A B', () => ['path', ...pair()]],
    ['path A B --all', () => ['path', ...pair(), '--all']],
    ['neighbors NAME --edge co-mention (weak edges, not cached; 20 runs)', () => ['neighbors', entity(), '--edge', 'co-mention']],
  ];
  const plans = cases.map(([label, make]) => [label, Array.from({ length: label.includes('20 runs') ? Math.min(20, args.runs) : args.runs }, make)] as const);
  const [e1, p1, p2] = [entity(), entity(), entity()];
  db.close();
  console.log(`\n${args.runs} runs each, in-process via main() with --json, names drawn by mentions (hub: ${hub})\n`);
  console.log('| query | p50 ms | p95 ms | max ms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [label, argvs] of plans) {
    const times: number[] = [];
    for (const a of argvs) {
      const argvQ = [...a, '--json', '--db', args.db];
      const t = performance.now();
      const code = await cli(argvQ, io);
      times.push(performance.now() - t);
      if (code !== 0 && code !== 1) throw new Error(`${argvQ.join(' ')} exited ${code}`);
    }
    console.log(`| \`${label}\` | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
  }

  // how much of the graph the lazy loader touches, for the hub and for typical names
  const g = new NewsGraph(openStore(args.db, { readonly: true }), true);
  const loaded = (f: (x: NewsGraph) => void) => {
    const x = new NewsGraph(g.db);
    const t = performance.now();
    f(x);
    const l = x.loader();
    return `${l.graph.order} nodes, ${l.graph.size} edges, ${l.queries} queries, ${(performance.now() - t).toFixed(0)} ms`;
  };
  console.log(`\nloaded by neighbors --depth 2 of the hub (${hub}): ${loaded((x) => x.neighbors(hub, { depth: 2 }))}`);
  console.log(`loaded by neighbors --depth 2 of "${e1}": ${loaded((x) => x.neighbors(e1, { depth: 2 }))}`);
  console.log(`loaded by path "${p1}" "${p2}": ${loaded((x) => x.path(p1, p2))}`);
  const t = performance.now();
  g.top({ by: 'pagerank', limit: 10 });
  console.log(`whole graph (top --by pagerank, relation+said): ${g.loader().graph.order} nodes, ${g.loader().graph.size} edges, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  g.close();
  return 0;
}
