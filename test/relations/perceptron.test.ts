import { describe, expect, it } from 'vitest';
import { WeightTable } from '../../src/relations/perceptron.js';

describe('relations/WeightTable.margin', () => {
  const table = new WeightTable(3, new Map([
    ['a', Float32Array.of(0.5, 1.25, -2)],
    ['b', Float32Array.of(-1, 0.1, 3)],
  ]));

  it.each([
    [['a'], 1, 0.75],
    [['a', 'b'], 2, -2.5 + 4],
    [['b', 'missing', 'b'], 1, 2 * (Math.fround(0.1) + 1)],
    [[], 1, 0],
  ])('sums row[cls] - row[0] over %j for class %i', (feats, cls, want) => {
    expect(table.margin(feats as string[], cls as number)).toBe(want);
  });

  it('equals the sum over the rows in feature order, to the last bit', () => {
    const feats = ['b', 'a', 'b', 'x', 'a'];
    let m = 0;
    for (const f of feats) {
      const row = table.rows.get(f);
      if (row) m += row[2] - row[0];
    }
    expect(table.margin(feats, 2)).toBe(m);
  });
});
