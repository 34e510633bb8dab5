/** Relation scoring: a relation counts when head span, tail span and type all match. */
import { REL_TYPES, type RelType } from './types.js';

export interface SpanRelation {
  head: [number, number];
  tail: [number, number];
  type: RelType;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export type RelScores = Record<RelType | 'micro', Prf>;

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const key = (x: SpanRelation): string => `${x.type}|${x.head[0]},${x.head[1]}|${x.tail[0]},${x.tail[1]}`;

/** Micro and per-type P/R/F1 over parallel lists of sentences. */
export function scoreRelations(gold: SpanRelation[][], pred: SpanRelation[][]): RelScores {
  const c = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const t of [...REL_TYPES, 'micro']) c.set(t, { tp: 0, fp: 0, fn: 0 });
  gold.forEach((g, i) => {
    const gk = new Set(g.map(key));
    const pk = new Set((pred[i] ?? []).map(key));
    for (const x of pk) {
      const t = x.split('|')[0];
      const hit = gk.has(x);
      for (const k of [t, 'micro']) {
        const e = c.get(k)!;
        if (hit) e.tp++;
        else e.fp++;
      }
    }
    for (const x of gk) {
      if (pk.has(x)) continue;
      for (const k of [x.split('|')[0], 'micro']) c.get(k)!.fn++;
    }
  });
  const out = {} as RelScores;
  for (const [k, v] of c) out[k as RelType | 'micro'] = prf(v.tp, v.fp, v.fn);
  return out;
}

/** A fixed-width table of the scores, one line per type then micro. */
export function formatScores(s: RelScores): string {
  const lines = ['type          P      R      F1     tp   fp   fn'];
  for (const k of [...REL_TYPES, 'micro'] as const) {
    const v = s[k];
    const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
    lines.push(`${k.padEnd(12)} ${pct(v.p)}  ${pct(v.r)}  ${pct(v.f1)}  ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}`);
  }
  return lines.join('\n');
}
