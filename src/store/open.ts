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
const MIGRATIONS: ((db: DB) => void)[] = [(db) => db.exec(readFileSync(SCHEMA_PATH, 'utf8')), addStatementSearch];

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
  db.pragma(`busy_timeout = ${opts.busyTimeout ?? 5000}`);
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } else {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v > SCHEMA_VERSION) throw new StoreError(`database "${file}" has schema version ${v}, newer than this newsgraph (${SCHEMA_VERSION}). Upgrade newsgraph.`);
  }
  return db;
}

function migrate(db: DB): void {
  const v = db.pragma('user_version', { simple: true }) as number;
  if (v > SCHEMA_VERSION) throw new StoreError(`database has schema version ${v}, newer than this newsgraph (${SCHEMA_VERSION}). Upgrade newsgraph.`);
  for (let i = v; i < SCHEMA_VERSION; i++) {
    db.transaction(() => {
      MIGRATIONS[i](db);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
