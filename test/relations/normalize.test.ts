import { describe, expect, it } from 'vitest';
import { normToken, remapSpan, splitGluedPeriods } from '../../src/relations/normalize.js';
import { scoreRelations } from '../../src/relations/evaluate.js';

describe('relations/normalize', () => {
  it.each([
    [['said', 'Allan', 'Fitzmaurice.'], ['said', 'Allan', 'Fitzmaurice', '.']],
    [['he', 'said.'], ['he', 'said', '.']],
    [['in', 'the', 'U.S.'], ['in', 'the', 'U.S.']],
    [['Chattanooga', ',', 'Tenn.'], ['Chattanooga', ',', 'Tenn.']],
    [['a', 'professor.', 'Then'], ['a', 'professor', '.', 'Then']],
  ])('splits glued periods in %j', (tokens, expected) => {
    expect(splitGluedPeriods(tokens).tokens).toEqual(expected);
  });

  it('keeps the split period outside a remapped entity span', () => {
    const r = splitGluedPeriods(['a', 'professor.', 'Allan', 'Fitzmaurice.']);
    expect(remapSpan(r, 2, 4)).toEqual([3, 5]);
    expect(r.tokens.slice(3, 5)).toEqual(['Allan', 'Fitzmaurice']);
  });

  it.each([
    ['“', '"'],
    ['``', '"'],
    ['’s', "'s"],
    ['President', 'president'],
    ['1,200', '0'],
  ])('normalises %j to %j', (tok, expected) => {
    expect(normToken(tok)).toBe(expected);
  });
});

describe('relations/evaluate', () => {
  it('counts a relation only when both spans and the type match', () => {
    const s = scoreRelations(
      [[{ head: [0, 2], tail: [5, 6], type: 'works_for' }, { head: [0, 2], tail: [8, 9], type: 'lives_in' }]],
      [[{ head: [0, 2], tail: [5, 6], type: 'works_for' }, { head: [0, 1], tail: [8, 9], type: 'lives_in' }]],
    );
    expect([s.micro.tp, s.micro.fp, s.micro.fn]).toEqual([1, 1, 1]);
    expect(s.works_for.f1).toBe(1);
    expect(s.lives_in.f1).toBe(0);
  });
});
