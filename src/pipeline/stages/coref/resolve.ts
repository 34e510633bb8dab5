import type { Doc, EntityType, Mention } from '../../../document/types.js';
import { PRONOUN_GENDER, type Gender } from '../../../lexicon/gender.js';
import { entityGender, personLikeGender } from './gender.js';
import { groupPhrases } from './groups.js';
import { mentionIndex, namesBefore } from './mention-index.js';
import { isSpeakerPosition, subjectLevel } from './salience.js';

export const PRONOUN_TYPES: Record<string, EntityType[]> = {
  he: ['PERSON'],
  she: ['PERSON'],
  him: ['PERSON'],
  his: ['PERSON'],
  her: ['PERSON'],
  it: ['ORG', 'GPE'],
  its: ['ORG', 'GPE'],
  they: ['GROUP', 'ORG', 'NORP'],
  their: ['GROUP', 'ORG', 'NORP'],
  we: ['ORG', 'GPE', 'GROUP'],
};

/** How many sentences back a pronoun may reach for its antecedent. */
export const WINDOW = 4;

/** Score weights; each was kept only when it helped the news and PolNeAR evaluation (docs/quality.md). */
export const WEIGHTS = {
  /** per sentence between the pronoun and the mention */
  distance: 2,
  /** the mention opens its clause (subject) */
  subject: 1.5,
  /** the mention is the subject of an embedded clause ("until Trump reached") */
  embeddedSubject: 0.75,
  /** the mention is the speaker of a cue ("X said") */
  speaker: 1,
  /** per doubling of the entity's earlier name mentions */
  frequency: 0.5,
  /** "it": an organisation rather than a country */
  itOrg: 0.5,
  /** use gender (honorifics, roles, first names, earlier pronouns) */
  gender: 1,
  /** see through NER types: a person-like ORG name is a "he"/"she", never an "it"/"they" (1 = on) */
  personLike: 1,
  /** "they": penalty for a singular-looking organisation or place (a plural phrase agrees better) */
  theySingular: 2,
  /** "they": consider described groups (plural subject phrases) */
  theyPhrases: 1,
  /** "it": the antecedent must have stood as a subject or speaker (1) */
  itNeedsSubject: 1,
  /** antecedent(): when a described group wins, answer the best entity instead of -1 */
  phraseFallback: 1,
};

const personLikeCache = new WeakMap<Doc, Map<number, Gender | undefined>>();

/** For an entity typed ORG or NORP whose name reads as a person's, that person's gender. */
function personLike(doc: Doc, e: number): Gender | undefined {
  const ent = doc.entities[e];
  if (!ent || (ent.type !== 'ORG' && ent.type !== 'NORP')) return undefined;
  let c = personLikeCache.get(doc);
  if (!c) {
    c = new Map();
    personLikeCache.set(doc, c);
  }
  if (!c.has(e)) c.set(e, personLikeGender(ent.name));
  return c.get(e);
}

/** Organisation names that read as plural ("Democrats", "Republicans", "Islamists", "Houthis"), unlike "Reuters" or "United States". */
const PLURAL_NAME = /(ans|ists|ites|ats|is)$/i;

/** A described group that "they" may refer to: a plural noun phrase such as "U.N. investigators". */
export interface PhraseAntecedent {
  tokStart: number;
  tokEnd: number;
}

export type Resolution = { entity: number; phrase?: undefined } | { entity: -1; phrase: PhraseAntecedent };

export interface ResolveOptions {
  /** The mentions to choose from; default doc.mentions. */
  mentions?: Mention[];
  /** Leave out described groups (plural phrases) and answer an entity or nothing. */
  entitiesOnly?: boolean;
  /** An entity the pronoun cannot be (a quoted pronoun is not the quotation's speaker). */
  exclude?: number;
}

const EXPLETIVE_BE = new Set(['is', 'was', "'s", 'isn', 'wasn', 'would', 'will', 'could', 'might', 'may', 'has', 'had', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'became', 'becomes', 'be', 'been', 'takes', 'took']);
const EXPLETIVE_TAIL = new Set(['to', 'that', 'whether', 'if', 'how', 'why', 'what', 'when', 'unclear', 'clear', 'likely', 'unlikely', 'possible', 'impossible', 'time', 'important', 'necessary', 'difficult', 'hard', 'easy', 'true', 'worth', 'too']);

/** "it is unclear whether", "it was time to", "it seems that": an "it" that refers to nothing. */
export function isExpletiveIt(doc: Doc, tok: number): boolean {
  const t = doc.tokens;
  if (t.norm[tok] !== 'it') return false;
  let k = tok + 1;
  if (!EXPLETIVE_BE.has(t.norm[k])) return false;
  const end = Math.min(t.norm.length, tok + 7);
  for (k++; k < end; k++) {
    const n = t.norm[k];
    if (EXPLETIVE_TAIL.has(n)) return true;
    if (t.pos[k] === 'PUNCT' || (t.pos[k] === 'VERB' && k > tok + 3)) return false;
  }
  return false;
}

