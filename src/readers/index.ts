/** Readers: files, folders, globs and stdin into articles (one reader per format). */
import { parseText, readInputFile, type Format } from './file.js';
import { InvalidInputError } from '../errors.js';
import { formatBytes, type ReadOptions, type ReadResult } from './types.js';

export type { InputArticle, ReadResult, ReadOptions } from './types.js';
export { DEFAULT_MAX_BYTES } from './types.js';
export { EXTENSIONS, expandPaths } from './paths.js';
export { formatOf, parseText, readInputFile, type Format } from './file.js';
export { decode, looksBinary, sniffBOM, type Decoded } from './encoding.js';
export { extractHtml, type HtmlArticle } from './html.js';
export { splitTitle } from './txt.js';

/** Guesses the format of stdin: JSON lines when every non-empty line starts with "{", HTML when it starts with "<", else text. */
export function stdinFormat(content: string): Format {
  const t = content.trimStart();
  if (t.startsWith('{') && content.split('\n').every((l) => !l.trim() || l.trim().startsWith('{'))) return 'jsonl';
  if (/^<(!doctype html|html|head|body|article)\b/i.test(t)) return 'html';
  return 'txt';
}

/** Parses text already read, by extension (kept for callers of the v1 API). */
export function parseInput(content: string, file: string, ext: string): Generator<ReadResult> {
  const f = ({ '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.html': 'html', '.htm': 'html', '.md': 'md' } as Record<string, Format>)[ext] ?? 'txt';
  return parseText(content, file, f);
}

/**
 * Reads one input (a file, or stdin for "-") into articles. Never throws: each bad input or
 * record comes back as `{ error }` naming the file (and line).
 */
export function* readInput(file: string, opts: ReadOptions & { stdin?: string; cwd?: string } = {}): Generator<ReadResult> {
  if (file !== '-') return yield* readInputFile(file, opts);
  const content = opts.stdin ?? '';
  const max = opts.maxBytes;
  if (max !== undefined && Buffer.byteLength(content) > max) {
    return yield { error: new InvalidInputError(`-: stdin is over the limit of ${formatBytes(max)}; split it or raise --max-bytes`, '-') };
  }
  yield* parseText(content, '-', stdinFormat(content));
}

/** Reads one file (or stdin for "-") into a list of articles and errors. */
export function readFile(file: string, stdin?: string, opts: ReadOptions = {}): ReadResult[] {
  return [...readInput(file, { ...opts, stdin })];
}
