import { MultiDirectedGraph } from 'graphology';
import type { DB } from '../store/open.js';
import { untilBound } from '../store/read.js';
import { CACHED_KINDS, ensureEdgeCache } from './cache.js';
import type { EdgeAttrs, EdgeKind, NodeAttrs } from './types.js';

export type NewsMultiGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

interface EdgeRow {
  a: number;
  b: number;
  n: number;
  last: number;
  date: string | null;
  type?: string;
  label?: string;
  mode?: string | null;
}

/** Raw edge rows of one kind touching a set of nodes (`@ids`, a JSON array) or, with `all`, every row, from the fact tables. */
function rawSql(kind: EdgeKind, dates: string, all: boolean): string {
  const inSet = (col: string) => (all ? '1' : `${col} IN (SELECT value FROM json_each(@ids))`);
  const join = 'JOIN articles ar ON ar.id = ';
  switch (kind) {
    case 'relation': {
      const part = (col: string) => `SELECT r.subject_id AS a, r.object_id AS b, r.type AS type, r.predicate AS label, count(*) AS n, max(r.id) AS last, max(ar.published_at) AS date
        FROM relations r ${join && join + 'r.article_id'} WHERE ${inSet(col)} AND r.subject_id != r.object_id ${dates} GROUP BY 1, 2, 3, 4`;
      return all ? part('') : `${part('r.subject_id')} UNION ${part('r.object_id')}`;
    }
    case 'said': {
      const part = (col: string) => `SELECT s.speaker_id AS a, sa.entity_id AS b, count(*) AS n, max(s.id) AS last, max(ar.published_at) AS date
        FROM statements s JOIN statement_about sa ON sa.statement_id = s.id ${join && join + 's.article_id'}
        WHERE ${inSet(col)} AND sa.entity_id != s.speaker_id ${dates} GROUP BY 1, 2`;
      return all ? part('') : `${part('s.speaker_id')} UNION ${part('sa.entity_id')}`;
    }
    case 'co-mention':
      // one edge per unordered pair, from the lower id to the higher; n counts shared sentences
      return `SELECT min(m1.entity_id, m2.entity_id) AS a, max(m1.entity_id, m2.entity_id) AS b,
          count(DISTINCT m1.article_id * 100000 + m1.sentence) AS n, max(m1.article_id) AS last, max(ar.published_at) AS date
        FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence AND m2.entity_id != m1.entity_id
          ${join && join + 'm1.article_id'}
        WHERE ${inSet('m1.entity_id')} ${all ? 'AND m1.entity_id < m2.entity_id' : ''} ${dates} GROUP BY 1, 2`;
  }
}

const CACHE_COLS = 'a, b, type, label, mode, n, last, date';

/** Graph key of an aggregated edge. */
export function edgeKey(kind: EdgeKind, a: number, b: number, type?: string, label?: string): string {
  return kind === 'relation' ? `r:${a}:${b}:${type}:${label}` : `${kind === 'said' ? 's' : 'c'}:${a}:${b}`;
}

/**
 * Builds the graphology multi-directed graph from the store on demand: `expand` loads the edges
 * of some nodes, `loadAll` those of the whole store. Relation and said edges come from the
 * graph_edges cache (index lookups; see cache.ts) when there is no date range, otherwise from
 * aggregate queries on the fact tables, as co-mentions always do. Loaded parts are remembered, so later queries read only what is new.
 */
export class GraphLoader {
  readonly graph: NewsMultiGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  /** SQL queries run so far (for the benchmark and tests). */
  queries = 0;
  /** Per kind, the nodes loaded and at most how many edges each (Infinity: all). */
  private readonly done = new Map<EdgeKind, Map<string, number>>();
  private readonly whole = new Set<EdgeKind>();
  private readonly named = new Set<string>();
  private readonly dates: string;
  private readonly dateArgs: Record<string, string>;
  private cache: boolean | undefined;

  constructor(
    readonly db: DB,
    readonly range: { since?: string; until?: string } = {},
  ) {
    const d: string[] = [];
    this.dateArgs = {};
    if (range.since) {
      d.push('AND ar.published_at >= @since');
      this.dateArgs.since = range.since;
    }
    if (range.until) {
      d.push('AND ar.published_at <= @until');
      this.dateArgs.until = untilBound(range.until);
    }
    this.dates = d.join(' ');
  }

