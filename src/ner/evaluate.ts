// Exact-span precision / recall / F1 per type.
import { TYPES } from './labels.js';
import type { NerDoc } from './conll.js';
import type { NerSpan, NerTagger } from './types.js';

export interface TypeScore { tp: number; fp: number; fn: number; p: number; r: number; f1: number }
export type Scores = Record<string, TypeScore>;

export function score(gold: Array<Array<[number, number, number]>>, pred: Array<Array<[number, number, number]>>): Scores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...TYPES, 'PER+ORG+LOC', 'ALL']) counts[t] = { tp: 0, fp: 0, fn: 0 };
  const groups = (t: number): string[] => [TYPES[t], 'ALL', ...(t < 3 ? ['PER+ORG+LOC'] : [])];
  gold.forEach((g, s) => {
    const gs = new Set(g.map((x) => x.join(',')));
    const ps = new Set(pred[s].map((x) => x.join(',')));
    for (const x of pred[s]) for (const k of groups(x[2])) counts[k][gs.has(x.join(',')) ? 'tp' : 'fp']++;
    for (const x of g) if (!ps.has(x.join(','))) for (const k of groups(x[2])) counts[k].fn++;
  });
  const out: Scores = {};
  for (const [k, { tp, fp, fn }] of Object.entries(counts)) {
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    out[k] = { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return out;
}

export function spansOf(spans: NerSpan[]): Array<[number, number, number]> {
  return spans.map((s) => [s.start, s.end, TYPES.indexOf(s.label)]);
}

/** Tags each document with the CoNLL tokens as given and scores the result. */
export function evaluateDocs(tagger: NerTagger, docs: NerDoc[]): Scores {
  const gold: Array<Array<[number, number, number]>> = [];
  const pred: Array<Array<[number, number, number]>> = [];
  for (const d of docs) {
    const out = tagger.tagDocument(d.sentences);
    d.spans.forEach((g, i) => {
      gold.push(g);
      pred.push(spansOf(out[i]));
    });
  }
  return score(gold, pred);
}

export function formatScores(s: Scores): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const lines = ['type          P       R      F1   gold'];
  for (const [k, v] of Object.entries(s)) lines.push(`${k.padEnd(12)} ${pct(v.p)} ${pct(v.r)} ${pct(v.f1)} ${String(v.tp + v.fn).padStart(6)}`);
  return lines.join('\n');
}
