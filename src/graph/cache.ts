import type { DB } from '../store/open.js';
import type { EdgeKind } from './types.js';

/** Edge kinds kept in the graph_edges cache (co-mentions are computed on demand). */
export const CACHED_KINDS: readonly EdgeKind[] = ['relation', 'said'];

const BUILD: Record<string, string> = {
  relation: `INSERT INTO graph_edges (kind, a, b, type, label, mode, n, last, date)
    SELECT 'relation', r.subject_id, r.object_id, r.type, r.predicate, NULL, count(*), max(r.id), max(ar.published_at)
    FROM relations r JOIN articles ar ON ar.id = r.article_id
    WHERE r.subject_id != r.object_id GROUP BY r.subject_id, r.object_id, r.type, r.predicate`,
  said: `INSERT INTO graph_edges (kind, a, b, type, label, mode, n, last, date)
    SELECT 'said', x.a, x.b, 'said', st.cue, st.kind, x.n, x.last, x.date
    FROM (SELECT s.speaker_id AS a, sa.entity_id AS b, count(*) AS n, max(s.id) AS last, max(ar.published_at) AS date
          FROM statement_about sa JOIN statements s ON s.id = sa.statement_id JOIN articles ar ON ar.id = s.article_id
          WHERE sa.entity_id != s.speaker_id GROUP BY 1, 2) x
    JOIN statements st ON st.id = x.last`,
};

/**
 * What the cache depends on. Facts are only ever added, replaced or removed with their article
 * (a replaced article gets a new id), so the article count and the highest ids tell every change.
 */
function signature(db: DB): string {
  const r = db
    .prepare<[], Record<string, number | null>>(
      `SELECT (SELECT max(id) FROM articles) AS a, (SELECT count(*) FROM articles) AS n, (SELECT max(id) FROM statements) AS s,
        (SELECT max(id) FROM relations) AS r`,
    )
    .get()!;
  return `${r.a}:${r.n}:${r.s}:${r.r}`;
}

function hasCacheTables(db: DB): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'graph_cache'").get();
}

/**
 * True when graph_edges holds the current edges of these kinds, rebuilding them first when the
 * store changed since they were built (needs a writable connection; false when it cannot).
 */
export function ensureEdgeCache(db: DB, kinds: readonly EdgeKind[]): boolean {
  if (!hasCacheTables(db)) return false;
  const wanted = kinds.filter((k) => CACHED_KINDS.includes(k));
  if (!wanted.length) return false;
  const sig = signature(db);
  const built = new Map(db.prepare<[], { kind: string; signature: string }>('SELECT kind, signature FROM graph_cache').all().map((r) => [r.kind, r.signature]));
  const stale = wanted.filter((k) => built.get(k) !== sig);
  if (!stale.length) return true;
  if (db.readonly) return false;
  db.transaction(() => {
    for (const k of stale) {
      db.prepare('DELETE FROM graph_edges WHERE kind = ?').run(k);
      db.prepare(BUILD[k]).run();
      db.prepare("INSERT OR REPLACE INTO graph_cache (kind, signature, built_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))").run(k, sig);
    }
  })();
  return true;
}
