// The Document JSON of /work/shared/CONTRACT.md, as far as the evaluation reads it.
// Kept local and structural so the harness depends on the contract, not on src/ internals.

export interface Span {
  start: number;
  end: number;
  text?: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'GROUP';

export interface EntityJSON {
  id: string;
  name: string;
  type: EntityType | string;
  aliases: string[];
  mentions: Span[];
}

export interface RelationJSON {
  subject: string;
  predicate: string;
  object: string;
  type: string;
  evidence?: Span | null;
  confidence?: number;
}

export interface StatementJSON {
  speaker: string | null;
  source?: Span | null;
  cue?: string;
  cue_span?: Span | null;
  kind?: string;
  content: Span;
  about?: string[];
  evidence?: Span | null;
  confidence?: number;
}

export interface DocumentJSON {
  article?: { id?: string; title?: string; text?: string; published_at?: string };
  sentences?: Span[];
  entities: EntityJSON[];
  relations: RelationJSON[];
  statements: StatementJSON[];
}

export interface ArticleInput {
  id?: string;
  title?: string;
  text: string;
  url?: string;
  published_at?: string;
}

export type ExtractFn = (article: ArticleInput) => DocumentJSON | Promise<DocumentJSON>;
