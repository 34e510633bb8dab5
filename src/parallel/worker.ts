// A pipeline worker thread: receives batches of articles, runs the default pipeline on each and
// posts back, in the same order, what the main thread needs of it (or the error message).
import { parentPort } from 'node:worker_threads';
import type { Article } from '../document/types.js';
import { analyse, type AnalyseMode } from './analyse.js';
import type { PoolResult } from './pool.js';

export interface WorkerRequest {
  batch: number;
  articles: Article[];
  /** 'rows': the rows the writer stores (src/store/rows.ts); 'json': the Document JSON line, as `extract --jsonl` prints it. */
  mode: AnalyseMode;
}

export interface WorkerReply {
  batch: number;
  results: PoolResult[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.articles.map((article) => analyse(article, req.mode));
  // the rows' typed arrays move to the main thread instead of being copied
  const transfer = results.flatMap((r) => (r.rows ? [r.rows.ints.buffer as ArrayBuffer, r.rows.nums.buffer as ArrayBuffer] : []));
  parentPort!.postMessage({ batch: req.batch, results } satisfies WorkerReply, transfer);
});
