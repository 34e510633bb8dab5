import { describe, expect, it } from 'vitest';
import { loadRelationModel } from '../../src/relations/index.js';
import type { EntType, RelEntity } from '../../src/relations/index.js';
import { MAX_GAP, RelationClassifier, type ModelFile } from '../../src/relations/model.js';

type Ent = [number, number, EntType];

/** Predict on a space-tokenised sentence and name the arguments by their words. */
function run(text: string, ents: Ent[]): [string, string, string, string][] {
  const tokens = text.split(' ');
  const entities: RelEntity[] = ents.map(([start, end, type]) => ({ start, end, type }));
  const name = (i: number): string => tokens.slice(entities[i].start, entities[i].end).join(' ');
  return loadRelationModel()
    .predict(tokens, entities)
    .map((r) => [name(r.head), r.type, r.predicate, name(r.tail)]);
}

describe('relations/pair distance', () => {
  it(`scores no pair more than ${MAX_GAP} tokens apart in the newsgraph schema (the CoNLL04 schema scores all)`, () => {
    const filler = Array.from({ length: MAX_GAP + 1 }, () => 'x');
    const tokens = ['Smith', 'works', 'for', ...filler, 'Acme', 'Corp'];
    const ents: RelEntity[] = [{ start: 0, end: 1, type: 'PERSON' }, { start: tokens.length - 2, end: tokens.length, type: 'ORG' }];
    const model = loadRelationModel() as RelationClassifier;
    expect(model.margins(tokens, ents)).toEqual([]);
    expect(model.withSchema('conll04').margins(tokens, ents).length).toBeGreaterThan(0);
    const near = ['Smith', 'works', 'for', ...filler.slice(4), 'Acme', 'Corp'];
    expect(model.margins(near, [ents[0], { start: near.length - 2, end: near.length, type: 'ORG' }]).length).toBeGreaterThan(0);
  });
});

