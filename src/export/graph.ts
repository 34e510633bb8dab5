/**
 * The graph the exports and the viewer show: the query module's graph (src/graph, loaded by its
 * GraphLoader as far as needed) cut to a subgraph, then copied with what a file or a picture
 * needs on top: node labels, aliases and counts, and on every edge the ids of its evidence
 * sentences (`<article>@<start>-<end>`), its articles and its newest evidence sentence.
 */
import { MultiDirectedGraph } from 'graphology';
import { edgeEvidence } from '../graph/evidence.js';
import type { NewsGraph } from '../graph/index.js';
import type { NewsMultiGraph } from '../graph/load.js';
import { EDGE_KINDS, type EdgeAttrs, type EdgeKind } from '../graph/types.js';
import { UsageError } from '../errors.js';
import { dateWhere } from '../store/read.js';
import { subgraph } from './subgraph.js';

export interface ViewNodeAttrs {
  label: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: number;
}

export type ViewEdgeAttrs = EdgeAttrs & {
  /** Evidence sentence ids, newest first (at most `evidence` of them). */
  evidence?: string[];
  articles?: string[];
  sentence?: string;
};

export type ViewGraph = MultiDirectedGraph<ViewNodeAttrs, ViewEdgeAttrs>;

export interface ViewOptions {
  since?: string;
  until?: string;
  /** Edge kinds to load (default all: said, relation, co-mention). */
  edges?: EdgeKind[];
  /** Entity ids to centre on; the whole store when left out. */
  around?: number[];
  depth?: number;
  /** Entity types to keep (PERSON …); relation types (works_for …) to keep. */
  types?: string[];
  relationTypes?: string[];
  maxNodes?: number;
  /** Evidence sentence ids put on each edge (default 20; 0 for none). */
  evidence?: number;
}

const SYNONYMS: Record<string, EdgeKind> = { said: 'said', statement: 'said', statements: 'said', relation: 'relation', relations: 'relation', 'co-mention': 'co-mention', comention: 'co-mention', 'co-mentions': 'co-mention', comentions: 'co-mention' };

/** Splits an --edge-type list into edge kinds and relation types (works_for …). */
export function parseEdgeTypes(list: string[] | undefined): { kinds?: EdgeKind[]; relationTypes?: string[] } {
  if (!list || !list.length) return {};
  const kinds = new Set<EdgeKind>();
  const rel: string[] = [];
  for (const raw of list) {
    const t = raw.toLowerCase();
    if (SYNONYMS[t]) kinds.add(SYNONYMS[t]);
    else if (/^[a-z_]+$/.test(t)) rel.push(t);
    else throw new UsageError(`unknown edge type "${raw}". Use said, relation, co-mention or a relation type such as works_for.`);
  }
  if (rel.length) kinds.add('relation');
  return { kinds: [...kinds], relationTypes: rel.length ? rel : undefined };
}

export function viewGraph(ng: NewsGraph, opts: ViewOptions = {}): ViewGraph {
  const kinds = opts.edges ?? [...EDGE_KINDS];
  const loader = ng.loader({ since: opts.since, until: opts.until });
  const db = ng.db;
  let frontier: string[] = [];
  if (opts.around) {
    loader.addNodes(opts.around);
    frontier = opts.around.map(String);
    const depth = opts.depth ?? 1;
    const seen = new Set(frontier);
    for (let d = 0; d < depth && frontier.length; d++) {
      loader.expand(frontier, kinds);
      const next: string[] = [];
      for (const u of frontier) {
        loader.graph.forEachNeighbor(u, (v) => {
          if (!seen.has(v)) {
            seen.add(v);
            next.push(v);
          }
        });
      }
      frontier = next;
    }
  } else {
    loader.loadAll(kinds);
    // every entity named in the date range, also those without an edge
    const w: string[] = [];
    const args: (string | number)[] = [];
    dateWhere('a', opts, w, args);
    const sql = w.length
      ? `SELECT DISTINCT m.entity_id AS id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE ${w.join(' AND ')}`
      : 'SELECT id FROM entities';
    loader.addNodes(db.prepare<(string | number)[], { id: number }>(sql).all(...args).map((r) => r.id));
  }
  const edgeTypes = [...kinds, ...(opts.relationTypes ?? [])];
  const cut = subgraph(loader.graph, {
    around: opts.around?.map(String),
    depth: opts.depth ?? 1,
    types: opts.types,
    edgeTypes,
    edgeFilter: opts.relationTypes ? (a) => a.edge !== 'relation' || opts.relationTypes!.includes(String(a.type)) : undefined,
    maxNodes: opts.maxNodes,
  });
  return decorate(ng, cut, opts);
}

function decorate(ng: NewsGraph, cut: NewsMultiGraph, opts: ViewOptions): ViewGraph {
  const db = ng.db;
  const out: ViewGraph = new MultiDirectedGraph<ViewNodeAttrs, ViewEdgeAttrs>();
  const ids = JSON.stringify(cut.nodes().map(Number));
  const counts = new Map<number, { mentions: number; articles: number }>();
  for (const r of db
    .prepare<[string], { id: number; mentions: number; articles: number }>(
      'SELECT entity_id AS id, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id',
    )
    .all(ids))
    counts.set(r.id, r);
  const aliases = new Map<number, string[]>();
  for (const r of db.prepare<[string], { id: number; alias: string }>('SELECT entity_id AS id, alias FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY entity_id, alias').all(ids)) {
    (aliases.get(r.id) ?? aliases.set(r.id, []).get(r.id)!).push(r.alias);
  }
  cut.forEachNode((k, a) => {
    const c = counts.get(Number(k)) ?? { mentions: 0, articles: 0 };
    out.addNode(k, { label: a.name, type: a.type, aliases: (aliases.get(Number(k)) ?? []).filter((x) => x !== a.name), mentions: c.mentions, articles: c.articles });
  });
  const limit = opts.evidence ?? 20;
  cut.forEachEdge((e, a, s, t) => {
    const attrs: ViewEdgeAttrs = { ...a };
    if (limit > 0) {
      const ev = edgeEvidence(db, a, Number(s), Number(t), { since: opts.since, until: opts.until, limit });
      attrs.evidence = ev.map((x) => `${x.article}@${x.start}-${x.end}`);
      attrs.articles = [...new Set(ev.map((x) => x.article))];
      if (ev.length) attrs.sentence = ev[0].text;
    }
    out.addDirectedEdgeWithKey(e, s, t, attrs);
  });
  return out;
}
