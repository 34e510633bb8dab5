// Writes the "Ingest" section of docs/performance.md: each part of the benchmark (main, scale,
// stream) owns one marked block, so running one part leaves the others as they were.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = '## Ingest';
const INTRO = `${HEADER}

Measured by \`npm run bench -- ingest\` (bench/ingest.ts); nothing in it is committed but the figures. The corpus is built
from \`../shared/data\`: the 934 distinct PolNeAR articles (one copy per document, not per annotator) and the 10
news articles, repeated with distinct ids up to the requested count, so every copy is a new article to the store.
Tokens are newsgraph's tokens (wink-nlp tokens without whitespace). The machine is shared: wall-clock figures move
with the load of other jobs, so CPU time (all threads) is given too.
`;

/** Replaces (or adds) the block `name` inside the Ingest section of `file`. */
export function writeBlock(file: string, name: string, body: string): void {
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  if (!doc.includes(HEADER)) doc = doc.trimEnd() + '\n\n' + INTRO;
  const start = doc.indexOf(HEADER);
  const next = doc.indexOf('\n## ', start + HEADER.length);
  let section = next < 0 ? doc.slice(start) : doc.slice(start, next + 1);
  const open = `<!-- ingest:${name} -->`;
  const close = `<!-- /ingest:${name} -->`;
  const block = `${open}\n${body.trim()}\n${close}`;
  const a = section.indexOf(open);
  const b = section.indexOf(close);
  if (a >= 0 && b > a) section = section.slice(0, a) + block + section.slice(b + close.length);
  else {
    // order of blocks: main, scale, stream
    const order = ['main', 'scale', 'stream'];
    const later = order.slice(order.indexOf(name) + 1).map((n) => section.indexOf(`<!-- ingest:${n} -->`)).filter((i) => i >= 0);
    const at = later.length ? Math.min(...later) : section.trimEnd().length;
    section = section.slice(0, at).trimEnd() + '\n\n' + block + '\n\n' + section.slice(at).trimStart();
  }
  section = section.trimEnd() + '\n';
  doc = doc.slice(0, start) + section + (next < 0 ? '' : '\n' + doc.slice(next + 1));
  writeFileSync(file, doc.replace(/\n{3,}/g, '\n\n'));
}

/** A markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (r: (string | number)[]) => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The same table, aligned for a terminal. */
export function textTable(head: string[], rows: (string | number)[][]): string {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r, k) => r.map((c, i) => c.padEnd(w[i])).join('  ') + (k === 0 ? '\n' + w.map((x) => '-'.repeat(x)).join('  ') : '')).join('\n');
}

export const fmt = {
  int: (x: number) => Math.round(x).toLocaleString('en-US'),
  s: (ms: number) => (ms / 1000).toFixed(1),
  x: (r: number) => r.toFixed(2),
  pct: (r: number) => (r * 100).toFixed(1) + ' %',
};
