import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { process as runPipeline } from '../../src/pipeline/index.js';
import { storeDocument } from '../../src/store/write.js';
import { cli } from '../cli/run.js';
import { orphanFacts, storedCounts } from './helpers.js';

const OLD = 'John Smith, a spokesman for the United Nations, said the talks would resume.';
const NEW = 'Maria Keller, the mayor of Geneva, said the city would host the talks. "We are ready," Keller told reporters.';
const schema = readFileSync(fileURLToPath(new URL('../../schema.sql', import.meta.url)), 'utf8');

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-upd-'));
  db = join(dir, 'u.db');
});
const ingest = async (...paths: string[]) => JSON.parse((await cli(['ingest', ...paths, '--db', db, '--json'])).stdout);
const stats = async () => JSON.parse((await cli(['stats', '--db', db, '--json'])).stdout);

describe('idempotency', () => {
  it('stores the same file once, even when named twice in one batch', async () => {
    writeFileSync(join(dir, 'a.txt'), OLD);
    expect(await ingest(join(dir, 'a.txt'), join(dir, 'a.txt'))).toMatchObject({ added: 1, unchanged: 1 });
    expect(await ingest(join(dir, 'a.txt'))).toMatchObject({ added: 0, unchanged: 1 });
    expect(await stats()).toMatchObject({ articles: 1, statements: 1 });
  });

  it('stores a JSON record without an id once (its id is a hash of its text)', async () => {
    writeFileSync(join(dir, 'a.jsonl'), `{"text":${JSON.stringify(OLD)}}\n{"text":${JSON.stringify(OLD)}}\n`);
    writeFileSync(join(dir, 'b.json'), `{"text":${JSON.stringify(OLD)}}`);
    expect(await ingest(join(dir, 'a.jsonl'), join(dir, 'b.json'))).toMatchObject({ added: 1, unchanged: 2 });
    expect(await stats()).toMatchObject({ articles: 1 });
  });
});

describe('updates: the same id with changed text', () => {
  it('replaces the old version and all of its facts', async () => {
    writeFileSync(join(dir, 'v1.jsonl'), JSON.stringify({ id: 'story-1', title: 'Old', text: OLD }) + '\n');
    writeFileSync(join(dir, 'v2.jsonl'), JSON.stringify({ id: 'story-1', title: 'New', text: NEW }) + '\n');
    await ingest(join(dir, 'v1.jsonl'));
    expect(await ingest(join(dir, 'v2.jsonl'))).toMatchObject({ added: 0, replaced: 1 });
    const said = JSON.parse((await cli(['said', '--db', db, '--json'])).stdout);
    expect(said.map((s: { speaker: { name: string }; content: string }) => [s.speaker.name, s.content])).toEqual([
      ['Maria Keller', 'the city would host the talks'],
      ['Maria Keller', 'We are ready'],
    ]);
    const conn = new Database(db, { readonly: true });
    const doc = runPipeline({ id: 'story-1', title: 'New', text: NEW });
    expect(storedCounts(conn).get('story-1')).toEqual({
      sentences: doc.sentences.length,
      mentions: doc.mentions.filter((m) => m.entity >= 0).length,
      relations: doc.relations.length,
      statements: doc.statements.length,
    });
    expect(conn.prepare('SELECT title, text FROM articles').all()).toEqual([{ title: 'New', text: NEW }]);
    expect(orphanFacts(conn)).toBe(0);
    conn.close();
  });

  it('replaces in one transaction: a failure half-way keeps the old version whole', () => {
    const conn = new Database(':memory:');
    conn.exec(schema);
    conn.pragma('foreign_keys = ON');
    storeDocument(conn, runPipeline({ id: 'story-1', text: OLD }));
    const before = storedCounts(conn).get('story-1');
    const broken = runPipeline({ id: 'story-1', text: NEW });
    expect(broken.statements.length).toBeGreaterThan(0);
    broken.statements[broken.statements.length - 1].speaker = 999; // no such entity: the last insert fails
    expect(() => storeDocument(conn, broken)).toThrow();
    expect(conn.prepare('SELECT ext_id, text FROM articles').all()).toEqual([{ ext_id: 'story-1', text: OLD }]);
    expect(storedCounts(conn).get('story-1')).toEqual(before);
    expect(orphanFacts(conn)).toBe(0);
    conn.close();
  });

  it('stores nothing of a new article whose store fails half-way', () => {
    const conn = new Database(':memory:');
    conn.exec(schema);
    const broken = runPipeline({ id: 'story-2', text: NEW });
    broken.statements[0].speaker = 999;
    expect(() => storeDocument(conn, broken)).toThrow();
    for (const t of ['articles', 'sentences', 'mentions', 'relations', 'statements', 'entities', 'aliases']) {
      expect(conn.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    }
    conn.close();
  });
});
