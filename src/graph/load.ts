import { MultiDirectedGraph } from 'graphology';
import type { DB } from '../store/open.js';
import { untilBound } from '../store/read.js';
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
}

/** The rows of one edge kind touching a set of nodes (`$ids`, a JSON array) or, with `all`, every row. */
function edgeSql(kind: EdgeKind, dates: string, all: boolean): string {
  const inSet = (col: string) => (all ? '1' : `${col} IN (SELECT value FROM json_each(@ids))`);
  switch (kind) {
    case 'relation': {
      const part = (col: string) => `SELECT r.subject_id AS a, r.object_id AS b, r.type AS type, r.predicate AS label, count(*) AS n, max(r.id) AS last, max(ar.published_at) AS date
        FROM relations r JOIN articles ar ON ar.id = r.article_id WHERE ${inSet(col)} AND r.subject_id != r.object_id ${dates} GROUP BY 1, 2, 3, 4`;
      return all ? part('') : `${part('r.subject_id')} UNION ${part('r.object_id')}`;
    }
    case 'said': {
      const part = (col: string) => `SELECT s.speaker_id AS a, sa.entity_id AS b, count(*) AS n, max(s.id) AS last, max(ar.published_at) AS date
        FROM statements s JOIN statement_about sa ON sa.statement_id = s.id JOIN articles ar ON ar.id = s.article_id
        WHERE ${inSet(col)} AND sa.entity_id != s.speaker_id ${dates} GROUP BY 1, 2`;
      return all ? part('') : `${part('s.speaker_id')} UNION ${part('sa.entity_id')}`;
    }
    case 'co-mention':
      // one edge per unordered pair, from the lower id to the higher; n counts shared sentences
      return `SELECT min(m1.entity_id, m2.entity_id) AS a, max(m1.entity_id, m2.entity_id) AS b,
          count(DISTINCT m1.article_id * 100000 + m1.sentence) AS n, max(m1.article_id) AS last, max(ar.published_at) AS date
        FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence AND m2.entity_id != m1.entity_id
          JOIN articles ar ON ar.id = m1.article_id
        WHERE ${inSet('m1.entity_id')} ${all ? 'AND m1.entity_id < m2.entity_id' : ''} ${dates} GROUP BY 1, 2`;
  }
}

/** Graph key of an aggregated edge. */
export function edgeKey(kind: EdgeKind, a: number, b: number, type?: string, label?: string): string {
  return kind === 'relation' ? `r:${a}:${b}:${type}:${label}` : `${kind === 'said' ? 's' : 'c'}:${a}:${b}`;
}

/**
 * Builds the graphology multi-directed graph from the store on demand: `expand` loads the edges
 * of some nodes (one aggregated SQL query per edge kind), `loadAll` the whole store. Loaded
 * parts are remembered, so later queries only read what is new.
 */
export class GraphLoader {
  readonly graph: NewsMultiGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  /** SQL queries run so far (for the benchmark and tests). */
  queries = 0;
  private readonly done = new Map<EdgeKind, Set<string>>();
  private readonly whole = new Set<EdgeKind>();
  private readonly dates: string;
  private readonly dateArgs: Record<string, string>;

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

  /** Loads every edge of the given kinds touching these nodes (entity ids as strings). */
  expand(nodes: Iterable<string>, kinds: readonly EdgeKind[]): void {
    const list = [...nodes];
    for (const kind of kinds) {
      if (this.whole.has(kind)) continue;
      let done = this.done.get(kind);
      if (!done) this.done.set(kind, (done = new Set()));
      const todo = list.filter((n) => !done!.has(n));
      if (!todo.length) continue;
      for (const n of todo) done.add(n);
      this.addRows(kind, this.run(edgeSql(kind, this.dates, false), { ids: JSON.stringify(todo.map(Number)) }));
    }
  }

  /** Loads every edge of the given kinds in the store (for whole-graph measures). */
  loadAll(kinds: readonly EdgeKind[]): void {
    for (const kind of kinds) {
      if (this.whole.has(kind)) continue;
      this.whole.add(kind);
      this.addRows(kind, this.run(edgeSql(kind, this.dates, true), {}));
    }
  }

  /** Adds nodes (with name and type) for entity ids not in the graph yet. */
  addNodes(ids: Iterable<number>): void {
    const missing = [...new Set(ids)].filter((id) => !this.graph.hasNode(String(id)));
    if (!missing.length) return;
    this.queries++;
    const rows = this.db
      .prepare<[string], { id: number; name: string; type: string }>('SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(missing));
    for (const r of rows) this.graph.mergeNode(String(r.id), { name: r.name, type: r.type });
  }

  private run(sql: string, args: Record<string, string>): EdgeRow[] {
    this.queries++;
    return this.db.prepare<Record<string, string>, EdgeRow>(sql).all({ ...args, ...this.dateArgs });
  }

  private addRows(kind: EdgeKind, rows: EdgeRow[]): void {
    const ids: number[] = [];
    for (const r of rows) ids.push(r.a, r.b);
    this.addNodes(ids);
    const said = kind === 'said' ? this.saidLabels(rows) : undefined;
    const g = this.graph;
    for (const r of rows) {
      const key = edgeKey(kind, r.a, r.b, r.type, r.label);
      if (g.hasEdge(key)) continue;
      const attrs: EdgeAttrs =
        kind === 'relation'
          ? { edge: kind, weight: r.n, type: r.type!, label: r.label!, last: r.last, date: r.date }
          : kind === 'said'
            ? { edge: kind, weight: r.n, type: 'said', label: said!.get(r.last)?.cue ?? 'said', kind: said!.get(r.last)?.kind, last: r.last, date: r.date }
            : { edge: kind, weight: r.n, type: 'co-mention', label: 'co-mentioned', last: r.last, date: r.date };
      g.addDirectedEdgeWithKey(key, String(r.a), String(r.b), attrs);
    }
  }

  /** Cue and kind of the newest statement of each said edge. */
  private saidLabels(rows: EdgeRow[]): Map<number, { cue: string; kind: string }> {
    const out = new Map<number, { cue: string; kind: string }>();
    if (!rows.length) return out;
    this.queries++;
    const q = this.db.prepare<[string], { id: number; cue: string; kind: string }>('SELECT id, cue, kind FROM statements WHERE id IN (SELECT value FROM json_each(?))');
    for (const r of q.all(JSON.stringify(rows.map((r) => r.last)))) out.set(r.id, { cue: r.cue, kind: r.kind });
    return out;
  }
}
