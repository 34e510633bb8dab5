import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { process as runPipeline } from '../../src/pipeline/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'dist', 'cli', 'bin.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const fresh = () => existsSync(BIN) && statSync(BIN).mtimeMs >= newest(join(ROOT, 'src'));

/**
 * Builds dist/ with tsc when it is missing or older than src/ (CI builds it in `npm ci`). Test files
 * run in parallel: one builds (holding a lock folder), the others wait for it.
 */
export async function ensureBuilt(): Promise<void> {
  if (fresh()) return;
  const lock = join(tmpdir(), `newsgraph-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}.lock`);
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true }); // a stale lock
      await sleep(200);
      if (fresh()) return;
    }
  }
  try {
    if (fresh()) return;
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tsc failed:\n${r.stdout}${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const PEOPLE = ['John Smith', 'Maria Keller', 'Ahmed Khan', 'Anna Kowalska', 'Pierre Dupont', 'Grace Mensah', 'Carlos Rivera'];
const PLACES = ['Geneva', 'Paris', 'Warsaw', 'Nairobi', 'Lima', 'Oslo'];
const ORGS = ['the United Nations', 'the World Bank', 'the European Commission', 'the African Union'];

/** A generated article: every one has named people, places and at least one statement. */
export function article(i: number): { id: string; title: string; text: string } {
  const p = PEOPLE[i % PEOPLE.length];
  const q = PEOPLE[(i * 3 + 1) % PEOPLE.length];
  const place = PLACES[i % PLACES.length];
  const org = ORGS[i % ORGS.length];
  const text =
    `${p}, a spokesman for ${org}, said on Monday that the talks in ${place} would resume after ${i + 2} days. ` +
    `"We are hopeful," ${p.split(' ')[1]} told reporters. ${q} warned that the agreement could still fail. ` +
    `Officials in ${place} declined to comment on report number ${i}.`;
  return { id: `gen-${i}`, title: `Talks resume (${i})`, text };
}

/** Writes `n` generated articles as one .jsonl file. */
export function writeBatch(file: string, n: number, from = 0): void {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++) lines.push(JSON.stringify(article(i)));
  writeFileSync(file, lines.join('\n') + '\n');
}

/** Starts `newsgraph ingest` as a separate process. */
export function spawnIngest(args: string[]): ChildProcess & { done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, [BIN, 'ingest', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>((ok) =>
    child.on('close', (code, signal) => ok({ code, signal, stderr, stdout })),
  );
  return Object.assign(child, { done });
}

/** Number of stored articles, or -1 while the database or its tables do not exist yet. */
export function articleCount(db: string): number {
  if (!existsSync(db)) return -1;
  let conn: Database.Database | undefined;
  try {
    conn = new Database(db, { readonly: true, fileMustExist: true });
    return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return -1;
  } finally {
    conn?.close();
  }
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export interface FactCounts {
  sentences: number;
  mentions: number;
  relations: number;
  statements: number;
}

/** What the pipeline makes of generated article i. */
export function expectedCounts(i: number): FactCounts {
  const doc = runPipeline(article(i));
  return {
    sentences: doc.sentences.length,
    mentions: doc.mentions.filter((m) => m.entity >= 0).length,
    relations: doc.relations.length,
    statements: doc.statements.length,
  };
}

/** The facts stored for each article, by its external id. */
export function storedCounts(conn: Database.Database): Map<string, FactCounts> {
  const rows = conn
    .prepare<[], { ext_id: string } & FactCounts>(
      `SELECT a.ext_id,
        (SELECT count(*) FROM sentences WHERE article_id = a.id) AS sentences,
        (SELECT count(*) FROM mentions WHERE article_id = a.id) AS mentions,
        (SELECT count(*) FROM relations WHERE article_id = a.id) AS relations,
        (SELECT count(*) FROM statements WHERE article_id = a.id) AS statements
       FROM articles a`,
    )
    .all();
  return new Map(rows.map(({ ext_id, ...c }) => [ext_id, c]));
}

/** Rows whose article is gone (a half-deleted article). */
export function orphanFacts(conn: Database.Database): number {
  let n = 0;
  for (const t of ['sentences', 'mentions', 'relations', 'statements']) {
    n += (conn.prepare(`SELECT count(*) AS n FROM ${t} WHERE article_id NOT IN (SELECT id FROM articles)`).get() as { n: number }).n;
  }
  n += (conn.prepare('SELECT count(*) AS n FROM statement_about WHERE statement_id NOT IN (SELECT id FROM statements)').get() as { n: number }).n;
  return n;
}
