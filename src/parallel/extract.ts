// `extract --jsonl` over a stream of articles: in this thread (jobs = 1) or in `jobs` pipeline
// threads (this one and `jobs - 1` workers), printing one Document JSON line per article in input
// order either way.
import { extract } from '../index.js';
import type { InvalidInputError } from '../errors.js';
import type { ReadResult } from '../readers/index.js';
import { analyse } from './analyse.js';
import { PipelinePool } from './pool.js';
import { runOrdered, type Item } from './schedule.js';

export interface ExtractStreamOptions {
  jobs: number;
  /** Receives each output line (with its newline). */
  write: (line: string) => void;
  /** Receives each input that could not be read; the rest go on. */
  onError: (err: InvalidInputError) => void;
}

/** Runs the pipeline on every article; returns the number of failed inputs. */
export async function extractStream(inputs: Iterable<ReadResult>, opts: ExtractStreamOptions): Promise<number> {
  let failed = 0;
  if (opts.jobs <= 1) {
    for (const r of inputs) {
      if ('error' in r) {
        failed++;
        opts.onError(r.error);
      } else opts.write(JSON.stringify(extract(r.article)) + '\n');
    }
    return failed;
  }
  function* items(): Generator<Item<ReadResult>> {
    for (const r of inputs) yield 'error' in r ? { meta: r } : { article: r.article, meta: r };
  }
  const pool = new PipelinePool(opts.jobs - 1, 'json');
  try {
    await runOrdered(pool, items(), {
      local: (a) => analyse(a, 'json'),
      write: (done) => {
        for (const { meta, result } of done) {
          if ('error' in meta) {
            failed++;
            opts.onError(meta.error);
          } else if (result?.error) throw new Error(result.error.message);
          else opts.write(result!.json! + '\n');
        }
      },
    });
  } finally {
    await pool.close();
  }
  return failed;
}
