// `npm run eval [-- DATA_DIR] [--only news,polnear] [--json] [--limit N] [--out DIR] [--stub] [--module FILE]`
// Runs the pipeline on the development sets, prints one table per set and the overall speed,
// and writes readable error lists to eval/out/<set>/.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { evalConll2003 } from './conll2003.js';
import { evalConll04 } from './conll04.js';
import { evalNews } from './news.js';
import { evalPolnear } from './polnear.js';
import { formatTable, jsonSummary, writeErrors } from './report.js';
import type { SetResult } from './report-types.js';
import { stubExtract } from './stub.js';
import { TimedExtract } from './timed.js';
import type { ExtractFn } from './types.js';

const SETS = ['news', 'polnear', 'conll2003', 'conll04'] as const;
type SetName = (typeof SETS)[number];
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `usage: npm run eval -- [DATA_DIR] [--only ${SETS.join(',')}] [--json] [--limit N] [--out DIR] [--stub]
  DATA_DIR  default ../shared/data (relative to the repository root), or an absolute path
  --only    comma-separated subset of sets
  --json    print a machine summary (JSON) on stdout instead of the tables
  --limit   at most N documents (sentences for conll04) per set, for quick looks
  --out     where the error lists go (default eval/out)
  --stub    use the naive stand-in extractor (harness testing only)
  --module  take extract() from this module instead of src/index.ts (e.g. another worktree's)`;

async function loadExtract(useStub: boolean, module?: string): Promise<ExtractFn> {
  if (useStub) return stubExtract;
  const spec = module ? pathToFileURL(resolve(module)).href : '../src/index.js';
  const mod = (await import(spec)) as { extract?: ExtractFn };
  if (typeof mod.extract !== 'function') throw new Error(`${module ?? 'src/index.ts'} exports no function "extract"; try --stub`);
  return mod.extract;
}

function commit(): string {
  try {
    const h = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${h}+dirty` : h;
  } catch {
    return 'unknown';
  }
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        only: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        out: { type: 'string' },
        stub: { type: 'boolean', default: false },
        module: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`Error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dataArg = positionals[0] ?? '../shared/data';
  const data = isAbsolute(dataArg) ? dataArg : resolve(ROOT, dataArg);
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...SETS];
  const bad = only.filter((s) => !(SETS as readonly string[]).includes(s));
  if (bad.length) {
    process.stderr.write(`Error: unknown set "${bad.join(',')}". Try: --only ${SETS.join(',')}\n`);
    return 2;
  }
  const limit = values.limit !== undefined ? Number(values.limit) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write(`Error: --limit "${values.limit}" is not a positive integer\n`);
    return 2;
  }
  const outDir = values.out ? resolve(values.out) : join(ROOT, 'eval', 'out');
  mkdirSync(outDir, { recursive: true });

  const fn = await loadExtract(values.stub, values.module);
  const t0 = performance.now();
  await fn({ id: 'warm-up', text: 'Warm-up: the model loads once, said the harness.' });
  const loadSeconds = (performance.now() - t0) / 1000;

  const runners: Record<SetName, (ex: TimedExtract) => Promise<SetResult>> = {
    news: (ex) => evalNews(join(data, 'news'), ex, limit),
    polnear: (ex) => evalPolnear(join(data, 'polnear', 'dev.jsonl'), ex, limit),
    conll2003: (ex) => evalConll2003(join(data, 'conll2003', 'dev.txt'), ex, limit),
    conll04: (ex) => evalConll04(join(data, 'conll04', 'dev.json'), ex, limit),
  };
  const results: SetResult[] = [];
  let cpuSeconds = 0;
  for (const name of SETS) {
    if (!only.includes(name)) continue;
    process.stderr.write(`eval: ${name} …\n`);
    const ex = new TimedExtract(fn);
    const r = await runners[name](ex);
    cpuSeconds += ex.cpuSeconds;
    const files = writeErrors(outDir, r);
    process.stderr.write(`eval: ${name}: ${r.errors.length} error rows in ${files.length} files under ${join(outDir, name)}\n`);
    results.push(r);
  }
  const speed = {
    tokens: results.reduce((n, r) => n + r.tokens, 0),
    seconds: results.reduce((n, r) => n + r.seconds, 0),
    cpu_seconds: cpuSeconds,
  };
  const rev = commit();
  const summary = { ...(jsonSummary(results, speed, rev) as object), load_seconds: loadSeconds, stub: values.stub };
  writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const src = values.stub ? ' (STUB extractor)' : values.module ? ` (extract from ${values.module})` : '';
    process.stdout.write(`newsgraph eval @ ${rev}${src}, data ${data}\n\n`);
    for (const r of results) process.stdout.write(`${formatTable(r)}\n\n`);
    const tps = speed.seconds > 0 ? Math.round(speed.tokens / speed.seconds) : 0;
    process.stdout.write(
      `speed: ${speed.tokens} tokens in ${speed.seconds.toFixed(1)} s of extract = ${tps} tokens/s (one core; model load ${loadSeconds.toFixed(1)} s not included); ` +
        `${speed.cpu_seconds.toFixed(1)} CPU s = ${speed.cpu_seconds > 0 ? Math.round(speed.tokens / speed.cpu_seconds) : 0} tokens per CPU second of all the process's threads (GC and compiler threads included: lower than the wall figure on an idle machine, steadier on a shared one)\n`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