  /** Whether relation and said edges can be read from the cache (built or refreshed on first use). */
  cached(kind: EdgeKind): boolean {
    if (this.dates || !CACHED_KINDS.includes(kind)) return false;
    if (this.cache === undefined) this.cache = ensureEdgeCache(this.db, CACHED_KINDS);
    return this.cache;
  }

  /**
   * Loads the edges of the given kinds touching these nodes (entity ids as strings); with `cap`,
   * only each node's `cap` strongest edges of each kind and direction (cached kinds only). With
   * `names` false, new nodes stay nameless until `hydrate` (queries that name only a few of them).
   */
  expand(nodes: Iterable<string>, kinds: readonly EdgeKind[], cap = Infinity, names = true): void {
    const list = [...nodes];
    const before = names ? this.graph.order : 0;
    for (const kind of kinds) {
      if (this.whole.has(kind)) continue;
      let done = this.done.get(kind);
      if (!done) this.done.set(kind, (done = new Map()));
      const todo = list.filter((n) => (done!.get(n) ?? 0) < cap);
      if (!todo.length) continue;
      if (this.cached(kind)) {
        if (cap === Infinity) {
          this.queries++;
          const rows = this.db
            .prepare<Record<string, string>, EdgeRow>(
              `SELECT ${CACHE_COLS} FROM graph_edges WHERE kind = @kind AND a IN (SELECT value FROM json_each(@ids))
               UNION SELECT ${CACHE_COLS} FROM graph_edges WHERE kind = @kind AND b IN (SELECT value FROM json_each(@ids))`,
            )
            .all({ kind, ids: JSON.stringify(todo.map(Number)) });
          this.addRows(kind, rows);
        } else {
          const out = this.db.prepare<[string, number, number], EdgeRow>(`SELECT ${CACHE_COLS} FROM graph_edges WHERE kind = ? AND a = ? ORDER BY n DESC LIMIT ?`);
          const inc = this.db.prepare<[string, number, number], EdgeRow>(`SELECT ${CACHE_COLS} FROM graph_edges WHERE kind = ? AND b = ? ORDER BY n DESC LIMIT ?`);
          for (const n of todo) {
            this.queries += 2;
            this.addRows(kind, [...out.all(kind, Number(n), cap), ...inc.all(kind, Number(n), cap)]);
          }
        }
        for (const n of todo) done.set(n, cap);
      } else {
        for (const n of todo) done.set(n, Infinity);
        this.addRows(kind, this.run(rawSql(kind, this.dates, false), { ids: JSON.stringify(todo.map(Number)) }));
      }
    }
    if (names && this.graph.order > before) this.hydrate(this.graph.nodes().filter((n) => !this.named.has(n)));
  }

  /**
   * How many edges expanding these nodes would load (from the cache's index, without loading
   * them); the node count when the kinds are not cached.
   */
  cost(nodes: readonly string[], kinds: readonly EdgeKind[]): number {
    if (!kinds.every((k) => this.cached(k))) return nodes.length;
    this.queries++;
    const ids = JSON.stringify(nodes.map(Number));
    const ks = JSON.stringify(kinds);
    const r = this.db
      .prepare<{ ids: string; ks: string }, { n: number }>(
        `SELECT (SELECT count(*) FROM graph_edges WHERE a IN (SELECT value FROM json_each(@ids)) AND kind IN (SELECT value FROM json_each(@ks)))
              + (SELECT count(*) FROM graph_edges WHERE b IN (SELECT value FROM json_each(@ids)) AND kind IN (SELECT value FROM json_each(@ks))) AS n`,
      )
      .get({ ids, ks });
    return r?.n ?? nodes.length;
  }

