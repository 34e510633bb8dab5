import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';
import { articleCount, ensureBuilt, expectedCounts, orphanFacts, sleep, spawnIngest, storedCounts, writeBatch } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

describe('concurrency (WAL)', () => {
  it('answers queries while an ingest writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-conc-'));
    const db = join(dir, 'c.db');
    writeBatch(join(dir, 'batch.jsonl'), 150);
    const child = spawnIngest([join(dir, 'batch.jsonl'), '--db', db]);
    while (articleCount(db) < 1) await sleep(5);
    const counts: number[] = [];
    while (child.exitCode === null) {
      const s = await cli(['stats', '--db', db, '--json']);
      expect(s.code).toBe(0);
      counts.push(JSON.parse(s.stdout).articles);
      const said = await cli(['said', '--by', 'John Smith', '--limit', '3', '--db', db, '--json']);
      expect(said.code).toBe(0);
      await sleep(20);
    }
    expect((await child.done).code).toBe(0);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b)); // reads see whole articles, in order
    expect(counts[0]).toBeLessThan(150);
  });

  it('serialises two ingests into one database: both succeed, nothing duplicated or corrupt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-conc-'));
    const db = join(dir, 'c.db');
    writeBatch(join(dir, 'a.jsonl'), 80, 0); // articles 0..79
    writeBatch(join(dir, 'b.jsonl'), 80, 40); // articles 40..119: half of them in both batches
    const [a, b] = await Promise.all([spawnIngest([join(dir, 'a.jsonl'), '--db', db, '--json']).done, spawnIngest([join(dir, 'b.jsonl'), '--db', db, '--json']).done]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    const ra = JSON.parse(a.stdout);
    const rb = JSON.parse(b.stdout);
    expect(ra.added + rb.added).toBe(120);
    expect(ra.added + ra.unchanged + rb.added + rb.unchanged).toBe(160);
    const conn = new Database(db, { readonly: true });
    try {
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(orphanFacts(conn)).toBe(0);
      const stored = storedCounts(conn);
      expect(stored.size).toBe(120);
      for (const [id, c] of stored) expect(c, id).toEqual(expectedCounts(Number(id.slice(4))));
      // entities merge across both writers: one John Smith, not one per process
      expect(conn.prepare("SELECT count(*) AS n FROM entities WHERE name = 'John Smith'").get()).toEqual({ n: 1 });
    } finally {
      conn.close();
    }
  });

  it('fails with a clear message, and no damage, when the database stays locked past the busy timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-conc-'));
    const db = join(dir, 'c.db');
    writeBatch(join(dir, 'a.jsonl'), 3);
    expect((await cli(['ingest', join(dir, 'a.jsonl'), '--db', db])).code).toBe(0);
    writeBatch(join(dir, 'b.jsonl'), 3, 3);
    const locker = new Database(db);
    locker.pragma('busy_timeout = 0');
    locker.exec('BEGIN IMMEDIATE'); // another writer holding the lock
    try {
      const r = await cli(['ingest', join(dir, 'b.jsonl'), '--db', db, '--busy-timeout', '200']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: the database is busy: another process kept it locked past the busy timeout/m);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    const again = await cli(['ingest', join(dir, 'b.jsonl'), '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 3, failed: 0 });
  });
});
