/**
 * A multiclass averaged perceptron over sparse string features, where each example allows only
 * some classes (here: NONE and the one relation type its type signature admits).
 */
export class AveragedPerceptron {
  readonly nClasses: number;
  private readonly index = new Map<string, number>();
  private w: number[] = [];
  private totals: number[] = [];
  private stamps: number[] = [];
  private step = 0;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
  }

  private id(feat: string, grow: boolean): number {
    let i = this.index.get(feat);
    if (i === undefined) {
      if (!grow) return -1;
      i = this.index.size;
      this.index.set(feat, i);
      for (let c = 0; c < this.nClasses; c++) {
        this.w.push(0);
        this.totals.push(0);
        this.stamps.push(0);
      }
    }
    return i;
  }

  scores(feats: string[]): number[] {
    const s = new Array<number>(this.nClasses).fill(0);
    for (const f of feats) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      const base = i * this.nClasses;
      for (let c = 0; c < this.nClasses; c++) s[c] += this.w[base + c];
    }
    return s;
  }

  /** One online step; returns true when the example was misclassified. */
  train(feats: string[], gold: number, allowed: number[]): boolean {
    this.step++;
    const s = this.scores(feats);
    let pred = allowed[0];
    for (const c of allowed) if (s[c] > s[pred] || (s[c] === s[pred] && c < pred)) pred = c;
    if (pred === gold) return false;
    for (const f of feats) {
      const i = this.id(f, true);
      this.bump(i * this.nClasses + gold, 1);
      this.bump(i * this.nClasses + pred, -1);
    }
    return true;
  }

  private bump(k: number, delta: number): void {
    this.totals[k] += (this.step - this.stamps[k]) * this.w[k];
    this.stamps[k] = this.step;
    this.w[k] += delta;
  }

  /** The averaged weights as a frozen table (the training state is left untouched). */
  averaged(): WeightTable {
    const nc = this.nClasses;
    const table = new Map<string, Float64Array>();
    for (const [feat, i] of this.index) {
      const row = new Float64Array(nc);
      let any = false;
      for (let c = 0; c < nc; c++) {
        const k = i * nc + c;
        const total = this.totals[k] + (this.step - this.stamps[k]) * this.w[k];
        row[c] = this.step > 0 ? total / this.step : 0;
        if (Math.abs(row[c]) > 1e-6) any = true;
      }
      if (any) table.set(feat, row);
    }
    return new WeightTable(nc, table);
  }
}

/** Frozen weights: feature -> one weight per class. */
export class WeightTable {
  /**
   * For margin(), built on its first call: feature -> index into `diffs`, where
   * diffs[index * nClasses + c] = row[c] - row[0] (the same float64 difference margin() adds).
   */
  private marginIndex?: Map<string, number>;
  private diffs?: Float64Array;

  constructor(
    readonly nClasses: number,
    readonly rows: Map<string, Float64Array | Float32Array>,
  ) {}

  scores(feats: string[]): number[] {
    const s = new Array<number>(this.nClasses).fill(0);
    for (const f of feats) {
      const row = this.rows.get(f);
      if (!row) continue;
      for (let c = 0; c < this.nClasses; c++) s[c] += row[c];
    }
    return s;
  }

  /**
   * score(cls) - score(class 0) without the other classes: the sum, in feature order, of
   * row[cls] - row[0] over the features that have a row. The differences are read from one flat
   * array (one look-up and one load per feature instead of a row object per feature).
   */
  margin(feats: string[], cls: number): number {
    if (!this.marginIndex) this.indexMargins();
    const index = this.marginIndex!;
    const diffs = this.diffs!;
    const nc = this.nClasses;
    let m = 0;
    for (let k = 0; k < feats.length; k++) {
      const i = index.get(feats[k]);
      if (i !== undefined) m += diffs[i * nc + cls];
    }
    return m;
  }

  /** Index of a feature in the margin differences, or -1 when it has no weights. */
  featureIndex(feat: string): number {
    if (!this.marginIndex) this.indexMargins();
    return this.marginIndex!.get(feat) ?? -1;
  }

  /** row[cls] - row[0] of the feature at `index` (from featureIndex). */
  marginDiff(index: number, cls: number): number {
    return this.diffs![index * this.nClasses + cls];
  }

  private indexMargins(): void {
    const nc = this.nClasses;
    const index = new Map<string, number>();
    const diffs = new Float64Array(this.rows.size * nc);
    let i = 0;
    for (const [f, row] of this.rows) {
      index.set(f, i);
      for (let c = 0; c < nc; c++) diffs[i * nc + c] = row[c] - row[0];
      i++;
    }
    this.marginIndex = index;
    this.diffs = diffs;
  }

  /** Multiply every weight (used to bring averaged weights to a unit scale). */
  scaled(k: number): WeightTable {
    const rows = new Map<string, Float32Array>();
    for (const [f, r] of this.rows) rows.set(f, Float32Array.from(r, (x) => x * k));
    return new WeightTable(this.nClasses, rows);
  }
}

/** A small deterministic PRNG for reproducible shuffles. */
import { mulberry32 as rng } from '../random.js';
export { rng };

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
