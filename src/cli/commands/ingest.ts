import { InvalidArgumentError, type Command } from 'commander';
import { ingest } from '../../ingest.js';
import { DEFAULT_MAX_BYTES } from '../../readers/index.js';
import { common, withStore, withStoreAsync, type Context } from '../context.js';
import { ingestParallel } from '../../parallel/ingest.js';
import { defaultJobs } from '../../parallel/pool.js';
import { parseJobs } from '../../parallel/options.js';
import { json } from '../output.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Parses a byte size: `10485760`, `500k`, `10MB`, `1g`. */
export function parseBytes(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) * unit < 1) {
    throw new InvalidArgumentError(`--max-bytes must be a positive size such as 10485760, 500k or 10MB, got "${v}"`);
  }
  return Math.floor(Number(m[1]) * unit);
}

function parseMillis(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`--busy-timeout must be a whole number of milliseconds, got "${v}"`);
  return n;
}

interface IngestCliOptions {
  db?: string;
  json?: boolean;
  maxBytes: number;
  jobs?: number;
  busyTimeout: number;
}

export function register(program: Command, ctx: Context): void {
  common(program.command('ingest').argument('<paths...>', 'files, folders, globs, or - for stdin'))
    .description('read articles, extract entities, relations and statements, and store them')
    .option('--max-bytes <size>', 'skip (and report) any file, or .jsonl line, larger than this (default 10MB)', parseBytes, DEFAULT_MAX_BYTES)
    .option('--jobs <n>', 'pipeline threads, this one included (default: cores - 1, at least 1); results are the same for any value', parseJobs)
    .option('--busy-timeout <ms>', 'how long to wait for another writer (another ingest) before failing', parseMillis, 5000)
    .action((paths: string[], opts: IngestCliOptions) => {
      ctx.pending = (async () => {
        const stdin = paths.includes('-') ? await ctx.io.readStdin() : undefined;
        const started = Date.now();
        const jobs = opts.jobs ?? defaultJobs();
        const ingestOpts = {
          stdin,
          maxBytes: opts.maxBytes,
          onError: (err: Error) => ctx.io.stderr(`error: ${err.message}\n`),
          onArticle: ctx.io.isTTY ? (n: number, file: string) => ctx.io.stderr(`\r\x1b[K${n} articles… ${file.slice(-60)}`) : undefined,
        };
        const report =
          jobs > 1
            ? await withStoreAsync(ctx, opts, (db) => ingestParallel(db, paths, { ...ingestOpts, jobs }))
            : withStore(ctx, opts, (db) => ingest(db, paths, ingestOpts));
        if (ctx.io.isTTY) ctx.io.stderr('\r\x1b[K');
        const secs = (Date.now() - started) / 1000;
        const { errors, ...counts } = report;
        if (opts.json) ctx.io.stdout(json({ ...counts, seconds: secs, errors: errors.map((e) => ({ code: e.code, message: e.message })) }));
        else
          ctx.io.stderr(
            `ingested ${report.added} new, ${report.replaced} replaced, ${report.unchanged} unchanged, ${report.failed} failed (${secs.toFixed(1)} s)\n`,
          );
        if (report.failed > 0) ctx.exitCode = 1;
      })();
    });
}
