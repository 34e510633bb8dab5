import type { Doc, Mention } from '../../document/types.js';
import { isPronoun, resolvePronoun } from './coref.js';
import { EVIDENCE_NOUNS, SPEECH_NOUNS } from '../../lexicon/cues.js';
import { isTitleHead, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import { demonymCountry } from '../../ner/index.js';

/** Words skipped between a subject and its cue: "has also said", "repeatedly warned". */
const SKIP = new Set(["'s", "'re", "'ve", "'d", "'ll", "'m", "n't", 'am', 'has', 'have', 'had', 'also', 'will', 'would', 'could', 'may', 'might', 'is', 'are', 'was', 'were', 'be', 'been', 'later', 'then', 'again', 'reportedly', 'previously', 'once', 'further', 'specifically', 'repeatedly', 'openly', 'publicly', 'recently', 'earlier', 'already', 'often', 'still', 'both', 'all', 'too', 'even', 'just', 'not', 'never', 'did', 'does', 'do', 'separately', 'privately', 'firmly', 'strongly', 'clearly', 'quickly', 'immediately', 'bluntly', 'flatly', 'overall', 'alone', 'themselves', 'himself', 'herself', 'itself']);
const QUANTIFIERS = new Set(['many', 'some', 'most', 'several', 'few', 'other', 'two', 'three', 'dozens', 'hundreds', 'thousands', 'both', 'all']);
/** Documents that speak for their author ("the draft says"). */
const DOCUMENT_NOUNS = new Set(['draft', 'resolution', 'proposal', 'bill', 'plan', 'text']);
const NP_INNER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const NP_PREP = new Set(['of', 'from', 'for', 'in', 'inside', 'at', 'with']);
const SHARES = /^(half|third|quarter|fifth|majority|plurality|minority|(two|three|four)-(thirds|quarters|fifths))$/;
const DETS = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'other', 'another', 'most', 'two', 'three', 'few', 'one', 'his', 'her', 'their', 'its', 'our', 'these', 'those', 'this', 'that', 'both', 'all', 'senior', 'top']);

export interface SpeakerRef {
  /** Entity index (existing), or -1 when the speaker is a described group to create. */
  entity: number;
  /** The span that names the speaker where it stands. */
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  /** For a group: its phrase without a leading "the". */
  group?: { start: number; end: number };
}

interface MentionIndex {
  size: number;
  byEnd: Map<number, Mention>;
  byStart: Map<number, Mention>;
}
const indexes = new WeakMap<Doc, MentionIndex>();

/** Resolved mentions by first and last token (longest wins), rebuilt when mentions were added. */
function mentionIndex(doc: Doc): MentionIndex {
  let ix = indexes.get(doc);
  if (ix && ix.size === doc.mentions.length) return ix;
  ix = { size: doc.mentions.length, byEnd: new Map(), byStart: new Map() };
  for (const m of doc.mentions) {
    if (m.entity < 0) continue;
    const e = ix.byEnd.get(m.tokEnd);
    if (!e || m.tokStart < e.tokStart) ix.byEnd.set(m.tokEnd, m);
    const b = ix.byStart.get(m.tokStart);
    if (!b || m.tokEnd > b.tokEnd) ix.byStart.set(m.tokStart, m);
  }
  indexes.set(doc, ix);
  return ix;
}

/** The name or pronoun mention ending exactly at token `tokEnd`. */
export function mentionEndingAt(doc: Doc, tokEnd: number): Mention | undefined {
  return mentionIndex(doc).byEnd.get(tokEnd);
}

function mentionStartingAt(doc: Doc, tokStart: number): Mention | undefined {
  return mentionIndex(doc).byStart.get(tokStart);
}

/** Skips auxiliaries and adverbs leftwards from `i` (inclusive); returns the first other token. */
export function skipLeft(doc: Doc, i: number, lo: number): number {
  const t = doc.tokens;
  while (i >= lo && (SKIP.has(t.norm[i]) || (t.pos[i] === 'ADV' && t.norm[i] !== 'that' && t.norm[i] !== 'so' && t.norm[i] !== 'as'))) {
    // a name the tagger read as an adverb ("Jolly said") is the subject
    if (t.pos[i] === 'ADV' && mentionEndingAt(doc, i + 1)?.kind === 'name') break;
    // "most said": a quantity pronoun opening its clause is the subject, not an adverb
    if (t.pos[i] === 'ADV' && QUANTITY_PRONOUNS.has(t.norm[i]) && (i === lo || t.pos[i - 1] === 'PUNCT' || t.pos[i - 1] === 'CCONJ')) break;
    i--;
  }
  return i;
}

