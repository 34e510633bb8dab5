/**
 * A short readable label for a predicted relation, taken from the sentence as written.
 * First a trigger word of the relation's lexicon (title nouns, "based", "born", "assassinated")
 * between the arguments or as a title just before a person head, nearest to an argument; else the
 * between-word the model weighs most for the relation; widened by a title modifier before it
 * ("chief executive") and a preposition after it ("spokesman for"). Falls back to a lone
 * preposition between the arguments, then to a default label per type.
 */
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { SentenceView } from './features.js';
import { isPublicOffice } from './offices.js';
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
  'scientist worker staff partner vice ' +
  // and the pipeline's role nouns ("superintendent", "expert", "strategist"): CoNLL04 train CV 72.1 -> 72.6
  [...TITLE_HEADS].join(' ');
const LEXICON: Record<RelType, string> = {
  works_for: TITLES + ' works worked working joined hired employed serves served',
  lives_in: 'born native lives lived living resident residents citizen citizens home grew hometown ' + TITLES,
  based_in: 'based headquartered headquarters office offices plant branch',
  located_in:
    'near capital province city county state region district northern southern eastern western north south east west outside suburb' +
    ' central northeast northwest southeast southwest northeastern northwestern southeastern southwestern north-east north-west' +
    ' south-east south-west part town village area',
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

/** Abbreviated titles as AP style writes them before a name ("Illinois Gov. James Thompson"). */
const ABBREVIATED_TITLES: Record<string, string> = {
  'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'gen.': 'general', 'lt.': 'lieutenant',
  'col.': 'colonel', 'adm.': 'admiral', 'cmdr.': 'commander', 'capt.': 'captain', 'sgt.': 'sergeant',
  'atty.': 'attorney', 'supt.': 'superintendent', 'amb.': 'ambassador', 'pres.': 'president', 'sec.': 'secretary',
};

export interface Predicate {
  text: string;
  /** the label is a public office ("President", "Foreign Minister") next to the tail ("U.S. President X", "president of Haiti") */
  role: boolean;
  /** the sentence states the relation explicitly: a trigger word of its type, or a tight "X in Y", "X, Y", "Y's X" construction */
  explicit: boolean;
  /** the trigger is a residence word ("born", "native", "lives") */
  residence: boolean;
}

const LIVES_ONLY = new Set('born native lives lived living resident residents citizen citizens home grew hometown'.split(' ').map(stem));
const TITLE_SET = new Set(TITLES.split(' ').map(stem));

export function predicateLabel(
  tokens: string[],
  v: SentenceView,
  table: WeightTable,
  cls: number,
  head: number,
  tail: number,
  type: RelType,
): Predicate {
  const h = v.entities[head];
  const t = v.entities[tail];
  const fwd = h.start < t.start;
  const d = fwd ? 'F' : 'B';
  const L = fwd ? h : t;
  const R = fwd ? t : h;

  // positions that may carry the label: between words not cut off from both arguments by
  // another entity, and a capitalised title just before a person head
  const slots: number[] = [];
  if (R.start - L.end <= triggerGap(type)) {
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
  const near = R.start - L.end <= 2;
  if (v.entAt[h.start] === 'P' && near && title >= 0 && !v.entAt[title] && /^[A-Z][a-z]+\.?$/.test(tokens[title]) && !slots.includes(title)) {
    slots.push(title);
  }
  // lexicon key: the stem of the last part of a hyphenated word ("co-founder" -> found)
  const key = (i: number): string => {
    const full = ABBREVIATED_TITLES[v.low[i]];
    if (full) return stem(full);
    const dash = v.low[i].lastIndexOf('-');
    return dash > 0 ? stem(v.low[i].slice(dash + 1)) : v.stems[i];
  };
  const usable = (i: number): boolean => (WORD.test(v.low[i]) || ABBREVIATED_TITLES[v.low[i]] !== undefined) && !STOP.has(v.low[i]);
  const dist = (i: number): number => Math.min(Math.abs(i - L.end), Math.abs(R.start - 1 - i), Math.abs(h.start - 1 - i));

  const gap = R.start - L.end;
  let tight = gap <= 3;
  for (let i = L.end; i < R.start && tight; i++) tight = TIGHT.has(v.low[i]);
  if (!tight && fwd && gap <= 6) tight = placePhrase(v.low.slice(L.end, R.start), v.entAt.slice(L.end, R.start));
  // "At the United Nations, Russia's envoy": a possessive right argument names the owner of what follows
  if (v.low[R.end] === "'s") tight = false;
  let best = -1;
  for (const i of slots) {
    // "Home Secretary": a residence word that opens a title is part of the title
    if (LIVES_ONLY.has(key(i)) && slots.includes(i + 1) && TITLE_SET.has(key(i + 1))) continue;
    if (usable(i) && LEX[type].has(key(i)) && (best < 0 || dist(i) < dist(best))) best = i;
  }
  // "X was convicted of Y 's killing": the victim's possessive names the killing
  if (best < 0 && type === 'killed' && fwd && v.low[R.end] === "'s" && R.end + 1 < tokens.length && LEX.killed.has(v.stems[R.end + 1])) {
    return { text: tokens[R.end + 1], role: false, explicit: true, residence: false };
  }
  const trigger = best >= 0;
  if (!trigger && type === 'lives_in' && fwd) {
    const home = residenceAfter(tokens, v, h, t);
    if (home) return home;
  }
  if (!trigger && type === 'located_in' && fwd) {
    const part = placeNounAfter(tokens, v, h, t);
    if (part) return part;
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
    const isTitle = trigger && TITLE_SET.has(key(best)) && !LIVES_ONLY.has(key(best));
    const ok = (i: number): boolean => i >= 0 && i < tokens.length && slots.includes(i) && usable(i);
    const capital = (i: number): boolean => /^[A-Z]/.test(tokens[i]);
    let s = best;
    let e = best + 1;
    if (isTitle) {
      // a title as written: "Vice President", "senior military analyst", "Secretary of State"
      const cap = capital(best);
      while (best - s < 3 && ok(s - 1) && capital(s - 1) === cap) s--;
      for (;;) {
        if (ok(e) && capital(e) === cap && (cap || TITLE_SET.has(key(e)))) e++;
        else if (cap && v.low[e] === 'of' && slots.includes(e) && ok(e + 1) && capital(e + 1)) e += 2;
        else break;
      }
    } else {
      const prev = s - 1;
      if (ok(prev) && tokens[prev] === v.low[prev] && (LEX[type].has(key(prev)) || /(?:ive|ign|ior|al|ime|ty)$/.test(v.low[prev]))) s--;
      while (ok(e) && LEX[type].has(key(e))) e++;
      if (e < R.start && e >= L.end && PREPS.has(v.low[e])) e++;
    }
    // the title sits between the place and the person, next to both ("U.S. President X", "X, president of Y")
    const role =
      isTitle &&
      publicOffice(tokens, v, s, best) &&
      (t.end <= s ? connects(v, t.end, s, h, BEFORE_TITLE, 2) : connects(v, e, t.start, h, AFTER_TITLE, 3)) &&
      (e <= h.start ? connects(v, e, h.start, h, TITLE_TO_HEAD, 1) : h.end <= s && connects(v, h.end, s, h, HEAD_TO_TITLE, 2));
    const residence = trigger && LIVES_ONLY.has(key(best));
    if (type === 'lives_in' && !role && !residence) {
      // a title nearer than the residence word does not hide it: "X ( 16th President ) : Born ... in Y"
      let home = -1;
      for (const i of slots) {
        if (LIVES_ONLY.has(key(i)) && usable(i) && !(slots.includes(i + 1) && TITLE_SET.has(key(i + 1))) && (home < 0 || dist(i) < dist(home))) home = i;
      }
      if (home >= 0) {
        const end = home + 1 < R.start && PREPS.has(v.low[home + 1]) ? home + 2 : home + 1;
        return { text: tokens.slice(home, end).join(' '), role: false, explicit: true, residence: true };
      }
    }
    return { text: tokens.slice(s, e).join(' '), role, explicit: trigger || tight, residence };
  }
  // the news convention for a home town: "John Smith of Springfield", "John Smith, 45, of Springfield"
  const between = v.low.slice(L.end, R.start).join(' ');
  if (type === 'lives_in' && fwd && (between === 'of' || between === ', 0 , of')) return { text: 'of', role: false, explicit: true, residence: true };
  const none = { role: false, explicit: tight, residence: false };
  // a lone preposition or "'s" between the arguments reads well as it is
  if (gap === 1 && (PREPS.has(v.low[L.end]) || v.low[L.end] === "'s")) return { text: tokens[L.end], ...none };
  if (gap === 2 && v.low[L.end] === ',' && PREPS.has(v.low[L.end + 1])) return { text: tokens[L.end + 1], ...none };
  return { text: DEFAULT_LABEL[type], ...none };
}

/**
 * A cheap test run before scoring, in the newsgraph schema: false when the pair cannot get the
 * label its type needs there (lives_in a title or residence word, based_in / located_in / killed a
 * trigger word or a tight construction). It accepts a superset of what predicateLabel accepts:
 * every such label lies between arguments at most 12 tokens apart, a tight construction within 6.
 */
export function mayBeExplicit(v: SentenceView, head: number, tail: number, type: RelType): boolean {
  if (type === 'works_for') return true;
  const h = v.entities[head];
  const t = v.entities[tail];
  const from = Math.min(h.end, t.end);
  const to = Math.max(h.start, t.start);
  if (to - from > triggerGap(type)) return false;
  if (to - from <= 6) return true;
  for (let i = from; i < to; i++) {
    const dash = v.low[i].lastIndexOf('-');
    if (LEX[type].has(dash > 0 ? stem(v.low[i].slice(dash + 1)) : v.stems[i])) return true;
  }
  return false;
}

/** Words that may join the arguments of an explicit relation ("X in Y", "X, Y", "Y's X", "X of the Y"). */
const TIGHT = new Set(['in', 'at', 'of', ',', "'s", 'the', 'a', 'an', '-', '(', 'near', 'is', 'was', 'lies']);
const BEFORE_TITLE = new Set(["'s", ',', 'the']);
const AFTER_TITLE = new Set(['of', 'for', 'at', 'with', 'to', 'the', ',']);
const TITLE_TO_HEAD = new Set([',']);
const HEAD_TO_TITLE = new Set([',', 'the', 'a', 'an', 'as']);

/**
 * "X settlement bloc in the Y", "X in the province of Y": a head followed by a few plain words and
 * a locative preposition right before the place (no other entity, no punctuation in between).
 */
function placePhrase(between: string[], ents: string[]): boolean {
  if (ents.some((e) => e) || between.some((w) => !/^[a-z-]+$/.test(w))) return false;
  let k = between.length;
  if (k >= 2 && between[k - 1] === 'of') k -= 2; // "the province of"
  if (k >= 1 && between[k - 1] === 'the') k--;
  return k >= 1 && ['in', 'at', 'near'].includes(between[k - 1]);
}

/**
 * The title [s, best] names a public office: its head is one ("Foreign Minister", "provisional
 * president") and the words before the head are capitalised or title modifiers, so that a place
 * before it qualifies the office, not a compound ("Rochester teacher union leader").
 */
function publicOffice(tokens: string[], v: SentenceView, s: number, best: number): boolean {
  if (!isPublicOffice(ABBREVIATED_TITLES[v.low[best]] ?? v.low[best])) return false;
  for (let i = s; i < best; i++) if (!/^[A-Z]/.test(tokens[i]) && !TITLE_MODIFIERS.has(v.low[i]) && !isPublicOffice(v.low[i])) return false;
  return true;
}

/** True when tokens [from, to), the head's own tokens aside, are at most `max` connector words. */
function connects(v: SentenceView, from: number, to: number, h: { start: number; end: number }, allowed: Set<string>, max: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (i >= h.start && i < h.end) continue;
    if (!allowed.has(v.low[i]) || ++n > max) return false;
  }
  return true;
}

/** The widest gap (tokens between the arguments) across which a trigger word may state the relation. */
const TRIGGER_GAP: Record<RelType, number> = { works_for: 12, lives_in: 20, based_in: 12, located_in: 12, killed: 25 };
const triggerGap = (type: RelType): number => TRIGGER_GAP[type];

/** Words that may stand between a person and "a Fargo native" / "from Y" in apposition. */
const APPOSITION = new Set([',', 'a', 'an', 'is', 'was', 'the', 'his', 'her', 'fellow']);
const BE_FROM = new Set(['is', 'was', 'are', 'were', 'comes', 'came', 'hails']);

/**
 * Residence stated around a place that follows the person (checked on CoNLL04 train counts,
 * docs/relations.md): a residence word right after the place ("X, a Fargo native", "X, Georgia
 * born", "his Iowa hometown"), "X is from Y", "X, a deputy from Y", and "X, of Y".
 */
function residenceAfter(tokens: string[], v: SentenceView, h: { start: number; end: number }, t: { start: number; end: number }): Predicate | undefined {
  const between = v.low.slice(h.end, t.start);
  if (between.length > 8 || v.entAt.slice(h.end, t.start).some((e) => e)) return undefined;
  const after = t.end < tokens.length ? v.low[t.end] : '';
  if (after && (LIVES_ONLY.has(stem(after)) || after === '-born') && between.length <= 4 && between.every((w) => APPOSITION.has(w))) {
    return { text: tokens[t.end], role: false, explicit: true, residence: true };
  }
  if (between[between.length - 1] === 'from') {
    const lead = between.slice(0, -1);
    const be = lead.length === 1 && BE_FROM.has(lead[0]);
    const appos = lead[0] === ',' && (lead[1] === 'a' || lead[1] === 'an') && !lead.slice(1).includes(',') && lead.slice(1).every((w) => /^[a-z0-9-]+$/.test(w));
    if (be || appos) return { text: 'from', role: false, explicit: true, residence: true };
  }
  if (between.join(' ') === ', of') return { text: 'of', role: false, explicit: true, residence: true };
  return undefined;
}

const PLACE_NOUNS = new Set('capital city state province region town village county peak port island district republic republics'.split(' '));
const APPOSITION_PLACE = new Set([',', 'a', 'an', 'is', 'was', 'the']);

/**
 * A place noun after the second place names the first as part of it (checked on CoNLL04 train
 * counts, docs/relations.md): "Baghdad, Iraq's capital", "Leninakan, Armenia's second-largest
 * city", "Saudi Arabia is a big, influential Gulf state".
 */
function placeNounAfter(tokens: string[], v: SentenceView, h: { start: number; end: number }, t: { start: number; end: number }): Predicate | undefined {
  const between = v.low.slice(h.end, t.start);
  if (between.length === 0 || between.length > 6 || v.entAt.slice(h.end, t.start).some((e) => e)) return undefined;
  // "Rome is in Lazio province": the noun belongs to the second place, no apposition
  if (!between.every((w) => APPOSITION_PLACE.has(w) || (/^[a-z-]+$/.test(w) && !PREPS.has(w)))) return undefined;
  if (!between.includes(',') && !between.includes('is') && !between.includes('was')) return undefined;
  let i = t.end;
  if (v.low[i] === "'s") i++;
  for (let k = 0; k < 3 && i < tokens.length && !v.entAt[i]; k++, i++) {
    if (PLACE_NOUNS.has(v.low[i])) return { text: tokens[i], role: false, explicit: true, residence: false };
    if (!/^[a-z-]+$/.test(v.low[i]) || STOP.has(v.low[i])) return undefined;
  }
  return undefined;
}
