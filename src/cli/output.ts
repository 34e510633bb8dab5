/** Shared output helpers: human tables on stdout, JSON, JSON lines or CSV for scripts. */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

export function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** A plain text table with a header row; columns padded to their widest cell. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => String(c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n') + '\n';
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The output formats every query command shares: a table for people, JSON, JSON lines or CSV for scripts. */
export type Format = 'table' | 'json' | 'jsonl' | 'csv';

export interface FormatOptions {
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
}

/** Adds --jsonl and --csv (commands get --json from `common`). */
export function formatOptions(cmd: Command): Command {
  return cmd.option('--jsonl', 'one JSON object per line').option('--csv', 'CSV with a header row');
}

export function formatOf(opts: FormatOptions): Format {
  const chosen = (['json', 'jsonl', 'csv'] as const).filter((f) => opts[f]);
  if (chosen.length > 1) throw new UsageError(`choose one output format, not ${chosen.map((f) => `--${f}`).join(' and ')}`);
  return chosen[0] ?? 'table';
}

type Cell = string | number | boolean | null;

/**
 * One flat record per row for CSV: nested objects become dotted columns (speaker.name),
 * lists of names or values are joined with "; ", other lists become JSON.
 */
export function flatten(value: Record<string, unknown>, prefix = '', out: Record<string, Cell> = {}): Record<string, Cell> {
  for (const [k, v] of Object.entries(value)) {
    const key = prefix + k;
    if (v === null || v === undefined) out[key] = null;
    else if (Array.isArray(v)) {
      if (v.every((x) => x === null || typeof x !== 'object')) out[key] = v.join('; ');
      else if (v.every((x) => x && typeof x === 'object' && 'name' in x)) out[key] = v.map((x) => (x as { name: string }).name).join('; ');
      else out[key] = JSON.stringify(v);
    } else if (typeof v === 'object') flatten(v as Record<string, unknown>, `${key}.`, out);
    else out[key] = v as Cell;
  }
  return out;
}

function csvCell(c: Cell): string {
  if (c === null) return '';
  const s = String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV: a header of every column seen (in order of first appearance), then one line per record. */
export function csv(rows: Record<string, unknown>[]): string {
  const flat = rows.map((r) => flatten(r));
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const r of flat) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), cols.push(k));
  return [cols.join(','), ...flat.map((r) => cols.map((c) => csvCell(r[c] ?? null)).join(','))].map((l) => l + '\r\n').join('');
}

export function jsonl(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r) + '\n').join('');
}

/**
 * Prints a command's answer in the chosen format: `value` as JSON, `records()` as JSON lines or CSV,
 * `table()` for people.
 */
export function emit(
  write: (s: string) => void,
  opts: FormatOptions,
  out: { value: unknown; records?: () => Record<string, unknown>[]; table: () => string },
): void {
  const f = formatOf(opts);
  if (f === 'json') write(json(out.value));
  else if (f === 'table') write(out.table());
  else {
    const rows = out.records ? out.records() : Array.isArray(out.value) ? (out.value as Record<string, unknown>[]) : [out.value as Record<string, unknown>];
    write(f === 'jsonl' ? jsonl(rows) : csv(rows));
  }
}