describe('relations/loadRelationModel', () => {
  it('loads once and caches the model', () => {
    expect(loadRelationModel()).toBe(loadRelationModel());
  });

  it('returns nothing with fewer than two entities', () => {
    expect(loadRelationModel().predict(['Smith', 'spoke', '.'], [{ start: 0, end: 1, type: 'PERSON' }])).toEqual([]);
  });

  it('rejects a span outside the sentence with a usage error', () => {
    const spans: RelEntity[] = [
      { start: 0, end: 1, type: 'PERSON' },
      { start: 2, end: 5, type: 'ORG' },
    ];
    expect(() => loadRelationModel().predict(['Smith', 'of', 'Acme'], spans)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('rejects a model file of another format', () => {
    expect(() => RelationClassifier.fromFile({ format: 'other' } as unknown as ModelFile)).toThrow(expect.objectContaining({ code: 'E_MODEL' }));
  });

  it('gives scores between 0 and 1', () => {
    const tokens = 'John Smith , a spokesman for Acme Corp , said the plan was dead .'.split(' ');
    const preds = loadRelationModel().predict(tokens, [
      { start: 0, end: 2, type: 'PERSON' },
      { start: 6, end: 8, type: 'ORG' },
    ]);
    expect(preds).toHaveLength(1);
    expect(preds[0].score).toBeGreaterThan(0.5);
    expect(preds[0].score).toBeLessThanOrEqual(1);
  });
});

describe('relations/predict', () => {
  it.each<[string, Ent[], [string, string, string, string][]]>([
    [
      'John Smith , a spokesman for Acme Corp , said the plan was dead .',
      [[0, 2, 'PERSON'], [6, 8, 'ORG']],
      [['John Smith', 'works_for', 'spokesman', 'Acme Corp']],
    ],
    [
      'Acme Corp spokesman John Smith said the plan was dead .',
      [[0, 2, 'ORG'], [3, 5, 'PERSON']],
      [['John Smith', 'works_for', 'spokesman', 'Acme Corp']],
    ],
    [
      'Google ’s chief executive , Sundar Pichai , spoke on Monday .',
      [[0, 1, 'ORG'], [5, 7, 'PERSON']],
      [['Sundar Pichai', 'works_for', 'chief executive', 'Google']],
    ],
    [
      'Lee Harvey Oswald assassinated John F. Kennedy in 1963 .',
      [[0, 3, 'PERSON'], [4, 7, 'PERSON']],
      [['Lee Harvey Oswald', 'killed', 'assassinated', 'John F. Kennedy']],
    ],
    [
      'The company , based in Seattle , said sales rose .',
      [[1, 2, 'ORG'], [5, 6, 'GPE']],
      [['company', 'based_in', 'based in', 'Seattle']],
    ],
    [
      'Rome is in Lazio province and Naples in Campania .',
      [[0, 1, 'GPE'], [3, 4, 'LOC'], [6, 7, 'GPE'], [8, 9, 'LOC']],
      [
        ['Rome', 'located_in', 'in', 'Lazio'],
        ['Naples', 'located_in', 'in', 'Campania'],
      ],
    ],
    [
      'Russia ’s Permanent Representative Vasily Nebenzya said the council must act .',
      [[0, 1, 'GPE'], [4, 6, 'PERSON']],
      [['Vasily Nebenzya', 'works_for', 'Permanent Representative', 'Russia']],
    ],
    [
      'Wikileaks co-founder Julian Assange was arrested on Thursday .',
      [[0, 1, 'ORG'], [2, 4, 'PERSON']],
      [['Julian Assange', 'works_for', 'co-founder', 'Wikileaks']],
    ],
  ])('%s', (text, ents, expected) => {
    expect(run(text, ents)).toEqual(expected);
  });

  it('reads an office held for a place as works_for (CoNLL04 says Live_In)', () => {
    const text = 'U.S. President Bill Clinton met reporters on Monday .';
    const ents: Ent[] = [[0, 1, 'GPE'], [2, 4, 'PERSON']];
    expect(run(text, ents)).toEqual([['Bill Clinton', 'works_for', 'President', 'U.S.']]);
    const tokens = text.split(' ');
    const conll = (loadRelationModel() as RelationClassifier).withSchema('conll04');
    const p = conll.predict(tokens, ents.map(([start, end, type]) => ({ start, end, type })));
    expect(p.map((r) => r.type)).toEqual(['lives_in']);
  });

  it('reads an abbreviated office title ("Illinois Gov. James Thompson") as works_for', () => {
    expect(run('Illinois Gov. James Thompson signed the bill .', [[0, 1, 'GPE'], [2, 4, 'PERSON']])).toEqual([
      ['James Thompson', 'works_for', 'Gov.', 'Illinois'],
    ]);
  });

  it('reads "X was convicted of Y \'s killing" as killed', () => {
    expect(run("Sirhan was convicted of Kennedy 's killing and is serving a life sentence .", [[0, 1, 'PERSON'], [4, 5, 'PERSON']])).toEqual([
      ['Sirhan', 'killed', 'killing', 'Kennedy'],
    ]);
  });

  it('keeps lives_in when a residence word states it', () => {
    expect(run('Mary Jones , a native of Boston , said the plan was dead .', [[0, 2, 'PERSON'], [6, 7, 'GPE']])).toEqual([
      ['Mary Jones', 'lives_in', 'native of', 'Boston'],
    ]);
  });

  it('proposes no relation for entity types without a signature', () => {
    expect(run('The Olympics opened in Paris .', [[1, 2, 'MISC'], [4, 5, 'GPE']])).toEqual([]);
  });

  it('drops a works_for with no title, no tight construction and a low score', () => {
    expect(run('U.N. spokesman Farhan Haq told Polygraph .', [[0, 1, 'ORG'], [2, 4, 'PERSON'], [5, 6, 'ORG']])).toEqual([
      ['Farhan Haq', 'works_for', 'spokesman', 'U.N.'],
    ]);
  });

  it('reads "Home Secretary" as a title, not a residence word', () => {
    expect(run('the UK Home Secretary , Sajid Javid , approved it .', [[1, 2, 'GPE'], [5, 7, 'PERSON']])).toEqual([
      ['Sajid Javid', 'works_for', 'Home Secretary', 'UK'],
    ]);
  });

  it('reads the news convention "X, 45, of Springfield" as lives_in', () => {
    expect(run('Mary Jones , 45 , of Springfield , won the prize .', [[0, 2, 'PERSON'], [6, 7, 'GPE']])).toEqual([['Mary Jones', 'lives_in', 'of', 'Springfield']]);
  });
});
