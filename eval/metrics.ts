// Generic scoring helpers: P/R/F1, word tokens with offsets, token-overlap, one-to-one matching.

export interface PRF {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

/** Precision, recall and F1 in [0, 1]; an empty denominator gives 0. */
export function prf(tp: number, pred: number, gold: number): PRF {
  const p = pred > 0 ? tp / pred : 0;
  const r = gold > 0 ? tp / gold : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { tp, pred, gold, p, r, f1 };
}

/** Sums counts and recomputes P/R/F1 (micro average). */
export function microPrf(parts: PRF[]): PRF {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const x of parts) {
    tp += x.tp;
    pred += x.pred;
    gold += x.gold;
  }
  return prf(tp, pred, gold);
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased runs of letters and digits, with their offsets (UTF-16) into `text`. */
export function wordTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0].toLowerCase() });
  }
  return out;
}

/**
 * Indices of the tokens that a character span touches (a token partly inside counts).
 * `tokens` must be sorted by offset, as `wordTokens` returns them.
 */
export function tokensInSpan(tokens: Token[], start: number, end: number): number[] {
  const out: number[] = [];
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i].start < end; i++) out.push(i);
  return out;
}

/** Union of the token indices of several spans, sorted. */
export function tokensInSpans(tokens: Token[], spans: ReadonlyArray<readonly [number, number]>): number[] {
  const set = new Set<number>();
  for (const [s, e] of spans) for (const i of tokensInSpan(tokens, s, e)) set.add(i);
  return [...set].sort((a, b) => a - b);
}

export interface Overlap {
  shared: number;
  /** shared / predicted tokens */
  ofPred: number;
  /** shared / gold tokens */
  ofGold: number;
}

/** Overlap of two sets of token positions. */
export function tokenOverlap(pred: readonly number[], gold: readonly number[]): Overlap {
  const g = new Set(gold);
  let shared = 0;
  for (const i of new Set(pred)) if (g.has(i)) shared++;
  return {
    shared,
    ofPred: pred.length > 0 ? shared / pred.length : 0,
    ofGold: gold.length > 0 ? shared / gold.length : 0,
  };
}

/** Dice coefficient of the two sets (harmonic mean of ofPred and ofGold); ranks candidate pairs. */
export function overlapScore(o: Overlap): number {
  return o.ofPred + o.ofGold > 0 ? (2 * o.ofPred * o.ofGold) / (o.ofPred + o.ofGold) : 0;
}

/** The statement rule: at least `threshold` of the predicted tokens AND of the gold tokens are shared. */
export function overlapMatches(o: Overlap, threshold = 0.3): boolean {
  return o.shared > 0 && o.ofPred >= threshold && o.ofGold >= threshold;
}

export interface Pair {
  pred: number;
  gold: number;
}

/**
 * One-to-one greedy matching. `score(p, g)` returns undefined when the pair may not match, else
 * a list of numbers compared lexicographically (higher is better). Pairs are taken best first;
 * ties keep the earlier prediction and earlier gold item.
 */
export function greedyMatch(
  nPred: number,
  nGold: number,
  score: (p: number, g: number) => number[] | undefined,
): Pair[] {
  const cands: { p: number; g: number; s: number[] }[] = [];
  for (let p = 0; p < nPred; p++) {
    for (let g = 0; g < nGold; g++) {
      const s = score(p, g);
      if (s) cands.push({ p, g, s });
    }
  }
  cands.sort((a, b) => {
    for (let i = 0; i < Math.max(a.s.length, b.s.length); i++) {
      const d = (b.s[i] ?? 0) - (a.s[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.p - b.p || a.g - b.g;
  });
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Pair[] = [];
  for (const c of cands) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    out.push({ pred: c.p, gold: c.g });
  }
  return out.sort((a, b) => a.pred - b.pred);
}

/**
 * Maximum one-to-one matching (augmenting paths) where `ok(p, g)` says which pairs may match.
 * Used where a match is all-or-nothing (names, spans), so the count is the best possible.
 */
export function maxMatch(nPred: number, nGold: number, ok: (p: number, g: number) => boolean): Pair[] {
  const adj: number[][] = [];
  for (let p = 0; p < nPred; p++) {
    const row: number[] = [];
    for (let g = 0; g < nGold; g++) if (ok(p, g)) row.push(g);
    adj.push(row);
  }
  const goldTo = new Array<number>(nGold).fill(-1);
  const tryAug = (p: number, seen: boolean[]): boolean => {
    for (const g of adj[p]) {
      if (seen[g]) continue;
      seen[g] = true;
      if (goldTo[g] < 0 || tryAug(goldTo[g], seen)) {
        goldTo[g] = p;
        return true;
      }
    }
    return false;
  };
  for (let p = 0; p < nPred; p++) if (adj[p].length > 0) tryAug(p, new Array<boolean>(nGold).fill(false));
  const out: Pair[] = [];
  goldTo.forEach((p, g) => {
    if (p >= 0) out.push({ pred: p, gold: g });
  });
  return out.sort((a, b) => a.pred - b.pred);
}

/** Name comparison key: case, curly apostrophes/quotes, spacing and a leading "the" do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** True when the two name lists share a name (by `nameKey`). */
export function namesMeet(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(nameKey));
  return b.some((n) => keys.has(nameKey(n)));
}

/** Whitespace tokens, the unit of the speed figure. */
export function whitespaceTokenCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
