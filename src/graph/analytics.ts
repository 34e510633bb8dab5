import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { UsageError } from '../errors.js';
import { untilBound } from '../store/read.js';
import type { GraphLoader } from './load.js';
import type { EdgeKind, EntityRef } from './types.js';
import { mulberry32 } from '../random.js';

/** These CommonJS packages export a function as module.exports; their typings call it `default`. */
function cjs<T>(m: { default: T }): T {
  return ((m as { default?: T }).default ?? m) as T;
}
const pagerank = cjs(pagerankModule);
const louvain = cjs(louvainModule);

export const ANALYTICS_EDGES: readonly EdgeKind[] = ['relation', 'said'];
export type TopMeasure = 'degree' | 'pagerank' | 'statements';

export interface TopOptions {
  by?: TopMeasure;
  /** Only entities of this type (PERSON, ORG ...). */
  type?: string;
  limit?: number;
  edges?: readonly EdgeKind[];
}

export interface TopEntry extends EntityRef {
  rank: number;
  score: number;
  /** Distinct neighbours in the chosen edges. */
  degree: number;
  statements: number;
}

/** The whole store's graph of the chosen kinds as a simple weighted graph (parallel facts summed). */
function project<G extends DirectedGraph | UndirectedGraph>(loader: GraphLoader, kinds: readonly EdgeKind[], view: G): G {
  loader.loadAll(kinds);
  const g = loader.graph;
  loader.hydrate(g.nodes());
  g.forEachNode((n, a) => view.addNode(n, a));
  g.forEachEdge((_e, attrs, s, t) => {
    if (!kinds.includes(attrs.edge) || s === t) return;
    view.updateEdge(s, t, (old: { weight?: number }) => ({ weight: (old.weight ?? 0) + attrs.weight }));
  });
  return view;
}

function statementCounts(loader: GraphLoader): Map<number, number> {
  const { since, until } = loader.range;
  const rows = loader.db
    .prepare<Record<string, string>, { id: number; n: number }>(
      `SELECT s.speaker_id AS id, count(*) AS n FROM statements s JOIN articles ar ON ar.id = s.article_id
       WHERE 1 ${since ? 'AND ar.published_at >= @since' : ''} ${until ? 'AND ar.published_at <= @until' : ''} GROUP BY 1`,
    )
    .all({ ...(since ? { since } : {}), ...(until ? { until: untilBound(until) } : {}) });
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Who matters: entities ranked by degree, PageRank (over directed facts) or number of statements. */
export function top(loader: GraphLoader, opts: TopOptions = {}): TopEntry[] {
  const by = opts.by ?? 'degree';
  if (!['degree', 'pagerank', 'statements'].includes(by)) throw new UsageError(`top --by must be degree, pagerank or statements, got "${by}"`);
  const kinds = opts.edges ?? ANALYTICS_EDGES;
  const said = statementCounts(loader);
  const und = project(loader, kinds, new UndirectedGraph());
  let score: Record<string, number>;
  if (by === 'pagerank') score = und.order ? pagerank(project(loader, kinds, new DirectedGraph()), { getEdgeWeight: 'weight' }) : {};
  else if (by === 'degree') score = degreeCentrality(und);
  else score = Object.fromEntries([...said].map(([id, n]) => [String(id), n]));
  const type = opts.type?.toUpperCase();
  const g = loader.graph;
  if (by === 'statements') {
    loader.addNodes(said.keys());
    loader.hydrate([...said.keys()].map(String));
  }
  const rows = Object.entries(score)
    .filter(([n]) => g.hasNode(n) && (!type || g.getNodeAttribute(n, 'type') === type))
    .map(([n, s]) => ({
      id: Number(n),
      name: g.getNodeAttribute(n, 'name'),
      type: g.getNodeAttribute(n, 'type'),
      score: by === 'statements' ? s : Math.round(s * 1e6) / 1e6,
      degree: und.hasNode(n) ? und.degree(n) : 0,
      statements: said.get(Number(n)) ?? 0,
    }));
  rows.sort((a, b) => b.score - a.score || b.degree - a.degree || a.name.localeCompare(b.name) || a.id - b.id);
  const limit = opts.limit ?? 20;
  return (limit > 0 ? rows.slice(0, limit) : rows).map((r, i) => ({ rank: i + 1, ...r }));
}

export interface CommunityOptions {
  /** At most this many communities (largest first; default 10, 0 = all). */
  limit?: number;
  /** Top members listed per community (default 5). */
  members?: number;
  edges?: readonly EdgeKind[];
  /** Louvain resolution (default 1). */
  resolution?: number;
  /** Seed of the random order Louvain visits nodes in (default 1): the same seed gives the same answer. */
  seed?: number;
}

export interface Community {
  id: number;
  size: number;
  members: (EntityRef & { degree: number })[];
}

export interface CommunitiesResult {
  count: number;
  modularity: number;
  communities: Community[];
}

/** Louvain communities of the facts graph (isolated entities left out), largest first, with their best-connected members. */
export function communities(loader: GraphLoader, opts: CommunityOptions = {}): CommunitiesResult {
  const und = project(loader, opts.edges ?? ANALYTICS_EDGES, new UndirectedGraph());
  und.forEachNode((n) => {
    if (und.degree(n) === 0) und.dropNode(n);
  });
  if (!und.order) return { count: 0, modularity: 0, communities: [] };
  const out = louvain.detailed(und, { getEdgeWeight: 'weight', resolution: opts.resolution ?? 1, rng: mulberry32(opts.seed ?? 1) });
  const groups = new Map<number, string[]>();
  for (const [n, c] of Object.entries(out.communities)) {
    const list = groups.get(c);
    if (list) list.push(n);
    else groups.set(c, [n]);
  }
  const wdeg = (n: string) => und.reduceEdges(n, (sum, _e, a) => sum + (a.weight as number), 0);
  const per = opts.members ?? 5;
  const list = [...groups.values()].map((nodes) => {
    const ranked = nodes
      .map((n) => ({ id: Number(n), name: und.getNodeAttribute(n, 'name') as string, type: und.getNodeAttribute(n, 'type') as string, degree: wdeg(n) }))
      .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name) || a.id - b.id);
    return { size: nodes.length, members: per > 0 ? ranked.slice(0, per) : ranked };
  });
  list.sort((a, b) => b.size - a.size || a.members[0].name.localeCompare(b.members[0].name));
  const limit = opts.limit ?? 10;
  const kept = limit > 0 ? list.slice(0, limit) : list;
  return { count: list.length, modularity: Math.round(out.modularity * 1e4) / 1e4, communities: kept.map((c, i) => ({ id: i + 1, ...c })) };
}

