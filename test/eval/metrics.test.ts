import { describe, expect, it } from 'vitest';
import {
  greedyMatch,
  maxMatch,
  microPrf,
  nameKey,
  namesMeet,
  overlapMatches,
  prf,
  tokenOverlap,
  tokensInSpan,
  whitespaceTokenCount,
  wordTokens,
} from '../../eval/metrics.js';

describe('eval/metrics prf', () => {
  it('computes P, R and F1 from counts', () => {
    expect(prf(3, 4, 6)).toEqual({ tp: 3, pred: 4, gold: 6, p: 0.75, r: 0.5, f1: 0.6 });
  });
  it('gives 0 on empty denominators', () => {
    expect(prf(0, 0, 0)).toEqual({ tp: 0, pred: 0, gold: 0, p: 0, r: 0, f1: 0 });
  });
  it('micro-averages by summing counts', () => {
    const m = microPrf([prf(1, 1, 2), prf(1, 3, 2)]);
    expect([m.tp, m.pred, m.gold, m.p, m.r]).toEqual([2, 4, 4, 0.5, 0.5]);
  });
});

describe('eval/metrics tokens', () => {
  it('lower-cases letter/digit runs with offsets', () => {
    expect(wordTokens('“Nebenzya’s” 2 U.S.')).toEqual([
      { start: 1, end: 9, text: 'nebenzya' },
      { start: 10, end: 11, text: 's' },
      { start: 13, end: 14, text: '2' },
      { start: 15, end: 16, text: 'u' },
      { start: 17, end: 18, text: 's' },
    ]);
  });
  it('counts tokens a span touches, partly or wholly', () => {
    const t = wordTokens('aa bb cc dd');
    expect(tokensInSpan(t, 3, 8)).toEqual([1, 2]);
    expect(tokensInSpan(t, 4, 7)).toEqual([1, 2]);
    expect(tokensInSpan(t, 2, 3)).toEqual([]);
  });
  it('counts whitespace tokens', () => {
    expect(whitespaceTokenCount('  a b\n\nc  ')).toBe(3);
    expect(whitespaceTokenCount('')).toBe(0);
  });
});

describe('eval/metrics overlap rule', () => {
  it.each([
    // pred tokens, gold tokens, matches?
    [[0, 1, 2], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], false], // 1/3 of pred but 1/10 of gold
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [7, 8, 9], true], // 3/10 of pred, 3/3 of gold
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [8, 9, 10], false], // 3/11 < 0.3 of pred
    [[5, 6], [5, 6], true],
    [[], [], false],
  ])('pred %j vs gold %j -> %s', (p, g, ok) => {
    expect(overlapMatches(tokenOverlap(p, g))).toBe(ok);
  });
});

describe('eval/metrics matching', () => {
  it('greedy takes the best pair first, one-to-one', () => {
    // pred 0 fits gold 0 (0.5) and gold 1 (0.9); pred 1 fits only gold 1 (0.8)
    const s: Record<string, number> = { '0,0': 0.5, '0,1': 0.9, '1,1': 0.8 };
    const pairs = greedyMatch(2, 2, (p, g) => (s[`${p},${g}`] !== undefined ? [s[`${p},${g}`]] : undefined));
    expect(pairs).toEqual([{ pred: 0, gold: 1 }]);
  });
  it('greedy breaks a tie on the second key', () => {
    const pairs = greedyMatch(1, 2, (_p, g) => [0.7, g === 1 ? 1 : 0]);
    expect(pairs).toEqual([{ pred: 0, gold: 1 }]);
  });
  it('maxMatch finds the largest one-to-one matching', () => {
    // greedy in order would give pred0-gold0 and leave pred1 unmatched
    const ok = (p: number, g: number): boolean => (p === 0 ? g <= 1 : g === 0);
    expect(maxMatch(2, 2, ok)).toEqual([
      { pred: 0, gold: 1 },
      { pred: 1, gold: 0 },
    ]);
  });
  it('maxMatch never uses a gold item twice', () => {
    expect(maxMatch(3, 1, () => true)).toHaveLength(1);
  });
});

describe('eval/metrics names', () => {
  it.each([
    ['The Pentagon', 'pentagon'],
    ['Russia’s  Foreign Ministry', "russia's foreign ministry"],
  ])('keys %j as %j', (a, b) => expect(nameKey(a)).toBe(b));
  it('matches when any name or alias is shared', () => {
    expect(namesMeet(['Vasily Nebenzya', 'Nebenzya'], ['nebenzya'])).toBe(true);
    expect(namesMeet(['Vasily Nebenzya'], ['Nebenzya'])).toBe(false);
  });
});
