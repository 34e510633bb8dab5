/**
 * Syntax helpers of the statements stage: what follows a cue (a clause, circumstances, a passive agent),
 * sentence subjects, nominal attributions, and the shape of a content (quotes, datelines, conjunctions).
 */
import type { Doc, Span, StatementKind } from '../../document/types.js';
import { trimContent, type QuoteRegion } from './quotes.js';
import { DASHES, mentionEndingAt, nounPhraseStart, objectSpeaker, phraseRef, subjectOf, type SpeakerRef } from './speaker.js';
import { inflect } from '../../lexicon/inflect.js';

/**
 * Whether the words after a cue carry what was said ("said the talks would resume", "said that ...",
 * "said: “...”") rather than only its circumstances ("said in a statement on Wednesday", "told reporters").
 */
export function tailHasClause(doc: Doc, text: string, from: number, to: number): boolean {
  const t = doc.tokens;
  if (t.norm[from] === ':') return true;
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    if (t.norm[k] === ',') break;
    if (t.norm[k] === 'that' || t.norm[k] === ':' || (t.norm[k] === '"' && text[t.start[k]] !== '”')) return true;
  }
  // a trailing attribution's tail ends at a comma ("Trump said, adding later, ...")
  for (let k = from; k < to; k++) if (t.norm[k] === ',') to = k;
  if (from >= to) return false;
  const p0 = t.pos[from];
  if (p0 === 'ADP' || p0 === 'ADV' || p0 === 'PUNCT') return false;
  for (let k = from; k < to; k++) {
    // "did not reveal the location and said ...": a coordinated predicate is not the object
    if ((t.norm[k] === 'and' || t.norm[k] === 'but') && (t.pos[k + 1] === 'VERB' || t.pos[k + 1] === 'AUX')) return false;
    if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return true;
  }
  return false;
}

const WH = new Set(['how', 'why', 'what', 'whether', 'if', 'who', 'when', 'where', 'which']);
const NP_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Whether a cue at `from - 1` is followed by what speech reports: a that-clause, a quotation, a colon, a
 * wh-clause, or a finite clause ("notes they were appointed") — not a bare object ("vetoed a renewal").
 */
export function speechComplement(doc: Doc, text: string, from: number, to: number): boolean {
  const t = doc.tokens;
  if (from >= to) return false;
  const n = t.norm[from];
  if (n === 'that' || n === ':' || WH.has(n) || (n === '"' && text[t.start[from]] !== '”')) return true;
  let k = from;
  while (k < to && NP_WORDS.has(t.pos[k]) && t.norm[k] !== 'that') k++;
  if (k === from) return false;
  while (k < to && t.pos[k] === 'ADV') k++;
  return k < to && (t.pos[k] === 'AUX' || (t.pos[k] === 'VERB' && !/ing$/.test(t.norm[k])));
}

/** The token starting at or containing character offset `at`. */
export function tokenAt(doc: Doc, at: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.start.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.start[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Cues that report speech only when a clause follows ("admitted that ...", not "admitted refugees"). */
export const CLAUSE_ONLY = new Set(['admit', 'find', 'show', 'reveal', 'indicate', 'signal', 'maintain', 'raise', 'post', 'publish']);

/** Forms of "be". */
export const BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** "was accused", "has been hailed": a form of "be" right before a participle cue. */
export function isPassive(doc: Doc, i: number, lo: number): boolean {
  const t = doc.tokens;
  let k = i - 1;
  while (k >= lo && t.pos[k] === 'ADV') k--;
  return k >= lo && BE.has(t.norm[k]) && isParticipleForm(t.norm[i]);
}

/** A word that can be a past participle ("announced", "shown", "said", "told", "brought"). */
export function isParticipleForm(norm: string): boolean {
  return /(ed|en|wn|id|ld|ht)$/.test(norm);
}

/**
 * "announced by X", "announced on Monday by X": a passive agent within a few words after the participle
 * cue at `from - 1` ("polls show Clinton up by 10 points" has none).
 */
export function byAgent(doc: Doc, from: number, hi: number): boolean {
  const t = doc.tokens;
  const verb = t.pos[from - 1] === 'ADP' || t.pos[from - 1] === 'PART' ? from - 2 : from - 1; // "called for by X"
  if (!isParticipleForm(t.norm[verb] ?? '')) return false;
  for (let k = from; k < Math.min(hi, from + 5); k++) {
    if (t.norm[k] === 'by') return true;
    if (t.pos[k] !== 'ADP' && t.pos[k] !== 'PROPN' && t.pos[k] !== 'NUM' && t.pos[k] !== 'DET' && !TIME_WORDS.has(t.norm[k])) return false;
  }
  return false;
}

export function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens.pos[k] === 'VERB' || doc.tokens.pos[k] === 'AUX') return true;
  return false;
}

