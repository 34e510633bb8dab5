import type { NewsGraphError } from './errors.js';
import { InvalidInputError } from './errors.js';
import { process as runPipeline } from './pipeline/index.js';
import { expandPaths, readFile } from './readers/index.js';
import { isJsonl, readJsonlStream } from './parallel/jsonl.js';
import type { DB } from './store/open.js';
import { isStored, storeDocument } from './store/write.js';

export interface IngestOptions {
  /** Content of stdin, when "-" is among the paths. */
  stdin?: string;
  cwd?: string;
  /** Called after each article (for progress display). */
  onArticle?: (done: number, file: string) => void;
  /** Called with each failed input as soon as it fails. */
  onError?: (err: NewsGraphError) => void;
}

export interface IngestReport {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  tokens: number;
  errors: NewsGraphError[];
}

/**
 * Reads every input, runs the pipeline and stores each article in its own transaction.
 * A bad input is reported and skipped; the rest of the batch still goes in.
 */
export function ingest(db: DB, paths: string[], opts: IngestOptions = {}): IngestReport {
  const report: IngestReport = { added: 0, replaced: 0, unchanged: 0, failed: 0, tokens: 0, errors: [] };
  const fail = (err: NewsGraphError) => {
    report.failed++;
    report.errors.push(err);
    opts.onError?.(err);
  };
  const { files, errors } = expandPaths(paths, opts.cwd);
  errors.forEach(fail);
  let done = 0;
  for (const file of files) {
    for (const r of file !== '-' && isJsonl(file) ? readJsonlStream(file) : readFile(file, opts.stdin)) {
      if ('error' in r) {
        fail(r.error);
        continue;
      }
      const { article } = r;
      try {
        if (isStored(db, article.id, article.title, article.text)) {
          report.unchanged++;
        } else {
          const doc = runPipeline(article);
          report.tokens += doc.tokens.start.length;
          const { status } = storeDocument(db, doc, r.file);
          report[status]++;
        }
      } catch (err) {
        const where = r.line ? `${r.file}:${r.line}` : r.file;
        fail(err instanceof InvalidInputError ? err : new InvalidInputError(`${where}: ${(err as Error).message}`, r.file, r.line));
      }
      opts.onArticle?.(++done, r.file);
    }
  }
  return report;
}
