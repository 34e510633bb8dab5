import type { Doc, Span, Statement } from '../../document/types.js';
import { CLAUSAL_CUES, cueLemma, EVIDENCE_NOUNS, isCognition, isLearnedOnly, PARTICLE_CUES, WEAK_CUES } from '../../lexicon/cues.js';
import type { Stage } from '../stage.js';
import { cueFeatures, defaultCueModel, isCueCandidate, scoreFeatures, stem, type CueModel } from './cue-model.js';
import { splitCoordinated } from './coordinated.js';
import { labelStatements } from './labels.js';
import { findQuotes, quoteAt, trimContent, type QuoteRegion } from './quotes.js';
import { clauseStart, DASHES, describedSource, mentionEndingAt, objectSpeaker, skipLeft, subjectOf, type SpeakerRef } from './speaker.js';
import { CLAUSE_ONLY, HEARER_CUES, TIME_WORDS, titledPerson, byAgentStatement, controlledSubject, speechComplement, balanceQuotes, byAgent, circumstantialTail, hasVerb, isPassive, isQuoteTok, kindOf, nominalStatement, sentenceSubject, relativeAntecedent, skipLeftIndex, stripConjunction, stripDateline, tailHasClause, tokenAt } from './clauses.js';

const STAGE = 'statements.v1';

interface Found {
  /** Where this statement's clause starts when its subject is shared ("..., and said ..."). */
  clause?: number;
  speaker: SpeakerRef;
  cue: Span;
  content: Span;
  sentence: number;
  confidence: number;
  /** The cue was proposed by the learned model, not the lexicon. */
  proposed?: boolean;
  /** A passive cue with its agent: stands beside the statement whose content holds it. */
  agentive?: boolean;
  /** A non-finite or negated cue ("to accuse", "by telling", "didn't say"): it never takes over an enclosing content. */
  subordinate?: boolean;
}

/** Words that open a circumstance, not something said ("joked of the museum" is fine; "said before he died" is not). */
const CIRCUMSTANCE_OPENERS = new Set(['with', 'in', 'at', 'by', 'from', 'into', 'after', 'before', 'during', 'since', 'until', 'while', 'when', 'because', 'and', 'but', 'or', 'so', 'yet', 'shortly']);

/**
 * A content that is only a circumstance or a stray word: it opens with a preposition of place or time,
 * a subordinator or a coordinator ("said before he died", "responded with logic"), or it is one word that
 * names nothing ("Hopefully", "basically"). Quotations are never judged.
 */