export function skipLeftIndex(doc: Doc, i: number, lo: number): number {
  while (i > lo && doc.tokens.pos[i] === 'ADV') i--;
  return i;
}

/** Drops a dateline ("WASHINGTON (Reuters) - ") from the start of a content. */
export function stripDateline(text: string, c: Span): Span {
  const m = /^[A-Z][A-Z .,'’-]{2,}(\([^)]{1,30}\))?\s*[-—–]+\s*/.exec(text.slice(c.start, c.end));
  return m && m[0].length < c.end - c.start ? { start: c.start + m[0].length, end: c.end } : c;
}

export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'this', 'earlier', 'later', 'recently']);

/** Cues whose object is the hearer ("told reporters", "assured allies"). */
export const HEARER_CUES = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'ask', 'notify', 'warn', 'urge']);

/**
 * Whether a cue's tail only gives circumstances ("said in a statement on Wednesday", "told
 * reporters"), as a trailing attribution's does, rather than an object ("admitted refugees").
 */
export function circumstantialTail(doc: Doc, cue: { lemma: string; end: number }, last: number): boolean {
  const t = doc.tokens;
  const k = cue.end;
  if (k >= last || t.norm[k] === ',') return true;
  const p = t.pos[k];
  if (p === 'ADP' || p === 'ADV' || p === 'PUNCT' || p === 'SCONJ' || TIME_WORDS.has(t.norm[k])) return true;
  if (HEARER_CUES.has(cue.lemma)) return true;
  // "said several months after her release", "said two days later": an amount of time
  if ((p === 'ADJ' || p === 'NUM' || p === 'DET') && TIME_UNITS.has(t.norm[k + 1])) return true;
  return false;
}

const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year', 'decades', 'times']);

