import type { Doc } from '../../document/types.js';
import { PRONOUN_GENDER } from '../../lexicon/gender.js';
import type { Stage } from '../stage.js';
import { notePronounGender } from './coref/gender.js';
import { addToIndex } from './coref/mention-index.js';
import { PRONOUN_TYPES, resolvePronoun } from './coref/resolve.js';

export { antecedent, isExpletiveIt, resolvePronoun, WEIGHTS, type PhraseAntecedent, type Resolution, type ResolveOptions } from './coref/resolve.js';

export function isPronoun(norm: string): boolean {
  return norm in PRONOUN_TYPES;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const OBJECT_BEFORE = new Set(['VERB', 'ADP', 'AUX', 'PART']);

/** Links subject pronouns (he, she, it, they) to the entity they most likely refer to. */
export const coref: Stage = {
  name: 'coref.v2',
  requires: ['tokens', 'entities'],
  assigns: ['coref'],
  run(doc: Doc): Doc {
    const t = doc.tokens;
    for (let i = 0; i < t.norm.length; i++) {
      const n = t.norm[i];
      if (!SUBJECT_PRONOUNS.has(n)) continue;
      // "released it", "talk about it": an object "it" is rarely an organisation or a place
      if (n === 'it' && OBJECT_BEFORE.has(t.pos[i - 1] ?? '') && t.pos[i + 1] !== 'VERB' && t.pos[i + 1] !== 'AUX') continue;
      const r = resolvePronoun(doc, i);
      if (!r || r.entity < 0) continue;
      const e = r.entity;
      const g = PRONOUN_GENDER[n];
      if (g && doc.entities[e].type === 'PERSON') notePronounGender(doc, e, g);
      const mi = addToIndex(doc, doc.mentions, { start: t.start[i], end: t.end[i], tokStart: i, tokEnd: i + 1, type: doc.entities[e].type, kind: 'pronoun', entity: e, stage: 'coref.v2', score: 0.6 });
      doc.entities[e].mentions.push(mi);
    }
    return doc;
  },
};
