// The ordered scheduler of the parallel paths: articles go to the pool's worker threads AND to this
// thread, results come back to `write` in input order. This thread is one of the pipeline threads:
// whenever nothing is ready to write, it runs the next article itself, so `--jobs 2` means two
// pipeline threads (this one and one worker) rather than two workers beside an idle writer. That
// saves a third V8 isolate (its compilation and its copy of the models) and the transfer of the
// articles this thread runs. At most `window` items are queued, so memory stays flat.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article } from '../document/types.js';
import type { PoolResult } from './pool.js';

/** One input item: an article to run through the pipeline, or something to pass through in order. */
export type Item<M> = { article: Article; meta: M } | { article?: undefined; meta: M };

/** What the scheduler needs of a pool of workers (PipelinePool; a fake one in tests). */
export interface Workers {
  /** Worker threads. */
  readonly jobs: number;
  /** Runs a batch on the least busy worker; resolves with its results in order. */
  run(articles: Article[]): Promise<PoolResult[]>;
  /** Articles queued at the least busy worker. */
  shortest(): number;
  /** True while some worker has articles in hand. */
  busy(): boolean;
}

/** An item with its result (none for a pass-through item). */
export interface Done<M> {
  meta: M;
  result?: PoolResult;
}

export interface ScheduleOptions<M> {
  /** Runs one article in this thread; never throws (an error goes in the result). */
  local: (article: Article) => PoolResult;
  /** Receives every run of consecutive finished items, in input order; called synchronously. */
  write: (done: Done<M>[]) => void;
  /** Articles per message to a worker (default 4). */
  batchSize?: number;
  /** Items queued at most, finished or not (default 128 per pipeline thread). */
  window?: number;
  /** Articles kept queued at each worker so it never waits for this thread (default 2 batches). */
  depth?: number;
  /** Finished items held back until this many are ready, while there is other work (default 128). */
  writeBatch?: number;
}

interface Entry<M> {
  meta: M;
  article?: Article;
  finished: boolean;
  result?: PoolResult;
}

/**
 * Runs the articles among `items` on the pool's workers and on this thread; calls `write` with the
 * finished items in input order. Items are pulled from the iterator lazily.
 */
export async function runOrdered<M>(pool: Workers | undefined, items: Iterable<Item<M>>, opts: ScheduleOptions<M>): Promise<void> {
  const workers = pool?.jobs ?? 0;
  const batchSize = opts.batchSize ?? 4;
  const window = opts.window ?? 128 * (workers + 1);
  const depth = opts.depth ?? 2 * batchSize;
  const writeBatch = opts.writeBatch ?? 128;
  const queue: Entry<M>[] = []; // input order; queue[head] is the next to write
  let head = 0;
  const todo: Entry<M>[] = []; // articles not yet given to a thread, in input order
  let todoHead = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;

  const it = items[Symbol.iterator]();
  let exhausted = false;
  const pull = () => {
    while (!exhausted && queue.length - head < window) {
      const nx = it.next();
      if (nx.done) {
        exhausted = true;
        break;
      }
      const e: Entry<M> = { meta: nx.value.meta, article: nx.value.article, finished: !nx.value.article };
      queue.push(e);
      if (e.article) todo.push(e);
    }
  };
  const feed = () => {
    if (!pool) return;
    while (todoHead < todo.length && pool.shortest() < depth) {
      const batch = todo.slice(todoHead, todoHead + batchSize);
      todoHead += batch.length;
      pool.run(batch.map((e) => e.article!)).then(
        (results) => {
          batch.forEach((e, i) => {
            e.result = results[i];
            e.finished = true;
            e.article = undefined;
          });
          wake?.();
        },
        (err: Error) => {
          failure ??= err;
          wake?.();
        },
      );
    }
  };
  // writes the finished items at the head; unless forced, only once `writeBatch` of them are ready
  // (a commit per article would cost more than the writes)
  const flush = (force: boolean) => {
    let end = head;
    while (end < queue.length && queue[end].finished) end++;
    if (end === head || (!force && end - head < writeBatch)) return;
    const done = queue.slice(head, end).map((e): Done<M> => ({ meta: e.meta, result: e.result }));
    head = end;
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    if (todoHead > 1024 && todoHead * 2 > todo.length) {
      todo.splice(0, todoHead);
      todoHead = 0;
    }
    opts.write(done);
  };

  try {
    for (;;) {
      if (failure) throw failure;
      pull();
      feed();
      // forced when this thread has nothing else to do, or the window is full
      flush(todoHead === todo.length || queue.length - head >= window);
      pull();
      feed();
      if (head === queue.length && exhausted) return;
      if (todoHead < todo.length) {
        // nothing to write: this thread runs the next article itself
        const e = todo[todoHead++];
        e.result = opts.local(e.article!);
        e.finished = true;
        e.article = undefined;
        // let the workers' replies in before going on
        if (pool?.busy()) await nextTurn();
      } else if (!queue[head].finished) {
        // every queued article is at a worker, the next to write too: wait for one to reply
        if (!pool?.busy()) throw new Error('parallel scheduler: the next item to write is at no thread (a bug)');
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      // else: the head is ready (items that pass through were pulled after the flush): write it next turn
    }
  } finally {
    if (typeof it.return === 'function') it.return();
  }
}