/** "Cruz exhorted Republicans ... and said ...": the subject of the sentence's first verb. */
export function sentenceSubject(doc: Doc, lo: number, before: number): SpeakerRef | undefined {
  const t = doc.tokens;
  let v = lo;
  // the main verb: not a capitalised name part ("Watch Desk"), a participle inside the subject
  // ("handling") nor a relative clause's verb ("who feared"); a progressive is ("is filing")
  const progressive = (k: number) => BE.has(t.norm[skipLeftIndex(doc, k - 1, lo)]);
  // (nor the second half of a hyphenated modifier: "state-owned", "Texas-based")
  const notMain = (k: number) => (k > lo && /^\p{Lu}/u.test(doc.text[t.start[k]])) || (/ing$/.test(t.norm[k]) && !progressive(k)) || ['who', 'which', 'that'].includes(t.norm[skipLeftIndex(doc, k - 1, lo)]) || (k > lo && t.norm[k - 1] === '-' && t.end[k - 1] === t.start[k]);
  // a copula is the main verb when no verb follows it ("Smith was quick to embrace the plan and said")
  const copula = (k: number) => t.pos[k] === 'AUX' && BE.has(t.norm[k]) && k > lo && !['VERB', 'AUX'].includes(t.pos[skipAdverbsRight(doc, k + 1, before)]);
  while (v < before && (t.pos[v] !== 'VERB' || notMain(v)) && !copula(v)) v++;
  if (v >= before) return undefined;
  let ref = subjectOf(doc, v, lo);
  if (ref && ref.entity >= 0) return ref;
  // "A spokesperson of the committee handling inter-Korean affairs issued ...": a participle inside
  // the subject; the group is the whole phrase from the sentence start
  if (ref && ref.group && ref.tokStart - 1 > lo && t.pos[ref.tokStart - 1] === 'VERB' && /ing$/.test(t.norm[ref.tokStart - 1])) {
    const k = ref.tokStart - 1;
    const s = nounPhraseStart(doc, k - 1, lo);
    if (s === lo) ref = { entity: -1, start: t.start[lo], end: ref.end, tokStart: lo, tokEnd: ref.tokEnd, group: { start: t.start[t.norm[lo] === 'the' ? lo + 1 : lo], end: ref.end } };
  }
  // a described group opening the sentence ("Several environmental groups granted ..., saying ...")
  // (or after an introductory phrase without a verb: "In August, several groups ...")
  const opener = ref && ref.group && (ref.tokStart === lo || (ref.tokStart === lo + 1 && /^(but|and|yet|so|then)$/.test(t.norm[lo])) || (t.norm[ref.tokStart - 1] === ',' && !hasVerb(doc, lo, ref.tokStart)));
  return opener ? ref : undefined;
}

/** Skips adverbs rightwards from `k` (inclusive), up to `hi`. */
function skipAdverbsRight(doc: Doc, k: number, hi: number): number {
  while (k < hi - 1 && doc.tokens.pos[k] === 'ADV') k++;
  return k;
}

/**
 * "X - which considers ... and has rejected Y -": the antecedent of the relative clause whose second
 * verb is the cue at token `i`, or undefined when no such clause opens before it.
 */
export function relativeAntecedent(doc: Doc, i: number, lo: number): SpeakerRef | undefined {
  const t = doc.tokens;
  for (let k = i - 1; k - 1 > lo; k--) {
    const n = t.norm[k];
    if (n === ',' || DASHES.has(n) || n === '"') return undefined;
    if ((n === 'who' || n === 'which') && (t.norm[k - 1] === ',' || t.norm[k - 1] === '(' || DASHES.has(t.norm[k - 1]))) return phraseRef(doc, k - 2, lo);
  }
  return undefined;
}

/** Nouns that report what someone said when a that-clause follows ("Russia's claim that ..."). */
export const SPEECH_NOUN_CUES = new Set(['claim', 'claims', 'statement', 'assertion', 'argument', 'suggestion', 'warning', 'promise', 'pledge', 'allegation', 'allegations', 'accusation', 'accusations', 'insistence', 'comments', 'remarks', 'announcement', 'demand', 'denial', 'admission', 'prediction', 'charge', 'contention', 'vow', 'threat']);

/** Nouns of an expressed position and the prepositions that open what they are about. */
const NOMINAL_PREP_CUES: ReadonlyMap<string, readonly string[]> = new Map([
  ['criticism', ['of']], ['condemnation', ['of']], ['demand', ['for']], ['demands', ['for']], ['call', ['for']], ['calls', ['for']],
  ['warning', ['of', 'about', 'against']], ['warnings', ['of', 'about', 'against']], ['denial', ['of']], ['rejection', ['of']],
  ['accusation', ['of', 'against']], ['accusations', ['of', 'against']], ['praise', ['for', 'of']], ['appeal', ['for']],
]);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);

