// Kills `newsgraph ingest` with SIGKILL at random points, again and again, checking the store after
// each kill; then lets a last run finish and checks that the batch is complete with no duplicates.
// Usage: [KILL_ARGS="--jobs 2"] npx tsx test/robustness/kill-loop.ts [kills=20] [articles=300]
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleCount, ensureBuilt, expectedCounts, orphanFacts, sleep, spawnIngest, storedCounts, writeBatch } from './helpers.js';

const kills = Number(process.argv[2] ?? 20);
const extra = (process.env.KILL_ARGS ?? '').split(' ').filter(Boolean); // e.g. KILL_ARGS="--jobs 2"
const n = Number(process.argv[3] ?? 300);
await ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'ng-killloop-'));
const db = join(dir, 'k.db');
const batch = join(dir, 'batch.jsonl');
writeBatch(batch, n);
const expected = new Map<string, ReturnType<typeof expectedCounts>>();
for (let i = 0; i < n; i++) expected.set(`gen-${i}`, expectedCounts(i));

function check(): { stored: number; problems: string[] } {
  const conn = new Database(db);
  try {
    const problems: string[] = [];
    const ic = conn.pragma('integrity_check', { simple: true });
    if (ic !== 'ok') problems.push(`integrity_check: ${ic}`);
    const orphans = orphanFacts(conn);
    if (orphans) problems.push(`${orphans} orphan fact rows`);
    const stored = storedCounts(conn);
    for (const [id, c] of stored) {
      if (JSON.stringify(c) !== JSON.stringify(expected.get(id))) problems.push(`${id}: stored ${JSON.stringify(c)}, expected ${JSON.stringify(expected.get(id))}`);
    }
    return { stored: stored.size, problems };
  } finally {
    conn.close();
  }
}

let bad = 0;
for (let k = 1; k <= kills; k++) {
  const child = spawnIngest([batch, '--db', db, ...extra]);
  const start = Math.max(0, articleCount(db));
  const wait = 20 + Math.floor(Math.random() * 300); // ms after the first new article
  while (articleCount(db) <= start && child.exitCode === null) await sleep(2);
  await sleep(wait);
  if (child.exitCode !== null) {
    console.log(`kill ${k}: the batch finished before the kill`);
    break;
  }
  child.kill('SIGKILL');
  await child.done;
  const { stored, problems } = check();
  if (problems.length) bad++;
  console.log(`kill ${k}: after ${wait} ms, ${stored}/${n} stored, ${problems.length ? problems.slice(0, 3).join('; ') : 'store consistent'}`);
}
const last = await spawnIngest([batch, '--db', db, '--json']).done;
const { stored, problems } = check();
console.log(`final run: exit ${last.code}, ${last.stdout.trim()}`);
console.log(`final store: ${stored}/${n} articles, ${problems.length ? problems.join('; ') : 'consistent, no duplicates'}; kills with problems: ${bad}`);
process.exitCode = bad || problems.length || stored !== n ? 1 : 0;
