import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleCount, ensureBuilt, expectedCounts, orphanFacts, sleep, spawnIngest, storedCounts, writeBatch } from './helpers.js';

const N = 250;

beforeAll(() => ensureBuilt(), 120_000);

/** Checks the database: integrity, no orphan rows, and every stored article complete. */
function checkStore(db: string): Map<string, unknown> {
  const conn = new Database(db);
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
    expect(orphanFacts(conn)).toBe(0);
    const stored = storedCounts(conn);
    for (const [id, counts] of stored) {
      const i = Number(id.replace('gen-', ''));
      expect(counts, `article ${id}`).toEqual(expectedCounts(i));
      expect(counts.sentences).toBeGreaterThan(0);
      expect(counts.mentions).toBeGreaterThan(0);
      expect(counts.statements).toBeGreaterThan(0);
    }
    return stored;
  } finally {
    conn.close();
  }
}

describe('crash safety', () => {
  it('survives SIGKILL in the middle of a batch; a re-run completes it with no duplicates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-crash-'));
    const db = join(dir, 'crash.db');
    const batch = join(dir, 'batch.jsonl');
    writeBatch(batch, N);
    const child = spawnIngest([batch, '--db', db]);
    let seen = -1;
    while ((seen = articleCount(db)) < 12) {
      if (child.exitCode !== null) throw new Error('ingest finished before it could be killed');
      await sleep(5);
    }
    child.kill('SIGKILL');
    const killed = await child.done;
    expect(killed.signal).toBe('SIGKILL');

    const before = checkStore(db).size;
    expect(before).toBeGreaterThanOrEqual(seen);
    expect(before).toBeLessThan(N);

    const rerun = await spawnIngest([batch, '--db', db, '--json']).done;
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ added: N - before, unchanged: before, replaced: 0, failed: 0 });
    const after = checkStore(db);
    expect(after.size).toBe(N);
  });
});
