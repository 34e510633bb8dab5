import type { Doc, Mention } from '../../../document/types.js';

/**
 * Resolved mentions (entity >= 0; names, nominals, groups and already resolved pronouns)
 * grouped by sentence, so a pronoun looks only at the few sentences before it. Built once per
 * mentions array and rebuilt when the array has grown behind its back; the coref stage adds
 * the pronouns it resolves with addToIndex.
 */
export interface MentionIndex {
  length: number;
  /** Mention indices per sentence, in text order. */
  bySentence: number[][];
}

const cache = new WeakMap<Mention[], MentionIndex>();

export function mentionIndex(doc: Doc, mentions: Mention[]): MentionIndex {
  const hit = cache.get(mentions);
  if (hit && hit.length === mentions.length) return hit;
  const bySentence: number[][] = doc.sentences.map(() => []);
  const sent = doc.tokens.sent;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.entity < 0) continue;
    const s = sent[m.tokStart];
    if (s === undefined || !bySentence[s]) continue;
    bySentence[s].push(i);
  }
  for (const list of bySentence) list.sort((a, b) => mentions[a].start - mentions[b].start);
  const idx = { length: mentions.length, bySentence };
  cache.set(mentions, idx);
  return idx;
}

/** Appends mentions[mi] to the array and the index, keeping each sentence's list in text order. */
export function addToIndex(doc: Doc, mentions: Mention[], m: Mention): number {
  const idx = mentionIndex(doc, mentions);
  const mi = mentions.length;
  mentions.push(m);
  idx.length = mentions.length;
  const list = idx.bySentence[doc.tokens.sent[m.tokStart]];
  if (list) {
    let k = list.length;
    while (k > 0 && mentions[list[k - 1]].start > m.start) k--;
    list.splice(k, 0, mi);
  }
  return mi;
}
