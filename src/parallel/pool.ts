// A pool of pipeline worker threads with an ordered, bounded window: items go in in input order,
// results come out in the same order, and at most `window` articles are in flight, so memory stays
// flat however long the input is.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../document/types.js';
import type { SlimResult } from './slim.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export type PoolResult = SlimResult & { json?: string };

/** The default number of pipeline threads: cores - 1, at least 1. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

function newWorker(): Worker {
  // From the compiled package the worker is a .js file next to this one; from the sources (tsx,
  // vitest) it is the .ts file, loaded through tsx's loader registered inside the thread.
  const self = fileURLToPath(import.meta.url);
  if (self.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(self).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
    const worker = pathToFileURL(join(dirname(self), 'worker.ts')).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
    return new Worker(code, { eval: true });
  }
  return new Worker(new URL('./worker.js', import.meta.url));
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export interface PoolOptions {
  jobs: number;
  mode?: WorkerRequest['mode'];
  /** Articles per message (default 4). */
  batchSize?: number;
}

/** Worker threads running the pipeline; `run` resolves with the results of one batch, in order. */
export class PipelinePool {
  private slots: Slot[] = [];
  private waiting = new Map<number, { resolve: (r: PoolResult[]) => void; reject: (e: Error) => void; slot: Slot; size: number }>();
  private nextBatch = 0;
  private failed?: Error;
  private closing = false;
  readonly mode: WorkerRequest['mode'];

  constructor(readonly jobs: number, mode: WorkerRequest['mode'] = 'doc') {
    this.mode = mode;
  }

  /** Workers start on the first batch: a run with nothing to analyse (a re-ingest) starts none. */
  private start(): void {
    for (let i = 0; i < this.jobs; i++) {
      const worker = newWorker();
      const slot: Slot = { worker, inFlight: 0 };
      worker.on('message', (reply: WorkerReply) => {
        const w = this.waiting.get(reply.batch);
        if (!w) return;
        this.waiting.delete(reply.batch);
        w.slot.inFlight -= w.size;
        w.resolve(reply.results);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`pipeline worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  private fail(err: Error): void {
    this.failed ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }

  /** Sends a batch to the least busy worker. */
  run(articles: Article[]): Promise<PoolResult[]> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.slots.length === 0) this.start();
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const batch = this.nextBatch++;
    slot.inFlight += articles.length;
    return new Promise((resolve, reject) => {
      this.waiting.set(batch, { resolve, reject, slot, size: articles.length });
      slot.worker.postMessage({ batch, articles, mode: this.mode } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** One input item: an article to run through the pipeline, or something to pass through in order. */
export type Item<M> = { article: Article; meta: M } | { article?: undefined; meta: M };

/**
 * Runs the articles among `items` on the pool and yields every item with its result in input
 * order. At most `window` articles are in flight; items are pulled from the iterator lazily.
 */
export async function* mapOrdered<M>(pool: PipelinePool, items: Iterable<Item<M>>, opts: { window?: number; batchSize?: number } = {}): AsyncGenerator<{ meta: M; result?: PoolResult }> {
  const batchSize = opts.batchSize ?? 4;
  const window = opts.window ?? pool.jobs * batchSize * 4;
  type Entry = { meta: M; batch?: Promise<PoolResult[]>; index?: number; pending?: Article[] };
  const queue: Entry[] = [];
  let open: { articles: Article[]; entries: Entry[] } = { articles: [], entries: [] };
  let inFlight = 0;
  const flush = () => {
    if (open.articles.length === 0) return;
    const p = pool.run(open.articles);
    p.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile
    for (const e of open.entries) e.batch = p;
    open = { articles: [], entries: [] };
  };
  const it = items[Symbol.iterator]();
  let done = false;
  const pull = () => {
    while (!done && inFlight < window && queue.length < 2 * window) {
      const nx = it.next();
      if (nx.done) {
        done = true;
        break;
      }
      const item = nx.value;
      const e: Entry = { meta: item.meta };
      queue.push(e);
      if (item.article) {
        e.index = open.articles.length;
        open.articles.push(item.article);
        open.entries.push(e);
        inFlight++;
        if (open.articles.length >= batchSize) flush();
      }
    }
  };
  try {
    for (;;) {
      pull();
      const head = queue.shift();
      if (!head) return;
      if (head.index === undefined) {
        yield { meta: head.meta };
        continue;
      }
      if (!head.batch) flush();
      const results = await head.batch!;
      inFlight--;
      yield { meta: head.meta, result: results[head.index] };
    }
  } finally {
    if (typeof it.return === 'function') it.return();
  }
}
