// The pipeline on one article, as every pipeline thread runs it (a worker, or the main thread when
// it takes its share), with any error caught into the result so that one bad article stops nothing.
import type { Article } from '../document/types.js';
import { toJSON } from '../document/json.js';
import { process as runPipeline } from '../pipeline/index.js';
import { toRows } from '../store/rows.js';
import type { PoolResult } from './pool.js';

/** What a thread gives back: 'rows' for the writer (src/store/rows.ts), 'json' for `extract --jsonl`. */
export type AnalyseMode = 'rows' | 'json';

/** The pipeline on one article, in the form `mode` asks for; an error goes in the result. */
export function analyse(article: Article, mode: AnalyseMode): PoolResult {
  try {
    const doc = runPipeline(article);
    const tokens = doc.tokens.start.length;
    return mode === 'json' ? { tokens, json: JSON.stringify(toJSON(doc)) } : { tokens, rows: toRows(doc) };
  } catch (err) {
    return { tokens: 0, error: { message: err instanceof Error ? err.message : String(err) } };
  }
}

