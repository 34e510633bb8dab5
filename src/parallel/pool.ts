// A pool of pipeline worker threads: each batch of articles goes to the least busy worker, and its
// results come back in the batch's order (src/parallel/schedule.ts keeps the input order overall).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../document/types.js';
import type { StoreRows } from '../store/rows.js';
import { tuneJitForThreads } from './jit.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/** What a pipeline thread gives back for one article: the writer's rows or the JSON line, or the error. */
export interface PoolResult {
  tokens: number;
  rows?: StoreRows;
  json?: string;
  error?: { message: string };
}

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

  constructor(readonly jobs: number, mode: WorkerRequest['mode'] = 'rows') {
    this.mode = mode;
  }

  /** Workers start on the first batch: a run with nothing to analyse (a re-ingest) starts none. */
  private start(): void {
    tuneJitForThreads();
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

  /** Articles queued at the least busy worker (0 before the workers start). */
  shortest(): number {
    return this.slots.length ? Math.min(...this.slots.map((s) => s.inFlight)) : 0;
  }

  /** True while some worker has articles in hand. */
  busy(): boolean {
    return this.slots.some((s) => s.inFlight > 0);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
