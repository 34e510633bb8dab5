import { InvalidArgumentError } from 'commander';

/** Parses `--jobs N`: a positive integer. */
export function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--jobs must be a positive integer, got "${v}"`);
  return n;
}
