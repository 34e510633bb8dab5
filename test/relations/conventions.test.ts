import { describe, expect, it } from 'vitest';
import { convertSentence } from '../../src/relations/conventions.js';
import type { RelSentence } from '../../src/relations/conll04.js';

const show = (s: RelSentence): string[] =>
  s.relations.map((r) => `${s.tokens.slice(s.entities[r.head].start, s.entities[r.head].end).join(' ')} ${r.type} ${s.tokens.slice(s.entities[r.tail].start, s.entities[r.tail].end).join(' ')}`);

describe('relations/conventions convertSentence', () => {
  it('splits "X , Y", keeps the relation to both parts, strips titles', () => {
    const s: RelSentence = {
      tokens: 'President Benjamin Harrison was born in North Bend , Ohio .'.split(' '),
      entities: [
        { start: 0, end: 3, type: 'PERSON' },
        { start: 6, end: 10, type: 'GPE' },
      ],
      relations: [{ head: 0, tail: 1, type: 'lives_in' }],
    };
    expect(show(convertSentence(s))).toEqual(['North Bend located_in Ohio', 'Benjamin Harrison lives_in North Bend', 'Benjamin Harrison lives_in Ohio']);
  });
  it('turns "Texas Gov. John Connally" into a place and a person living there', () => {
    const s: RelSentence = {
      tokens: 'Oswald wounded Texas Gov. John Connally .'.split(' '),
      entities: [
        { start: 0, end: 1, type: 'PERSON' },
        { start: 2, end: 6, type: 'PERSON' },
      ],
      relations: [{ head: 0, tail: 1, type: 'killed' }],
    };
    expect(show(convertSentence(s, (p) => p === 'Texas'))).toEqual(['John Connally lives_in Texas', 'Oswald killed John Connally']);
  });
});
