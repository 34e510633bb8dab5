import { openStore, type DB } from '../store/open.js';
import { getEntity, relations, said, stats, type RelationQuery, type RelationRecord, type SaidQuery, type StatementResult, type Stats } from '../store/read.js';
import { communities, top, type CommunitiesResult, type CommunityOptions, type TopEntry, type TopOptions } from './analytics.js';
import { entityDetails, searchEntities, type EntityDetails, type EntityOptions, type SearchHit } from './card.js';
import { edgeEvidence } from './evidence.js';
import { GraphLoader } from './load.js';
import { neighbors, type EgoNetwork, type NeighborsOptions } from './neighbors.js';
import { shortestPaths, type PathOptions, type PathResult } from './path.js';
import { groupStatements, timeline, type Interval, type SaidGroupBy, type StatementGroup, type Timeline } from './statements.js';
import type { EntityRef, Evidence } from './types.js';

export interface DateRange {
  since?: string;
  until?: string;
}

/**
 * The query layer over one store: who said what, entity cards, relations, and graph queries
 * on a graphology multi-directed graph that is loaded from the store only as far as a query needs.
 */
export class NewsGraph {
  private readonly loaders = new Map<string, GraphLoader>();

  constructor(
    readonly db: DB,
    private readonly owned = false,
  ) {}

  /** The graph loader for a date range (one per range, kept for later queries). */
  loader(range: DateRange = {}): GraphLoader {
    const key = `${range.since ?? ''}|${range.until ?? ''}`;
    let l = this.loaders.get(key);
    if (!l) this.loaders.set(key, (l = new GraphLoader(this.db, { since: range.since, until: range.until })));
    return l;
  }

  /** The one entity a name (canonical, alias, "#id") refers to; throws NotFoundError or AmbiguousError. */
  resolve(name: string): EntityRef {
    return getEntity(this.db, name);
  }

  said(q: SaidQuery = {}): StatementResult[] {
    return said(this.db, q);
  }

  saidGrouped(q: SaidQuery & { groupBy: SaidGroupBy }): StatementGroup[] {
    const { groupBy, ...rest } = q;
    return groupStatements(said(this.db, rest), groupBy);
  }

  entity(name: string, opts: EntityOptions = {}): EntityDetails {
    return entityDetails(this.db, this.loader(), name, opts);
  }

  search(text: string, limit?: number): SearchHit[] {
    return searchEntities(this.db, text, limit);
  }

  relations(q: RelationQuery = {}): RelationRecord[] {
    return relations(this.db, q);
  }

  neighbors(name: string, opts: NeighborsOptions & DateRange = {}): EgoNetwork {
    return neighbors(this.loader(opts), this.resolve(name), opts);
  }

  path(from: string, to: string, opts: PathOptions = {}): PathResult {
    return shortestPaths(this.loader(opts), this.resolve(from), this.resolve(to), opts);
  }

  top(opts: TopOptions & DateRange = {}): TopEntry[] {
    return top(this.loader(opts), opts);
  }

  communities(opts: CommunityOptions & DateRange = {}): CommunitiesResult {
    return communities(this.loader(opts), opts);
  }

  timeline(name: string, opts: Omit<SaidQuery, 'by' | 'speakerId' | 'ascending'> & { interval?: Interval } = {}): Timeline {
    return timeline(this.db, name, opts);
  }

  /** The sentences behind the edges between two entities (both directions), newest first. */
  evidence(from: string, to: string, opts: DateRange & { limit?: number } = {}): (Evidence & { edge: string; label: string })[] {
    const a = this.resolve(from);
    const b = this.resolve(to);
    const l = this.loader(opts);
    l.expand([String(a.id)], ['relation', 'said', 'co-mention']);
    const g = l.graph;
    const out: (Evidence & { edge: string; label: string })[] = [];
    if (!g.hasNode(String(b.id))) return out;
    const order = { relation: 0, said: 1, 'co-mention': 2 };
    const edges = g.edges(String(a.id), String(b.id)).sort((x, y) => order[g.getEdgeAttribute(x, 'edge')] - order[g.getEdgeAttribute(y, 'edge')]);
    for (const e of edges) {
      const attrs = g.getEdgeAttributes(e);
      for (const ev of edgeEvidence(this.db, attrs, Number(g.source(e)), Number(g.target(e)), { ...opts, limit: opts.limit ?? 3 })) out.push({ ...ev, edge: attrs.edge, label: attrs.label });
    }
    return out;
  }

  stats(): Stats {
    return stats(this.db);
  }

  /** Closes the store if openGraph opened it. */
  close(): void {
    if (this.owned) this.db.close();
  }
}

/**
 * Opens a store for querying. The connection is writable so that a store from an older newsgraph
 * is upgraded (full-text index) and the graph's edge cache can be refreshed after an ingest; a store
 * that cannot be written is opened read-only and queried without them.
 */
export function openGraph(fileOrDb: string | DB): NewsGraph {
  if (typeof fileOrDb !== 'string') return new NewsGraph(fileOrDb, false);
  // a missing file or a newer schema fails here: say so, never create an empty store
  openStore(fileOrDb, { readonly: true }).close();
  let db: DB;
  try {
    db = openStore(fileOrDb);
  } catch {
    db = openStore(fileOrDb, { readonly: true });
  }
  return new NewsGraph(db, true);
}
