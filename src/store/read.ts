import { AmbiguousError, NotFoundError, StoreError, UsageError } from '../errors.js';
import { nameKey } from '../pipeline/stages/aliases.js';
import { FTS_DAY, type DB } from './open.js';

export interface EntityRow {
  id: number;
  name: string;
  type: string;
}

/** Entities whose canonical name or an alias equals `name` (case-insensitive). */
export function findEntities(db: DB, name: string): EntityRow[] {
  const key = nameKey(name);
  return db
    .prepare<[string, string], EntityRow>(
      `SELECT id, name, type FROM entities WHERE key = ?
       UNION SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key = ?
       ORDER BY id`,
    )
    .all(key, key);
}

/** Near matches for a name that matched nothing: names or aliases containing it, else close spellings. */
export function suggestEntities(db: DB, name: string, limit = 5): string[] {
  const key = nameKey(name);
  const like = `%${key.replace(/[%_]/g, '')}%`;
  const rows = db
    .prepare<[string, string, number], { name: string }>(
      `SELECT DISTINCT e.name FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id
       WHERE e.key LIKE ? OR a.key LIKE ? ORDER BY length(e.name) LIMIT ?`,
    )
    .all(like, like, limit);
  if (rows.length || key.length < 3) return rows.map((r) => r.name);
  // close spellings: keys sharing a three-letter word prefix, ranked by edit distance
  const prefixes = [...new Set(key.split(' ').filter((w) => w.length >= 3).map((w) => w.slice(0, 3)))];
  const seen = new Map<string, number>();
  const q = db.prepare<[string, string, string, string], { name: string; key: string }>(
    `SELECT e.name, e.key FROM entities e WHERE e.type != 'GROUP' AND (e.key LIKE ? OR e.key LIKE ?)
     UNION SELECT e.name, a.key FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.type != 'GROUP' AND (a.key LIKE ? OR a.key LIKE ?) LIMIT 2000`,
  );
  for (const p of prefixes) {
    for (const r of q.all(`${p}%`, `% ${p}%`, `${p}%`, `% ${p}%`)) {
      const d = Math.min(editDistance(key, r.key), ...r.key.split(' ').map((w) => editDistance(key, w)));
      if (d <= Math.max(2, Math.floor(key.length / 4)) && d < (seen.get(r.name) ?? Infinity)) seen.set(r.name, d);
    }
  }
  return [...seen].sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0])).slice(0, limit).map(([n]) => n);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The one entity a name refers to ("#42" names entity id 42). Throws NotFoundError (with
 * suggestions) when nothing matches and AmbiguousError (with candidates) when several named entities do.
 */
