// Coordinated speakers: "Egypt and Jordan criticised the decision" is said by each of them. The news
// guide counts one statement per speaker, so a statement whose source is one name of a coordination
// ("A and B", "A, B and C", "the UN and the EU") is repeated for every other name of it, with that
// name's span as the source.
import type { Doc, Mention, Statement } from '../../document/types.js';

/** What may stand between two names of one coordination: a comma and/or "and"/"&", then an optional "the". */
const GAP = /^\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:the\s+)?$/i;
/** The gap before the last name of a coordination must hold "and" or "&" (a bare comma is an apposition). */
const AND = /\b(?:and)\b|&/i;
/** Speakers a coordination may join: named people, organisations, countries and nationalities. */
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** The names of the coordination around `m` (in text order), or [m] when it stands alone. */
export function coordination(doc: Doc, names: Mention[], at: number): Mention[] {
  const m = names[at];
  const sentEnd = sentenceEnd(doc, m.start);
  const gap = (a: Mention, b: Mention): string => doc.text.slice(a.end, b.start);
  let lo = at;
  while (lo > 0 && names[lo - 1].end <= names[lo].start && GAP.test(gap(names[lo - 1], names[lo])) && sameSentence(doc, names[lo - 1], m)) lo--;
  let hi = at;
  while (hi + 1 < names.length && names[hi + 1].start < sentEnd && names[hi].end <= names[hi + 1].start && GAP.test(gap(names[hi], names[hi + 1]))) hi++;
  if (hi === lo) return [m];
  // a list ends in "and": "A, B and C"; comma-only runs are appositions or enumerations of another kind
  if (!AND.test(gap(names[hi - 1], names[hi]))) return [m];
  for (let k = lo; k < hi; k++) if (!GAP.test(gap(names[k], names[k + 1]))) return [m];
  return names.slice(lo, hi + 1);
}

function sentenceEnd(doc: Doc, offset: number): number {
  for (const s of doc.sentences) if (s.start <= offset && offset < s.end) return s.end;
  return doc.text.length;
}

function sameSentence(doc: Doc, a: Mention, b: Mention): boolean {
  return sentenceEnd(doc, a.start) === sentenceEnd(doc, b.start);
}

/**
 * Adds, for every statement whose source is a name in a coordination of speakers, the same statement
 * for each other name of the coordination (once per speaker entity). Returns the statements in
 * document order.
 */
export function splitCoordinated(doc: Doc, statements: Statement[]): Statement[] {
  const names = doc.mentions.filter((m) => m.kind === 'name' && m.entity >= 0).sort((a, b) => a.start - b.start || b.end - a.end);
  const byStart = new Map<number, number>();
  names.forEach((m, i) => byStart.set(m.start, byStart.get(m.start) ?? i));
  const out: Statement[] = [];
  const seen = new Set<string>();
  const key = (s: Statement) => `${s.speaker}:${s.content.start}:${s.content.end}`;
  for (const s of statements) seen.add(key(s));
  for (const s of statements) {
    out.push(s);
    const at = byStart.get(s.source.start);
    if (at === undefined || names[at].end !== s.source.end) continue;
    const group = coordination(doc, names, at);
    if (group.length < 2 || !group.every((m) => SPEAKER_TYPES.has(doc.entities[m.entity].type))) continue;
    for (const m of group) {
      const copy: Statement = { ...s, speaker: m.entity, source: { start: m.start, end: m.end } };
      if (seen.has(key(copy))) continue;
      seen.add(key(copy));
      out.push(copy);
    }
  }
  // copies stand with their original: by content, then by where the source is named
  return out.sort((a, b) => a.content.start - b.content.start || (a.content === b.content ? a.source.start - b.source.start : 0));
}
