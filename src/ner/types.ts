export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Token indices within one sentence, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
  score: number;
}

export interface NerTagger {
  /**
   * One array of spans per input sentence. `ids`, when given, holds per sentence a number per token
   * that stands for its string (the same number for the same string in every call; -1: none), so
   * that per-word caches are read by index (see tokenIds in the tokenize stage).
   */
  tagDocument(sentences: string[][], ids?: ArrayLike<number>[]): NerSpan[][];
}

export class NerModelError extends Error {
  readonly code = 'NER_MODEL';
  constructor(message: string) {
    super(message);
    this.name = 'NerModelError';
  }
}
