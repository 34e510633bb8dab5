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

/** The names of the coordination around `names[at]` (in text order), or just that name when it stands alone. */
export function coordination(doc: Doc, names: Mention[], at: number): Mention[] {
  const between = (a: Mention, b: Mention): string => doc.text.slice(a.end, b.start);
  const joins = (a: Mention, b: Mention): boolean =>
    a.end <= b.start && doc.tokens.sent[a.tokStart] === doc.tokens.sent[b.tokStart] && GAP.test(between(a, b));
  let lo = at;
  while (lo > 0 && joins(names[lo - 1], names[lo])) lo--;
  let hi = at;
  while (hi + 1 < names.length && joins(names[hi], names[hi + 1])) hi++;
  // a list ends in "and": "A, B and C"; comma-only runs are appositions or enumerations of another kind
  if (hi === lo || !AND.test(between(names[hi - 1], names[hi]))) return [names[at]];
  return names.slice(lo, hi + 1);
}

/**
 * Adds, for every statement whose source is a name in a coordination of speakers, the same statement
 * for each other name of the coordination (once per speaker and content). The order of `statements`
 * is kept.
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
    const at = byStart.get(s.source.start);
    const group = at !== undefined && names[at].end === s.source.end ? coordination(doc, names, at) : [];
    if (group.length < 2 || !group.every((m) => SPEAKER_TYPES.has(doc.entities[m.entity].type))) {
      out.push(s);
      continue;
    }
    const copies: Statement[] = [];
    for (const m of group) {
      const copy: Statement = { ...s, speaker: m.entity, source: { start: m.start, end: m.end } };
      if (seen.has(key(copy))) continue;
      seen.add(key(copy));
      copies.push(copy);
    }
    // the copies stand with their original, in the order their speakers are named
    out.push(...[s, ...copies].sort((a, b) => a.source.start - b.source.start));
  }
  return out;
}
