// Both tagging passes in one table: one lookup of a static feature gives its weights for every pass.
import type { WeightView } from './decode.js';
import { N_LABELS } from './labels.js';
import { FeatTable } from './model.js';

/** One table for the static features of all passes: row r holds passes * N_LABELS weights. */
export function mergePasses(passes: WeightView[]): WeightView {
  const keys: number[] = [];
  for (const p of passes) p.table.forEach((k) => keys.push(k));
  const table = new FeatTable(keys.length);
  for (const k of keys) table.add(k);
  const W = passes.length * N_LABELS;
  const w = new Float32Array(table.size * W);
  passes.forEach((p, pi) => {
    p.table.forEach((key, row) => {
      const src = row * N_LABELS;
      const dst = table.get(key) * W + pi * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) w[dst + l] = p.w[src + l];
    });
  });
  return { table, w };
}
