import { describe, expect, it } from 'vitest';
import { viewSentence } from '../../src/relations/features.js';
import { classOf } from '../../src/relations/model.js';
import { WeightTable } from '../../src/relations/perceptron.js';
import { mayBeExplicit, predicateLabel } from '../../src/relations/predicate.js';
import type { EntType, RelType } from '../../src/relations/types.js';

type Ent = [number, number, EntType];
const EMPTY = new WeightTable(6, new Map());

/** The predicate of head 0 -> tail 1 on a space-tokenised sentence. */
function label(text: string, ents: Ent[], type: RelType): { text: string; explicit: boolean; residence: boolean } {
  const tokens = text.split(' ');
  const entities = ents.map(([start, end, t]) => ({ start, end, type: t }));
  const p = predicateLabel(tokens, viewSentence(tokens, entities), EMPTY, classOf(type), 0, 1, type);
  return { text: p.text, explicit: p.explicit, residence: p.residence };
}

describe('relations/predicate: residence stated after the place', () => {
  it.each<[string, Ent[], string]>([
    ['Mr. Vee , a Fargo native , sent it .', [[0, 2, 'PERSON'], [4, 5, 'GPE']], 'native'],
    ['James Dickey , Georgia born , has written .', [[0, 2, 'PERSON'], [3, 4, 'GPE']], 'born'],
    ['Madonna is from Bay City .', [[0, 1, 'PERSON'], [3, 5, 'GPE']], 'from'],
    ['David Cicippio , an electronics technician from North Wales , spoke .', [[0, 2, 'PERSON'], [7, 9, 'GPE']], 'from'],
    ['the estate of his widow , Norma Viscomi , of Niagara Falls .', [[6, 8, 'PERSON'], [10, 12, 'GPE']], 'of'],
  ])('reads %j as lives_in', (text, ents, word) => {
    expect(label(text, ents, 'lives_in')).toEqual({ text: word, explicit: true, residence: true });
  });

  it('finds the residence word behind a nearer title', () => {
    const text = 'George Washington ( first President ) : Born Feb. 22 , 1732 , in Westmoreland County .';
    expect(label(text, [[0, 2, 'PERSON'], [15, 17, 'GPE']], 'lives_in')).toEqual({ text: 'Born', explicit: true, residence: true });
  });

  it.each<[string, Ent[]]>([
    ['Smith returned from Paris on Monday .', [[0, 1, 'PERSON'], [3, 4, 'GPE']]],
    ['Smith met a Paris lawyer .', [[0, 1, 'PERSON'], [3, 4, 'GPE']]],
  ])('states no residence in %j', (text, ents) => {
    expect(label(text, ents, 'lives_in').residence).toBe(false);
  });
});

describe('relations/predicate: a place noun after the second place', () => {
  it.each<[string, Ent[], string]>([
    ['south of Baghdad , Iraq \'s capital .', [[2, 3, 'GPE'], [4, 5, 'GPE']], 'capital'],
    ['Leninakan , Armenia \'s second-largest city , was hit .', [[0, 1, 'GPE'], [2, 3, 'GPE']], 'city'],
    ['Saudi Arabia is a big , influential Gulf state .', [[0, 2, 'GPE'], [6, 7, 'LOC']], 'state'],
  ])('reads %j as located_in', (text, ents, word) => {
    expect(label(text, ents, 'located_in')).toEqual({ text: word, explicit: true, residence: false });
  });

  it('reads a compass word between the places as located_in ("Oxford in central Massachusetts")', () => {
    expect(label('a camp at Oxford in central Massachusetts .', [[3, 4, 'GPE'], [6, 7, 'GPE']], 'located_in').explicit).toBe(true);
  });
});

describe('relations/predicate: trigger words across a wider gap', () => {
  const filler = 'x x x x x x x x x x x x x x x x x x'.split(' ');
  it('finds a killing word between persons up to 25 tokens apart, not further', () => {
    const near = ['Oswald', ...filler, 'shot', 'Kennedy'];
    const ents: Ent[] = [[0, 1, 'PERSON'], [near.length - 1, near.length, 'PERSON']];
    expect(label(near.join(' '), ents, 'killed')).toMatchObject({ text: 'shot', explicit: true });
    const far = ['Oswald', ...filler, ...filler, 'shot', 'Kennedy'];
    const farEnts = [{ start: 0, end: 1, type: 'PERSON' as const }, { start: far.length - 1, end: far.length, type: 'PERSON' as const }];
    expect(mayBeExplicit(viewSentence(far, farEnts), 0, 1, 'killed')).toBe(false);
  });
});