export function getEntity(db: DB, name: string): EntityRow {
  const byId = /^#(\d+)$/.exec(name.trim());
  if (byId) {
    const row = db.prepare<[number], EntityRow>('SELECT id, name, type FROM entities WHERE id = ?').get(Number(byId[1]));
    if (!row) throw new NotFoundError(`entity "${name}" not found: no entity has id ${byId[1]}.`);
    return row;
  }
  const rows = findEntities(db, name);
  if (rows.length === 0) {
    const near = suggestEntities(db, name);
    const hint = near.length ? ` Did you mean: ${near.map((n) => `"${n}"`).join(', ')}?` : ` Try: newsgraph entity --search "${name}"`;
    throw new NotFoundError(`entity "${name}" not found.${hint}`, near);
  }
  if (rows.length === 1) return rows[0];
  const key = nameKey(name);
  const exact = rows.filter((r) => nameKey(r.name) === key);
  if (exact.length === 1) return exact[0];
  const named = rows.filter((r) => r.type !== 'GROUP');
  if (named.length === 1) return named[0];
  throw new AmbiguousError(
    `name "${name}" matches ${rows.length} entities: ${rows.map((r) => `${r.name} (${r.type}, #${r.id})`).join('; ')}. ` +
      `Use a fuller name or an id such as "#${rows[0].id}"; try: newsgraph entity --search "${name}"`,
    rows.map((r) => r.name),
  );
}

export interface StatementResult {
  id: number;
  speaker: { id: number; name: string; type: string };
  cue: string;
  kind: string;
  content: string;
  about: { id: number; name: string }[];
  article: { id: string; title: string | null; url: string | null; published_at: string | null; author?: string };
  sentence: { start: number; end: number; text: string };
  confidence: number;
}

export interface SaidQuery {
  by?: string;
  about?: string;
  cue?: string;
  since?: string;
  until?: string;
  limit?: number;
  /** Only these statement ids (used by the entity card). */
  ids?: number[];
  /** Full-text search on what was said (SQLite FTS5): words must all occur; "quoted" input is an FTS5 query. */
  match?: string;
  /** Speaker, subject, or excluded speaker by entity id (the library API; names go in by/about). */
  speakerId?: number;
  aboutId?: number;
  notSpeakerId?: number;
  /** Oldest first instead of newest first. */
  ascending?: boolean;
}

/** Turns a user's search text into an FTS5 query: each word quoted (a trailing * keeps prefix search). */
export function ftsQuery(text: string): string {
  if (text.includes('"')) return text;
  const words = text.match(/[\p{L}\p{N}_]+\*?/gu) ?? [];
  if (!words.length) throw new UsageError(`--match "${text}" has no words to search for`);
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
}

interface StatementRowRaw {
  id: number;
  speaker_id: number;
  speaker_name: string;
  speaker_type: string;
  cue: string;
  kind: string;
  content: string;
  ext_id: string;
  title: string | null;
  url: string | null;
  published_at: string | null;
  author: string | null;
  ev_start: number;
  ev_end: number;
  sentence: string;
  confidence: number;
}

/**
 * Whether to walk articles newest first and test each statement (fast when many statements match
 * and only the newest few are wanted) rather than collect every match and sort it (fast when few match).
 */
function scanByDate(db: DB, q: SaidQuery, speakers: number[], abouts: number[], fts: string | undefined): boolean {
  if (q.ascending || !q.limit || q.limit > 200) return false;
  const SMALL = 2000;
  if (q.ids && q.ids.length <= SMALL) return false;
  const count = (sql: string, arg: number | string) => {
    try {
      return (db.prepare<[number | string], { n: number }>(sql).get(arg)?.n ?? 0);
    } catch {
      return 0; // no full-text index: the main query reports it
    }
  };
  if (fts !== undefined) return false;
  for (const id of speakers) if (count('SELECT count(*) AS n FROM statements WHERE speaker_id = ?', id) <= SMALL) return false;
  for (const id of abouts) if (count('SELECT count(*) AS n FROM statement_about WHERE entity_id = ?', id) <= SMALL) return false;
  return true;
}

/** The smallest full-text rowid worth reading: the day of the `limit`-th newest match (0 when there are fewer). */
function newestMatchesFrom(db: DB, fts: string, q: SaidQuery): number {
  const julian = (d: string) => db.prepare<[string], { d: number | null }>('SELECT CAST(julianday(?) AS INTEGER) AS d').get(d)?.d ?? null;
  const lo = q.since ? julian(q.since) : null;
  const hi = q.until ? julian(untilBound(q.until)) : null;
  try {
    const rows = db
      .prepare<[string, number, number, number], { r: number }>('SELECT rowid AS r FROM statement_fts WHERE statement_fts MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ?')
      .all(fts, lo === null ? 0 : lo * FTS_DAY, hi === null ? Number.MAX_SAFE_INTEGER : (hi + 1) * FTS_DAY, q.limit!);
    return rows.length < q.limit! ? 0 : Math.floor(rows[rows.length - 1].r / FTS_DAY) * FTS_DAY;
  } catch {
    return 0; // a bad query or no index: the main query reports it
  }
}

/** Who said what, filtered by speaker, subject, cue and date; newest articles first. */
export function said(db: DB, q: SaidQuery = {}): StatementResult[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const speakers = [...(q.by ? [getEntity(db, q.by).id] : []), ...(q.speakerId !== undefined ? [q.speakerId] : [])];
  const abouts = [...(q.about ? [getEntity(db, q.about).id] : []), ...(q.aboutId !== undefined ? [q.aboutId] : [])];
  const fts = q.match !== undefined ? ftsQuery(q.match) : undefined;
  const scan = scanByDate(db, q, speakers, abouts, fts);
  for (const id of speakers) {
    where.push(scan ? '+s.speaker_id = ?' : 's.speaker_id = ?');
    args.push(id);
  }
  for (const id of abouts) {
    where.push(scan ? 'EXISTS (SELECT 1 FROM statement_about sa WHERE sa.statement_id = s.id AND sa.entity_id = ? LIMIT 1)' : 's.id IN (SELECT statement_id FROM statement_about WHERE entity_id = ?)');
    args.push(id);
  }
  if (q.notSpeakerId !== undefined) {
    where.push('s.speaker_id != ?');
    args.push(q.notSpeakerId);
  }
  if (fts !== undefined) {
    // the index's rowids run by date: when only the newest few matches are wanted, find the day of
    // the last of them first and then consider only the matches from that day on
    const from = !speakers.length && !abouts.length && !q.ids && !q.cue && !q.ascending && q.limit && q.limit <= 200 ? newestMatchesFrom(db, fts, q) : 0;
    where.push('s.id IN (SELECT rowid % ? FROM statement_fts WHERE statement_fts MATCH ? AND rowid >= ?)');
    args.push(FTS_DAY, fts, from);
  }
  if (q.cue) {
    where.push('lower(s.cue) LIKE ?');
    args.push(`%${q.cue.toLowerCase()}%`);
  }
  if (q.ids) {
    where.push(`s.id IN (${q.ids.map(() => '?').join(',') || 'NULL'})`);
    args.push(...q.ids);
  }
  dateWhere('a', q, where, args);
  const sql = `SELECT s.id, s.speaker_id, e.name AS speaker_name, e.type AS speaker_type, s.cue, s.kind,
      text16(a.text, s.content_start, s.content_end) AS content,
      a.ext_id, a.title, a.url, a.published_at, a.author, s.ev_start, s.ev_end,
      text16(a.text, s.ev_start, s.ev_end) AS sentence, s.confidence
    FROM ${scan ? 'articles a CROSS JOIN statements s ON s.article_id = a.id' : 'statements s JOIN articles a ON a.id = s.article_id'} JOIN entities e ON e.id = s.speaker_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY ${q.ascending ? 'a.published_at ASC NULLS LAST, a.id, s.content_start' : 'a.published_at DESC NULLS LAST, a.id, s.content_start'}
    ${q.limit ? 'LIMIT ' + Math.max(0, Math.floor(q.limit)) : ''}`;
  let rows: StatementRowRaw[];
  try {
    rows = db.prepare<(string | number)[], StatementRowRaw>(sql).all(...args);
  } catch (err) {
    if (q.match !== undefined && /no such table/i.test((err as Error).message)) {
      throw new StoreError(`--match needs the full-text index, which this store lacks (schema version 1); open it once without --readonly to upgrade it`);
    }
    if (q.match !== undefined && /fts5/i.test((err as Error).message)) {
      throw new UsageError(`--match "${q.match}" is not a valid search: ${(err as Error).message}`);
    }
    throw err;
  }
  const aboutStmt = db.prepare<[number], { id: number; name: string }>(
    'SELECT e.id, e.name FROM statement_about sa JOIN entities e ON e.id = sa.entity_id WHERE sa.statement_id = ? ORDER BY e.id',
  );
  return rows.map((r) => ({
    id: r.id,
    speaker: { id: r.speaker_id, name: r.speaker_name, type: r.speaker_type },
    cue: r.cue,
    kind: r.kind,
    content: r.content,
    about: aboutStmt.all(r.id),
    article: { id: r.ext_id, title: r.title, url: r.url, published_at: r.published_at, ...(r.author !== null ? { author: r.author } : {}) },
    sentence: { start: r.ev_start, end: r.ev_end, text: r.sentence },
    confidence: r.confidence,
  }));
}

export interface RelationResult {
  subject: { id: number; name: string; type: string };
  predicate: string;
  type: string;
  object: { id: number; name: string; type: string };
  evidence: { article: string; start: number; end: number; text: string };
}

/** Relations in which an entity takes part (as subject or object); with `limit`, the first n. */
export function relationsOf(db: DB, entityId: number, limit?: number): RelationResult[] {
  const rows = db
    .prepare<{ id: number; n?: number }, Record<string, string | number>>(
      `SELECT r.predicate, r.type, s.id AS sid, s.name AS sname, s.type AS stype, o.id AS oid, o.name AS oname, o.type AS otype,
         a.ext_id, r.ev_start, r.ev_end, text16(a.text, r.ev_start, r.ev_end) AS ev
       FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id JOIN articles a ON a.id = r.article_id
       WHERE ${
         limit
           ? // the first n of each side by id (an index range each), instead of every relation of a hub sorted
             'r.id IN (SELECT id FROM (SELECT id FROM relations WHERE subject_id = @id ORDER BY id LIMIT @n) UNION SELECT id FROM (SELECT id FROM relations WHERE object_id = @id ORDER BY id LIMIT @n))'
           : 'r.subject_id = @id OR r.object_id = @id'
       } ORDER BY r.id ${limit ? 'LIMIT @n' : ''}`,
    )
    .all(limit ? { id: entityId, n: Math.max(0, Math.floor(limit)) } : { id: entityId });
  return rows.map((r) => ({
    subject: { id: r.sid as number, name: r.sname as string, type: r.stype as string },
    predicate: r.predicate as string,
    type: r.type as string,
    object: { id: r.oid as number, name: r.oname as string, type: r.otype as string },
    evidence: { article: r.ext_id as string, start: r.ev_start as number, end: r.ev_end as number, text: r.ev as string },
  }));
}

export interface EntityCard {
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

/** Everything about one entity: type, aliases, counts, relations, statements by and about it. */
export function entityCard(db: DB, name: string, limit = 20): EntityCard {
  const e = getEntity(db, name);
  const aliases = db.prepare<[number], { alias: string }>('SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias').all(e.id).map((r) => r.alias);
  const counts = db
    .prepare<[number], { mentions: number; articles: number }>('SELECT count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions WHERE entity_id = ?')
    .get(e.id)!;
  return {
    ...e,
    aliases,
    mentions: counts.mentions,
    articles: counts.articles,
    relations: relationsOf(db, e.id, limit),
    said: said(db, { speakerId: e.id, limit }),
    said_about: said(db, { aboutId: e.id, notSpeakerId: e.id, limit }),
  };
}

export interface Stats {
  articles: number;
  entities: number;
  relations: number;
  statements: number;
  mentions: number;
  sentences: number;
  entities_by_type: Record<string, number>;
}

export function stats(db: DB): Stats {
  const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  const byType: Record<string, number> = {};
  for (const r of db.prepare<[], { type: string; n: number }>('SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY type').all()) byType[r.type] = r.n;
  return {
    articles: count('articles'),
    entities: count('entities'),
    relations: count('relations'),
    statements: count('statements'),
    mentions: count('mentions'),
    sentences: count('sentences'),
    entities_by_type: byType,
  };
}

export interface RelationQuery {
  subject?: string;
  predicate?: string;
  object?: string;
  /** works_for based_in located_in lives_in killed related */
  type?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export interface RelationRecord extends RelationResult {
  id: number;
  confidence: number;
  article: { id: string; title: string | null; url: string | null; published_at: string | null };
}

/** Upper bound of a date range: a bare day means the whole day. */
export function untilBound(until: string): string {
  return until.length === 10 ? `${until}T23:59:59Z` : until;
}

/** Adds the clauses of a date range on `article`'s publication date to a WHERE list and its positional args. */
export function dateWhere(article: string, range: { since?: string; until?: string }, where: string[], args: (string | number)[]): void {
  if (range.since) {
    where.push(`${article}.published_at >= ?`);
    args.push(range.since);
  }
  if (range.until) {
    where.push(`${article}.published_at <= ?`);
    args.push(untilBound(range.until));
  }
}

/** Relation triples filtered by subject, predicate (substring), object, type and date; newest first. */
export function relations(db: DB, q: RelationQuery = {}): RelationRecord[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.subject) {
    where.push('r.subject_id = ?');
    args.push(getEntity(db, q.subject).id);
  }
  if (q.object) {
    where.push('r.object_id = ?');
    args.push(getEntity(db, q.object).id);
  }
  if (q.predicate) {
    where.push('lower(r.predicate) LIKE ?');
    args.push(`%${q.predicate.toLowerCase()}%`);
  }
  if (q.type) {
    where.push('r.type = ?');
    args.push(q.type);
  }
  dateWhere('a', q, where, args);
  const rows = db
    .prepare<(string | number)[], Record<string, string | number | null>>(
      `SELECT r.id, r.predicate, r.type, r.confidence, s.id AS sid, s.name AS sname, s.type AS stype, o.id AS oid, o.name AS oname, o.type AS otype,
         a.ext_id, a.title, a.url, a.published_at, r.ev_start, r.ev_end, text16(a.text, r.ev_start, r.ev_end) AS ev
       FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id JOIN articles a ON a.id = r.article_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY a.published_at DESC NULLS LAST, r.id
       ${q.limit ? 'LIMIT ' + Math.max(0, Math.floor(q.limit)) : ''}`,
    )
    .all(...args);
  return rows.map((r) => ({
    id: r.id as number,
    subject: { id: r.sid as number, name: r.sname as string, type: r.stype as string },
    predicate: r.predicate as string,
    type: r.type as string,
    object: { id: r.oid as number, name: r.oname as string, type: r.otype as string },
    confidence: r.confidence as number,
    article: { id: r.ext_id as string, title: r.title as string | null, url: r.url as string | null, published_at: r.published_at as string | null },
    evidence: { article: r.ext_id as string, start: r.ev_start as number, end: r.ev_end as number, text: r.ev as string },
  }));
}
