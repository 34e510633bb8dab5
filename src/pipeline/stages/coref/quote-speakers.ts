import type { Doc, Mention } from '../../../document/types.js';
import { cueLemma } from '../../../lexicon/cues.js';
import { findQuotes } from '../quotes.js';

const ADVERBIAL = new Set(['also', 'later', 'then', 'again', 'has', 'had', 'have', 'once', 'further', 'previously', 'recently']);

/**
 * For each token inside a quotation, the quotation's index; -1 outside. Quotations come from
 * the statements stage's finder, so both stages agree on what is quoted.
 */
export function quotationOfTokens(doc: Doc): { quote: Int32Array; spans: { start: number; end: number }[] } {
  const t = doc.tokens;
  const spans = findQuotes(doc.text).map((q) => ({ start: q.start, end: q.end }));
  const quote = new Int32Array(t.norm.length).fill(-1);
  let q = 0;
  for (let i = 0; i < t.norm.length && q < spans.length; i++) {
    while (q < spans.length && spans[q].end <= t.start[i]) q++;
    if (q < spans.length && spans[q].start < t.start[i] && t.end[i] < spans[q].end) quote[i] = q;
  }
  return { quote, spans };
}

function isCue(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.tokens.norm.length && doc.tokens.pos[i] === 'VERB' && !!cueLemma(doc.tokens.norm[i]);
}

/**
 * The entity named as the speaker right after a quotation ("…,” Graham said", "…,” said Graham",
 * "…,” he said" through `pronoun`) or right before it ("Graham said: “…”"); -1 when none.
 */
export function quoteSpeaker(
  doc: Doc,
  span: { start: number; end: number },
  byStart: Map<number, Mention>,
  byEnd: Map<number, Mention>,
  pronoun: (tok: number) => number,
): number {
  const t = doc.tokens;
  const n = t.norm.length;
  // after the closing mark
  let k = 0;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < span.end) lo = mid + 1;
    else hi = mid;
  }
  k = lo;
  while (k < n && t.norm[k] === ',') k++;
  const m = byStart.get(k);
  if (m) {
    let j = m.tokEnd;
    while (j < n && ADVERBIAL.has(t.norm[j])) j++;
    if (isCue(doc, j)) return m.entity;
  }
  if (!m && isCue(doc, k + 1)) {
    const e = pronoun(k);
    if (e >= 0) return e;
  }
  if (isCue(doc, k)) {
    const after = byStart.get(k + 1) ?? (t.norm[k + 1] === 'the' ? byStart.get(k + 2) : undefined);
    if (after) return after.entity;
  }
  // before the opening mark: "X said: “…”", "X said, “…”"
  let j = lo;
  while (j > 0 && t.start[j - 1] >= span.start) j--;
  j--;
  while (j >= 0 && (t.norm[j] === ',' || t.norm[j] === ':')) j--;
  if (isCue(doc, j)) {
    let s = j - 1;
    while (s >= 0 && ADVERBIAL.has(t.norm[s])) s--;
    const before = byEnd.get(s + 1);
    if (before) return before.entity;
  }
  return -1;
}
