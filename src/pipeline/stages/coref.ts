import type { Doc, Mention } from '../../document/types.js';
import { PRONOUN_GENDER } from '../../lexicon/gender.js';
import type { Stage } from '../stage.js';
import { notePronounGender } from './coref/gender.js';
import { addToIndex } from './coref/mention-index.js';
import { quotationOfTokens, quoteSpeaker } from './coref/quote-speakers.js';
import { PRONOUN_TYPES, resolvePronoun } from './coref/resolve.js';

export { antecedent, isExpletiveIt, resolvePronoun, WEIGHTS, type PhraseAntecedent, type Resolution, type ResolveOptions } from './coref/resolve.js';

export function isPronoun(norm: string): boolean {
  return norm in PRONOUN_TYPES;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
/** Characters: a quotation longer than this is not taken as one speaker's words. */
const MAX_SPOKEN_QUOTE = 400;
const OBJECT_BEFORE = new Set(['VERB', 'ADP', 'AUX', 'PART']);

/** Links subject pronouns (he, she, it, they) to the entity they most likely refer to. */
export const coref: Stage = {
  name: 'coref.v2',
  requires: ['tokens', 'entities'],
  assigns: ['coref'],
  run(doc: Doc): Doc {
    const t = doc.tokens;
    const { quote, spans } = quotationOfTokens(doc);
    const link = (i: number, exclude?: number): void => {
      const n = t.norm[i];
      const r = resolvePronoun(doc, i, { exclude });
      if (!r || r.entity < 0) return;
      const e = r.entity;
      const g = PRONOUN_GENDER[n];
      if (g && doc.entities[e].type === 'PERSON') notePronounGender(doc, e, g);
      const mi = addToIndex(doc, doc.mentions, { start: t.start[i], end: t.end[i], tokStart: i, tokEnd: i + 1, type: doc.entities[e].type, kind: 'pronoun', entity: e, stage: 'coref.v2', score: 0.6 });
      doc.entities[e].mentions.push(mi);
    };
    const byStart = new Map<number, Mention>();
    const byEnd = new Map<number, Mention>();
    for (const m of doc.mentions) {
      if (m.entity < 0) continue;
      if (!byStart.has(m.tokStart) || byStart.get(m.tokStart)!.tokEnd < m.tokEnd) byStart.set(m.tokStart, m);
      if (!byEnd.has(m.tokEnd) || byEnd.get(m.tokEnd)!.tokStart > m.tokStart) byEnd.set(m.tokEnd, m);
    }
    const speakers = new Map<number, number>();
    // "…,” he said": the speaker pronoun after a quotation, resolved ahead (without linking it yet)
    const ahead = (k: number): number => (SUBJECT_PRONOUNS.has(t.norm[k]) ? resolvePronoun(doc, k)?.entity ?? -1 : -1);
    for (let i = 0; i < t.norm.length; i++) {
      const n = t.norm[i];
      if (!SUBJECT_PRONOUNS.has(n)) continue;
      // "released it", "talk about it": an object "it" is rarely an organisation or a place
      if (n === 'it' && OBJECT_BEFORE.has(t.pos[i - 1] ?? '') && t.pos[i + 1] !== 'VERB' && t.pos[i + 1] !== 'AUX') continue;
      const q = quote[i];
      if (q < 0 || spans[q].end - spans[q].start > MAX_SPOKEN_QUOTE) {
        link(i);
        continue;
      }
      // a quoted "he" or "she" is someone other than the quotation's speaker (who says "I");
      // a long quotation is more often a quoted document than one person speaking
      let sp = speakers.get(q);
      if (sp === undefined) {
        sp = quoteSpeaker(doc, spans[q], byStart, byEnd, ahead);
        speakers.set(q, sp);
      }
      link(i, sp >= 0 ? sp : undefined);
    }
    return doc;
  },
};