/** "Tulsa police’s earlier claim that X": a possessor, a speech noun and a that-clause. */
export function nominalStatement(doc: Doc, i: number, lo: number, last: number): { speaker: SpeakerRef; cue: Span; content: Span } | undefined {
  const t = doc.tokens;
  const that = SPEECH_NOUN_CUES.has(t.norm[i]) && t.norm[i + 1] === 'that';
  // "its criticism of South Korea for ...", "Turkey's demand for the United States to ...": a position
  // noun with its preposition
  const prep = !that && NOMINAL_PREP_CUES.get(t.norm[i])?.includes(t.norm[i + 1] ?? '');
  if ((!that && !prep) || i + 3 >= last) return undefined;
  let k = i - 1;
  while (k > lo && (t.pos[k] === 'ADJ' || t.pos[k] === 'ADV')) k--;
  // the possessor: a name before "'s", or a possessive pronoun that coreference resolved
  const pronoun = POSSESSIVES.has(t.norm[k]);
  if (t.norm[k] !== "'s" && !pronoun) return undefined;
  let owner: { entity: number; start: number; end: number; tokStart: number; tokEnd: number } | undefined = pronoun
    ? doc.mentions.find((m) => m.tokStart === k && m.tokEnd === k + 1 && m.entity >= 0)
    : doc.mentions.find((m) => m.tokEnd === k && m.entity >= 0);
  if (!owner && pronoun) {
    // "North Korea has intensified its criticism of ...": the clause's subject, when the pronoun fits it
    const subj = sentenceSubject(doc, lo, k);
    const type = subj && subj.entity >= 0 ? doc.entities[subj.entity].type : undefined;
    const fits = t.norm[k] === 'its' ? type === 'ORG' || type === 'GPE' : t.norm[k] === 'their' ? !!type : type === 'PERSON';
    if (subj && fits) owner = subj;
  }
  if (!owner) return undefined;
  let e = last;
  for (let g = i + 2; g < last; g++) {
    if (t.norm[g] === ',' && (prep || t.pos[g + 1] === 'VERB' || t.pos[g + 1] === 'AUX')) { e = g; break; }
    // "Turkey's demand for X to hand over Y would be discussed": the sentence's own verb ends it
    if (prep && t.pos[g] === 'AUX') { e = g; break; }
  }
  if (e <= i + 2) return undefined;
  return {
    speaker: { entity: owner.entity, start: owner.start, end: owner.end, tokStart: owner.tokStart, tokEnd: owner.tokEnd },
    cue: { start: t.start[i], end: t.end[i] },
    content: { start: t.start[i + 2], end: t.end[e - 1] },
  };
}

export function isQuoteTok(doc: Doc, i: number): boolean {
  return i >= 0 && doc.tokens.norm[i] === '"';
}

