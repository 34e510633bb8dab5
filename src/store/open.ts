import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../errors.js';

export type DB = Database.Database;

const SCHEMA_PATH = fileURLToPath(new URL('../../schema.sql', import.meta.url));

/**
 * Migrations by `PRAGMA user_version`: entry i brings a store from version i to i + 1.
 * Version 1 is schema.sql itself.
 */
const MIGRATIONS: ((db: DB) => void)[] = [(db) => db.exec(readFileSync(SCHEMA_PATH, 'utf8')), addStatementSearch, addEdgeCache, addArticleAuthor, searchByUtf16Offsets];

/** FTS rowid of a statement: its article's Julian day number times 10^9 plus the statement id. */
export const FTS_DAY = 1000000000;
const FTS_ROWID = (id: string, published: string) => `coalesce(CAST(julianday(${published}) AS INTEGER), 0) * ${FTS_DAY} + ${id}`;

/**
 * Version 3: the full-text index keyed by date (rowid = day * 10^9 + statement id, undated = day 0),
 * so that the newest matches come first straight from the index; and a cache of the graph's
 * aggregated edges (one row per speaker and subject, per relation triple), filled and refreshed by
 * the query layer (src/graph/cache.ts) when the facts changed.
 */
function addEdgeCache(db: DB): void {
  db.exec(`
    DROP TRIGGER IF EXISTS statements_fts_insert;
    DROP TRIGGER IF EXISTS statements_fts_delete;
    DROP TABLE IF EXISTS statement_fts;
    CREATE VIRTUAL TABLE statement_fts USING fts5(content, tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
      INSERT INTO statement_fts (rowid, content)
        SELECT ${FTS_ROWID('new.id', 'a.published_at')}, substr(a.text, new.content_start + 1, new.content_end - new.content_start) FROM articles a WHERE a.id = new.article_id;
    END;
    CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
      DELETE FROM statement_fts WHERE rowid = (SELECT ${FTS_ROWID('old.id', 'a.published_at')} FROM articles a WHERE a.id = old.article_id);
    END;
    INSERT INTO statement_fts (rowid, content)
      SELECT ${FTS_ROWID('s.id', 'a.published_at')}, substr(a.text, s.content_start + 1, s.content_end - s.content_start) FROM statements s JOIN articles a ON a.id = s.article_id;

    CREATE TABLE IF NOT EXISTS graph_edges (
      kind  TEXT NOT NULL,      -- said relation
      a     INTEGER NOT NULL,   -- speaker or subject entity id
      b     INTEGER NOT NULL,   -- subject (about) or object entity id
      type  TEXT NOT NULL,      -- relation type, or "said"
      label TEXT NOT NULL,      -- predicate, or the newest statement's cue
      mode  TEXT,               -- the newest statement's kind (direct mixed indirect)
      n     INTEGER NOT NULL,   -- how many facts
      last  INTEGER NOT NULL,   -- newest fact id
      date  TEXT                -- newest article date
    );
    CREATE INDEX IF NOT EXISTS graph_edges_a ON graph_edges(a, kind, n);
    CREATE INDEX IF NOT EXISTS graph_edges_b ON graph_edges(b, kind, n);
    CREATE TABLE IF NOT EXISTS graph_cache (kind TEXT PRIMARY KEY, signature TEXT NOT NULL, built_at TEXT NOT NULL);
  `);
}

/**
 * Version 5: the full-text index reads what was said by UTF-16 offsets (text16()), as every other read
 * does; SQLite's substr() counts characters, so an emoji before a statement shifted the indexed words.
 * The triggers are recreated and the index rebuilt.
 */
function searchByUtf16Offsets(db: DB): void {
  db.exec(`
    DROP TRIGGER IF EXISTS statements_fts_insert;
    DROP TRIGGER IF EXISTS statements_fts_delete;
    CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
      INSERT INTO statement_fts (rowid, content)
        SELECT ${FTS_ROWID('new.id', 'a.published_at')}, text16(a.text, new.content_start, new.content_end) FROM articles a WHERE a.id = new.article_id;
    END;
    CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
      DELETE FROM statement_fts WHERE rowid = (SELECT ${FTS_ROWID('old.id', 'a.published_at')} FROM articles a WHERE a.id = old.article_id);
    END;
    DELETE FROM statement_fts;
    INSERT INTO statement_fts (rowid, content)
      SELECT ${FTS_ROWID('s.id', 'a.published_at')}, text16(a.text, s.content_start, s.content_end) FROM statements s JOIN articles a ON a.id = s.article_id;
  `);
}