function circumstanceOnly(doc: Doc, quotes: QuoteRegion[], c: Span): boolean {
  const t = doc.tokens;
  if (c.end <= c.start || quoteAt(quotes, c.start - 1) || quoteAt(quotes, c.start)) return false;
  const k = tokenAt(doc, c.start);
  if (k < 0 || t.start[k] !== c.start) return false;
  if (CIRCUMSTANCE_OPENERS.has(t.norm[k]) && !hasVerb(doc, k + 1, tokenAt(doc, c.end - 1) + 1)) return true;
  const one = t.end[k] >= c.end;
  return one && !['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos[k]);
}

const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/;

/** "that's", "that is": a pronoun and its verb, not a complementiser. */
const BE_AFTER_THAT = new Set(["'s", 'is', 'was', "'ll"]);

/** Subordinators that open an adverbial clause ("As a phone rang, ..."), which is not what was said. */
const ADVERBIAL_OPENERS = new Set(['as', 'when', 'while', 'after', 'before', 'if', 'since', 'because', 'once', 'until', 'though', 'although', 'whenever']);

/** Words that can sit between "told" and its "that": "told US media this month that". */
const MAX_TELL_GAP = 8;
/** A circumstance set off by commas before the "that" ("said Thursday during a visit to Buffalo, New York, that"). */
const MAX_CIRCUMSTANCE = 24;
/** What may stand in the object of "called X a Y". */
const NAMING_NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART']);
const NAMING_TIME = /^(few|couple|day|week|month|year|minute|hour|second|moment|while|decade|time|number|lot|bit)s?$/;
const CIRCUMSTANCE_POS = new Set(['NOUN', 'PROPN', 'ADP', 'DET', 'NUM', 'ADJ', 'PUNCT', 'ADV', 'PART', 'CCONJ']);

export function isCue(doc: Doc, i: number): { lemma: string; end: number; evidence?: boolean } | undefined {
  const t = doc.tokens;
  const lemma = cueLemma(t.norm[i]);
  if (!lemma) return undefined;
  // "Ayman Safadi warning of ...": a participle the tagger took for a noun, right after a name or comma
  const participle = (t.pos[i] === 'NOUN' || t.pos[i] === 'ADJ') && /ing$/.test(t.norm[i]) && i > 0 && (t.norm[i - 1] === ',' || mentionEndingAt(doc, i)?.kind === 'name');
  // "Polls show ...", "Data from the survey show that ...": a verb the tagger took for a noun after evidence
  const lo = doc.sentences[t.sent[i]].tokStart;
  const afterEvidence = t.pos[i] === 'NOUN' && (lemma === 'show' || lemma === 'find') && i > lo && (EVIDENCE_NOUNS.has(t.norm[i - 1]) || (t.pos[i - 1] === 'PROPN' && /^(poll|survey|study|data)/.test(t.norm[nounStart(doc, i - 1, lo)])));
  // "Sanders slams Clinton", "Obama praises ...": a present-tense cue after a name, tagged as a plural noun
  // ("One in five say ...": also after a number)
  const presentAfterName = t.pos[i] === 'NOUN' && (t.pos[i + 1] === 'PROPN' || t.pos[i + 1] === 'DET' || t.pos[i + 1] === 'PRON') && ((/s$/.test(t.norm[i]) && mentionEndingAt(doc, i)?.kind === 'name') || (i > 0 && (t.pos[i - 1] === 'NUM' || t.norm[i - 1] === '%')));
  if (t.pos[i] !== 'VERB' && !(t.pos[i] === 'AUX' && lemma === 'say') && !participle && !afterEvidence && !presentAfterName) return undefined;
  const particles = PARTICLE_CUES[lemma];
  if (particles) {
    if (particles.length === 0) return { lemma, end: i + 1 };
    if (particles.includes(t.norm[i + 1])) return { lemma, end: i + 2 };
    // "polls show a close contest", "the study found ...": evidence reports without a "that"
    if ((lemma === 'show' || lemma === 'find') && (EVIDENCE_NOUNS.has(t.norm[skipLeftIndex(doc, i - 1, lo)]) || afterEvidence)) return { lemma, end: i + 1, evidence: true };
    // "called it an “extremely adverse development”": naming with a quotation
    // "called it a rehearsal for invasion", "called the rebate “unjustified”"
    if (lemma === 'call') {
      if (['it', 'them', 'this', 'that', 'him', 'her'].includes(t.norm[i + 1] ?? '')) return { lemma, end: i + 1 };
      const sentEnd = doc.sentences[t.sent[i]].tokEnd;
      for (let k = i + 1; k < sentEnd; k++) if (/^["“]$/.test(t.norm[k])) return { lemma, end: i + 1 };
      // "called the plan a disaster": naming with a second noun phrase
      for (let k = i + 2; k < Math.min(sentEnd - 1, i + 7); k++) {
        if (!NAMING_NP.has(t.pos[k - 1])) break;
        // (not a time: "called the police a day later")
        if ((t.norm[k] === 'a' || t.norm[k] === 'an') && (t.pos[k + 1] === 'NOUN' || t.pos[k + 1] === 'ADJ') && !NAMING_TIME.test(t.norm[k + 1])) return { lemma, end: i + 1 };
      }
    }
    return undefined;
  }
  return { lemma, end: i + 1 };
}

/** A quotation opens right after token `i` (over a comma or colon), or closed within the four words before it and the clause ends. */
function nextToQuote(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const s = doc.sentences[t.sent[i]];
  let f = i + 1;
  while (f < s.tokEnd && (t.norm[f] === ',' || t.norm[f] === ':')) f++;
  if (f > i + 1 && f < s.tokEnd && isQuoteTok(doc, f)) return true;
  for (let k = i - 1; k >= Math.max(s.tokStart, i - 4); k--) if (isQuoteTok(doc, k)) return t.norm[i + 1] === '.' || i + 1 >= s.tokEnd || t.norm[i + 1] === ',';
  return false;
}

/** A quotation mark at token `k` right after a comma (",”": a quotation closed by its comma). */
function commaThenQuote(doc: Doc, k: number): boolean {
  return isQuoteTok(doc, k) && doc.tokens.norm[k - 1] === ',';
}

/** Nothing but a few circumstantial words after a cue: no comma, no verb, no "that" ("said on Monday."). */
function bareTail(doc: Doc, from: number, last: number): boolean {
  const t = doc.tokens;
  if (last - from > 8) return false;
  for (let k = from; k < last; k++) if (t.norm[k] === ',' || t.norm[k] === 'that' || t.pos[k] === 'VERB' || t.pos[k] === 'AUX' || isQuoteTok(doc, k)) return false;
  return true;
}

/** The first token of the noun phrase (with prepositional attachments) ending at token `j`. */
function nounStart(doc: Doc, j: number, lo: number): number {
  const t = doc.tokens;
  let k = j;
  while (k > lo && /^(NOUN|PROPN|ADJ|NUM|DET|ADP|SYM)$/.test(t.pos[k - 1])) k--;
  return k;
}

/** Words that open a subordinate clause or circumstance after an object. */
const OBJECT_STOPS = new Set(['because', 'after', 'before', 'while', 'when', 'until', 'although', 'though', 'unless', 'whereas', 'since', 'during']);

/** Where an object content starting at token `k` ends: before a comma, dash, bracket or subordinator outside quotations. */
function objectEnd(doc: Doc, quotes: QuoteRegion[], k: number, e: number): number {
  const t = doc.tokens;
  for (let g = k + 1; g < e; g++) {
    const n = t.norm[g];
    const spacedDash = /^(-|—|–|--)$/.test(n) && /\s/.test(doc.text[t.start[g] - 1] ?? '');
    if ((n === ';' || spacedDash || OBJECT_STOPS.has(n)) && !quoteAt(quotes, t.start[g])) return t.norm[g - 1] === ',' ? g - 1 : g;
  }
  return e;
}

/** Words that may stand inside a verb chain between two cue words ("went on to discuss"). */
const CHAIN_POS = new Set(['PART', 'ADP', 'ADV', 'AUX']);

/**
 * A cue the lexicon misses, proposed by the learned model: the last word of a chain the model
 * takes ("went on to discuss" gives "discuss"), outside quotations.
 */
function learnedCue(doc: Doc, model: CueModel, quotes: QuoteRegion[], i: number, lo: number, hi: number): { lemma: string; end: number; evidence?: boolean } | undefined {
  const t = doc.tokens;
  if (!isCueCandidate(doc, i) || quoteAt(quotes, t.start[i])) return undefined;
  if (!model.cognition && isCognition(t.norm[i])) return undefined;
  if ((model.stems.get(stem(t.norm[i])) ?? 0) < model.minStemRate) return undefined;
  // a proposed cue reports speech only with a that-clause, a quotation, a colon or a finite clause after it
  if (!model.broad && !speechComplement(doc, doc.text, i + 1, hi)) return undefined;
  if (scoreFeatures(model, cueFeatures(doc, i, lo, hi)) < model.threshold) return undefined;
  for (let k = i + 1; k < Math.min(hi, i + 4); k++) {
    if (isCueCandidate(doc, k)) {
      if (isCue(doc, k) || scoreFeatures(model, cueFeatures(doc, k, lo, hi)) >= model.threshold) return undefined;
      break;
    }
    if (!CHAIN_POS.has(t.pos[k])) break;
  }
  return { lemma: stem(t.norm[i]), end: i + 1 };
}

type Cue = { lemma: string; end: number; evidence?: boolean };

/** What `nextStart` found at its token (one object, reused). */
const found1: { according: boolean; nominal: ReturnType<typeof nominalStatement>; ruleCue: Cue | undefined; cue: Cue | undefined } = {
  according: false,
  nominal: undefined,
  ruleCue: undefined,
  cue: undefined,
};

/**
 * The first token from `i` on (before `hi`) where a statement may start: "according to", a nominal
 * statement, or a cue (the lexicon's, else one the learned model proposes); `found1` tells which.
 * The per-token scan is a small function of its own, so that V8 compiles it alone: the large
 * per-sentence code, which runs only at the tokens it returns, is then compiled (and deoptimised)
 * far less often. Returns `hi` when there is none.
 */
function nextStart(doc: Doc, model: CueModel | undefined, quotes: QuoteRegion[], i: number, lo: number, hi: number, last: number): number {
  const t = doc.tokens;
  for (; i < hi; i++) {
    if (t.norm[i] === 'according' && t.norm[i + 1] === 'to') return mark(i, true, undefined, undefined, undefined);
    const nominal = nominalStatement(doc, i, lo, last);
    if (nominal) return mark(i, false, nominal, undefined, undefined);
    const ruleCue = isCue(doc, i);
    const cue = ruleCue ?? (model ? learnedCue(doc, model, quotes, i, lo, hi) : undefined);
    if (cue) return mark(i, false, undefined, ruleCue, cue);
  }
  return hi;
}

/** Records in `found1` what starts at token `i`, and returns `i`. */
function mark(i: number, according: boolean, nominal: ReturnType<typeof nominalStatement>, ruleCue: Cue | undefined, cue: Cue | undefined): number {
  found1.according = according;
  found1.nominal = nominal;
  found1.ruleCue = ruleCue;
  found1.cue = cue;
  return i;
}

/** A verb or auxiliary in tokens [from, to) that is not a gerund after a preposition ("after winning Ohio"). */
function clauseVerb(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  for (let k = from; k < to; k++) {
    if (t.pos[k] !== 'VERB' && t.pos[k] !== 'AUX') continue;
    if (/ing$/.test(t.norm[k]) && k > from && (t.pos[k - 1] === 'ADP' || t.pos[k - 1] === 'SCONJ')) continue;
    return true;
  }
  return false;
}

/** A news outlet described by its country before it is named: "North Korea's official newspaper", "the Iranian state news agency". */
const MEDIA_DESCRIPTION = /^(?:[Tt]he )?(?!The )(?:\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*(?:'s|’s)? )(?:(?:official|state|state-run|state-owned|government|news|daily|ruling party) )*(?:newspaper|paper|daily|news agency|agency|broadcaster|television|radio|outlet|mouthpiece)$/u;

/**
 * "North Korea's official newspaper blasted ... “...,” the Rodong Sinmun said.": a news outlet described
 * before it is named is the organisation that speaks, named for the first time, within the next three
 * sentences (and "the paper" after it is that organisation too).
 */
function nameMediaOutlets(doc: Doc, found: Found[], groupIds: Map<string, number>): void {
  for (const f of found) {
    if (f.speaker.entity >= 0 || !f.speaker.group) continue;
    const phrase = doc.text.slice(f.speaker.start, f.speaker.end);
    if (!MEDIA_DESCRIPTION.test(phrase)) continue;
    const named = found.find((g) => g.sentence > f.sentence && g.sentence <= f.sentence + 3 && g.speaker.entity >= 0 && doc.entities[g.speaker.entity]?.type === 'ORG');
    if (!named) continue;
    const first = Math.min(...doc.entities[named.speaker.entity].mentions.map((m) => doc.mentions[m].start));
    if (first < f.speaker.end) continue;
    groupIds.set(doc.text.slice(f.speaker.group.start, f.speaker.group.end).toLowerCase(), named.speaker.entity);
  }
}

/**
 * Who said what: direct quotations attributed by a neighbouring cue, reported speech
 * ("X warned that ..."), trailing attributions ("..., X said"), "according to X", and
 * paragraphs that continue the previous speaker's quotation.
 */
export const statements: Stage = {
  name: STAGE,
  requires: ['tokens', 'sentences', 'entities', 'coref'],
  assigns: ['statements'],
  run(doc: Doc): Doc {
    const t = doc.tokens;
    const text = doc.text;
    const quotes = findQuotes(text);
    const model = defaultCueModel();
    const found: Found[] = [];
    const usedQuotes = new Set<QuoteRegion>();
    const colonLeads: (Omit<Found, 'content'> & { para: number })[] = [];
    let colonLead: Omit<Found, 'content'> | undefined;

    doc.sentences.forEach((s, si) => {
      const lo = s.tokStart;
      const hi = s.tokEnd;
      let last = hi;
      while (last > lo && t.pos[last - 1] === 'PUNCT') last--;
      const endChar = last > lo ? t.end[last - 1] : s.end;
      const fromSentence: Found[] = [];
      const pendingForward: Found[] = [];
      for (let i = lo; i < hi; i++) {
        i = nextStart(doc, model, quotes, i, lo, hi, last);
        if (i >= hi) break;
        // according to X
        if (found1.according) {
          // (a described source goes on over a participle or relative clause: "three people briefed on the talks")
          let sp = objectSpeaker(doc, i + 2, hi);
          const goesOn = sp && sp.entity < 0 && sp.tokEnd < hi && ((t.pos[sp.tokEnd] === 'VERB' && /(ed|ing)$/.test(t.norm[sp.tokEnd])) || t.norm[sp.tokEnd] === 'who' || t.norm[sp.tokEnd] === 'that');
          if (!sp || goesOn) sp = describedSource(doc, i + 2, hi) ?? sp;
          if (!sp) continue;
          const cue = { start: t.start[i], end: t.end[i + 1] };
          let content: Span;
          // "According to X, Y", and "In addition, according to X, Y" / "(According to X, Y)": only
          // words without a verb stand before it, so what was said follows
          let after = sp.tokEnd;
          while (after < hi && t.norm[after] !== ',') after++;
          if (i === lo || (!hasVerb(doc, lo, i) && after + 1 < last)) {
            content = { start: after + 1 < hi ? t.start[after + 1] : endChar, end: endChar };
          } else {
            let k = i - 1;
            while (k > lo && t.pos[k] === 'PUNCT') k--;
            content = { start: s.start, end: t.end[k] };
          }
          fromSentence.push({ speaker: sp, cue, content, sentence: si, confidence: 0.85 });
          continue;
        }
        const nominal = found1.nominal;
        if (nominal) {
          fromSentence.push({ ...nominal, sentence: si, confidence: 0.6 });
          continue;
        }
        const ruleCue = found1.ruleCue;
        const cue = found1.cue;
        if (!cue) continue;
        const proposed = !ruleCue;
        if (quoteAt(quotes, t.start[i])) continue; // a cue inside someone's quotation is not ours
        // nor a participle inside an "according to" source ("according to three people briefed on ...")
        if (fromSentence.some((f) => f.speaker.start <= t.start[i] && t.end[i] <= f.speaker.end)) continue;
        const cueSpan = { start: t.start[i], end: t.end[cue.end - 1] };
        const weak = proposed ? 0.3 : WEAK_CUES.has(cue.lemma) || isLearnedOnly(t.norm[i]) ? 0.2 : 0;
        // passives ("was accused of", "has been hailed as") and agents ("the move announced by X") are not a speaker's own words
        if (isPassive(doc, i, lo) || byAgent(doc, cue.end, hi)) {
          // "the move announced on Monday by Pompeo", "was accused of rape by a woman": the agent speaks
          const agentive = byAgentStatement(doc, i, cue.end, lo, last);
          if (agentive && !proposed) fromSentence.push({ ...agentive, sentence: si, confidence: 0.6, agentive: true });
          continue;
        }
        // a cue known only from the learned long tail needs a clause after it and a verb use
        // ("He continued, “...”" and "“...,” Smith continued." are speech by the quotation next to them)
        if (!proposed && isLearnedOnly(t.norm[i]) && !nextToQuote(doc, i) && ((!tailHasClause(doc, text, cue.end, hi) && t.norm[cue.end] !== 'to') || (/ing$/.test(t.norm[i]) && t.pos[i - 1] === 'NOUN'))) continue;
        // "..., adding that ...", "..., arguing that ...": a participle after a comma has the clause's subject
        // (also after a quotation closed by its comma: "... win this race,” adding that ...")
        const commaQuoteBefore = commaThenQuote(doc, i - 1) && text[t.start[i - 1]] !== '“';
        const participleAfterComma = /ing$/.test(t.norm[i]) && (t.norm[skipLeftIndex(doc, i - 1, lo)] === ',' || commaQuoteBefore);
        let speaker = participleAfterComma ? undefined : subjectOf(doc, i, lo);
        // "took to Twitter to accuse", "by telling": the speaker of a non-finite cue, not its own subject
        const controlled = !speaker && !participleAfterComma ? controlledSubject(doc, i, lo) : undefined;
        if (controlled) speaker = controlled;
        const negated = ['not', "n't", 'never'].includes(t.norm[i - 1]) || ['not', "n't", 'never'].includes(t.norm[i - 2]);
        if (speaker && speaker.tokStart > lo && (t.norm[speaker.tokStart] === 'no' || t.norm[speaker.tokStart - 1] === 'no')) continue;
        const prevIdx = skipLeftIndex(doc, i - 1, lo);
        const prevTok = prevIdx >= lo ? t.norm[prevIdx] : '';
        let shared = false;
        let inRelative = false;
        // "... and has said ...": the coordinator before the cue's auxiliaries
        const coord = prevTok === 'and' || prevTok === 'but' ? prevTok : t.norm[skipLeft(doc, i - 1, lo)];
        if (!speaker && (prevTok === ',' || (participleAfterComma && commaQuoteBefore) || coord === 'and' || coord === 'but')) {
          // "..., highlighting that ...", "... and said ...": the clause's subject speaks again
          const before = fromSentence.filter((f) => f.cue.end <= t.start[i] && !f.proposed);
          const antecedent = !before.length && coord === 'and' ? relativeAntecedent(doc, i, lo) : undefined;
          inRelative = !!antecedent;
          speaker = before.length ? before[0].speaker : antecedent ?? sentenceSubject(doc, lo, i);
          shared = !!speaker;
        }
        // trailing attribution: "CONTENT, X said (in a statement)." or inverted "CONTENT, said X."
        // the subject's whole phrase: "retired Air Force general Lloyd Newton said"
        const subjStartTok = shared ? i : speaker ? (speaker.tokStart < i ? Math.min(speaker.tokStart, tokenAt(doc, clauseStart(doc, speaker))) : speaker.tokStart) : i;
        const beforeSubj = subjStartTok - 1;
        const commaBefore = beforeSubj >= lo && (t.norm[beforeSubj] === ',' || (t.norm[beforeSubj] === '"' && t.norm[beforeSubj - 1] === ','));
        const closingQuoteBefore = beforeSubj >= lo && t.norm[beforeSubj] === '"' && text[t.start[beforeSubj]] !== '“';
        const afterComma = prevTok === ',' || commaThenQuote(doc, i - 1);
        // a quotation right after the cue: "X said, “...”" or the second half of an interrupted quote
        let f = cue.end;
        while (f < hi && (t.norm[f] === ',' || t.norm[f] === ':')) f++;
        const forwardQuote = f < hi ? quotes.find((q) => q.start === t.start[f]) : undefined;
        // "found that ...": the cue took the complementiser in
        const restHasContent = tailHasClause(doc, text, cue.end, last) || t.norm[cue.end - 1] === 'that' || !!cue.evidence;
        let inverted = false;
        if ((!speaker || shared) && afterComma && !/ing$/.test(t.norm[i])) {
          // inverted: "..., said John Smith, a spokesman." — the speaker ends the clause (also over a
          // subject shared from before the comma)
          let sp = objectSpeaker(doc, cue.end, hi);
          // "said European Council President Donald Tusk", "said 9/11 widow Terry Strada": the person after the titles
          if (!sp || sp.tokStart > cue.end + 1 || (sp.tokEnd < last && t.pos[sp.tokEnd] !== 'PUNCT' && t.pos[sp.tokEnd] !== 'ADP')) sp = titledPerson(doc, cue.end, last) ?? sp;
          const next = sp ? sp.tokEnd : -1;
          // ("..., said a former official who oversaw ...": a relative clause on the speaker)
          if (sp && sp.tokStart <= cue.end + 1 && (next >= last || t.pos[next] === 'PUNCT' || t.pos[next] === 'ADP' || t.norm[next] === 'who')) {
            shared = false;
            speaker = sp;
            inverted = true;
          }
        }
        if (!speaker) continue;
        // "..., as Smith noted last week." / "As Smith said on Monday, ...": the other clause is what was said
        const asAt = subjStartTok - 1;
        if (!shared && asAt >= lo && t.norm[asAt] === 'as' && (asAt === lo || t.norm[asAt - 1] === ',') && speaker.tokStart < i) {
          let asContent: Span | undefined;
          if (asAt === lo) {
            let c = cue.end;
            while (c < last && t.norm[c] !== ',') c++;
            if (c + 1 < last) asContent = { start: t.start[c + 1], end: endChar };
          } else if (asAt - 1 > lo) {
            asContent = { start: s.start, end: t.start[asAt - 1] };
          }
          const trimmedAs = asContent && trimContent(text, asContent);
          if (trimmedAs && trimmedAs.end - trimmedAs.start >= 3) fromSentence.push({ speaker, cue: cueSpan, content: trimmedAs, sentence: si, confidence: 0.75 - weak });
          continue;
        }
        // “…?” Trump asked. / “… .” Trump said.: the sentence is only the attribution of the quotation that
        // closed right before it (the quotation's own stop ended the sentence)
        if (!shared && !inverted && subjStartTok === lo && lo > 0 && isQuoteTok(doc, lo - 1) && /[.?!,]/.test(text[t.start[lo - 1] - 1] ?? '') && bareTail(doc, cue.end, last) && circumstantialTail(doc, cue, last)) {
          const q = quoteAt(quotes, t.start[lo - 1]);
          const taken = q && (usedQuotes.has(q) || found.some((f) => f.content.start < q.inner.end && f.content.end > q.inner.start));
          if (q && !taken && q.closed && /^\s*$/.test(text.slice(q.end, t.start[lo]))) {
            const inner = trimContent(text, q.inner);
            if (inner.end - inner.start >= 3) {
              usedQuotes.add(q);
              fromSentence.push({ speaker, cue: cueSpan, content: inner, sentence: si, confidence: 0.75 - weak });
            }
            continue;
          }
        }
        // “…,” X said: a quotation closed by a comma right before the subject is what X said
        const quoteClosedByComma = closingQuoteBefore && /[,?!]/.test(text[t.start[beforeSubj] - 1] ?? '') && circumstantialTail(doc, cue, last);
        // an introductory phrase ("In a meeting with X, Pence voiced ...") has no verb: it is not what was said
        // (a gerund after a preposition is a circumstance: "Tuesday in Berea, after winning Ohio, X said, “...”")
        const clauseBefore = clauseVerb(doc, lo, subjStartTok) || closingQuoteBefore;
        // a participle sharing the clause's subject reports what follows it ("DuVernay said, emphasizing why ...")
        // "As a phone rang, the announcer said, “It’s 3 a.m. ...”": after an adverbial clause, the quotation
        // after the cue is what was said
        const quoteAhead = !!forwardQuote && !closingQuoteBefore && ADVERBIAL_OPENERS.has(t.norm[lo]);
        const trailing = !(shared && participleAfterComma) && !quoteAhead && (
          inverted || quoteClosedByComma || ((commaBefore || closingQuoteBefore) && clauseBefore && circumstantialTail(doc, cue, last) && (!restHasContent || (!!forwardQuote && closingQuoteBefore))));
        if (trailing && forwardQuote) {
          const inner = trimContent(text, forwardQuote.inner);
          if (inner.end - inner.start >= 3) {
            usedQuotes.add(forwardQuote);
            pendingForward.push({ speaker, cue: cueSpan, content: inner, sentence: si, confidence: 0.8 - weak });
          }
        }
        let content: Span | undefined;
        if (trailing) {
          const cut = speaker.tokStart > i ? i - 1 : beforeSubj;
          const cutChar = t.start[cut];
          const q = quoteAt(quotes, Math.max(cutChar - 1, 0)) ?? quoteAt(quotes, cutChar);
          // the quotation is what was said when it opens the sentence; after words of the writer's own
          // ("Her proposals send a clear message that a top priority ''is increasing ...,'' Kamin said") the whole clause is
          const opensSentence = !q || /^[\s\p{P}]*$/u.test(text.slice(s.start, q.start));
          if (q && q.end <= t.end[cut] + 1 && opensSentence) {
            content = q.inner;
            usedQuotes.add(q);
          } else {
            content = { start: s.start, end: cutChar };
            // "The museum, Mr. Obama said, would make visitors ...": the attribution interrupts what was said
            let after = cue.end;
            while (after < last && t.norm[after] !== ',') after++;
            // like an interrupted quotation, it gives two statements: before and after the attribution
            if (!inverted && after + 2 < last && !isCue(doc, after + 1) && t.norm[after + 1] !== 'according' && !isQuoteTok(doc, after + 1)) {
              const rest = trimContent(text, { start: t.start[after + 1], end: t.end[last - 1] });
              pendingForward.push({ speaker, cue: cueSpan, content: rest, sentence: si, confidence: 0.7 - weak });
            }
          }
        } else {
          let k = cue.end;
          if (CLAUSAL_CUES.has(cue.lemma)) {
            // "said on Monday that ...", "told reporters that ...": skip to the complementiser
            // a noun phrase right after a cue that takes no hearer ("says the movement that's sweeping ...") is
            // the subject of what was said, and its "that" a relative pronoun
            const hearer = HEARER_CUES.has(cue.lemma) || TIME_WORDS.has(t.norm[k] ?? '') || MONTHS.test(t.norm[k] ?? '') || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos[k] ?? '');
            for (let g = k; hearer && g < Math.min(hi, k + MAX_TELL_GAP); g++) {
              if (t.norm[g] === 'that' && !BE_AFTER_THAT.has(t.norm[g + 1] ?? '')) {
                k = g;
                break;
              }
              // "told his radio audience on Monday, “What has happened ...”": the quotation is the content
              if ((t.norm[g] === ',' || t.norm[g] === ':') && isQuoteTok(doc, g + 1) && text[t.start[g + 1]] !== '”') {
                k = g + 1;
                break;
              }
              if (t.pos[g] === 'VERB' || t.norm[g] === ',' || t.norm[g] === ':') break;
            }
            // "said Thursday during a town hall in Buffalo, New York, that ...": a longer circumstance, over
            // commas, when only nouns, names and prepositions stand before the "that"
            if (k === cue.end && CIRCUMSTANCE_POS.has(t.pos[k] ?? '')) {
              for (let g = k; g < Math.min(last, k + MAX_CIRCUMSTANCE); g++) {
                // (a programme's title in quotation marks may stand in it: "said on ABC's “This Week” that")
                if (t.norm[g] === 'that') {
                  if (t.norm[g - 1] === ',' || (isQuoteTok(doc, g - 1) && text[t.start[g - 1]] !== '“')) k = g;
                  break;
                }
                if (!CIRCUMSTANCE_POS.has(t.pos[g]) && !isQuoteTok(doc, g)) break;
              }
            }
          }
          while (k < hi && (t.norm[k] === 'that' || t.norm[k] === ':' || t.norm[k] === ',')) k++;
          if (k >= last && t.norm[cue.end] === ':') colonLead = { speaker, cue: cueSpan, sentence: si, confidence: 0.7 - weak };
          // stop before a following participial cue or "according to"; a relative clause ends at its comma
          let e = last;
          if (i - 1 > lo && ['who', 'which'].includes(t.norm[skipLeftIndex(doc, i - 1, lo)]) ) {
            for (let g = k; g < last; g++) if (t.norm[g] === ',') { e = g; break; }
          } else if (inRelative) {
            // "X - which ... and has said Y - called ...": the clause ends at its closing comma or dash
            for (let g = k; g < last; g++) if (t.norm[g] === ',' || DASHES.has(t.norm[g])) { e = g; break; }
          }
          // "pushed for stricter gun control but has been unable ...": a coordinated predicate is the subject's again
          // ("mentioned CNN five times and seemed to blame ...": also after a clausal cue whose object has no verb)
          const clausal = CLAUSAL_CUES.has(cue.lemma);
          for (let g = k + 1; g < e - 1; g++) {
            if (clausal && (t.pos[g] === 'VERB' || t.pos[g] === 'AUX' || t.norm[g] === 'that' || isQuoteTok(doc, g))) break;
            if ((t.norm[g] === 'but' || t.norm[g] === 'and') && (t.pos[g + 1] === 'AUX' || t.pos[g + 1] === 'VERB')) {
              e = t.norm[g - 1] === ',' ? g - 1 : g;
              break;
            }
          }
          // "While one company says there are 2,400 billionaires, another says ...": what a subordinate clause's
          // subject said ends where the main clause begins
          if (subjStartTok - 1 >= lo && ADVERBIAL_OPENERS.has(t.norm[subjStartTok - 1]) && (subjStartTok - 1 === lo || t.pos[subjStartTok - 2] === 'PUNCT')) {
            for (let g = k + 1; g < e - 1; g++) {
              if (t.norm[g] === ',' && !quoteAt(quotes, t.start[g]) && speechComplement(doc, text, g + 1, e)) {
                e = g;
                break;
              }
            }
          }
          // "assured him it was done without his knowledge, but Mr. Obama was furious": a clause with its own
          // subject after ", but" or ", yet" is the writer's again
          for (let g = k + 1; g < e - 1; g++) {
            if (t.norm[g - 1] === ',' && (t.norm[g] === 'but' || t.norm[g] === 'yet') && !quoteAt(quotes, t.start[g]) && speechComplement(doc, text, g + 1, e)) {
              e = g - 1;
              break;
            }
          }
          for (let g = k + 1; g < last; g++) {
            // (also after a quotation closed by its comma: "... “in a position to win this race,” adding ...")
            const commaQuote = commaThenQuote(doc, g - 1);
            if ((t.norm[g - 1] === ',' || commaQuote) && (isCue(doc, g) && /ing$/.test(t.norm[g]) || (t.norm[g] === 'according' && t.norm[g + 1] === 'to'))) {
              e = commaQuote ? g - 2 : g - 1;
              break;
            }
          }
          // an object ("has not mentioned Machado since the debate", "praised the plan, which ..."): what the
          // cue governs ends at a comma, a dash or a subordinate clause
          if (k < e && (!CLAUSAL_CUES.has(cue.lemma) || !restHasContent) && !speechComplement(doc, text, k, e) && !isQuoteTok(doc, k)) e = objectEnd(doc, quotes, k, e);
          if (k >= e) continue;
          // "admitted more than 1.4 million refugees": these cues report speech only with a clause
          if (CLAUSE_ONLY.has(cue.lemma) && !restHasContent) continue;
          const q = quoteAt(quotes, t.start[k]);
          if (q && q.start === t.start[k] && !q.closed) {
            content = q.inner;
          } else if (q && q.start === t.start[k] && q.end >= t.end[e - 1] - 1) {
            content = q.inner;
            usedQuotes.add(q);
          } else {
            content = { start: t.start[k], end: t.end[e - 1] };
          }
        }
        // "told X that A, and that B": two things said
        if (!trailing && CLAUSAL_CUES.has(cue.lemma)) {
          const m = /,?\s+and that\s+/.exec(text.slice(content.start, content.end));
          if (m && m.index > 10) {
            const second = balanceQuotes(text, trimContent(text, { start: content.start + m.index + m[0].length, end: content.end }));
            if (second.end - second.start >= 3) pendingForward.push({ speaker, cue: cueSpan, content: second, sentence: si, confidence: 0.75 - weak });
            content = { start: content.start, end: content.start + m.index };
          }
        }
        const trimmed = stripDateline(text, balanceQuotes(text, trimContent(text, content)));
        if (trimmed.end - trimmed.start >= 3 && !circumstanceOnly(doc, quotes, trimmed)) fromSentence.push({ speaker, cue: cueSpan, content: trimmed, sentence: si, confidence: 0.8 - weak, clause: shared ? t.start[i - 1] : undefined, proposed, subordinate: !!controlled || negated || undefined });
        fromSentence.push(...pendingForward.splice(0));
      }
      // Another statement starting inside a content: after a coordinator ("..., but the BBC's editor
      // Jon Sopel said ...") it ends that content; inside a that-clause ("Pompeo said that Washington
      // had concluded ...") it is reported speech within reported speech, and is dropped.
      const dropped = new Set<Found>();
      for (const g of fromSentence) {
        const cut = g.clause ?? Math.min(clauseStart(doc, g.speaker), g.cue.start);
        for (const f of fromSentence) {
          if (g === f || dropped.has(f) || dropped.has(g) || g.agentive || f.agentive) continue;
          // a cue only the model proposed, inside what a lexicon cue reports, is part of that content
          // so is a non-finite or negated cue ("... to assert their rights", "... didn't clarify the matter")
          if ((g.proposed || g.subordinate) && !f.proposed && !f.subordinate && g.cue.start >= f.content.start && g.cue.end <= f.content.end) {
            dropped.add(g);
            continue;
          }
          // "[Pence expressed concern ...], the White House said", "the ministry said [Lavrov told ...]":
          // what was said is itself a statement; the gold credits its own speaker
          // "“...,” he told settler leaders, according to a statement": what the source reports is a
          // whole statement of someone else's, credited to that speaker
          const inside = g.cue.start >= f.content.start && g.cue.end <= f.content.end;
          if (inside && g.content.start >= f.content.start - 1 && g.content.end <= f.content.end + 1 && /^according\b/i.test(text.slice(f.cue.start, f.cue.end)) && !g.proposed && !g.subordinate && g.speaker.entity >= 0) {
            dropped.add(f);
            continue;
          }
          if (inside && /^\s*(that\s+)?$/.test(text.slice(f.content.start, Math.max(f.content.start, cut))) && g.clause === undefined && g.confidence >= f.confidence) {
            dropped.add(f);
            continue;
          }
          if (!(cut > f.content.start && cut < f.content.end)) continue;
          if (f.cue.start > g.cue.start) continue;
          const between = text.slice(f.content.start, cut);
          // "..., though she acknowledged ...", "..., but in the course of their report they could not resist pointing out ...":
          // a coordinated or adverbial clause of the narrator's ends what was said before it
          const coord = /[,;]\s*(and|but|while|whereas|although|though|because|since|so|yet)\s+[^,;]*$/.exec(between);
          if (g.clause !== undefined || /(,?\s*(and|but|while|whereas|as|although|though|with|which|who|where)\s*$)|;\s*$|,\s*$/.test(between) || g.speaker.start === g.cue.start) {
            f.content = stripConjunction(text, trimContent(text, { start: f.content.start, end: cut }));
          } else if (coord) {
            f.content = trimContent(text, { start: f.content.start, end: f.content.start + coord.index });
          } else {
            dropped.add(g);
          }
        }
      }
      found.push(...fromSentence.filter((f) => !dropped.has(f) && f.content.end - f.content.start >= 3));
      // "X also said:" closing a paragraph introduces the paragraphs that follow
      if (colonLead && doc.sentences[si + 1]?.para !== s.para) colonLeads.push({ ...colonLead, para: s.para });
      colonLead = undefined;
    });

    // the paragraphs a colon introduced, while they carry no attribution of their own
    for (const lead of colonLeads) {
      let unpunctuated: boolean | undefined;
      for (let para = lead.para + 1; ; para++) {
        const sents = doc.sentences.map((x, i) => [x, i] as const).filter(([x]) => x.para === para);
        // the first paragraph after the colon is what was said, however long ("He said:" / "“We have ...”")
        const whole = para === lead.para + 1;
        if (sents.length === 0 || (sents.length > 3 && !whole)) break;
        // list items keep one style: all without a final stop, or all single sentences with one
        const bare = !/[.!?"”]$/.test(text.slice(sents[0][0].start, sents[sents.length - 1][0].end));
        if (unpunctuated === undefined) unpunctuated = bare;
        else if (unpunctuated !== bare || (!bare && sents.length > 1)) break;
        if (whole && sents.length > 1) unpunctuated = true; // a long first paragraph ends the list
        if (found.some((f) => doc.sentences[f.sentence].para === para)) break;
        const first = sents[0][0];
        const lastS = sents[sents.length - 1][0];
        if (lastS.tokEnd - first.tokStart > 80 && !whole) break;
        const content = trimContent(text, { start: first.start, end: lastS.end });
        if (content.end - content.start < 3) break;
        found.push({ speaker: lead.speaker, cue: lead.cue, content, sentence: sents[0][1], confidence: lead.confidence });
      }
    }

    // speaker labels ("PENCE: ...") and dash signatures ("“...” ― Maria Lopez")
    for (const l of labelStatements(doc, quotes)) found.push({ ...l, confidence: 0.7 });

    // paragraphs that only continue a quotation: same speaker as the previous direct statement
    for (const q of quotes) {
      if (usedQuotes.has(q)) continue;
      if (found.some((f) => (f.content.start >= q.inner.start && f.content.end <= q.inner.end + 1) || (f.content.start <= q.inner.start && f.content.end >= q.inner.end - 1))) continue;
      const si = doc.sentences.findIndex((s) => s.start <= q.start && q.start < s.end + 1);
      if (si < 0) continue;
      const para = doc.sentences[si].para;
      const paraStart = doc.sentences.find((s) => s.para === para)!.start;
      // a quotation opening its paragraph continues the previous paragraph's speaker; one later in
      // the paragraph continues the speaker of the paragraph's last statement before it
      const before = found.filter((f) => f.content.end <= q.start);
      const prev =
        q.start === paraStart
          ? [...found].reverse().find((f) => doc.sentences[f.sentence].para === para - 1)
          : before.filter((f) => doc.sentences[f.sentence].para === para).sort((a, b) => b.content.end - a.content.end)[0];
      if (!prev) continue;
      const between = text.slice(prev.content.end, q.start);
      // only the attribution itself may stand between ("…,” Simpson said. “…”)
      // or a whole attribution sentence: "“A,” said X, a lawyer who has ... projects. “B”"
      const attributionSentence = prev.cue.start >= prev.content.end && prev.cue.end <= q.start && (between.match(/[.!?]["”’]?\s/g) ?? []).length <= 1;
      if (q.start !== paraStart && (between.match(/\p{L}+/gu) ?? []).length > 10 && !attributionSentence) continue;
      const content = trimContent(text, q.inner);
      const words = text.slice(content.start, content.end).split(/\s+/).length;
      if (words < 4) continue;
      found.push({ speaker: prev.speaker, cue: prev.cue, content, sentence: si, confidence: 0.6 });
    }
    found.sort((a, b) => a.content.start - b.content.start);

    // materialise: groups become entities; about = entities named inside the content
    const names = doc.mentions.filter((m) => m.kind === 'name').sort((a, b) => a.start - b.start);
    const groupIds = new Map<string, number>();
    nameMediaOutlets(doc, found, groupIds);
    const out: Statement[] = [];
    for (const f of found) {
      let e = f.speaker.entity;
      if (e < 0 && f.speaker.group) {
        const phrase = text.slice(f.speaker.group.start, f.speaker.group.end);
        const key = phrase.toLowerCase();
        e = groupIds.get(key) ?? -1;
        const definite = f.speaker.group.start > f.speaker.start;
        if (e < 0 && definite && !key.includes(' ')) {
          // "the source" repeats the last group headed by "source"
          for (const [k, id] of [...groupIds.entries()].reverse()) {
            const last = k.split(' ').pop() ?? '';
            if (k.split(' ').includes(key) || k.split(' ').includes(key.replace(/s$/, '')) || (key.length >= 4 && last.endsWith(key))) {
              e = id;
              break;
            }
          }
        }
        if (e < 0) {
          e = doc.entities.length;
          doc.entities.push({ id: `e${e + 1}`, name: phrase, type: 'GROUP', mentions: [], stage: STAGE });
          groupIds.set(key, e);
        }
        // the group's mention is its phrase, wherever the statement names it ("they" points back to it)
        const gTokStart = tokenAt(doc, f.speaker.group.start);
        const gTokEnd = tokenAt(doc, f.speaker.group.end - 1) + 1;
        if (!doc.entities[e].mentions.some((x) => doc.mentions[x].start === f.speaker.group!.start)) {
          const mi = doc.mentions.length;
          doc.mentions.push({ start: f.speaker.group.start, end: f.speaker.group.end, tokStart: gTokStart, tokEnd: gTokEnd, type: 'GROUP', kind: 'group', entity: e, stage: STAGE, score: 0.7 });
          doc.entities[e].mentions.push(mi);
        }
      }
      if (e < 0) continue;
      const about = new Set<number>();
      for (const m of names) {
        if (m.start >= f.content.end) break;
        if (m.entity >= 0 && m.start >= f.content.start && m.end <= f.content.end) about.add(m.entity);
      }
      const sent = doc.sentences[f.sentence];
      const evStart = Math.min(sent.start, f.content.start, f.speaker.start);
      const evEnd = Math.max(sent.end, f.content.end);
      out.push({
        speaker: e,
        source: { start: f.speaker.start, end: f.speaker.end },
        cue: f.cue,
        kind: kindOf(text, quotes, f.content),
        content: f.content,
        about: [...about].sort((a, b) => a - b),
        evidence: { start: evStart, end: evEnd },
        confidence: f.confidence,
        stage: STAGE,
      });
    }
    doc.statements = splitCoordinated(doc, out);
    return doc;
  },
};
