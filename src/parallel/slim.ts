// What crosses the thread boundary: a processed Doc without the token arrays the store does not
// read (only each token's sentence index is kept), plus the token count for the report.
import type { Doc } from '../document/types.js';

export interface SlimResult {
  doc?: Doc;
  tokens: number;
  error?: { message: string };
}

/** Drops token fields the store never reads; the result stores exactly like the full Doc. */
export function slimDoc(doc: Doc): Doc {
  return { ...doc, tokens: { start: [], end: [], pos: [], norm: [], sent: doc.tokens.sent } };
}
