/**
 * A short readable label for a predicted relation, taken from the sentence as written.
 * First a trigger word of the relation's lexicon (title nouns, "based", "born", "assassinated")
 * between the arguments or as a title just before a person head, nearest to an argument; else the
 * between-word the model weighs most for the relation; widened by a title modifier before it
 * ("chief executive") and a preposition after it ("spokesman for"). Falls back to a lone
 * preposition between the arguments, then to a default label per type.
 */
import type { SentenceView } from './features.js';
import { stem } from './normalize.js';
import type { WeightTable } from './perceptron.js';
import type { RelType } from './types.js';

const DEFAULT_LABEL: Record<RelType, string> = {
  works_for: 'works for',
  lives_in: 'lives in',
  based_in: 'based in',
  located_in: 'in',
  killed: 'killed',
};

const TITLES =
  'president chairman chairwoman spokesman spokeswoman spokesperson leader candidate attorney director judge chief ' +
  'official correspondent secretary manager professor officer publisher deputy member executive engineer assistant ' +
  'editor reporter founder head ceo employee analyst economist minister ambassador envoy aide adviser advisor lawyer ' +
  'coach owner senator representative commander general governor mayor premier chancellor negotiator researcher ' +
  'scientist worker staff partner vice';
const LEXICON: Record<RelType, string> = {
  works_for: TITLES + ' works worked working joined hired employed serves served',
  lives_in: 'born native lives lived living resident residents citizen citizens home grew hometown ' + TITLES,
  based_in: 'based headquartered headquarters office offices plant branch',
  located_in: 'near capital province city county state region district northern southern eastern western north south east west outside suburb',
  killed:
    'killed kill kills killing assassinated assassination assassin shot shooting murdered murder murdering killer ' +
    'gunman slain slaying stabbed executed poisoned strangled beheaded death',
};
const LEX = Object.fromEntries(
  Object.entries(LEXICON).map(([k, words]) => [k, new Set(words.split(' ').map(stem))]),
) as Record<RelType, Set<string>>;

/** a word must weigh at least this much for the relation to serve as its label */
const MIN_WEIGHT = 0.5;
const PREPS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'to', 'on', 'near']);
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'that',
  'which', 'who', 'whom', 'this', 'these', 'was', 'is', 'are', 'were', 'be', 'been', 'has', 'have', 'had',
  'said', 'says', 'by', 'as', 'also', 'not', 'will', 'would', "'s", 'on', 'to', 'for', 'of', 'in', 'at',
]);
const WORD = /^[a-z][a-z-]+$/;

export function predicateLabel(
  tokens: string[],
  v: SentenceView,
  table: WeightTable,
  cls: number,
  head: number,
  tail: number,
  type: RelType,
): string {
  const h = v.entities[head];
  const t = v.entities[tail];
  const fwd = h.start < t.start;
  const d = fwd ? 'F' : 'B';
  const L = fwd ? h : t;
  const R = fwd ? t : h;

  // positions that may carry the label: between words not cut off from both arguments by
  // another entity, and a capitalised title just before a person head
  const slots: number[] = [];
  if (R.start - L.end <= 12) {
    let firstEnt = R.start;
    let lastEnt = L.end - 1;
    for (let i = L.end; i < R.start; i++) {
      if (v.entAt[i]) {
        firstEnt = Math.min(firstEnt, i);
        lastEnt = i;
      }
    }
    for (let i = L.end; i < R.start; i++) if (!(i > firstEnt && i < lastEnt) && !v.entAt[i]) slots.push(i);
  }
  const title = h.start - 1;
  if (v.entAt[h.start] === 'P' && title >= 0 && !v.entAt[title] && /^[A-Z][a-z]+$/.test(tokens[title]) && !slots.includes(title)) {
    slots.push(title);
  }
  const usable = (i: number): boolean => WORD.test(v.low[i]) && !STOP.has(v.low[i]);
  const dist = (i: number): number => Math.min(Math.abs(i - L.end), Math.abs(R.start - 1 - i), Math.abs(h.start - 1 - i));

  let best = -1;
  for (const i of slots) {
    if (usable(i) && LEX[type].has(v.stems[i]) && (best < 0 || dist(i) < dist(best))) best = i;
  }
  if (best < 0) {
    let bestW = MIN_WEIGHT;
    for (const i of slots) {
      if (!usable(i)) continue;
      const row = table.rows.get('w=' + v.low[i] + d);
      const w = row ? row[cls] - row[0] : 0;
      if (w > bestW) {
        bestW = w;
        best = i;
      }
    }
  }
  if (best >= 0) {
    let s = best;
    let e = best + 1;
    const prev = s - 1;
    if (prev >= 0 && !v.entAt[prev] && usable(prev) && tokens[prev] === v.low[prev] && (LEX[type].has(v.stems[prev]) || /(?:ive|ign|ior|al|ime|ty)$/.test(v.low[prev]))) s--;
    while (e < tokens.length && slots.includes(e) && usable(e) && LEX[type].has(v.stems[e])) e++;
    if (e < R.start && e >= L.end && PREPS.has(v.low[e])) e++;
    return tokens.slice(s, e).join(' ');
  }
  // a lone preposition or "'s" between the arguments reads well as it is
  const gap = R.start - L.end;
  if (gap === 1 && (PREPS.has(v.low[L.end]) || v.low[L.end] === "'s")) return tokens[L.end];
  if (gap === 2 && v.low[L.end] === ',' && PREPS.has(v.low[L.end + 1])) return tokens[L.end + 1];
  return DEFAULT_LABEL[type];
}