/**
 * The noun phrase ending at token `end` (inclusive), walking left through modifiers,
 * possessives and short prepositional attachments ("sources in the Rukban camp").
 * Returns its first token, or -1 when `end` cannot head a noun phrase.
 */
export function nounPhraseStart(doc: Doc, end: number, lo: number): number {
  const t = doc.tokens;
  // (also a name the tagger read as another word: "Mr. Welch/VERB said")
  if (!(t.pos[end] === 'NOUN' || t.pos[end] === 'PROPN' || t.pos[end] === 'PRON' || t.pos[end] === 'NUM') && mentionEndingAt(doc, end + 1)?.kind !== 'name') return -1;
  let i = end;
  while (i - 1 >= lo) {
    const p = t.pos[i - 1];
    const n = t.norm[i - 1];
    if (NP_INNER.has(p) || n === "'s" || n === "'" || n === '-' || (p === 'PART' && n === "'s")) {
      i--;
    } else if (NP_PREP.has(n) && i - 2 >= lo && (t.pos[i - 2] === 'NOUN' || t.pos[i - 2] === 'PROPN' || (n === 'of' && SHARES.test(t.norm[i - 2])))) {
      // ("a third of independents", "two-thirds of voters": a share of a group)
      i--;
    } else if (DETS.has(n) || p === 'DET') {
      i--;
      // "source inside the Rukban camp": the determiner opens a prepositional object; go on
      if (i - 2 >= lo && NP_PREP.has(t.norm[i - 1]) && (t.pos[i - 2] === 'NOUN' || t.pos[i - 2] === 'PROPN')) {
        i--;
        continue;
      }
      break;
    } else break;
  }
  return i;
}

/**
 * Finds the speaker that is the subject of the cue at token `cue`: a name, a pronoun
 * (resolved), or a described group. Handles appositives ("Shoigu, Secretary of ..., noted").
 */
export function subjectOf(doc: Doc, cue: number, lo: number): SpeakerRef | undefined {
  const t = doc.tokens;
  let j = skipLeft(doc, cue - 1, lo);
  j = skipTemporal(doc, j, lo);
  if (j < lo) return undefined;
  // "Sen. David Perdue (R-Ga.) said": a bracketed note after the name
  if (t.norm[j] === ')') {
    let k = j - 1;
    while (k > lo && t.norm[k] !== '(' && j - k < 12) k--;
    if (t.norm[k] === '(') j = k - 1;
    if (j < lo) return undefined;
  }
  // "..., Gov. John Kasich (R-OH), said": a person with a bracketed note right before the comma
  if (t.norm[j] === ',' && t.norm[j - 1] === ')') {
    let b = j - 2;
    while (b > lo && t.norm[b] !== '(' && j - b < 12) b--;
    const m = t.norm[b] === '(' ? mentionEndingAt(doc, b) : undefined;
    if (m && m.kind === 'name' && m.type === 'PERSON') {
      let k = m.tokStart - 1;
      while (k >= lo && (isTitleHead(t.norm[k]) || TITLE_MODIFIERS.has(t.norm[k]) || t.pos[k] === 'PROPN')) k--;
      if (k < lo || t.norm[k] === ',' || t.norm[k] === 'and') return fromMention(m);
    }
  }
  if (t.norm[j] === ',' || DASHES.has(t.norm[j])) return acrossAppositives(doc, j, lo);
  // "Mr. Manafort, citing “the unique magic of Trump,” said": a quotation closed by its comma ends an
  // appositive that opened with a word of the writer's
  if (t.norm[j] === '"' && t.norm[j - 1] === ',' && doc.text[t.start[j]] !== '“') {
    let q = j - 2;
    while (q > lo && t.norm[q] !== '"') q--;
    if (q > lo && t.pos[q - 1] !== 'PUNCT') return acrossAppositives(doc, j - 1, lo);
  }
  // "Assange, who denies ...": a relative pronoun speaks for the phrase before its comma
  if ((t.norm[j] === 'who' || t.norm[j] === 'which') && t.norm[j - 1] === ',') return phraseRef(doc, j - 2, lo);
  // "an architect who said ...": a restrictive relative clause speaks for the noun before it
  if (t.norm[j] === 'who' && j - 1 >= lo && (t.pos[j - 1] === 'NOUN' || t.pos[j - 1] === 'PROPN')) return phraseRef(doc, j - 1, lo);
  const ref = phraseRef(doc, j, lo);
  // "The United Nations and European Union stressed": the first of coordinated subjects
  if (ref && ref.tokStart - 2 >= lo && t.norm[ref.tokStart - 1] === 'and') {
    const first = mentionEndingAt(doc, ref.tokStart - 1);
    if (first && first.kind === 'name' && doc.entities[first.entity]?.type === doc.entities[ref.entity]?.type) return fromMention(first);
  }
  return ref;
}

