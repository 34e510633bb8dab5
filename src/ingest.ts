import type { Doc } from './document/types.js';
import type { NewsGraphError } from './errors.js';
import { InvalidInputError, StoreError } from './errors.js';
import { process as runPipeline } from './pipeline/index.js';
import { expandPaths, readInput, type InputArticle } from './readers/index.js';
import type { DB } from './store/open.js';
import { isStored, storeDocument, type StoreStatus } from './store/write.js';

export interface IngestOptions {
  /** Content of stdin, when "-" is among the paths. */
  stdin?: string;
  cwd?: string;
  /** Largest file (or `.jsonl` line) read, in bytes (default 10 MB). */
  maxBytes?: number;
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

/** The outcome of one article. */
export interface ArticleOutcome {
  status: StoreStatus;
  tokens: number;
}

/** The CPU part of one article, with no database: runs the pipeline (callable from a worker thread). */
export function analyseArticle(input: InputArticle): Doc {
  return runPipeline(input.article);
}

/** Stores one analysed article in its own transaction: all of its facts or none. */
export function storeArticle(db: DB, input: InputArticle, doc: Doc): ArticleOutcome {
  return { status: storeDocument(db, doc, input.file).status, tokens: doc.tokens.start.length };
}

/**
 * The unit of work for one article: skip it when already stored with the same content,
 * otherwise analyse then store. Throws a StoreError when the database is busy or broken
 * (the batch stops), an InvalidInputError naming the file when the article itself fails.
 */
export function ingestArticle(db: DB, input: InputArticle): ArticleOutcome {
  const { article } = input;
  try {
    if (isStored(db, article.id, article.title, article.text)) return { status: 'unchanged', tokens: 0 };
    return storeArticle(db, input, analyseArticle(input));
  } catch (err) {
    throw classify(err, input);
  }
}

/** A store failure stops the batch; anything else is this article's failure. */
export function classify(err: unknown, input: InputArticle): NewsGraphError {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return new StoreError(`the database is busy: another process kept it locked past the busy timeout (${code}). Wait for the other ingest to finish, then re-run this one; articles already stored are skipped`);
    }
    return new StoreError(`cannot write to the database (${code}: ${(err as Error).message})`);
  }
  if (err instanceof InvalidInputError || err instanceof StoreError) return err;
  const where = input.line ? `${input.file}:${input.line}` : input.file;
  return new InvalidInputError(`${where}: ${(err as Error).message}`, input.file, input.line);
}

/**
 * Reads every input, runs the pipeline and stores each article in its own transaction.
 * A bad input is reported and skipped; the rest of the batch still goes in. A store failure
 * (busy or broken database) stops the batch by throwing a StoreError.
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
    for (const r of readInput(file, { stdin: opts.stdin, cwd: opts.cwd, maxBytes: opts.maxBytes })) {
      if ('error' in r) {
        fail(r.error);
        continue;
      }
      try {
        const { status, tokens } = ingestArticle(db, r);
        report[status]++;
        report.tokens += tokens;
      } catch (err) {
        if (err instanceof StoreError) throw err;
        fail(err as NewsGraphError);
      }
      opts.onArticle?.(++done, r.file);
    }
  }
  return report;
}
