import { describe, expect, it } from 'vitest';
import { candidates, pairFeatures, pairMargin, viewSentence } from '../../src/relations/features.js';
import { loadRelationModel } from '../../src/relations/index.js';
import type { RelationClassifier } from '../../src/relations/model.js';
import type { EntType, RelEntity } from '../../src/relations/index.js';

const ents = (spec: Array<[number, number, EntType]>): RelEntity[] => spec.map(([start, end, type]) => ({ start, end, type }));

describe('relations/pairFeatures', () => {
  it('names the features of a pair in a fixed order', () => {
    const tokens = 'Jane Doe , head of Acme Corp ( Paris ) said'.split(' ');
    const v = viewSentence(tokens, ents([[0, 2, 'PERSON'], [5, 7, 'ORG'], [8, 9, 'GPE']]));
    expect(pairFeatures(v, 0, 1)).toEqual([
      'bias', 'dirF', 'dist=3F', 'neb=0F', 'wf=,F', 'wl=ofF', 'bs=, head ofF',
      'w=,F', 'bg=,_headF', 'w=headF', 's=head', 'bg=head_ofF', 'w=ofF', 's=of', 'sk=,:sF',
      'p1=^F', 'p2=^_^F', 'a1=(F', 'a2=(_<L>F', 'hp1=^', 'hn1=,', 'tp1=of', 'tn1=(', 'hp2=^', 'tp2=head',
      'sig=POF', 'hl=doe', 'tl=corp', 'hf=jane', 'tf=acme', 'hlen=2', 'tlen=2', 'hl_tl=doe_corp',
      'tnear=1F', 'hnear=1F',
    ]);
    expect(pairFeatures(v, 2, 0).slice(0, 8)).toEqual(['bias', 'dirB', 'dist=6-8B', 'neb=1B', 'wf=,B', 'wl=(B', 'bs=, head of <O> (B', 'w=,B']);
  });
});

describe('relations/pairMargin', () => {
  const model = loadRelationModel() as RelationClassifier;
  it.each([
    ['Jane Doe , head of Acme Corp ( Paris ) said', [[0, 2, 'PERSON'], [5, 7, 'ORG'], [8, 9, 'GPE']]],
    ['The gunman who shot John Smith in Dallas was arrested by police in Texas on Monday .', [[4, 6, 'PERSON'], [7, 8, 'GPE'], [13, 14, 'GPE']]],
    ['IBM , based in Armonk , New York , hired Ann Lee and Bob Ray of Oracle', [[0, 1, 'ORG'], [4, 5, 'GPE'], [6, 8, 'GPE'], [10, 12, 'PERSON'], [13, 15, 'PERSON'], [16, 17, 'ORG']]],
  ] as Array<[string, Array<[number, number, EntType]>]>)('equals the margin of the pair features, to the last bit: %s', (text, spec) => {
    const tokens = text.split(' ');
    const e = ents(spec);
    const v = viewSentence(tokens, e);
    for (const c of candidates(e)) {
      for (let cls = 1; cls <= 5; cls++) {
        expect(pairMargin(v, c.head, c.tail, model.table, cls)).toBe(model.table.margin(pairFeatures(v, c.head, c.tail), cls));
      }
    }
  });
});
