// A pipeline worker thread: receives batches of articles, runs the default pipeline on each and
// posts back slim Docs (or the error message) in the same order.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../document/types.js';
import { toJSON } from '../document/json.js';
import { process as runPipeline } from '../pipeline/index.js';
import { slimDoc, type SlimResult } from './slim.js';

export interface WorkerRequest {
  batch: number;
  articles: Article[];
  /** 'doc': slim Docs for the store; 'json': the Document JSON line, as `extract --jsonl` prints it. */
  mode: 'doc' | 'json';
}

export interface WorkerReply {
  batch: number;
  results: (SlimResult & { json?: string })[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.articles.map((article): SlimResult & { json?: string } => {
    try {
      const doc = runPipeline(article);
      const tokens = doc.tokens.start.length;
      return req.mode === 'json' ? { tokens, json: JSON.stringify(toJSON(doc)) } : { tokens, doc: slimDoc(doc) };
    } catch (err) {
      return { tokens: 0, error: { message: err instanceof Error ? err.message : String(err) } };
    }
  });
  parentPort!.postMessage({ batch: req.batch, results } satisfies WorkerReply);
});
