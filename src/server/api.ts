/**
 * What the viewer's JSON endpoints return: read-only queries over an open store. Each function
 * takes the database and plain options and returns plain JSON-able data, so the same calls work
 * from a script (they are exported from the package) and behind `newsgraph serve`.
 */
import type { SerializedGraph } from 'graphology-types';
import { NotFoundError, UsageError } from '../errors.js';
import { loadGraph, type LoadOptions, type NewsGraph } from '../export/load.js';
import { subgraph } from '../export/subgraph.js';
import { nameKey } from '../pipeline/stages/aliases.js';
import type { DB } from '../store/open.js';
import { relationsOf, said, type RelationResult, type StatementResult } from '../store/read.js';

export interface SearchHit {
  id: number;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
}

/** Entities whose name or an alias contains `q` (case-insensitive); exact matches first, then by mentions. */
export function searchEntities(db: DB, q: string, limit = 20): SearchHit[] {
  const key = nameKey(q);
  if (!key) return [];
  const like = `%${key.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const rows = db
    .prepare<[string, string, string, string, number], { id: number; name: string; type: string; mentions: number }>(
      `SELECT e.id, e.name, e.type, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions
       FROM entities e
       WHERE e.key LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM aliases WHERE key LIKE ? ESCAPE '\\')
       ORDER BY (e.key = ? OR e.id IN (SELECT entity_id FROM aliases WHERE key = ?)) DESC, mentions DESC, e.name
       LIMIT ?`,
    )
    .all(like, like, key, key, limit);
  const aliasStmt = db.prepare<[number], { alias: string }>('SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias');
  return rows.map((r) => ({ ...r, aliases: aliasStmt.all(r.id).map((a) => a.alias).filter((a) => a !== r.name) }));
}

export interface GraphQuery extends LoadOptions {
  /** Entity id to centre on; the whole graph (its heaviest nodes) when left out. */
  id?: number;
  depth?: number;
  /** Edge kinds or types to keep (relation, statement, comention, works_for …). */
  edges?: string[];
  /** At most this many nodes (default 300 around an entity, 2000 for the whole graph). */
  maxNodes?: number;
}

/** Loaded graphs by date window, dropped when the store changes. */
const cache = new WeakMap<DB, { version: string; graphs: Map<string, NewsGraph> }>();

function storeVersion(db: DB): string {
  const r = db.prepare<[], { n: number; m: number | null }>('SELECT count(*) AS n, max(id) AS m FROM articles').get()!;
  return `${r.n}:${r.m}`;
}

export function cachedGraph(db: DB, opts: LoadOptions): NewsGraph {
  const version = storeVersion(db);
  let c = cache.get(db);
  if (!c || c.version !== version) cache.set(db, (c = { version, graphs: new Map() }));
  const key = `${opts.since ?? ''}|${opts.until ?? ''}`;
  let g = c.graphs.get(key);
  if (!g) c.graphs.set(key, (g = loadGraph(db, opts)));
  return g;
}

/** A neighbourhood (or the whole graph) in graphology's JSON form, ready for `Graph.from`. */
export function graphView(db: DB, q: GraphQuery): SerializedGraph {
  const g = cachedGraph(db, { since: q.since || undefined, until: q.until || undefined });
  if (q.id !== undefined) {
    const exists = db.prepare<[number], { id: number }>('SELECT id FROM entities WHERE id = ?').get(q.id);
    if (!exists) throw new NotFoundError(`entity id ${q.id} not found`);
    if (!g.hasNode(String(q.id))) return { options: g.export().options, attributes: {}, nodes: [], edges: [] };
    return subgraph(g, { around: [String(q.id)], depth: q.depth ?? 1, edgeTypes: q.edges, maxNodes: q.maxNodes ?? 300 }).export();
  }
  return subgraph(g, { edgeTypes: q.edges, maxNodes: q.maxNodes ?? 2000 }).export();
}

export interface EntityDetails {
  id: number;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: number;
  relations: RelationResult[];
  said: StatementResult[];
  said_about: StatementResult[];
}

/** One entity by id: counts, relations, statements by and about it. */
export function entityDetails(db: DB, id: number, limit = 50): EntityDetails {
  const e = db.prepare<[number], { id: number; name: string; type: string }>('SELECT id, name, type FROM entities WHERE id = ?').get(id);
  if (!e) throw new NotFoundError(`entity id ${id} not found`);
  const aliases = db.prepare<[number], { alias: string }>('SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias').all(id).map((r) => r.alias);
  const counts = db.prepare<[number], { mentions: number; articles: number }>('SELECT count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions WHERE entity_id = ?').get(id)!;
  const ids = (sql: string) => db.prepare<[number], { id: number }>(sql).all(id).map((r) => r.id);
  const own = ids('SELECT id FROM statements WHERE speaker_id = ?');
  const about = ids('SELECT statement_id AS id FROM statement_about WHERE entity_id = ?').filter((x) => !own.includes(x));
  return {
    ...e,
    aliases,
    ...counts,
    relations: relationsOf(db, id),
    said: said(db, { ids: own, limit }),
    said_about: said(db, { ids: about, limit }),
  };
}

export interface ArticleView {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published_at: string | null;
  text: string;
}

export function articleView(db: DB, extId: string): ArticleView {
  const a = db
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
