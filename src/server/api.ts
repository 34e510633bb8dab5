/**
 * What the viewer's JSON endpoints return: read-only calls on the query module's NewsGraph
 * (openGraph). Each takes plain options and returns plain JSON-able data, so a script can make
 * the same calls as the page.
 */
import type { SerializedGraph } from 'graphology-types';
import { NotFoundError, UsageError } from '../errors.js';
import { parseEdgeTypes, viewGraph } from '../export/graph.js';
import { edgeEvidence } from '../graph/evidence.js';
import type { NewsGraph } from '../graph/index.js';
import { EDGE_KINDS, type EdgeAttrs, type EdgeKind, type Evidence } from '../graph/types.js';

export interface GraphQuery {
  /** Entity id to centre on; the whole graph (its best connected nodes) when left out. */
  id?: number;
  depth?: number;
  /** Edge kinds or relation types to keep (said, relation, co-mention, works_for …). */
  edges?: string[];
  since?: string;
  until?: string;
  /** At most this many nodes (default 300 around an entity, 2000 for the whole graph). */
  maxNodes?: number;
}

/** A neighbourhood (or the whole graph) in graphology's JSON form, ready for `Graph.from`. */
export function graphView(ng: NewsGraph, q: GraphQuery): SerializedGraph {
  const { kinds, relationTypes } = parseEdgeTypes(q.edges);
  const around = q.id === undefined ? undefined : [ng.resolve(`#${q.id}`).id];
  return viewGraph(ng, {
    since: q.since,
    until: q.until,
    edges: kinds ?? [...EDGE_KINDS],
    relationTypes,
    around,
    depth: q.depth ?? 1,
    maxNodes: q.maxNodes ?? (around ? 300 : 2000),
    evidence: 0,
  }).export();
}

export interface EdgeFacts {
  key: string;
  source: string;
  target: string;
  edge: EdgeKind;
  type: string;
  label: string;
  weight: number;
  date: string | null;
  kind?: string;
  evidence: Evidence[];
}

/** Every edge between two entities (both directions) with up to `limit` evidence sentences each. */
export function pairEvidence(ng: NewsGraph, a: number, b: number, q: { since?: string; until?: string; edges?: string[]; limit?: number } = {}): EdgeFacts[] {
  const [x, y] = [ng.resolve(`#${a}`), ng.resolve(`#${b}`)];
  const kinds = parseEdgeTypes(q.edges).kinds ?? [...EDGE_KINDS];
  const loader = ng.loader({ since: q.since, until: q.until });
  loader.expand([String(x.id)], kinds);
  const g = loader.graph;
  if (!g.hasNode(String(y.id))) return [];
  const order: Record<EdgeKind, number> = { relation: 0, said: 1, 'co-mention': 2 };
  const keys = [...new Set([...g.edges(String(x.id), String(y.id)), ...g.edges(String(y.id), String(x.id))])];
  return keys
    .map((k) => [k, g.getEdgeAttributes(k)] as [string, EdgeAttrs])
    .filter(([, attrs]) => kinds.includes(attrs.edge))
    .sort((p, r) => order[p[1].edge] - order[r[1].edge] || r[1].weight - p[1].weight)
    .map(([key, attrs]) => ({
      key,
      source: g.source(key),
      target: g.target(key),
      edge: attrs.edge,
      type: attrs.type,
      label: attrs.label,
      weight: attrs.weight,
      date: attrs.date,
      ...(attrs.kind ? { kind: attrs.kind } : {}),
      evidence: edgeEvidence(ng.db, attrs, Number(g.source(key)), Number(g.target(key)), { since: q.since, until: q.until, limit: q.limit ?? 5 }),
    }));
}

export interface ArticleView {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published_at: string | null;
  text: string;
}

export function articleView(ng: NewsGraph, extId: string): ArticleView {
  const a = ng.db
    .prepare<[string], ArticleView>('SELECT ext_id AS id, title, url, source, published_at, text FROM articles WHERE ext_id = ?')
    .get(extId);
  if (!a) throw new NotFoundError(`article "${extId}" not found`);
  return a;
}

export function parseId(v: string | null, what = 'id'): number {
  const n = Number(v);
  if (v === null || v === '' || !Number.isInteger(n) || n < 0) throw new UsageError(`${what} must be a non-negative integer, got "${v}"`);
  return n;
}