/** Dash tokens: hyphen, em and en dash, double hyphen. */
export const DASHES: ReadonlySet<string> = new Set(['-', '—', '–', '--']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my']);
const APPOSITIVE_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'including', 'who', 'which', 'a', 'an', 'the', 'now', 'whose', 'also', 'himself', 'herself', 'then', 'formerly', 'one', 'speaking', 'writing', 'asked', 'interviewed', 'appearing', 'responding', 'citing', 'according']);

/**
 * The subject before a chain of comma- or dash-delimited segments ending at token `j`:
 * "X, however, said", "X - which ... - called", "Omar Lamrani, a senior analyst at Stratfor,
 * the ..., told", "Donna Rawlings, 59, of Ashton, Md., who watched ..., said". A segment with a
 * verb must open like an appositive or relative clause, or the chain stops.
 */
function acrossAppositives(doc: Doc, j: number, lo: number): SpeakerRef | undefined {
  const t = doc.tokens;
  const close = t.norm[j];
  let candidate: Mention | undefined;
  let person: Mention | undefined;
  let lastComma = -1;
  // "The leader of Ennahda, Rachid Ghannouchi, condemned": the name is the last appositive
  const named = mentionEndingAt(doc, j);
  if (named && named.kind === 'name' && named.type !== 'NORP') {
    if (named.type === 'PERSON' && t.norm[named.tokStart - 1] === close) return fromMention(named);
    // "The only two Arab states ... - Egypt and Jordan - also criticised": the named appositive speaks
    const first = t.norm[named.tokStart - 1] === 'and' ? mentionEndingAt(doc, named.tokStart - 1) : undefined;
    if (DASHES.has(close) && first && first.kind === 'name' && DASHES.has(t.norm[first.tokStart - 1])) return fromMention(first);
    if (DASHES.has(close) && DASHES.has(t.norm[named.tokStart - 1])) return fromMention(named);
  }
  let segEnd = j;
  let hasVerb = false;
  let finite = false;
  for (let k = j - 1; k >= lo && j - k < 45; k--) {
    const n = t.norm[k];
    const spacedDash = DASHES.has(n) && /\s/.test(doc.text[t.start[k] - 1] ?? '');
    if (n === close || (close === ',' && spacedDash)) {
      // (a finite auxiliary outside a relative clause makes a clause of a segment that opens like a
      // noun phrase: "..., the race will be tight, said X")
      if (close === ',' && ((hasVerb && !APPOSITIVE_OPENERS.has(t.norm[k + 1]) && !participleOpens(doc, k + 1)) || (finite && NP_OPENERS.has(t.norm[k + 1])))) break;
      // "Rep. Gregory W. Meeks (D-N.Y.), chairman of ..., said"
      let e = k;
      if (t.norm[k - 1] === ')') for (let b = k - 2; b >= lo && k - b < 12; b--) if (t.norm[b] === '(') { e = b; break; }
      const m = mentionEndingAt(doc, e);
      // the leftmost person of the chain is its head ("Cmdr. X, a spokesperson for Y, the ..., told")
      if (m && (m.type === 'PERSON' || m.kind === 'pronoun')) person = m;
      if (m && (m.type === 'ORG' || m.type === 'GPE') && !candidate) candidate = m;
      lastComma = k;
      const inner = [...Array(segEnd - k - 1).keys()].map((d) => t.pos[k + 1 + d]);
      const shortAdverbial = segEnd - k <= 4 && inner.includes('ADV') && inner.every((p) => p === 'ADV' || p === 'ADP' || p === 'DET' || p === 'NOUN');
      const first = t.norm[k + 1];
      if (!person && (shortAdverbial || first === 'who' || first === 'which')) {
        const r = phraseRef(doc, skipLeft(doc, k - 1, lo), lo);
        if (r) return r;
      }
      if (close !== ',') {
        // "Many speakers at the service - including A, B and C - said": the phrase before the dashes
        if (!person && !candidate && k - 1 >= lo) {
          const ref = phraseRef(doc, skipLeft(doc, k - 1, lo), lo);
          if (ref && (ref.entity >= 0 || ref.tokStart <= lo + 1)) return ref;
        }
        break;
      }
      segEnd = k;
      hasVerb = false;
      finite = false;
    } else if ((n === 'which' || n === 'who' || n === 'that') && (t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN')) {
      // "X, president of the Union for Reform Judaism which represents 900 congregations, said": the
      // verbs seen so far belong to a relative clause on a noun of the segment, not to a clause of its own
      hasVerb = false;
      finite = false;
    } else if (t.pos[k] === 'AUX' && FINITE_AUX.has(n)) {
      hasVerb = true;
      finite = true;
    } else if (t.pos[k] === 'VERB' && !/ing$/.test(t.norm[k])) {
      // a gerund inside a title ("senior associate for education organizing at ...") is no clause
      hasVerb = true;
    }
  }
  if (person) return fromMention(person);
  if (candidate) return fromMention(candidate);
  // "A reporter's source inside the camp, a Syrian refugee who ..., said": the phrase before the chain
  if (close !== ',' || lastComma <= lo) return undefined;
  const ref = phraseRef(doc, lastComma - 1, lo);
  return ref && ref.tokStart <= lo + 1 ? ref : undefined;
}
/** "X, wearing a red cape, said", "X, flanked by aides, said": a participle (or "clad in") opens the segment. */
function participleOpens(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  if (t.pos[k] === 'VERB' && /(ing|ed)$/.test(t.norm[k])) return true;
  // "clad in a red cape", "angry at the verdict": an adjective with its preposition
  return t.pos[k] === 'ADJ' && t.pos[k + 1] === 'ADP';
}

const NP_OPENERS = new Set(['a', 'an', 'the']);
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'has', 'have', 'had', "'s", "'re", "'ll", "'ve", "'d"]);

