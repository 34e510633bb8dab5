// Parallel ingest: the pipeline runs in `jobs` threads, this one and `jobs - 1` workers, while this
// thread also reads the inputs and is the single writer. Results are stored in input order, so the
// store ends up exactly as with `ingest` (one thread); the writer commits every run of ready results
// in one transaction (each article still in its own savepoint, so a failing article leaves no trace).
import type { NewsGraphError } from '../errors.js';
import { StoreError } from '../errors.js';
import { classify, type IngestOptions, type IngestReport } from '../ingest.js';
import { expandPaths, readInput, type ReadResult } from '../readers/index.js';
import type { DB } from '../store/open.js';
import { contentHash, storedHash, storeRows } from '../store/write.js';
import { analyse } from './analyse.js';
import { PipelinePool } from './pool.js';
import { runOrdered, type Done, type Item } from './schedule.js';

export interface ParallelIngestOptions extends IngestOptions {
  /** Pipeline threads, this one included (at least 1): `jobs - 1` worker threads start. */
  jobs: number;
  /** Articles per message to a worker (default 4). */
  batchSize?: number;
}

/** Reads every input in order, as `ingest` does (.jsonl files line by line). */
export function* readInputs(paths: string[], opts: IngestOptions, onError: (err: NewsGraphError) => void): Generator<ReadResult> {
  const { files, errors } = expandPaths(paths, opts.cwd);
  errors.forEach(onError);
  for (const file of files) yield* readInput(file, { stdin: opts.stdin, cwd: opts.cwd, maxBytes: opts.maxBytes });
}

type Meta = { r: ReadResult; hash?: string; check?: boolean };

/** Like `ingest`, with the pipeline in `opts.jobs` threads; same report, same store. */
export async function ingestParallel(db: DB, paths: string[], opts: ParallelIngestOptions): Promise<IngestReport> {
  const report: IngestReport = { added: 0, replaced: 0, unchanged: 0, failed: 0, tokens: 0, errors: [] };
  const fail = (err: NewsGraphError) => {
    report.failed++;
    report.errors.push(err);
    opts.onError?.(err);
  };
  // ids dispatched but not yet stored, with their content hash
  const inFlight = new Map<string, string>();
  function* items(): Generator<Item<Meta>> {
    for (const r of readInputs(paths, opts, fail)) {
      if ('error' in r) {
        yield { meta: { r } };
        continue;
      }
      const a = r.article;
      const hash = contentHash(a.title, a.text);
      if (inFlight.has(a.id)) {
        // the same id earlier in this run, not stored yet: decided when its turn comes
        yield { meta: { r, hash, check: true } };
      } else if (storedHash(db, a.id) === hash) {
        yield { meta: { r } };
      } else {
        inFlight.set(a.id, hash);
        yield { article: a, meta: { r, hash } };
      }
    }
  }

  const pool = opts.jobs > 1 ? new PipelinePool(opts.jobs - 1, 'rows') : undefined;
  let done = 0;
  const storeOne = ({ meta, result }: Done<Meta>) => {
    const { r, hash } = meta;
    if ('error' in r) {
      fail(r.error);
      return;
    }
    const a = r.article;
    try {
      let res = result;
      // not what its earlier twin stored: run it here, as the one-thread ingest would
      if (!res && meta.check && storedHash(db, a.id) !== hash) res = analyse(a, 'rows');
      if (!res) {
        report.unchanged++;
      } else {
        if (inFlight.get(a.id) === hash) inFlight.delete(a.id);
        if (res.error) throw new Error(res.error.message);
        const { status } = storeRows(db, a, res.rows!, { file: r.file, hash });
        report[status]++;
        report.tokens += res.tokens;
      }
    } catch (err) {
      const e = classify(err, r);
      if (e instanceof StoreError) throw e;
      fail(e);
    }
    opts.onArticle?.(++done, r.file);
  };
  // one transaction per run of ready results (each article in its own savepoint); never await inside it
  const commit = db.transaction((batch: Done<Meta>[]) => batch.forEach(storeOne));
  try {
    await runOrdered(pool, items(), { local: (a) => analyse(a, 'rows'), write: (batch) => commit.immediate(batch), batchSize: opts.batchSize });
  } finally {
    await pool?.close();
  }
  return report;
}
