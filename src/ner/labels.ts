// BILOU labels over four entity types.
import type { NerLabel } from './types.js';

export const TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const N_LABELS = 1 + TYPES.length * 4;
// position within a type: 0 B, 1 I, 2 L, 3 U
export const LABEL_NAMES: readonly string[] = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
export function labelPos(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}
export function makeLabel(type: number, pos: number): number {
  return 1 + type * 4 + pos;
}

/** valid[prev * N_LABELS + cur]; prev = 0 (O) also stands for the sentence start. */
export const VALID: Uint8Array = (() => {
  const v = new Uint8Array(N_LABELS * N_LABELS);
  for (let p = 0; p < N_LABELS; p++) {
    for (let c = 0; c < N_LABELS; c++) {
      const pp = labelPos(p);
      const pt = labelType(p);
      const cp = labelPos(c);
      const ct = labelType(c);
      const open = pp === 0 || pp === 1; // B or I: inside a span
      let ok: boolean;
      if (open) ok = ct === pt && (cp === 1 || cp === 2);
      else ok = c === 0 || cp === 0 || cp === 3;
      v[p * N_LABELS + c] = ok ? 1 : 0;
    }
  }
  return v;
})();

/** Converts spans [start, end, type] of one sentence to BILOU label ids. */
export function spansToLabels(n: number, spans: Array<[number, number, number]>): Uint8Array {
  const out = new Uint8Array(n);
  for (const [s, e, t] of spans) {
    if (e - s === 1) out[s] = makeLabel(t, 3);
    else {
      out[s] = makeLabel(t, 0);
      for (let i = s + 1; i < e - 1; i++) out[i] = makeLabel(t, 1);
      out[e - 1] = makeLabel(t, 2);
    }
  }
  return out;
}

/** Reads spans back from BILOU labels (tolerant of broken sequences). */
export function labelsToSpans(labels: ArrayLike<number>): Array<[number, number, number]> {
  const spans: Array<[number, number, number]> = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const t = labelType(l);
    const p = labelPos(l);
    if (start >= 0 && (t !== type || p === 0 || p === 3)) {
      spans.push([start, i, type]);
      start = -1;
    }
    if (t < 0) continue;
    if (p === 3) spans.push([i, i + 1, t]);
    else if (start < 0) { start = i; type = t; }
    if (p === 2 && start >= 0) {
      spans.push([start, i + 1, type]);
      start = -1;
    }
  }
  if (start >= 0) spans.push([start, labels.length, type]);
  return spans;
}