  /**
   * Loads the cached edges that join a node of `xs` to a node of `ys` (either direction), without
   * loading the rest of their edges; returns how many there are (0 when the kinds are not cached).
   */
  bridge(xs: readonly string[], ys: readonly string[], kinds: readonly EdgeKind[]): number {
    let found = 0;
    for (const kind of kinds) {
      if (!this.cached(kind)) continue;
      this.queries++;
      const rows = this.db
        .prepare<{ kind: string; xs: string; ys: string }, EdgeRow>(
          `SELECT ${CACHE_COLS} FROM graph_edges WHERE kind = @kind AND a IN (SELECT value FROM json_each(@xs)) AND b IN (SELECT value FROM json_each(@ys))
           UNION SELECT ${CACHE_COLS} FROM graph_edges WHERE kind = @kind AND a IN (SELECT value FROM json_each(@ys)) AND b IN (SELECT value FROM json_each(@xs))`,
        )
        .all({ kind, xs: JSON.stringify(xs.map(Number)), ys: JSON.stringify(ys.map(Number)) });
      this.addRows(kind, rows);
      found += rows.length;
    }
    return found;
  }

  /** Loads every edge of the given kinds in the store (for whole-graph measures). */
  loadAll(kinds: readonly EdgeKind[]): void {
    for (const kind of kinds) {
      if (this.whole.has(kind)) continue;
      this.whole.add(kind);
      if (this.cached(kind)) {
        this.queries++;
        this.addRows(kind, this.db.prepare<[string], EdgeRow>(`SELECT ${CACHE_COLS} FROM graph_edges WHERE kind = ?`).all(kind));
      } else this.addRows(kind, this.run(rawSql(kind, this.dates, true), {}));
    }
    this.hydrate(this.graph.nodes());
  }

  /** Adds nodes (with name and type) for entity ids not in the graph yet. */
  addNodes(ids: Iterable<number>): void {
    const list = [...ids].map(String);
    for (const id of list) if (!this.graph.hasNode(id)) this.graph.addNode(id, { name: '', type: '' });
    this.hydrate(list);
  }

  /** Gives these nodes (entity ids as strings) their name and type from the store. */
  hydrate(nodes: Iterable<string>): void {
    const missing = [...new Set(nodes)].filter((n) => !this.named.has(n));
    if (!missing.length) return;
    this.queries++;
    const rows = this.db
      .prepare<[string], { id: number; name: string; type: string }>('SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(missing.map(Number)));
    for (const r of rows) {
      this.graph.mergeNode(String(r.id), { name: r.name, type: r.type });
      this.named.add(String(r.id));
    }
  }

  private run(sql: string, args: Record<string, string>): EdgeRow[] {
    this.queries++;
    return this.db.prepare<Record<string, string>, EdgeRow>(sql).all({ ...args, ...this.dateArgs });
  }

  private addRows(kind: EdgeKind, rows: EdgeRow[]): void {
    const g = this.graph;
    const said = kind === 'said' && rows.some((r) => r.label === undefined) ? this.saidLabels(rows) : undefined;
    for (const r of rows) {
      const key = edgeKey(kind, r.a, r.b, r.type, r.label);
      if (g.hasEdge(key)) continue;
      const a = String(r.a);
      const b = String(r.b);
      if (!g.hasNode(a)) g.addNode(a, { name: '', type: '' });
      if (!g.hasNode(b)) g.addNode(b, { name: '', type: '' });
      let attrs: EdgeAttrs;
      if (kind === 'relation') attrs = { edge: kind, weight: r.n, type: r.type!, label: r.label!, last: r.last, date: r.date };
      else if (kind === 'said') {
        const l = said?.get(r.last);
        attrs = { edge: kind, weight: r.n, type: 'said', label: r.label ?? l?.cue ?? 'said', kind: r.mode ?? l?.kind, last: r.last, date: r.date };
      } else attrs = { edge: kind, weight: r.n, type: 'co-mention', label: 'co-mentioned', last: r.last, date: r.date };
      g.addDirectedEdgeWithKey(key, a, b, attrs);
    }
  }

  /** Cue and kind of the newest statement of each said edge (for edges read from the fact tables). */
  private saidLabels(rows: EdgeRow[]): Map<number, { cue: string; kind: string }> {
    const out = new Map<number, { cue: string; kind: string }>();
    if (!rows.length) return out;
    this.queries++;
    const q = this.db.prepare<[string], { id: number; cue: string; kind: string }>('SELECT id, cue, kind FROM statements WHERE id IN (SELECT value FROM json_each(?))');
    for (const r of q.all(JSON.stringify(rows.map((r) => r.last)))) out.set(r.id, { cue: r.cue, kind: r.kind });
    return out;
  }
}