/**
 * What the pronoun at token `tok` refers to: the compatible entity with the best salience
 * among the mentions of this and the previous WINDOW sentences: nearer sentences, subjects,
 * speakers and often-named entities first; gender must not clash (he/him/his: not known female;
 * she/her: not known male); "it" prefers organisations to countries and skips expletive uses.
 */
export function resolvePronoun(doc: Doc, tok: number, opts: ResolveOptions = {}): Resolution | undefined {
  const norm = doc.tokens.norm[tok];
  const types = PRONOUN_TYPES[norm];
  if (!types) return undefined;
  if (isExpletiveIt(doc, tok)) return undefined;
  const mentions = opts.mentions ?? doc.mentions;
  const idx = mentionIndex(doc, mentions);
  const sent = doc.tokens.sent[tok];
  const start = doc.tokens.start[tok];
  const want = WEIGHTS.gender ? PRONOUN_GENDER[norm] : undefined;
  const scores = new Map<number, number>();
  const prominent = new Set<number>();
  for (let s = Math.max(0, sent - WINDOW); s <= sent; s++) {
    for (const mi of idx.bySentence[s] ?? []) {
      const m = mentions[mi];
      if (m.start >= start) break;
      const e = m.entity;
      if (e === opts.exclude) continue;
      const etype = doc.entities[e]?.type ?? m.type;
      if (!types.includes(etype) && !(WEIGHTS.personLike && want && personLike(doc, e))) continue;
      if (WEIGHTS.personLike && !want && etype !== 'PERSON' && personLike(doc, e)) continue;
      let score = -(sent - s) * WEIGHTS.distance + m.start / 1e7;
      const level = subjectLevel(doc, m);
      const subject = level === 2;
      if (subject) {
        score += WEIGHTS.subject;
        prominent.add(e);
      } else if (level === 1) score += WEIGHTS.embeddedSubject;
      if (WEIGHTS.speaker && isSpeakerPosition(doc, m, subject)) score += WEIGHTS.speaker;
      const prev = scores.get(e);
      if (prev === undefined || score > prev) scores.set(e, score);
    }
  }
  let best = -1;
  let bestScore = -Infinity;
  let phrase: PhraseAntecedent | undefined;
  const plural = norm === 'they' || norm === 'their';
  if (plural && WEIGHTS.theyPhrases && !opts.entitiesOnly) {
    for (let s = Math.max(0, sent - WINDOW); s <= sent; s++) {
      for (const g of groupPhrases(doc, s)) {
        if (doc.tokens.start[g.tokStart] >= start || g.tokEnd > tok) continue;
        const score = -(sent - s) * WEIGHTS.distance + (g.subject ? WEIGHTS.subject : 0) + (g.speaker ? WEIGHTS.speaker : 0) + doc.tokens.start[g.tokStart] / 1e7;
        if (score > bestScore) {
          bestScore = score;
          phrase = { tokStart: g.tokStart, tokEnd: g.tokEnd };
        }
      }
    }
  }
  let bestEntityScore = -Infinity;
  for (const [e, base] of scores) {
    const etype = doc.entities[e]?.type;
    if (want && etype === 'PERSON') {
      const g = entityGender(doc, e);
      if (g && g !== want) continue;
    } else if (want && personLike(doc, e) !== want) continue;
    let score = base;
    if (WEIGHTS.frequency) score += WEIGHTS.frequency * Math.log2(1 + namesBefore(idx, e, start));
    if (norm === 'it' || norm === 'its') {
      if (WEIGHTS.itNeedsSubject && !prominent.has(e)) continue;
      if (etype === 'ORG') score += WEIGHTS.itOrg;
    }
    if (plural && (etype === 'ORG' || etype === 'GPE') && !PLURAL_NAME.test(doc.entities[e].name)) score -= WEIGHTS.theySingular;
    if (score > bestEntityScore) {
      bestEntityScore = score;
      best = e;
    }
  }
  if (phrase && bestScore >= bestEntityScore) return { entity: -1, phrase };
  return best >= 0 ? { entity: best } : undefined;
}

/** The entity a pronoun refers to, or -1 (see resolvePronoun). */
export function antecedent(doc: Doc, tok: number, mentions: Mention[] = doc.mentions): number {
  const r = resolvePronoun(doc, tok, { mentions });
  if (r?.phrase && WEIGHTS.phraseFallback) return resolvePronoun(doc, tok, { mentions, entitiesOnly: true })?.entity ?? -1;
  return r?.entity ?? -1;
}
