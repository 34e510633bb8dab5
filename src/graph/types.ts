/** The graph's node and edge attributes, and the shapes queries return. */

/** The three kinds of edge: a statement (speaker -> subject), a relation triple, a shared sentence. */
export type EdgeKind = 'said' | 'relation' | 'co-mention';
export const EDGE_KINDS: readonly EdgeKind[] = ['said', 'relation', 'co-mention'];

/** Name and type are filled in by GraphLoader.hydrate (nodes are added with empty ones). */
export interface NodeAttrs {
  name: string;
  type: string;
}

/**
 * One edge aggregates every fact of its kind between two entities (and, for relations, of one
 * type and predicate): `weight` counts them, `last` is the newest fact's id (statement or relation id;
 * for co-mentions the article id) and `date` the newest article's date.
 */
export interface EdgeAttrs {
  edge: EdgeKind;
  weight: number;
  /** Relation type (works_for ...), "said" or "co-mention". */
  type: string;
  /** Relation predicate, the newest statement's cue, or "co-mentioned". */
  label: string;
  last: number;
  date: string | null;
  /** For said edges: the newest statement's kind (direct, mixed, indirect). */
  kind?: string;
}

export interface EntityRef {
  id: number;
  name: string;
  type: string;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  published_at: string | null;
}

/** A sentence that supports an edge. */
export interface Evidence {
  article: string;
  title: string | null;
  url: string | null;
  published_at: string | null;
  start: number;
  end: number;
  text: string;
}

/** Options every graph query takes: which edges, and the articles' date range. */
export interface GraphFilter {
  edges?: EdgeKind[];
  since?: string;
  until?: string;
}
