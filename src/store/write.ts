import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Article, Doc } from '../document/types.js';
import { nameKey } from '../pipeline/stages/aliases.js';
import type { DB } from './open.js';
import { RowReader, toRows, type StoreRows } from './rows.js';

export type StoreStatus = 'added' | 'unchanged' | 'replaced';

/** Hash that decides whether an article changed: its title and text. */
export function contentHash(title: string | undefined, text: string): string {
  return createHash('sha256').update(title ?? '').update('\u0000').update(text).digest('hex');
}

function prepare(db: DB) {
  return {
    findArticle: db.prepare<[string], { id: number; hash: string }>('SELECT id, hash FROM articles WHERE ext_id = ?'),
    findByHash: db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE hash = ? LIMIT 1'),
    insertArticle: db.prepare('INSERT INTO articles (ext_id, title, url, source, published_at, author, text, hash, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    deleteAbout: db.prepare('DELETE FROM statement_about WHERE statement_id IN (SELECT id FROM statements WHERE article_id = ?)'),
    deleteFacts: ['statements', 'relations', 'mentions', 'sentences'].map((t) => db.prepare(`DELETE FROM ${t} WHERE article_id = ?`)),
    insertSentence: db.prepare('INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)'),
    entityByKey: db.prepare<[string], { id: number; name: string; type: string }>('SELECT id, name, type FROM entities WHERE key = ?'),
    entityByAlias: db.prepare<[string], { id: number; name: string; type: string }>('SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key = ?'),
    insertEntity: db.prepare('INSERT INTO entities (name, type, key, stage) VALUES (?, ?, ?, ?)'),
    renameEntity: db.prepare('UPDATE entities SET name = ?, key = ? WHERE id = ?'),
    insertAlias: db.prepare('INSERT OR IGNORE INTO aliases (entity_id, alias, key) VALUES (?, ?, ?)'),
    insertMention: db.prepare('INSERT INTO mentions (article_id, entity_id, start, end, kind, sentence, stage) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertRelation: db.prepare('INSERT INTO relations (article_id, subject_id, object_id, type, predicate, ev_start, ev_end, confidence, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertStatement: db.prepare(
      'INSERT INTO statements (article_id, speaker_id, source_start, source_end, cue, cue_start, cue_end, kind, content_start, content_end, ev_start, ev_end, confidence, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertAbout: db.prepare('INSERT OR IGNORE INTO statement_about (statement_id, entity_id) VALUES (?, ?)'),
  };
}

const cache = new WeakMap<DB, ReturnType<typeof prepare>>();
function stmts(db: DB) {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  return s;
}

function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  const place = (t: string) => t === 'GPE' || t === 'LOC';
  return place(a) && place(b);
}

type Row = { id: number; name: string; type: string };

/** The prepared statements an entity merge runs against the store written to. */
export interface EntityStatements {
  entityByKey: Statement<[string], Row>;
  entityByAlias: Statement<[string], Row>;
  insertEntity: Statement<unknown[]>;
  renameEntity: Statement<unknown[]>;
  insertAlias: Statement<unknown[]>;
}

/**
 * Merges a named (non-GROUP) entity into the store, as ingest and `merge` both do: the stored entity of
 * a compatible type whose canonical key is the entity's key or one of its multi-word alias keys; the
 * fuller name becomes canonical and the other an alias. Without one, the entity is inserted.
 * `key` is nameKey(ent.name), when the caller has it already.
 */
export function mergeEntity(s: EntityStatements, ent: { name: string; type: string; stage: string }, aliasKeys: string[], key = nameKey(ent.name)): { id: number; merged: boolean } {
  let found: Row | undefined;
  for (const k of [key, ...aliasKeys.filter((k) => k.includes(' '))]) {
    found = s.entityByKey.all(k).find((r) => compatible(r.type, ent.type)) ?? s.entityByAlias.all(k).find((r) => compatible(r.type, ent.type));
    if (found) break;
  }
  if (!found) return { id: Number(s.insertEntity.run(ent.name, ent.type, key, ent.stage).lastInsertRowid), merged: false };
  if (ent.name.length > found.name.length && ent.name.split(/\s+/).length >= found.name.split(/\s+/).length) {
    s.insertAlias.run(found.id, found.name, nameKey(found.name));
    s.renameEntity.run(ent.name, key, found.id);
  } else if (ent.name !== found.name) {
    s.insertAlias.run(found.id, ent.name, key);
  }
  return { id: found.id, merged: true };
}

/**
 * Stores one processed article and its facts in a single transaction. The same article
 * (same id, same content hash) is left unchanged; the same id with new content replaces
 * the old version's facts. Entities merge with stored ones by canonical name or alias.
 */
export function storeDocument(db: DB, doc: Doc, file?: string): { status: StoreStatus; articleId: number } {
  return storeRows(db, doc.article, toRows(doc), { file });
}

/**
 * `storeDocument` for an article whose Doc was packed by `toRows` (maybe in another thread).
 * `hash` is the article's contentHash when the caller has it already.
 */
export function storeRows(db: DB, a: Article, rows: StoreRows, opts: { file?: string; hash?: string } = {}): { status: StoreStatus; articleId: number } {
  const s = stmts(db);
  const text = rows.text ?? a.text;
  const hash = opts.hash ?? contentHash(a.title, text);
  const run = db.transaction((): { status: StoreStatus; articleId: number } => {
    const existing = s.findArticle.get(a.id);
    let status: StoreStatus = 'added';
    if (existing) {
      if (existing.hash === hash) return { status: 'unchanged', articleId: existing.id };
      s.deleteAbout.run(existing.id);
      for (const d of s.deleteFacts) d.run(existing.id);
      s.deleteArticle.run(existing.id);
      status = 'replaced';
    }
    const articleId = Number(s.insertArticle.run(a.id, a.title ?? null, a.url ?? null, a.source ?? null, a.published_at ?? null, a.author ?? null, wellFormed(text), hash, opts.file ?? null).lastInsertRowid);
    const r = new RowReader(rows);
    for (let i = 0, n = r.int(); i < n; i++) s.insertSentence.run(articleId, i, r.int(), r.int());

    // entities: merge by canonical name, then by alias
    const ids: number[] = [];
    for (let e = 0, n = r.int(); e < n; e++) {
      const ent = { name: r.str(), type: r.str(), stage: r.str() };
      const key = r.str();
      const aliases: [string, string][] = [];
      for (let k = 0, m = r.int(); k < m; k++) aliases.push([r.str(), r.str()]);
      if (ent.type === 'GROUP') {
        ids.push(Number(s.insertEntity.run(ent.name, 'GROUP', `${articleId}:${key}`, ent.stage).lastInsertRowid));
        continue;
      }
      const { id } = mergeEntity(s, ent, aliases.map(([, k]) => k), key);
      for (const [al, k] of aliases) s.insertAlias.run(id, al, k);
      ids.push(id);
    }
    for (let i = 0, n = r.int(); i < n; i++) {
      const entity = ids[r.int()];
      s.insertMention.run(articleId, entity, r.int(), r.int(), r.str(), r.int(), r.str());
    }
    for (let i = 0, n = r.int(); i < n; i++) {
      s.insertRelation.run(articleId, ids[r.int()], ids[r.int()], r.str(), r.str(), r.int(), r.int(), r.num(), r.str());
    }
    for (let i = 0, n = r.int(); i < n; i++) {
      const speaker = ids[r.int()];
      const source = [r.int(), r.int()];
      const cue = [r.str(), r.int(), r.int()];
      const kind = r.str();
      const rest = [r.int(), r.int(), r.int(), r.int()];
      const stage = r.str();
      const sid = Number(s.insertStatement.run(articleId, speaker, ...source, ...cue, kind, ...rest, r.num(), stage).lastInsertRowid);
      for (let k = 0, m = r.int(); k < m; k++) s.insertAbout.run(sid, ids[r.int()]);
    }
    if (!r.atEnd()) throw new Error(`the rows of article "${a.id}" do not follow the layout the writer reads (a bug)`);
    return { status, articleId };
  });
  // BEGIN IMMEDIATE: take the write lock before the first read, so a second writer waits
  // (busy timeout) instead of failing with SQLITE_BUSY when its read snapshot goes stale
  return run.immediate();
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with each lone UTF-16 surrogate replaced by U+FFFD, one code unit for one, so every
 * offset still holds (SQLite stores UTF-8, where a lone surrogate would turn into three U+FFFD).
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** True when an article with this id and content is already stored (lets ingest skip the pipeline). */
export function isStored(db: DB, extId: string, title: string | undefined, text: string): boolean {
  return storedHash(db, extId) === contentHash(title, text);
}

/** The content hash of the article stored under this id, if any. */
export function storedHash(db: DB, extId: string): string | undefined {
  return stmts(db).findArticle.get(extId)?.hash;
}
