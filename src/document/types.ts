/**
 * The Document that flows through the pipeline. Every fact holds character offsets
 * (UTF-16 code units, end exclusive) into `text`; strings are derived when asked.
 */
export interface Article {
  id: string;
  title?: string;
  text: string;
  url?: string;
  source?: string;
  published_at?: string;
  /** Byline, when the input gives one (HTML pages, JSON records). */
  author?: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'GROUP';
export type RelationType = 'works_for' | 'based_in' | 'located_in' | 'lives_in' | 'killed' | 'related';
export type StatementKind = 'direct' | 'mixed' | 'indirect';

export interface Span {
  start: number;
  end: number;
}

/** Tokens live in flat parallel arrays (wink-nlp style); index i is one token. */
export interface Tokens {
  start: number[];
  end: number[];
  /** Universal POS tag from the tagger. */
  pos: string[];
  /** Lower-cased token text with curly quotes normalised. */
  norm: string[];
  /** Sentence index of each token. */
  sent: number[];
}

export interface Sentence extends Span {
  /** First token index and one past the last. */
  tokStart: number;
  tokEnd: number;
  /** Paragraph index (paragraphs are separated by newlines). */
  para: number;
}

export type MentionKind = 'name' | 'pronoun' | 'nominal' | 'group';

export interface Mention extends Span {
  tokStart: number;
  tokEnd: number;
  type: EntityType;
  kind: MentionKind;
  /** Index into doc.entities once aliases are resolved; -1 before. */
  entity: number;
  stage: string;
  score: number;
}

export interface Entity {
  /** Document-local id: e1, e2, ... */
  id: string;
  name: string;
  type: EntityType;
  /** Indices into doc.mentions. */
  mentions: number[];
  stage: string;
}

export interface Relation {
  subject: number;
  object: number;
  predicate: string;
  type: RelationType;
  evidence: Span;
  confidence: number;
  stage: string;
}

export interface Statement {
  speaker: number;
  /** Index into doc.mentions of the span naming the speaker here. */
  source: Span;
  cue: Span;
  kind: StatementKind;
  content: Span;
  about: number[];
  evidence: Span;
  confidence: number;
  stage: string;
}

export interface Doc {
  article: Article;
  text: string;
  tokens: Tokens;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  statements: Statement[];
  /** Names of the stages that have run, in order. */
  stages: string[];
}

export function emptyDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    tokens: { start: [], end: [], pos: [], norm: [], sent: [] },
    sentences: [],
    mentions: [],
    entities: [],
    relations: [],
    statements: [],
    stages: [],
  };
}