/** Takes in the closing mark of a quotation the content opened ("... stay "for years"). */
export function balanceQuotes(text: string, c: Span): Span {
  const inner = text.slice(c.start, c.end);
  const straight = (inner.match(/"/g) ?? []).length;
  const opens = (inner.match(/“/g) ?? []).length;
  const closes = (inner.match(/”/g) ?? []).length;
  const next = text[c.end];
  if ((straight % 2 === 1 && next === '"') || (opens > closes && next === '”')) return { start: c.start, end: c.end + 1 };
  return c;
}

/** Drops a dangling coordinator left at the end of a cut content ("... soil, and"). */
export function stripConjunction(text: string, c: Span): Span {
  const m = /[\s,;]+(and|but|while|as|or|though|although|whereas|because|since|so|yet)$/i.exec(text.slice(c.start, c.end));
  return m ? trimContent(text, { start: c.start, end: c.end - m[0].length }) : c;
}

/** True for the code units JavaScript's /\s/ matches (what kindOf counted with one regular expression per character). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function kindOf(text: string, quotes: QuoteRegion[], c: Span): StatementKind {
  const nonSpace = (a: number, b: number) => {
    let n = 0;
    for (let i = a; i < b; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
    return n;
  };
  const total = nonSpace(c.start, c.end);
  if (total === 0) return 'indirect';
  let quoted = 0;
  for (const q of quotes) {
    const a = Math.max(q.start, c.start);
    const b = Math.min(q.end, c.end);
    if (a < b) quoted += nonSpace(a, b);
  }
  if (quoted >= total - 2) return 'direct';
  return quoted > 0 ? 'mixed' : 'indirect';
}


/** Verbs whose infinitive says nothing was said ("declined to comment", "plans to announce"). */
const NO_SPEECH_CONTROL: ReadonlySet<string> = new Set(
  ['decline', 'refuse', 'fail', 'hesitate', 'expect', 'plan', 'intend', 'hope', 'want', 'wish', 'try', 'seek', 'need', 'have', 'be', 'prepare', 'threaten', 'promise', 'vow', 'pledge', 'agree', 'ought', 'dare', 'like', 'love', 'prefer', 'forget', 'schedule', 'set'].flatMap((l) => inflect(l)),
);
/** Verbs whose object does what the infinitive says ("forced Stumpf to admit", "urged Congress to ..."). */
const OBJECT_CONTROL: ReadonlySet<string> = new Set(['force', 'press', 'pressure', 'push', 'invite', 'encourage', 'persuade', 'convince', 'get', 'lead', 'prompt', 'challenge', 'dare'].flatMap((l) => inflect(l)));
/** Prepositions before a gerund cue whose subject is the clause's ("by telling them", "after saying"). */
const GERUND_PREPS = new Set(['by', 'after', 'before', 'while', 'when', 'for', 'since', 'without']);

/**
 * The speaker of a non-finite cue: "took to Twitter to accuse ..." (the subject of the governing
 * verb), "forced Stumpf to admit ..." (its object), "pitched himself by telling ..." (the clause's
 * subject), "criticized Oz for saying ..." (the object before "for").
 */
export function controlledSubject(doc: Doc, i: number, lo: number, depth = 0): SpeakerRef | undefined {
  const t = doc.tokens;
  const p = i - 1;
  if (p <= lo || depth > 2) return undefined;
  const gerund = /ing$/.test(t.norm[i]);
  if (t.norm[p] === 'to' && !gerund) {
    for (let v = p - 1; v >= Math.max(lo, p - 8); v--) {
      if (t.norm[v] === ',' || t.norm[v] === ';') return undefined;
      if (t.pos[v] !== 'VERB') continue;
      if (NO_SPEECH_CONTROL.has(t.norm[v])) return undefined;
      if (OBJECT_CONTROL.has(t.norm[v])) return v + 1 < p ? phraseRef(doc, p - 1, v + 1) : undefined;
      return subjectOf(doc, v, lo) ?? controlledSubject(doc, v, lo, depth + 1);
    }
    return undefined;
  }
  if (gerund && GERUND_PREPS.has(t.norm[p])) {
    if (t.norm[p] === 'for') {
      const named = mentionEndingAt(doc, p);
      return named && named.kind === 'name' ? { entity: named.entity, start: named.start, end: named.end, tokStart: named.tokStart, tokEnd: named.tokEnd } : phraseRef(doc, p - 1, lo);
    }
    for (let v = p - 1; v >= lo; v--) {
      if (t.norm[v] === ';') return undefined;
      if (t.pos[v] !== 'VERB') continue;
      // "... for carrying out the exercise while talking about ...": the gerund before has its own subject
      const nonFinite = v - 1 >= lo && (GERUND_PREPS.has(t.norm[v - 1]) || t.norm[v - 1] === 'to');
      return (nonFinite ? controlledSubject(doc, v, lo, depth + 1) : undefined) ?? subjectOf(doc, v, lo);
    }
  }
  return undefined;
}

/** A person named after a few title words from token `from` ("European Council President Donald Tusk"), ending the clause. */
export function titledPerson(doc: Doc, from: number, last: number): SpeakerRef | undefined {
  const t = doc.tokens;
  for (let k = from; k < Math.min(last, from + 7); k++) {
    const m = mentionStartingAtName(doc, k);
    if (m && doc.entities[m.entity]?.type === 'PERSON') {
      const next = m.tokEnd;
      if (next >= last || t.pos[next] === 'PUNCT' || t.pos[next] === 'ADP') return { entity: m.entity, start: t.start[from], end: m.end, tokStart: from, tokEnd: m.tokEnd };
      return undefined;
    }
    if ((!/^(PROPN|NOUN|ADJ|NUM|SYM|PUNCT)$/.test(t.pos[k]) && t.norm[k] !== 'of') || t.norm[k] === ',') return undefined;
  }
  return undefined;
}

function mentionStartingAtName(doc: Doc, k: number) {
  return doc.mentions.find((m) => m.tokStart === k && m.kind === 'name' && m.entity >= 0);
}

/** Words that open what was said after a passive cue's agent ("asked by X whether ..."). */
const AGENT_COMPLEMENT = /^(whether|if|that|of|to|about|how|why|what|when|where|who)$/;

/**
 * A passive cue with its agent: "the unilateral move announced on Monday by Mike Pompeo" (content: the
 * noun phrase the participle modifies), "The issue was first reported by The Washington Post" (content:
 * the subject), "Assange was accused of rape by a woman" (content: the complement before "by").
 */
export function byAgentStatement(doc: Doc, i: number, end: number, lo: number, last: number): { speaker: SpeakerRef; cue: Span; content: Span } | undefined {
  const t = doc.tokens;
  let by = -1;
  for (let k = end; k < Math.min(last, end + 8); k++) {
    if (t.norm[k] === 'by') {
      by = k;
      break;
    }
    if (t.norm[k] === ',' || t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return undefined;
  }
  if (by < 0) return undefined;
  const speaker = titledPerson(doc, by + 1, last) ?? objectSpeaker(doc, by + 1, last);
  if (!speaker || speaker.tokStart !== by + 1 && t.norm[by + 1] !== 'the') return undefined;
  const cue = { start: t.start[i], end: t.end[end - 1] };
  // "As reported by Western Journalism, Seattle ...": the other clause is what was reported
  if (i - 1 >= lo && t.norm[i - 1] === 'as' && (i - 1 === lo || t.norm[i - 2] === ',')) {
    let c = speaker.tokEnd;
    while (c < last && t.norm[c] !== ',') c++;
    if (i - 1 === lo && c + 1 < last) return { speaker, cue, content: { start: t.start[c + 1], end: t.end[last - 1] } };
    if (i - 1 > lo && c >= last && i - 2 > lo) return { speaker, cue, content: { start: t.start[lo], end: t.end[i - 3] } };
    return undefined;
  }
  // a complement between the cue and "by": "accused of rape by ..."
  if (/^(of|as|for)$/.test(t.norm[end]) && by - end >= 2) return { speaker, cue, content: { start: t.start[end], end: t.end[by - 1] } };
  // a complement after the agent: "was asked by host John Dickerson whether ...", "was told by X that ..."
  const after = speaker.tokEnd;
  if (after < last && AGENT_COMPLEMENT.test(t.norm[after])) {
    const from = t.norm[after] === 'that' ? after + 1 : after;
    let to = from;
    while (to < last && t.norm[to] !== ',' && t.norm[to] !== ';') to++;
    if (to - from >= 2) return { speaker, cue, content: { start: t.start[from], end: t.end[to - 1] } };
  }
  // the subject of "was reported", or the noun phrase a participle modifies
  let k = i - 1;
  while (k >= lo && (t.pos[k] === 'ADV' || BE.has(t.norm[k]) || /^(has|have|had|been)$/.test(t.norm[k]))) k--;
  if (k < lo) return undefined;
  const s = nounPhraseStart(doc, k, lo);
  if (s < 0 || t.pos[k] === 'PRON') return undefined;
  return { speaker, cue, content: { start: t.start[s], end: t.end[k] } };
}
