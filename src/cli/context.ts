import { InvalidArgumentError, type Command } from 'commander';
import { openStore, type DB } from '../store/open.js';
import type { IO } from './io.js';

/** What a command needs: io, the database path resolution, and a place to put its exit code. */
export interface Context {
  io: IO;
  exitCode: number;
  /** Async work a command started; main awaits it. */
  pending?: Promise<void>;
}

export function dbPath(ctx: Context, opts: { db?: string }): string {
  return opts.db ?? ctx.io.env.NEWSGRAPH_DB ?? './newsgraph.db';
}

/** Opens the store for a command and always closes it. */
export function withStore<T>(ctx: Context, opts: { db?: string; busyTimeout?: number }, fn: (db: DB) => T, readonly = false): T {
  const db = openStore(dbPath(ctx, opts), { readonly, busyTimeout: opts.busyTimeout });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The options every command shares. */
export function common(cmd: Command): Command {
  return cmd.option('--db <file>', 'database file (default ./newsgraph.db or $NEWSGRAPH_DB)').option('--json', 'machine-readable JSON on stdout');
}

export function parseLimit(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`--limit must be a non-negative integer, got "${v}"`);
  return n;
}

/** Opens the store for an asynchronous command and closes it when the work settles. */
export async function withStoreAsync<T>(ctx: Context, opts: { db?: string; busyTimeout?: number }, fn: (db: DB) => Promise<T>): Promise<T> {
  const db = openStore(dbPath(ctx, opts), { busyTimeout: opts.busyTimeout });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}
