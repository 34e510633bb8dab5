import type { Article } from '../document/types.js';
import type { InvalidInputError } from '../errors.js';

/** One article read from an input, with where it came from. */
export interface InputArticle {
  article: Article;
  file: string;
  line?: number;
  /** The encoding the bytes were decoded from (when read from bytes). */
  encoding?: string;
}

export type ReadResult = InputArticle | { error: InvalidInputError };

export interface ReadOptions {
  /** Largest file (or `.jsonl` line) read, in bytes (default 10 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** "12.3 MB", "512 bytes": a size for an error message. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
