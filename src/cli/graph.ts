import { InvalidArgumentError, type Command } from 'commander';
import { EDGE_KINDS, type EdgeKind } from '../graph/types.js';
import { openGraph, type NewsGraph } from '../graph/index.js';
import { dbPath, type Context } from './context.js';

/** Opens the store as a NewsGraph for a query command and always closes it. */
export function withGraph<T>(ctx: Context, opts: { db?: string }, fn: (g: NewsGraph) => T): T {
  const g = openGraph(dbPath(ctx, opts));
  try {
    return fn(g);
  } finally {
    g.close();
  }
}


/** --edge said,relation,co-mention (a comma-separated list). */
export function parseEdges(v: string): EdgeKind[] {
  const kinds = v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(EDGE_KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) throw new InvalidArgumentError(`--edge takes ${EDGE_KINDS.join(', ')} (comma-separated), got "${v}"`);
  return [...new Set(kinds)] as EdgeKind[];
}

export function parsePositive(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${v}"`);
  return n;
}

export function parseDate(v: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(v)) throw new InvalidArgumentError(`expected an ISO 8601 date such as 2024-05-01, got "${v}"`);
  return v;
}

/** --since and --until, shared by every query command. */
export function dateOptions(cmd: Command): Command {
  return cmd
    .option('--since <date>', 'only facts from articles published on or after this date (ISO 8601)', parseDate)
    .option('--until <date>', 'only facts from articles published on or before this date', parseDate);
}
