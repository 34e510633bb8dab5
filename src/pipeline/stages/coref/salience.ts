import type { Doc, Mention } from '../../../document/types.js';
import { cueLemma } from '../../../lexicon/cues.js';

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '--', '-', '"', '“', '”']);
const NOT_SUBJECT_POS = new Set(['ADP', 'VERB', 'AUX', 'SCONJ', 'PRON']);
const ADVERBIAL = new Set(['has', 'have', 'had', 'also', 'will', 'would', 'could', 'may', 'might', 'is', 'are', 'was', 'were', 'later', 'then', 'again', 'earlier', 'previously', 'repeatedly', 'recently', 'already', 'not', 'never', 'did', 'does', 'do']);

/**
 * Whether a mention stands in a subject position: nothing but modifiers between it and the
 * start of its clause (sentence start, a comma, a colon, a dash or a quotation mark), so
 * "Jack Straw" in "Earlier Foreign Secretary Jack Straw said" and "U.S." in "The U.S. draft says",
 * but not "Margaret Thatcher" in "the rebate secured by Margaret Thatcher".
 */
export function isSubjectPosition(doc: Doc, m: Mention): boolean {
  return subjectLevel(doc, m) === 2;
}

const EMBEDDERS = new Set(['that', 'after', 'before', 'until', 'since', 'because', 'when', 'while', 'although', 'though', 'if', 'as', 'whether', 'who', 'which', 'where', 'unless', 'once']);

/**
 * 2 for a main-clause subject (see isSubjectPosition); 1 for the subject of an embedded
 * clause ("until Trump reached", "said that Russia would"): a mention right after a
 * subordinator and followed by a verb; 0 otherwise.
 */
export function subjectLevel(doc: Doc, m: Mention): 0 | 1 | 2 {
  const t = doc.tokens;
  const lo = doc.sentences[t.sent[m.tokStart]].tokStart;
  if (t.norm[m.tokStart - 1] === '(' || t.norm[m.tokEnd] === ')') return 0;
  for (let k = m.tokStart - 1; k >= lo; k--) {
    const n = t.norm[k];
    if (CLAUSE_BREAKS.has(n)) return 2;
    if (NOT_SUBJECT_POS.has(t.pos[k]) && n !== "'s") {
      if (!EMBEDDERS.has(n)) return 0;
      let j = m.tokEnd;
      while (j < t.norm.length && j - m.tokEnd < 3 && ADVERBIAL.has(t.norm[j]) && t.pos[j] !== 'AUX') j++;
      return t.pos[j] === 'VERB' || t.pos[j] === 'AUX' ? 1 : 0;
    }
  }
  return 2;
}

/**
 * Whether a mention is the speaker of a cue: "X said", "X has also warned" (X a subject),
 * "..., said X", "according to X".
 */
export function isSpeakerPosition(doc: Doc, m: Mention, subject: boolean): boolean {
  const t = doc.tokens;
  let k = m.tokEnd;
  if (subject) {
    while (k < t.norm.length && k - m.tokEnd < 3 && ADVERBIAL.has(t.norm[k])) k++;
    if (k < t.norm.length && t.pos[k] === 'VERB' && cueLemma(t.norm[k])) return true;
  }
  const p = m.tokStart - 1;
  if (p >= 1 && t.norm[p] === 'to' && t.norm[p - 1] === 'according') return true;
  if (p >= 1 && t.pos[p] === 'VERB' && cueLemma(t.norm[p]) && t.norm[p - 1] === ',') return true;
  return false;
}
