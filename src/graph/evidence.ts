import type { DB } from '../store/open.js';
import { untilBound } from '../store/read.js';
import type { EdgeAttrs, Evidence } from './types.js';

const ARTICLE = 'ar.ext_id AS article, ar.title, ar.url, ar.published_at';

function dateSql(range: { since?: string; until?: string }): { sql: string; args: Record<string, string> } {
  const sql: string[] = [];
  const args: Record<string, string> = {};
  if (range.since) {
    sql.push('AND ar.published_at >= @since');
    args.since = range.since;
  }
  if (range.until) {
    sql.push('AND ar.published_at <= @until');
    args.until = untilBound(range.until);
  }
  return { sql: sql.join(' '), args };
}

/**
 * The sentences behind an edge, newest first: the relations' or statements' evidence, or the
 * sentences two entities share. `source` and `target` are the edge's entity ids.
 */
export function edgeEvidence(
  db: DB,
  attrs: EdgeAttrs,
  source: number,
  target: number,
  opts: { limit?: number; since?: string; until?: string } = {},
): Evidence[] {
  const limit = Math.max(1, Math.floor(opts.limit ?? 3));
  const d = dateSql(opts);
  const args = { ...d.args, a: source, b: target, limit };
  let sql: string;
  if (attrs.edge === 'relation') {
    sql = `SELECT ${ARTICLE}, r.ev_start AS start, r.ev_end AS end, text16(ar.text, r.ev_start, r.ev_end) AS text
      FROM relations r JOIN articles ar ON ar.id = r.article_id
      WHERE r.subject_id = @a AND r.object_id = @b AND r.type = @type AND r.predicate = @predicate ${d.sql}
      ORDER BY ar.published_at DESC NULLS LAST, r.id LIMIT @limit`;
    Object.assign(args, { type: attrs.type, predicate: attrs.label });
  } else if (attrs.edge === 'said') {
    sql = `SELECT ${ARTICLE}, s.ev_start AS start, s.ev_end AS end, text16(ar.text, s.ev_start, s.ev_end) AS text
      FROM statements s JOIN statement_about sa ON sa.statement_id = s.id JOIN articles ar ON ar.id = s.article_id
      WHERE s.speaker_id = @a AND sa.entity_id = @b ${d.sql}
      ORDER BY ar.published_at DESC NULLS LAST, s.id LIMIT @limit`;
  } else {
    sql = `SELECT ${ARTICLE}, se.start, se.end, text16(ar.text, se.start, se.end) AS text
      FROM (SELECT DISTINCT m1.article_id, m1.sentence FROM mentions m1
              JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence AND m2.entity_id = @b
            WHERE m1.entity_id = @a) m
        JOIN sentences se ON se.article_id = m.article_id AND se.idx = m.sentence JOIN articles ar ON ar.id = m.article_id
      WHERE 1 ${d.sql}
      ORDER BY ar.published_at DESC NULLS LAST, m.article_id, m.sentence LIMIT @limit`;
  }
  return db.prepare<Record<string, string | number>, Evidence>(sql).all(args);
}

/**
 * One sentence behind an edge, found directly from its newest fact (`attrs.last`): a primary-key
 * lookup however many facts the edge aggregates. Used for path hops.
 */
export function lastEvidence(db: DB, attrs: EdgeAttrs, source: number, target: number): Evidence | undefined {
  if (attrs.edge === 'relation' || attrs.edge === 'said') {
    // both tables keep the evidence span of each fact in ev_start / ev_end
    const table = attrs.edge === 'relation' ? 'relations' : 'statements';
    return db
      .prepare<[number], Evidence>(
        `SELECT ${ARTICLE}, f.ev_start AS start, f.ev_end AS end, text16(ar.text, f.ev_start, f.ev_end) AS text
         FROM ${table} f JOIN articles ar ON ar.id = f.article_id WHERE f.id = ?`,
      )
      .get(attrs.last);
  }
  return db
    .prepare<{ art: number; a: number; b: number }, Evidence>(
      `SELECT ${ARTICLE}, se.start, se.end, text16(ar.text, se.start, se.end) AS text
       FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence AND m2.entity_id = @b
         JOIN sentences se ON se.article_id = m1.article_id AND se.idx = m1.sentence JOIN articles ar ON ar.id = m1.article_id
       WHERE m1.article_id = @art AND m1.entity_id = @a ORDER BY m1.sentence LIMIT 1`,
    )
    .get({ art: attrs.last, a: source, b: target });
}
