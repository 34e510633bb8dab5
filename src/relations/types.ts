/** Entity types the relation model accepts (CoNLL04 Peop->PERSON, Org->ORG, Loc->GPE|LOC, Other->MISC). */
export type EntType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';
export type RelType = 'works_for' | 'lives_in' | 'based_in' | 'located_in' | 'killed';

/** An entity mention: token indices in the sentence, end exclusive. */
export interface RelEntity {
  start: number;
  end: number;
  type: EntType;
}

/** A predicted relation: head and tail are indices into the entity array. */
export interface RelPrediction {
  head: number;
  tail: number;
  type: RelType;
  score: number;
  /** A short readable label taken from the sentence ("president of", "spokesman", "in"). */
  predicate: string;
}

export interface RelationModel {
  /** `ids`: optionally a number per token standing for its string (see viewSentence). */
  predict(tokens: string[], entities: RelEntity[], ids?: ArrayLike<number>): RelPrediction[];
}

export const REL_TYPES: readonly RelType[] = ['works_for', 'lives_in', 'based_in', 'located_in', 'killed'];

/** Coarse argument class used for type signatures: GPE and LOC are treated the same. */
export type ArgClass = 'P' | 'O' | 'L' | 'X';

export function argClass(t: EntType): ArgClass {
  switch (t) {
    case 'PERSON':
      return 'P';
    case 'ORG':
      return 'O';
    case 'GPE':
    case 'LOC':
      return 'L';
    default:
      return 'X';
  }
}

/** The relation type a (head, tail) signature admits, or undefined when the pair is no candidate. */
export function candidateType(head: EntType, tail: EntType): RelType | undefined {
  const h = argClass(head);
  const t = argClass(tail);
  if (h === 'P' && t === 'O') return 'works_for';
  if (h === 'P' && t === 'L') return 'lives_in';
  if (h === 'O' && t === 'L') return 'based_in';
  if (h === 'L' && t === 'L') return 'located_in';
  if (h === 'P' && t === 'P') return 'killed';
  return undefined;
}
