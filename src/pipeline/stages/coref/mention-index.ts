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
  /** Per entity, the start offsets of its name mentions, ascending. */
  nameStarts: Map<number, number[]>;
}

const cache = new WeakMap<Mention[], MentionIndex>();

export function mentionIndex(doc: Doc, mentions: Mention[]): MentionIndex {
  const hit = cache.get(mentions);
  if (hit && hit.length === mentions.length) return hit;
  const bySentence: number[][] = doc.sentences.map(() => []);
  const sent = doc.tokens.sent;
  const nameStarts = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.entity < 0) continue;
    if (m.kind === 'name') {
      const list = nameStarts.get(m.entity);
      if (list) list.push(m.start);
      else nameStarts.set(m.entity, [m.start]);
    }
    const s = sent[m.tokStart];
    if (s === undefined || !bySentence[s]) continue;
    bySentence[s].push(i);
  }
  for (const list of bySentence) list.sort((a, b) => mentions[a].start - mentions[b].start);
  for (const list of nameStarts.values()) list.sort((a, b) => a - b);
  const idx = { length: mentions.length, bySentence, nameStarts };
  cache.set(mentions, idx);
  return idx;
}

/** Appends `m` to the array and to the index, keeping each sentence's list in text order. */
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

/** How many name mentions of entity `e` start before character `start`. */
export function namesBefore(idx: MentionIndex, e: number, start: number): number {
  const list = idx.nameStarts.get(e);
  if (!list) return 0;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
