export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Token indices within one sentence, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
  score: number;
}

export interface NerTagger {
  /** One array of spans per input sentence. */
  tagDocument(sentences: string[][]): NerSpan[][];
}

export class NerModelError extends Error {
  readonly code = 'NER_MODEL';
  constructor(message: string) {
    super(message);
    this.name = 'NerModelError';
  }
}
