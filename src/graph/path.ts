import { UndirectedGraph } from 'graphology';
import { bidirectional, undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { UsageError } from '../errors.js';
import { lastEvidence } from './evidence.js';
import type { GraphLoader } from './load.js';
import type { EdgeAttrs, EdgeKind, EntityRef } from './types.js';

export interface PathOptions {
  /** Longest connection looked for, in hops (default 6). */
  maxDepth?: number;
  /** All shortest connections instead of one. */
  all?: boolean;
  /** At most this many paths with `all` (default 20). */
  limit?: number;
  edges?: readonly EdgeKind[];
  since?: string;
  until?: string;
}

export interface Hop {
  from: string;
  to: string;
  from_id: number;
  to_id: number;
  /** "->" when the fact points from `from` to `to`, "<-" when it points back. */
  direction: '->' | '<-';
  edge: EdgeKind;
  /** Relation type, "said" or "co-mention". */
  type: string;
  /** Predicate, cue, or "co-mentioned". */
  label: string;
  /** How many facts back this hop. */
  weight: number;
  evidence: { article: string; title: string | null; url: string | null; published_at: string | null; text: string } | null;
}

export interface PathResult {
  from: EntityRef;
  to: EntityRef;
  /** Hops of the shortest connection, or null when none is within maxDepth. */
  length: number | null;
  paths: Hop[][];
  /** Nodes and edges the search loaded from the store. */
  loaded: { nodes: number; edges: number };
}

const PRIORITY: Record<EdgeKind, number> = { relation: 0, said: 1, 'co-mention': 2 };
export const PATH_EDGES: readonly EdgeKind[] = ['relation', 'said'];

/**
 * Shortest connections between two entities, ignoring edge direction. A bidirectional
 * breadth-first search loads, ring by ring, only the edges of the cheaper frontier; once the
 * rings meet, every shortest path lies in what was loaded, and graphology-shortest-path finds it there.
 */
export function shortestPaths(loader: GraphLoader, a: EntityRef, b: EntityRef, opts: PathOptions = {}): PathResult {
  if (a.id === b.id) throw new UsageError(`path: "${a.name}" and "${b.name}" are the same entity; name two different ones`);
  const kinds = [...(opts.edges ?? PATH_EDGES)];
  const maxDepth = Math.max(1, Math.floor(opts.maxDepth ?? 6));
  const g = loader.graph;
  const A = String(a.id);
  const B = String(b.id);
  loader.addNodes([a.id, b.id]);
  const dist = [new Map([[A, 0]]), new Map([[B, 0]])];
  const front = [[A], [B]];
  const radius = [0, 0];
  let met = false;
  const cachedOnly = kinds.every((k) => loader.cached(k));
  while (!met && radius[0] + radius[1] < maxDepth && front[0].length && front[1].length) {
    // an edge between the two outer rings closes the shortest connection without expanding either
    // ring (one of them often holds a hub); edges found this way are all the shortest paths need
    if (cachedOnly && loader.bridge(front[0], front[1], kinds) > 0) {
      met = true;
      break;
    }
    // expand the side that loads fewer edges (a hub at one end is reached from the other)
    const side = loader.cost(front[0], kinds) <= loader.cost(front[1], kinds) ? 0 : 1;
    const mine = dist[side];
    const other = dist[1 - side];
    loader.expand(front[side], kinds, Infinity, false);
    const next: string[] = [];
    const d = radius[side] + 1;
    for (const u of front[side]) {
      g.forEachEdge(u, (_e, attrs, s, t) => {
        if (!kinds.includes(attrs.edge)) return;
        const v = s === u ? t : s;
        if (mine.has(v)) return;
        mine.set(v, d);
        next.push(v);
        if (other.has(v)) met = true;
      });
    }
    front[side] = next;
    radius[side] = d;
  }
  const loaded = { nodes: g.order, edges: g.size };
  if (!met) return { from: a, to: b, length: null, paths: [], loaded };

  // the searched region as a simple undirected graph of the chosen edge kinds
  const region = new Set([...dist[0].keys(), ...dist[1].keys()]);
  const view = new UndirectedGraph();
  for (const n of region) view.addNode(n);
  for (const n of region) {
    g.forEachEdge(n, (_e, attrs, s, t) => {
      if (kinds.includes(attrs.edge) && region.has(s) && region.has(t) && s !== t) view.mergeEdge(s, t);
    });
  }
  let nodePaths: string[][];
  if (opts.all) {
    const dA = undirectedSingleSourceLength(view, A);
    const dB = undirectedSingleSourceLength(view, B);
    const length = dA[B];
    const limit = opts.limit && opts.limit > 0 ? opts.limit : 20;
    nodePaths = [];
    const walk = (u: string, acc: string[]): void => {
      if (nodePaths.length >= limit) return;
      if (u === B) {
        nodePaths.push(acc);
        return;
      }
      const next = view.neighbors(u).filter((v) => dA[v] === dA[u] + 1 && dA[v] + (dB[v] ?? Infinity) === length);
      next.sort((x, y) => cmpName(g, x, y));
      for (const v of next) walk(v, [...acc, v]);
    };
    loader.hydrate(view.filterNodes((n) => dA[n] !== undefined && dA[n] + (dB[n] ?? Infinity) === length));
    walk(A, [A]);
  } else {
    const p = bidirectional(view, A, B);
    nodePaths = p ? [p] : [];
  }
  loader.hydrate([A, B, ...nodePaths.flat()]);
  const paths = nodePaths.map((p) => p.slice(1).map((v, i) => hop(loader, p[i], v, kinds, opts)));
  return { from: a, to: b, length: paths.length ? paths[0].length : null, paths, loaded };
}

function cmpName(g: GraphLoader['graph'], x: string, y: string): number {
  return g.getNodeAttribute(x, 'name').localeCompare(g.getNodeAttribute(y, 'name')) || Number(x) - Number(y);
}

/** The strongest fact between two neighbours on a path (relation before said before co-mention), with its newest fact's sentence. */
function hop(loader: GraphLoader, u: string, v: string, kinds: EdgeKind[], opts: PathOptions): Hop {
  const g = loader.graph;
  let best: { attrs: EdgeAttrs; s: string; t: string } | undefined;
  for (const e of g.edges(u, v)) {
    const attrs = g.getEdgeAttributes(e);
    if (!kinds.includes(attrs.edge)) continue;
    if (!best || PRIORITY[attrs.edge] < PRIORITY[best.attrs.edge] || (PRIORITY[attrs.edge] === PRIORITY[best.attrs.edge] && attrs.weight > best.attrs.weight)) {
      best = { attrs, s: g.source(e), t: g.target(e) };
    }
  }
  const { attrs, s, t } = best!;
  const ev = lastEvidence(loader.db, attrs, Number(s), Number(t));
  return {
    from: g.getNodeAttribute(u, 'name'),
    to: g.getNodeAttribute(v, 'name'),
    from_id: Number(u),
    to_id: Number(v),
    direction: s === u ? '->' : '<-',
    edge: attrs.edge,
    type: attrs.type,
    label: attrs.label,
    weight: attrs.weight,
    evidence: ev ? { article: ev.article, title: ev.title, url: ev.url, published_at: ev.published_at, text: ev.text } : null,
  };
}
