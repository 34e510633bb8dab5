import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { process as runPipeline } from '../../src/pipeline/index.js';
import { openStore, SCHEMA_VERSION } from '../../src/store/open.js';
import { storeDocument } from '../../src/store/write.js';
import { said as statements } from '../../src/store/read.js';

const TEXT = 'Maria Keller, a spokeswoman for the United Nations, said the talks would resume on Monday.';

describe('article author', () => {
  it('is stored and returned with what was said', () => {
    const db = openStore(join(mkdtempSync(join(tmpdir(), 'ng-author-')), 'a.db'));
    storeDocument(db, runPipeline({ id: 'a1', title: 'Talks', text: TEXT, author: 'Jane Roe' }));
    storeDocument(db, runPipeline({ id: 'a2', title: 'Talks again', text: TEXT.replace('Monday', 'Tuesday') }));
    const byArticle = Object.fromEntries(statements(db, {}).map((s) => [s.article.id, s.article.author]));
    expect(byArticle).toEqual({ a1: 'Jane Roe', a2: undefined });
    db.close();
  });

  it('upgrades a version 3 store: old articles keep their facts, with no author', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-author-')), 'old.db');
    const db = openStore(file);
    storeDocument(db, runPipeline({ id: 'old', text: TEXT }));
    db.close();
    const raw = new Database(file);
    raw.exec('ALTER TABLE articles DROP COLUMN author; PRAGMA user_version = 3;');
    raw.close();
    const again = openStore(file);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(statements(again, {}).map((s) => [s.article.id, s.article.author, s.speaker.name])).toEqual([['old', undefined, 'Maria Keller']]);
    again.close();
  });
});
