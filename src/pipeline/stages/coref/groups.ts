import type { Doc } from '../../../document/types.js';
import { cueLemma } from '../../../lexicon/cues.js';

/** A described group that "they" may refer to: "U.N. investigators", "many Tunisians", "the rebels". */
export interface GroupPhrase {
  tokStart: number;
  tokEnd: number;
  /** followed by a communication verb ("U.N. investigators said") */
  speaker: boolean;
  /** opens its clause and is followed by a verb */
  subject: boolean;
}

const NP_INNER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const DETS = new Set(['the', 'some', 'many', 'several', 'other', 'most', 'two', 'three', 'four', 'five', 'few', 'these', 'those', 'both', 'all', 'their', 'its', 'his', 'her']);
const SKIP = new Set(['have', 'had', 'also', 'will', 'would', 'could', 'may', 'might', 'were', 'are', 'later', 'then', 'again', 'repeatedly', 'recently', 'already', 'not', 'never', 'did', 'do']);
/** Plural nouns that are not groups of people or bodies. */
const NOT_GROUPS = new Set(['years', 'days', 'months', 'weeks', 'hours', 'minutes', 'times', 'things', 'news', 'plans', 'talks', 'results', 'reports', 'figures', 'data', 'weapons', 'attacks', 'strikes', 'sanctions', 'elections', 'efforts', 'measures', 'prices', 'numbers', 'issues', 'documents', 'details', 'questions', 'comments', 'remarks', 'charges', 'rules', 'laws', 'terms', 'means', 'series', 'percent', 'dollars', 'emails', 'tweets', 'votes', 'polls', 'funds', 'taxes', 'relations', 'ties', 'forces']);

function isPluralHead(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const n = t.norm[i];
  return t.pos[i] === 'NOUN' && n.length > 3 && /[^su]s$/.test(n) && !NOT_GROUPS.has(n);
}

const cache = new WeakMap<Doc, (GroupPhrase[] | undefined)[]>();

/**
 * Plural noun phrases headed by a common noun, in any position ("voters", "Clinton aides", "his
 * subordinates"): what "they" most often continues. Those that open a clause and are followed by a
 * verb are subjects. Found per sentence and cached.
 */
export function groupPhrases(doc: Doc, s: number): GroupPhrase[] {
  let perSent = cache.get(doc);
  if (!perSent) {
    perSent = new Array(doc.sentences.length);
    cache.set(doc, perSent);
  }
  const hit = perSent[s];
  if (hit) return hit;
  const out: GroupPhrase[] = [];
  const t = doc.tokens;
  const { tokStart: lo, tokEnd: hi } = doc.sentences[s];
  for (let i = lo; i < hi - 1; i++) {
    if (!isPluralHead(doc, i) || isPluralHead(doc, i + 1) || t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'PROPN') continue;
    let k = i + 1;
    while (k < hi && SKIP.has(t.norm[k])) k++;
    const verb = t.pos[k] === 'VERB' || t.pos[k] === 'AUX';
    let b = i;
    while (b - 1 >= lo && (NP_INNER.has(t.pos[b - 1]) || t.norm[b - 1] === "'s" || t.norm[b - 1] === '-')) b--;
    const before = b - 1 >= lo ? t.norm[b - 1] : ',';
    let start = b;
    if (DETS.has(before)) start = b - 1;
    const open = start - 1 < lo || [',', ';', ':', '“', '"', '—', '-', 'and', 'but', 'that'].includes(t.norm[start - 1]) || t.pos[start - 1] === 'SCONJ';
    out.push({ tokStart: b, tokEnd: i + 1, speaker: open && verb && t.pos[k] === 'VERB' && !!cueLemma(t.norm[k]), subject: open && verb });
  }
  perSent[s] = out;
  return out;
}
