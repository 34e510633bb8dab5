import type { GraphLoader } from './load.js';
import type { EdgeKind, EntityRef } from './types.js';

export interface NeighborsOptions {
  depth?: number;
  edges?: readonly EdgeKind[];
  /** At most this many neighbours in the answer (default 50; 0 = all). */
  limit?: number;
  /**
   * Beyond the centre, expand only the `fanout` strongest nodes of each ring (default 25; 0 = all):
   * a hub in the first ring would otherwise pull in most of the store.
   */
  fanout?: number;
  /**
   * Load at most this many of the centre's strongest edges of each kind and direction (default:
   * 4 × limit, at least 200; 0 = all). A hub has thousands; the answer shows the strongest.
   */
  centre?: number;
}

export interface Neighbor extends EntityRef {
  depth: number;
  /** Facts linking it to the ring inside it (depth - 1), by edge kind. */
  edges: Record<EdgeKind, number>;
  weight: number;
  /** The strongest link inward: the entity at depth - 1 it hangs from. */
  via: string;
}

export interface EgoEdge {
  source: string;
  target: string;
  edge: EdgeKind;
  type: string;
  label: string;
  weight: number;
}

export interface EgoNetwork {
  center: EntityRef;
  depth: number;
  edge_kinds: EdgeKind[];
  /** Neighbours found in all (before --limit). */
  total: number;
  /** Nodes whose edges were loaded, and whether all their edges were (false when a cap cut the centre's edges or a ring). */
  expanded: number;
  complete: boolean;
  nodes: Neighbor[];
  edges: EgoEdge[];
}

const zero = (): Record<EdgeKind, number> => ({ said: 0, relation: 0, 'co-mention': 0 });

/** The default edge kinds of graph queries: the strong ones (co-mentions are opt-in). */
export const STRONG_EDGES: readonly EdgeKind[] = ['relation', 'said'];

/**
 * The ego network of an entity: rings of neighbours up to `depth`, loading only the edges of the
 * centre and of the rings inside the last one. Each neighbour carries the weight of its links inward.
 */
export function neighbors(loader: GraphLoader, center: EntityRef, opts: NeighborsOptions = {}): EgoNetwork {
  const depth = Math.max(1, Math.floor(opts.depth ?? 1));
  const kinds = [...(opts.edges ?? STRONG_EDGES)];
  const fanout = opts.fanout ?? 25;
  const limit = opts.limit ?? 50;
  const centreCap = opts.centre ?? (limit > 0 ? Math.max(200, 4 * limit) : 0);
  const g = loader.graph;
  const seed = String(center.id);
  loader.addNodes([center.id]);
  const depthOf = new Map<string, number>([[seed, 0]]);
  const info = new Map<string, { edges: Record<EdgeKind, number>; weight: number; parents: Map<string, number> }>();
  let frontier = [seed];
  let expanded = 0;
  let complete = true;
  for (let d = 1; d <= depth && frontier.length; d++) {
    if (fanout > 0 && frontier.length > fanout) {
      complete = false;
      frontier = frontier
        .map((n) => [n, info.get(n)?.weight ?? 0] as const)
        .sort((x, y) => y[1] - x[1] || Number(x[0]) - Number(y[0]))
        .slice(0, fanout)
        .map(([n]) => n);
    }
    const cap = d === 1 ? centreCap : fanout;
    loader.expand(frontier, kinds, cap > 0 ? cap : Infinity, false);
    if (d === 1 && cap > 0 && loader.graph.degree(seed) >= cap) complete = false;
    expanded += frontier.length;
    const next: string[] = [];
    for (const u of frontier) {
      g.forEachEdge(u, (_e, attrs, s, t) => {
        if (!kinds.includes(attrs.edge)) return;
        const v = s === u ? t : s;
        const dv = depthOf.get(v);
        if (dv === undefined) {
          depthOf.set(v, d);
          next.push(v);
        } else if (dv !== d) return;
        let rec = info.get(v);
        if (!rec) info.set(v, (rec = { edges: zero(), weight: 0, parents: new Map() }));
        rec.edges[attrs.edge] += attrs.weight;
        rec.weight += attrs.weight;
        rec.parents.set(u, (rec.parents.get(u) ?? 0) + attrs.weight);
      });
    }
    frontier = next;
  }
  loader.hydrate(info.keys());
  const all = [...info.entries()].map(([id, r]) => ({
    id: Number(id),
    name: g.getNodeAttribute(id, 'name'),
    type: g.getNodeAttribute(id, 'type'),
    depth: depthOf.get(id)!,
    edges: r.edges,
    weight: r.weight,
    via: strongest(r.parents, (n) => g.getNodeAttribute(n, 'name')),
  }));
  all.sort((a, b) => a.depth - b.depth || b.weight - a.weight || a.name.localeCompare(b.name) || a.id - b.id);
  const nodes = limit > 0 ? all.slice(0, limit) : all;
  const keep = new Set([seed, ...nodes.map((n) => String(n.id))]);
  const edges: EgoEdge[] = [];
  const seen = new Set<string>();
  for (const u of keep) {
    if (!g.hasNode(u)) continue;
    g.forEachEdge(u, (e, attrs, s, t) => {
      if (seen.has(e) || !kinds.includes(attrs.edge) || !keep.has(s) || !keep.has(t)) return;
      seen.add(e);
      edges.push({ source: g.getNodeAttribute(s, 'name'), target: g.getNodeAttribute(t, 'name'), edge: attrs.edge, type: attrs.type, label: attrs.label, weight: attrs.weight });
    });
  }
  edges.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.label.localeCompare(b.label));
  return { center, depth, edge_kinds: kinds, total: all.length, expanded, complete, nodes, edges };
}

/** The key with the highest weight; ties go to the alphabetically first name. */
function strongest(weights: Map<string, number>, name: (n: string) => string): string {
  let best = '';
  let bw = -1;
  for (const [n, w] of weights) {
    if (w > bw || (w === bw && name(n).localeCompare(name(best)) < 0)) {
      best = n;
      bw = w;
    }
  }
  return name(best);
}
