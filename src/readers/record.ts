import type { Article } from '../document/types.js';
import { InvalidInputError } from '../errors.js';
import { articleId } from '../ids.js';
import type { ReadResult } from './types.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A JSON "\\ud800" escape gives a lone surrogate; it becomes U+FFFD (same length, so offsets hold). */
const clean = (s: string) => s.replace(LONE_SURROGATE, '\ufffd');
const str = (v: unknown) => (typeof v === 'string' ? clean(v) : typeof v === 'number' ? String(v) : undefined);

/** Turns one parsed JSON value into an article (`text` required; id, title, url, source, published_at optional). */
export function fromRecord(rec: unknown, file: string, line?: number): ReadResult {
  const where = line ? `${file}:${line}` : file;
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    return { error: new InvalidInputError(`${where}: expected a JSON object with a "text" field`, file, line) };
  }
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string' || r.text.trim() === '') {
    return { error: new InvalidInputError(`${where}: article has no "text" field (a non-empty string is required)`, file, line) };
  }
  const text = clean(r.text);
  const article: Article = { id: str(r.id) ?? articleId(text), text };
  const title = str(r.title);
  if (title !== undefined) article.title = title;
  for (const k of ['url', 'source', 'published_at', 'author'] as const) {
    const v = str(r[k]);
    if (v !== undefined) article[k] = v;
  }
  return { article, file, line };
}

/** Parses JSON, or returns the parser's message. */
export function parseJSON(s: string): { value: unknown } | { message: string } {
  try {
    return { value: JSON.parse(s) };
  } catch (err) {
    return { message: (err as Error).message };
  }
}
