import { describe, expect, it } from 'vitest';
import { conll04Doc, conll04Spans, undotAbbreviations } from '../../src/ner/conll.js';
import { TYPES } from '../../src/ner/labels.js';

const show = (tokens: string[], spans: Array<[number, number, number]> | undefined): string[] | undefined =>
  spans?.map(([a, b, t]) => `${TYPES[t]}:${tokens.slice(a, b).join(' ')}`);
const isPlace = (p: string): boolean => ['texas', 'u.s.'].includes(p.toLowerCase());

describe('CoNLL04 spans in the CoNLL-2003 conventions', () => {
  it.each([
    ['born in North Bend , Ohio', 'Loc', 2, 6, ['LOC:North Bend', 'LOC:Ohio']],
    ['said President John F. Kennedy', 'Peop', 1, 5, ['PER:John F. Kennedy']],
    ['shot Mrs. Vogt', 'Peop', 1, 3, ['PER:Vogt']],
    ['wounded former Texas Gov. John Connally', 'Peop', 1, 6, ['LOC:Texas', 'PER:John Connally']],
    ['killing U.S. Sen. Robert F. Kennedy', 'Peop', 1, 6, ['LOC:U.S.', 'PER:Robert F. Kennedy']],
    ['leader Martin Luther King Jr.', 'Peop', 1, 5, ['PER:Martin Luther King Jr.']],
    ['told The Associated Press', 'Org', 1, 4, ['ORG:Associated Press']],
    ['of Chisholm , Minn .', 'Loc', 3, 5, ['LOC:Minn']],
    ['on Dec. 7 , 1941', 'Other', 1, 5, []],
    ['$48 , 875', 'Other', 0, 3, []],
    ['a Christian', 'Other', 1, 2, ['MISC:Christian']],
  ])('%s: %s [%i, %i)', (text, type, start, end, want) => {
    const tokens = text.split(' ');
    expect(show(tokens, conll04Spans(tokens, { type, start, end }, isPlace))).toEqual(want);
  });
  it('leaves out a sentence whose person prefix is not a known place', () => {
    const tokens = 'killed Dallas Police Officer J.D. Tippit'.split(' ');
    expect(conll04Spans(tokens, { type: 'Peop', start: 1, end: 6 }, isPlace)).toBeUndefined();
    expect(conll04Doc({ tokens, entities: [{ type: 'Peop', start: 1, end: 6 }] }, { isPlace })).toBeUndefined();
  });
  it('splits a glued final period and keeps spans without conversion', () => {
    const d = conll04Doc({ tokens: ['He', 'met', 'Fitzmaurice.'], entities: [{ type: 'Peop', start: 2, end: 3 }] });
    expect(d?.sentences[0]).toEqual(['He', 'met', 'Fitzmaurice', '.']);
    expect(show(d!.sentences[0], d!.spans[0])).toEqual(['PER:Fitzmaurice']);
  });
  it('undots U.S. / U.K. / U.N. in a copy', () => {
    const doc = { sentences: [['The', 'U.S.', 'and', 'U.N.', 'said']], spans: [[[1, 2, 2] as [number, number, number]]] };
    expect(undotAbbreviations(doc)?.sentences).toEqual([['The', 'US', 'and', 'UN', 'said']]);
    expect(undotAbbreviations({ sentences: [['No', 'change']], spans: [[]] })).toBeUndefined();
  });
});
