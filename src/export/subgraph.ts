/** Cutting a graph down: entity types, edge kinds, and the neighbourhood of some nodes. */
import type { AbstractGraph, Attributes } from 'graphology-types';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export interface SubgraphOptions {
  /** Keep only nodes of these entity types (PERSON, ORG …); the `around` nodes are always kept. */
  types?: string[];
  /** Keep only edges whose kind (`edge`: said, relation, co-mention) or type (works_for …) is listed. */
  edgeTypes?: string[];
  /** Node keys to start from: keeps the nodes within `depth` hops of them (edges followed both ways). */
  around?: string[];
  depth?: number;
  /** A further test every kept edge must pass. */
  edgeFilter?: (attrs: Attributes) => boolean;
  /** At most this many nodes (the `around` nodes first, then by hop distance, then by weight). */
  maxNodes?: number;
}

function upper(l: string[] | undefined): Set<string> | undefined {
  return l && l.length ? new Set(l.map((s) => s.toUpperCase())) : undefined;
}

export function edgeMatches(a: Attributes, edgeTypes: Set<string> | undefined): boolean {
  if (!edgeTypes) return true;
  return [a.edge, a.type].some((v) => typeof v === 'string' && edgeTypes.has(v.toUpperCase()));
}

/** A copy of `graph` with what the options keep (nodes without an edge are kept too). */
export function subgraph<G extends AnyGraph>(graph: G, opts: SubgraphOptions): G {
  const types = upper(opts.types);
  const edgeTypes = upper(opts.edgeTypes);
  const edgeOk = (a: Attributes) => edgeMatches(a, edgeTypes) && (!opts.edgeFilter || opts.edgeFilter(a));
  const around = new Set(opts.around ?? []);
  const nodeOk = (k: string) => around.has(k) || !types || types.has(String(graph.getNodeAttribute(k, 'type') ?? '').toUpperCase());

  let keep: Map<string, number>; // node -> hop distance
  if (opts.around) {
    keep = new Map();
    let frontier = [...around].filter((k) => graph.hasNode(k));
    for (const k of frontier) keep.set(k, 0);
    const depth = opts.depth ?? 1;
    for (let d = 1; d <= depth && frontier.length; d++) {
      const next: string[] = [];
      for (const k of frontier) {
        graph.forEachEdge(k, (_e, a, s, t) => {
          const o = s === k ? t : s;
          if (keep.has(o) || !edgeOk(a) || !nodeOk(o)) return;
          keep.set(o, d);
          next.push(o);
        });
      }
      frontier = next;
    }
  } else {
    keep = new Map(graph.filterNodes((k) => nodeOk(k)).map((k) => [k, 1]));
  }

  if (opts.maxNodes !== undefined && keep.size > opts.maxNodes) {
    const weight = (k: string) => Number(graph.getNodeAttribute(k, 'mentions') ?? graph.degree(k));
    const ranked = [...keep.entries()].sort((x, y) => x[1] - y[1] || weight(y[0]) - weight(x[0]) || (x[0] < y[0] ? -1 : 1));
    keep = new Map(ranked.slice(0, opts.maxNodes));
  }

  const out = graph.nullCopy() as G;
  for (const k of graph.nodes()) if (keep.has(k)) out.addNode(k, { ...graph.getNodeAttributes(k) });
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    if (!keep.has(s) || !keep.has(t) || !edgeOk(a)) return;
    if (undirected) out.addUndirectedEdgeWithKey(e, s, t, { ...a });
    else out.addDirectedEdgeWithKey(e, s, t, { ...a });
  });
  return out;
}
