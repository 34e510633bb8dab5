// Human tables, the --json summary, and the error lists written to eval/out/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorRow, Row, SetResult } from './report-types.js';

const pct = (x: number): string => (100 * x).toFixed(1);

/** One aligned text table for a set. */
export function formatTable(r: SetResult): string {
  const head = ['measure', 'P', 'R', 'F1', 'acc', 'tp/correct', 'pred', 'gold/total'];
  const body = r.rows.map((row: Row) => {
    if (row.prf) {
      const x = row.prf;
      return [row.measure, pct(x.p), pct(x.r), pct(x.f1), '', String(x.tp), String(x.pred), String(x.gold)];
    }
    const a = row.acc!;
    return [row.measure, '', '', '', pct(a.value), String(a.correct), '', String(a.total)];
  });
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ').trimEnd();
  const speed = r.seconds > 0 ? `${Math.round(r.tokens / r.seconds)} tok/s` : '-';
  const out = [
    `== ${r.set}: ${r.docs} ${r.set === 'conll04' ? 'sentences' : 'documents'}, ${r.tokens} tokens, ${r.seconds.toFixed(1)} s in extract (${speed})`,
    line(head),
    line(w.map((n) => '-'.repeat(n))),
    ...body.map(line),
    ...r.notes.map((n) => `note: ${n}`),
  ];
  return out.join('\n');
}

/** The machine summary: per set, measure -> numbers (fractions in [0, 1]). */
export function jsonSummary(results: SetResult[], speed: { tokens: number; seconds: number; cpu_seconds?: number }, commit: string): unknown {
  const sets: Record<string, unknown> = {};
  for (const r of results) {
    const rows: Record<string, unknown> = {};
    for (const row of r.rows) rows[row.measure] = row.prf ?? row.acc;
    sets[r.set] = { docs: r.docs, tokens: r.tokens, seconds: r.seconds, measures: rows, notes: r.notes };
  }
  return {
    commit,
    sets,
    speed: {
      ...speed,
      tokens_per_second: speed.seconds > 0 ? speed.tokens / speed.seconds : 0,
      ...(speed.cpu_seconds ? { tokens_per_cpu_second: speed.tokens / speed.cpu_seconds } : {}),
    },
  };
}

function formatError(e: ErrorRow): string {
  return [`[${e.kind}] ${e.doc}`, `  text: ${e.text}`, `  pred: ${e.pred}`, `  gold: ${e.gold}`].join('\n');
}

/**
 * Writes eval/out/<set>/<class>.txt (false negatives, then false positives, then wrong values) and
 * eval/out/<set>/errors.jsonl with every row. Returns the files written.
 */
export function writeErrors(outDir: string, r: SetResult): string[] {
  const dir = join(outDir, r.set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const byCls = new Map<string, ErrorRow[]>();
  for (const e of r.errors) byCls.set(e.cls, [...(byCls.get(e.cls) ?? []), e]);
  const files: string[] = [];
  const order = { FN: 0, FP: 1, WRONG: 2 } as const;
  for (const [cls, rows] of [...byCls.entries()].sort()) {
    rows.sort((a, b) => order[a.kind] - order[b.kind]);
    const count = (k: string): number => rows.filter((x) => x.kind === k).length;
    const header = `# ${r.set} / ${cls}: ${count('FN')} false negatives, ${count('FP')} false positives, ${count('WRONG')} wrong values\n`;
    const f = join(dir, `${cls.replace(/[^\w.-]+/g, '_')}.txt`);
    writeFileSync(f, `${header}\n${rows.map(formatError).join('\n\n')}\n`);
    files.push(f);
  }
  const jf = join(dir, 'errors.jsonl');
  writeFileSync(jf, r.errors.map((e) => JSON.stringify(e)).join('\n') + (r.errors.length ? '\n' : ''));
  files.push(jf);
  return files;
}