const TEMPORAL = new Set(['yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);

/** Skips a time phrase before a cue: "last week", "on Monday", "earlier this month". */
function skipTemporal(doc: Doc, j: number, lo: number): number {
  const t = doc.tokens;
  if (j >= lo && TEMPORAL.has(t.norm[j])) {
    let k = j - 1;
    while (k >= lo && ['last', 'this', 'next', 'on', 'earlier', 'later', 'late', 'early', 'same', 'the'].includes(t.norm[k])) k--;
    return skipLeft(doc, k, lo);
  }
  return j;
}

/** A speaker reference for the phrase ending at token `j` (inclusive). */
export function phraseRef(doc: Doc, j: number, lo: number): SpeakerRef | undefined {
  const t = doc.tokens;
  const m = mentionEndingAt(doc, j + 1);
  if (m && m.kind === 'name' && m.type === 'NORP' && m.tokStart - 1 >= lo && QUANTIFIERS.has(t.norm[m.tokStart - 1])) {
    // "Many Tunisians": a described group, not the nationality
    return groupRef(doc, m.tokStart - 1, j);
  }
  if (m && m.kind !== 'pronoun') {
    // "a spokesperson for the British Foreign Office": the name is inside a described speaker
    let b = m.tokStart - 1;
    if (b >= lo && t.norm[b] === 'the') b--;
    if (b - 1 >= lo && NP_PREP.has(t.norm[b]) && t.pos[b - 1] === 'NOUN') {
      const s = nounPhraseStart(doc, j, lo);
      if (s >= 0 && s < b) return groupRef(doc, s, j);
    }
    return fromMention(m);
  }
  if (isPronoun(t.norm[j])) {
    const here = { start: t.start[j], end: t.end[j], tokStart: j, tokEnd: j + 1 };
    if (m) return { entity: m.entity, ...here };
    const r = resolvePronoun(doc, j);
    if (r && r.entity >= 0) return { entity: r.entity, ...here };
    // "they" continuing a described group ("U.N. investigators ... they said"): the group, sourced here
    if (r?.phrase) {
      const g = groupRef(doc, r.phrase.tokStart, r.phrase.tokEnd - 1);
      if (g) return { ...g, ...here };
    }
    // a pronoun with no antecedent in the article still names a speaker: keep it as written
    return /^(he|she|they|we)$/.test(t.norm[j]) ? groupRef(doc, j, j) : undefined;
  }
  const q = quantityStart(doc, j, lo);
  if (q >= 0) return groupRef(doc, q, j);
  const s = nounPhraseStart(doc, j, lo);
  if (s < 0 || t.pos[j] === 'PRON') return undefined;
  if (SPEECH_NOUNS.has(t.norm[j]) || DOCUMENT_NOUNS.has(t.norm[j])) {
    // "the U.S. draft says", "a Russian draft resolution calls for": the document speaks for its author
    for (let k = j - 1; k >= s; k--) {
      const owner = mentionEndingAt(doc, k + 1);
      if (owner && owner.kind === 'name' && owner.tokStart >= s) {
        const type = doc.entities[owner.entity].type;
        if (type === 'ORG' || type === 'GPE' || type === 'PERSON') return { entity: owner.entity, start: t.start[s], end: t.end[j], tokStart: s, tokEnd: j + 1 };
        if (type === 'NORP') {
          const country = countryOf(doc, owner.entity);
          if (country >= 0) return { entity: country, start: t.start[s], end: t.end[j], tokStart: s, tokEnd: j + 1 };
        }
      }
    }
    // "the statement said": its author is whoever spoke just before (left to the statements stage);
    // "Polls show", "a new study found": the document itself is the source, as written
    if ((t.norm[s] === 'the' || t.norm[s] === 'this' || t.norm[s] === 'that' || DOCUMENT_NOUNS.has(t.norm[j])) && !EVIDENCE_NOUNS.has(t.norm[j])) return undefined;
    return groupRef(doc, s, j);
  }
  // "the president", "the minister": the person last named with that title
  if (t.norm[s] === 'the' && isTitleHead(t.norm[j]) && [...Array(j - s).keys()].every((k) => k === 0 || TITLE_MODIFIERS.has(t.norm[s + k]) || isTitleHead(t.norm[s + k]) || t.pos[s + k] === 'PROPN' || t.norm[s + k] === "'s")) {
    let e = personWithTitle(doc, t.norm[j], s);
    // "the Wikileaks founder": otherwise the person the article is about, when one clearly is
    if (e < 0 && !/s$/.test(t.norm[j])) e = mainPerson(doc, s);
    if (e >= 0) return { entity: e, start: t.start[s], end: t.end[j], tokStart: s, tokEnd: j + 1 };
  }
  // "the mission", "the ministry": the organisation named before whose name ends with that noun
  if (t.norm[s] === 'the' && j === s + 1 && t.pos[j] === 'NOUN') {
    for (let mi = doc.mentions.length - 1; mi >= 0; mi--) {
      const m = doc.mentions[mi];
      if (m.kind !== 'name' || m.entity < 0 || m.tokStart >= s || doc.entities[m.entity].type !== 'ORG') continue;
      if (t.norm[m.tokEnd - 1] === t.norm[j]) return { entity: m.entity, start: t.start[s], end: t.end[j], tokStart: s, tokEnd: j + 1 };
    }
  }
  return groupRef(doc, s, j);
}

/** Pronouns of quantity that stand for a described group: "most said", "others argue", "someone told". */
const QUANTITY_PRONOUNS = new Set(['most', 'many', 'some', 'others', 'another', 'few', 'several', 'half', 'someone', 'somebody', 'everyone', 'everybody']);

/**
 * The first token of a quantity that speaks for a group, ending at `j`: a share ("26% say", "53 %"), a
 * quantifier standing alone at the start of its clause ("most said", "Others argue"), or the people of a
 * survey ("those surveyed said"); -1 otherwise.
 */
function quantityStart(doc: Doc, j: number, lo: number): number {
  const t = doc.tokens;
  const n = t.norm[j];
  if (n === '%' && j - 1 >= lo && t.pos[j - 1] === 'NUM') return j - 1;
  // "one in five say", "six in 10 said"
  if (t.pos[j] === 'NUM' && j - 2 >= lo && t.norm[j - 1] === 'in' && t.pos[j - 2] === 'NUM') return j - 2;
  const clauseOpens = j === lo || t.pos[j - 1] === 'PUNCT' || t.pos[j - 1] === 'CCONJ' || t.pos[j - 1] === 'SCONJ';
  if (QUANTITY_PRONOUNS.has(n) && t.pos[j] !== 'NOUN' && clauseOpens) return j;
  if (n === 'others' && clauseOpens) return j;
  if (j - 1 >= lo && t.norm[j - 1] === 'those' && /ed$/.test(n) && t.pos[j] === 'VERB') return j - 1;
  return -1;
}

/** The most words a described source after "according to" may have (a longer run is no source). */
const MAX_SOURCE_WORDS = 20;

/**
 * A long described source after "according to", up to the next comma, dash or the sentence end, when the
 * noun phrase reader stops early at a participle or a clause inside it: "according to a newly uncovered
 * email previously kept secret", "according to three people briefed on the discussions".
 */
export function describedSource(doc: Doc, from: number, hi: number): SpeakerRef | undefined {
  const t = doc.tokens;
  if (from >= hi || !['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(t.pos[from])) return undefined;
  let e = from;
  while (e < hi && e - from < MAX_SOURCE_WORDS && !(t.pos[e] === 'PUNCT' && t.norm[e] !== '"' && t.norm[e] !== "'s" && !(t.norm[e] === '-' && t.end[e - 1] === t.start[e]))) e++;
  if (e - from >= MAX_SOURCE_WORDS || e === from) return undefined;
  let head = -1;
  for (let k = from; k < Math.min(e, from + 6); k++) if (t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN') { head = k; break; }
  if (head < 0) return undefined;
  let j = e - 1;
  while (j > head && (t.pos[j] === 'ADP' || t.pos[j] === 'DET' || t.norm[j] === '"')) j--;
  return groupRef(doc, from, j);
}

/** A described group: "Russian officials", "security analysts", "a senior official". */
function groupRef(doc: Doc, s: number, j: number): SpeakerRef | undefined {
  const t = doc.tokens;
  let gs = s;
  if (t.norm[gs] === 'the') gs++;
  // "a VOA reporter Nisan Ahmado's source inside the camp": the phrase starts at the possessor's name
  for (let k = gs + 1; k < j; k++) {
    if (t.norm[k] !== "'s") continue;
    const owner = mentionEndingAt(doc, k);
    if (owner && owner.kind === 'name' && owner.tokStart > gs) gs = owner.tokStart;
    break;
  }
  if (gs > j) return undefined;
  return { entity: -1, start: t.start[s], end: t.end[j], tokStart: s, tokEnd: j + 1, group: { start: t.start[gs], end: t.end[j] } };
}

/**
 * The most recent person named with a title word before token `before`: "President Barack Obama",
 * "Jack Straw, the foreign secretary", "X, a spokesman for Y".
 */
export function personWithTitle(doc: Doc, head: string, before: number): number {
  const t = doc.tokens;
  const want = head.replace(/s$/, '');
  const has = (i: number) => i >= 0 && i < t.norm.length && t.norm[i].replace(/s$/, '') === want;
  for (let mi = doc.mentions.length - 1; mi >= 0; mi--) {
    const m = doc.mentions[mi];
    if (m.kind !== 'name' || m.entity < 0 || m.tokStart >= before || doc.entities[m.entity].type !== 'PERSON') continue;
    for (let k = 1; k <= 4; k++) if (has(m.tokStart - k)) return m.entity;
    if (t.norm[m.tokEnd] === ',') for (let k = 1; k <= 5; k++) if (has(m.tokEnd + k)) return m.entity;
  }
  return -1;
}

/**
 * The person named most often before token `before`, when they have at least three name mentions
 * and twice as many as any other person.
 */
function mainPerson(doc: Doc, before: number): number {
  const counts = new Map<number, number>();
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.entity < 0 || m.tokStart >= before || doc.entities[m.entity].type !== 'PERSON') continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 3 || (ranked[1] && ranked[1][1] * 2 > ranked[0][1])) return -1;
  return ranked[0][0];
}

/** Where the subject's whole noun phrase starts ("the BBC's North America editor Jon Sopel"). */
export function clauseStart(doc: Doc, sp: SpeakerRef): number {
  const t = doc.tokens;
  const lo = doc.sentences[t.sent[sp.tokStart]].tokStart;
  let s = nounPhraseStart(doc, sp.tokEnd - 1, lo);
  if (s < 0 || s > sp.tokStart) s = sp.tokStart;
  while (s - 1 >= lo && (t.pos[s - 1] === 'DET' || DETS.has(t.norm[s - 1]))) s--;
  return Math.min(t.start[s], sp.start);
}

/** The speaker named right after a cue ("..., said John Smith", "according to the UN"). */
export function objectSpeaker(doc: Doc, from: number, hi: number): SpeakerRef | undefined {
  const t = doc.tokens;
  let i = from;
  if (i >= hi) return undefined;
  const m = mentionStartingAt(doc, i) ?? (t.norm[i] === 'the' ? mentionStartingAt(doc, i + 1) : undefined);
  if (m) {
    const ref = fromMention(m);
    // "according to the country's foreign ministry": the phrase continues after a possessive
    if (t.norm[m.tokEnd] !== "'s") return ref;
  }
  // ("according to its FEC reports": a possessive pronoun opens a described source)
  if (isPronoun(t.norm[i]) && !(POSSESSIVE_PRONOUNS.has(t.norm[i]) && NP_INNER.has(t.pos[i + 1]))) return phraseRef(doc, i, i);
  // a described group up to the next punctuation or verb
  // (the first word is never the verb: "according to show insiders"; a glued hyphen stays inside: "conservative-leaning")
  let j = i;
  // "HuffPost Pollster's polling average": a gerund before a noun modifies it
  // (and a name is no verb: "a new Associated Press-GfK poll")
  const gerundModifier = (k: number) => (/ing$/.test(t.norm[k]) && t.pos[k] === 'VERB' && NP_INNER.has(t.pos[k + 1])) || mentionStartingAt(doc, k)?.kind === 'name';
  const stop = (k: number) =>
    (t.pos[k] === 'PUNCT' && !(t.norm[k] === '-' && t.end[k - 1] === t.start[k])) ||
    ((t.pos[k] === 'VERB' || t.pos[k] === 'AUX') && k > i && !(t.norm[k - 1] === '-' && t.end[k - 1] === t.start[k]) && !gerundModifier(k)) ||
    t.norm[k] === 'that' || t.norm[k] === 'whether' || t.pos[k] === 'SCONJ' || t.pos[k] === 'CCONJ' || (k > i && (t.norm[k] === 'who' || t.norm[k] === 'which'));
  while (j < hi && !stop(j)) j++;
  j--;
  while (j > i && (t.pos[j] === 'ADP' || t.pos[j] === 'DET')) j--;
  if (j < i) return undefined;
  const inner = mentionEndingAt(doc, j + 1);
  if (inner && inner.tokStart >= i && (t.pos[inner.tokStart - 1] === 'PUNCT' || inner.tokStart === i || t.norm[inner.tokStart - 1] === 'the' || t.pos[inner.tokStart - 1] === 'ADJ' || t.pos[inner.tokStart - 1] === 'VERB')) return fromMention(inner);
  // "according to the poll": here the document itself is the source
  // ("according to police": a lone word the tagger took for a verb is still the source)
  return phraseRef(doc, j, i) ?? (SPEECH_NOUNS.has(t.norm[j]) || (j === i && /^\p{Ll}+$/u.test(t.norm[i])) ? groupRef(doc, i, j) : undefined);
}

/** The country entity of a demonym entity ("Russian" -> "Russia") when the article names it. */
function countryOf(doc: Doc, e: number): number {
  const country = demonymCountry(doc.entities[e].name);
  if (!country) return -1;
  const key = country.toLowerCase();
  return doc.entities.findIndex((x) => (x.type === 'GPE' || x.type === 'LOC') && x.name.toLowerCase() === key);
}

function fromMention(m: Mention): SpeakerRef {
  return { entity: m.entity, start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd };
}
