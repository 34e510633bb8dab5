import type { DB } from '../store/open.js';
import { entityCard, getEntity, type EntityCard } from '../store/read.js';
import { nameKey } from '../pipeline/stages/aliases.js';
import type { GraphLoader } from './load.js';
import { neighbors, STRONG_EDGES } from './neighbors.js';
import type { EdgeKind, EntityRef } from './types.js';

export interface Role {
  type: string;
  predicate: string;
  object: EntityRef;
  /** How many relation facts state it. */
  count: number;
}

export interface StrongNeighbor extends EntityRef {
  weight: number;
  edges: Record<EdgeKind, number>;
}

export interface EntityDetails extends EntityCard {
  /** Statements made by it, and statements naming it as a subject (its own included). */
  statements: number;
  statements_about: number;
  first_seen: string | null;
  last_seen: string | null;
  /** Relations it is the subject of, grouped: works_for, based_in, lives_in ... */
  roles: Role[];
  /** Strongest direct neighbours (relations and statements by default). */
  neighbors: StrongNeighbor[];
}

export interface EntityOptions {
  /** Statements listed by and about it (default 20). */
  limit?: number;
  /** Neighbours listed (default 10). */
  neighbors?: number;
  edges?: readonly EdgeKind[];
}

/** The entity card: the store's card plus counts, first and last seen, roles and strongest neighbours. */
export function entityDetails(db: DB, loader: GraphLoader, name: string, opts: EntityOptions = {}): EntityDetails {
  const card = entityCard(db, name, opts.limit ?? 20);
  const id = card.id;
  const count = (sql: string) => (db.prepare<{ id: number }, { n: number }>(sql).get({ id })?.n ?? 0);
  // first and last seen: collect the articles and take the extremes when they are few, otherwise
  // walk the articles by date from each end until one mentions it
  const seen =
    card.articles <= 2000
      ? db
          .prepare<{ id: number }, { first: string | null; last: string | null }>(
            'SELECT min(a.published_at) AS first, max(a.published_at) AS last FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = @id)',
          )
          .get({ id })
      : {
          first: db.prepare<{ id: number }, { d: string }>(`SELECT a.published_at AS d FROM articles a WHERE a.published_at IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = @id LIMIT 1) ORDER BY a.published_at LIMIT 1`).get({ id })?.d ?? null,
          last: db.prepare<{ id: number }, { d: string }>(`SELECT a.published_at AS d FROM articles a WHERE a.published_at IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = @id LIMIT 1) ORDER BY a.published_at DESC LIMIT 1`).get({ id })?.d ?? null,
        };
  const roleSql = loader.cached('relation')
    ? `SELECT r.type, r.label AS predicate, o.id AS oid, o.name AS oname, o.type AS otype, r.n
       FROM graph_edges r JOIN entities o ON o.id = r.b WHERE r.a = ? AND r.kind = 'relation' ORDER BY r.n DESC, r.type, r.label, o.name LIMIT 20`
    : `SELECT r.type, r.predicate, o.id AS oid, o.name AS oname, o.type AS otype, count(*) AS n
       FROM relations r JOIN entities o ON o.id = r.object_id WHERE r.subject_id = ? GROUP BY 1, 2, 3 ORDER BY n DESC, r.type, r.predicate, o.name LIMIT 20`;
  const roles = db
    .prepare<[number], { type: string; predicate: string; oid: number; oname: string; otype: string; n: number }>(roleSql)
    .all(id)
    .map((r) => ({ type: r.type, predicate: r.predicate, object: { id: r.oid, name: r.oname, type: r.otype }, count: r.n }));
  const ego = neighbors(loader, { id, name: card.name, type: card.type }, { depth: 1, edges: opts.edges ?? STRONG_EDGES, limit: opts.neighbors ?? 10, centre: 50 });
  return {
    ...card,
    statements: count('SELECT count(*) AS n FROM statements WHERE speaker_id = @id'),
    statements_about: count('SELECT count(*) AS n FROM statement_about WHERE entity_id = @id'),
    first_seen: seen?.first ?? null,
    last_seen: seen?.last ?? null,
    roles,
    neighbors: ego.nodes.map((n) => ({ id: n.id, name: n.name, type: n.type, weight: n.weight, edges: n.edges })),
  };
}

export interface SearchHit extends EntityRef {
  aliases: string[];
  mentions: number;
}

/** Entities whose name or an alias contains the text (case-insensitive), most mentioned first. */
export function searchEntities(db: DB, text: string, limit = 20): SearchHit[] {
  const like = `%${nameKey(text).replace(/[%_]/g, '')}%`;
  const rows = db
    .prepare<{ like: string; limit: number }, { id: number; name: string; type: string; mentions: number }>(
      `SELECT e.id, e.name, e.type, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions
       FROM entities e WHERE e.id IN (SELECT id FROM entities WHERE key LIKE @like UNION SELECT entity_id FROM aliases WHERE key LIKE @like)
       ORDER BY mentions DESC, e.name, e.id LIMIT @limit`,
    )
    .all({ like, limit: limit > 0 ? limit : -1 });
  const aliases = db.prepare<[number], { alias: string }>('SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias');
  return rows.map((r) => ({ ...r, aliases: aliases.all(r.id).map((a) => a.alias) }));
}

/** Resolves a name (canonical, alias, or "#id") to one entity; see getEntity for the errors. */
export function resolveEntity(db: DB, name: string): EntityRef {
  return getEntity(db, name);
}
