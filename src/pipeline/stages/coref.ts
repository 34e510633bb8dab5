import type { Doc, EntityType, Mention } from '../../document/types.js';
import type { Stage } from '../stage.js';

const PRONOUN_TYPES: Record<string, EntityType[]> = {
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

export function isPronoun(norm: string): boolean {
  return norm in PRONOUN_TYPES;
}

/** How many sentences back a pronoun may reach for its antecedent. */
const WINDOW = 4;

/**
 * The entity a pronoun at token `tok` refers to: the most recent mention of a compatible
 * type in this or the previous few sentences, preferring one in a subject position
 * (a mention that starts its sentence or precedes a verb).
 */
export function antecedent(doc: Doc, tok: number, mentions: Mention[] = doc.mentions): number {
  const norm = doc.tokens.norm[tok];
  const types = PRONOUN_TYPES[norm];
  if (!types) return -1;
  const sent = doc.tokens.sent[tok];
  const start = doc.tokens.start[tok];
  let best = -1;
  let bestScore = -Infinity;
  for (const m of mentions) {
    if (m.entity < 0 || m.start >= start || m.kind === 'pronoun') continue;
    const ms = doc.tokens.sent[m.tokStart];
    if (sent - ms > WINDOW) continue;
    const etype = doc.entities[m.entity]?.type ?? m.type;
    if (!types.includes(etype)) continue;
    const first = doc.sentences[ms].tokStart === m.tokStart;
    const score = -(sent - ms) * 2 + (first ? 1.5 : 0) + m.start / 1e7;
    if (score > bestScore) {
      bestScore = score;
      best = m.entity;
    }
  }
  return best;
}

/** Links subject pronouns (he, she, it, they) to the entity they most likely refer to. */
export const coref: Stage = {
  name: 'coref.v1',
  requires: ['tokens', 'entities'],
  assigns: ['coref'],
  run(doc: Doc): Doc {
    const t = doc.tokens;
    const base = doc.mentions.slice();
    for (let i = 0; i < t.norm.length; i++) {
      const n = t.norm[i];
      if (n !== 'he' && n !== 'she' && n !== 'it' && n !== 'they') continue;
      const e = antecedent(doc, i, base);
      if (e < 0) continue;
      const mi = doc.mentions.length;
      doc.mentions.push({ start: t.start[i], end: t.end[i], tokStart: i, tokEnd: i + 1, type: doc.entities[e].type, kind: 'pronoun', entity: e, stage: 'coref.v1', score: 0.6 });
      doc.entities[e].mentions.push(mi);
    }
    return doc;
  },
};
