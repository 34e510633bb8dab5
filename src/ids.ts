import { createHash } from 'node:crypto';

/** Stable id of an article without one: a hash of its text. */
export function articleId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
