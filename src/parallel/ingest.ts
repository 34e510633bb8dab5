// Parallel ingest: the pipeline runs in worker threads while this thread reads the inputs and is
// the single writer. Results are stored in input order, so the store ends up exactly as with
// `ingest` (one thread); the writer commits every run of ready results in one transaction (each
// article still in its own savepoint, so a failing article leaves no trace).
import type { Doc } from '../document/types.js';
import type { NewsGraphError } from '../errors.js';
import { StoreError } from '../errors.js';
import { analyseArticle, classify, storeArticle, type IngestOptions, type IngestReport } from '../ingest.js';
import { expandPaths, readInput, type ReadResult } from '../readers/index.js';
import type { DB } from '../store/open.js';
import { contentHash, isStored } from '../store/write.js';
import { mapOrdered, PipelinePool, type Item } from './pool.js';

export interface ParallelIngestOptions extends IngestOptions {
  /** Pipeline worker threads (at least 1). */
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

type Meta = { r: ReadResult; check?: boolean };

/** Like `ingest`, with the pipeline in `opts.jobs` worker threads; same report, same store. */
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
        yield { meta: { r, check: true } };
      } else if (isStored(db, a.id, a.title, a.text)) {
        yield { meta: { r } };
      } else {
        inFlight.set(a.id, hash);
        yield { article: a, meta: { r } };
      }
    }
  }

  const pool = new PipelinePool(opts.jobs, 'doc');
  let done = 0;
  const ready: { meta: Meta; result?: { doc?: Doc; tokens: number; error?: { message: string } } }[] = [];
  const storeOne = (x: (typeof ready)[number]) => {
    const { r } = x.meta;
    if ('error' in r) {
      fail(r.error);
      return;
    }
    const a = r.article;
    try {
      let res = x.result;
      if (!res && x.meta.check && !isStored(db, a.id, a.title, a.text)) {
        // not what its earlier twin stored: run it here, as the one-thread ingest would
        const doc = analyseArticle(r);
        res = { doc, tokens: doc.tokens.start.length };
      }
      if (!res) {
        report.unchanged++;
      } else {
        if (inFlight.get(a.id) === contentHash(a.title, a.text)) inFlight.delete(a.id);
        if (res.error) throw new Error(res.error.message);
        // the slim doc has no token arrays: its count came with it
        const { status } = storeArticle(db, r, res.doc!);
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
  const commit = db.transaction((batch: typeof ready) => batch.forEach(storeOne));
  try {
    const it = mapOrdered(pool, items(), { batchSize: opts.batchSize });
    for (;;) {
      const nx = await it.next();
      if (!nx.done) ready.push(nx.value);
      // write whatever is ready in one transaction; never await inside it
      if (nx.done || ready.length >= 64) {
        if (ready.length) commit.immediate(ready.splice(0));
        if (nx.done) break;
      }
    }
  } finally {
    await pool.close();
  }
  return report;
}
