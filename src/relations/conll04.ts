/** Reading CoNLL04 (SpERT JSON split) into sentences with our entity and relation types. */
import { readFileSync } from 'node:fs';
import { InvalidInputError } from '../errors.js';
import { remapSpan, splitGluedPeriods } from './normalize.js';
import type { EntType, RelEntity, RelType } from './types.js';

export interface GoldRelation {
  head: number;
  tail: number;
  type: RelType;
}

export interface RelSentence {
  tokens: string[];
  entities: RelEntity[];
  relations: GoldRelation[];
}

const ENT: Record<string, EntType> = { Peop: 'PERSON', Org: 'ORG', Loc: 'GPE', Other: 'MISC' };
const REL: Record<string, RelType> = {
  Work_For: 'works_for',
  Live_In: 'lives_in',
  OrgBased_In: 'based_in',
  Located_In: 'located_in',
  Kill: 'killed',
};

interface RawSentence {
  tokens: string[];
  entities: { type: string; start: number; end: number }[];
  relations: { type: string; head: number; tail: number }[];
}

/** A CoNLL04 file that does not have the expected shape. */
export class DataFormatError extends InvalidInputError {}

/** Read one CoNLL04 JSON file; glued final periods are split off as wink-nlp would. */
export function readConll04(path: string): RelSentence[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawSentence[];
  if (!Array.isArray(raw)) throw new DataFormatError(`CoNLL04 file ${JSON.stringify(path)} is not a JSON array`);
  return raw.map((s, n) => {
    const r = splitGluedPeriods(s.tokens);
    const entities = s.entities.map((e) => {
      const type = ENT[e.type];
      if (!type) throw new DataFormatError(`${path}: sentence ${n}: unknown entity type ${JSON.stringify(e.type)}`);
      const [start, end] = remapSpan(r, e.start, e.end);
      return { start, end, type };
    });
    const relations = s.relations.map((x) => {
      const type = REL[x.type];
      if (!type) throw new DataFormatError(`${path}: sentence ${n}: unknown relation type ${JSON.stringify(x.type)}`);
      return { head: x.head, tail: x.tail, type };
    });
    return { tokens: r.tokens, entities, relations };
  });
}