/** Version 4: the article's author (by-line), when the input gives one (HTML by-line, "author" in JSON). */
function addArticleAuthor(db: DB): void {
  const cols = db.prepare<[], { name: string }>('PRAGMA table_info(articles)').all();
  if (!cols.some((c) => c.name === 'author')) db.exec('ALTER TABLE articles ADD COLUMN author TEXT');
}

/**
 * Version 2: full-text search on what was said (FTS5, rowid = statement id). Triggers keep it in
 * step with every writer, including the deletes of a re-ingested article; existing rows are backfilled.
 */
function addStatementSearch(db: DB): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS statement_fts USING fts5(content, tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER IF NOT EXISTS statements_fts_insert AFTER INSERT ON statements BEGIN
      INSERT INTO statement_fts (rowid, content)
        SELECT new.id, substr(a.text, new.content_start + 1, new.content_end - new.content_start) FROM articles a WHERE a.id = new.article_id;
    END;
    CREATE TRIGGER IF NOT EXISTS statements_fts_delete AFTER DELETE ON statements BEGIN
      DELETE FROM statement_fts WHERE rowid = old.id;
    END;
    DELETE FROM statement_fts;
    INSERT INTO statement_fts (rowid, content)
      SELECT s.id, substr(a.text, s.content_start + 1, s.content_end - s.content_start) FROM statements s JOIN articles a ON a.id = s.article_id;
  `);
}

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  readonly?: boolean;
  /** Milliseconds to wait for another writer before failing (default 5000). */
  busyTimeout?: number;
}

/** Opens (creating and migrating when needed) a store in WAL mode. */
export function openStore(file: string, opts: OpenOptions = {}): DB {
  let db: DB;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (err) {
    throw new StoreError(`cannot open database "${file}": ${(err as Error).message}. Check the path or run "newsgraph ingest" first.`);
  }
  const busyTimeout = opts.busyTimeout ?? 5000;
  db.pragma(`busy_timeout = ${opts.busyTimeout ?? 5000}`);
  // offsets are UTF-16 code units (as in JavaScript and the Document JSON) while SQLite's substr() counts
  // characters: an emoji before a span would shift it. Every read of a span goes through text16().
  db.function('text16', { deterministic: true }, (text: unknown, start: unknown, end: unknown) =>
    typeof text === 'string' && typeof start === 'number' && typeof end === 'number' ? text.slice(start, end) : null,
  );
  if (!opts.readonly) {
    // two processes creating the same new store at once: switching it to WAL can fail at once with
    // SQLITE_BUSY (SQLite does not call the busy handler there); wait for the other one like a writer would
    retryBusy(() => db.pragma('journal_mode = WAL'), busyTimeout);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    retryBusy(() => migrate(db), busyTimeout);
  } else {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v > SCHEMA_VERSION) throw new StoreError(`database "${file}" has schema version ${v}, newer than this newsgraph (${SCHEMA_VERSION}). Upgrade newsgraph.`);
  }
  return db;
}

/** Runs `fn`, again every 20 ms while it fails with SQLITE_BUSY, for up to `timeout` ms. */
function retryBusy<T>(fn: () => T, timeout: number): T {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return fn();
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

function migrate(db: DB): void {
  const v = db.pragma('user_version', { simple: true }) as number;
  if (v > SCHEMA_VERSION) throw new StoreError(`database has schema version ${v}, newer than this newsgraph (${SCHEMA_VERSION}). Upgrade newsgraph.`);
  if (v === SCHEMA_VERSION) return;
  // BEGIN IMMEDIATE takes the write lock first, so a second process migrating the same new store
  // waits (busy timeout) instead of failing on a lock upgrade; the version is read again inside
  db.transaction(() => {
    const now = db.pragma('user_version', { simple: true }) as number;
    for (let i = now; i < SCHEMA_VERSION; i++) {
      MIGRATIONS[i](db);
      db.pragma(`user_version = ${i + 1}`);
    }
  }).immediate();
}
