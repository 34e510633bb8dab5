import { describe, expect, it } from 'vitest';
import { iobSpans, isPronoun, layoutSentences, mapSpan, scoreTypedSpans, sentenceAt, type TypedSpan } from '../../eval/conll.js';
import { parseConll2003 } from '../../src/ner/conll.js';
import { placeRelations, scoreRelations, type GoldRelation } from '../../eval/conll04.js';
import type { ErrorRow } from '../../eval/report-types.js';
import type { DocumentJSON } from '../../eval/types.js';

describe('eval/conll layout and span mapping', () => {
  const layout = layoutSentences(
    [
      ['John', 'Smith', 'visited', 'the', 'theater.'],
      ['He', 'left', 'Paris', '.'],
    ],
    '\n\n',
  );
  const charSpan = (s: string): [number, number] => {
    const i = layout.text.indexOf(s);
    return [i, i + s.length];
  };

  it('joins tokens with spaces and sentences with the separator', () => {
    expect(layout.text).toBe('John Smith visited the theater.\n\nHe left Paris .');
    expect(layout.sentences).toEqual([
      [0, 31],
      [33, 48],
    ]);
  });
  it.each([
    ['John Smith', { sent: 0, start: 0, end: 2 }],
    ['theater', { sent: 0, start: 4, end: 5 }], // the glued final period is stripped
    ['theater.', { sent: 0, start: 4, end: 5 }],
    ['Paris', { sent: 1, start: 2, end: 3 }],
  ])('maps %j back to tokens', (s, want) => {
    const [a, b] = charSpan(s);
    expect(mapSpan(layout, a, b)).toEqual(want);
  });
  it('refuses a span across sentences', () => {
    const [a] = charSpan('theater');
    const [, b] = charSpan('He');
    expect(mapSpan(layout, a, b)).toBeUndefined();
  });
  it('finds the sentence of an offset', () => {
    expect([sentenceAt(layout, 0), sentenceAt(layout, 30), sentenceAt(layout, 40)]).toEqual([0, 0, 1]);
  });
});

describe('eval/conll2003', () => {
  it('parses documents and IOB2 spans', () => {
    const raw = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nBRUSSELS NNP B-NP B-LOC\n';
    const docs = parseConll2003(raw);
    expect(docs.map((d) => d.map((s) => s.tokens.join(' ')))).toEqual([['EU rejects German call', 'Peter Blackburn'], ['BRUSSELS']]);
    expect(iobSpans(docs[0][0].tags)).toEqual([
      [0, 1, 'ORG'],
      [2, 3, 'MISC'],
    ]);
    expect(iobSpans(['B-PER', 'I-PER', 'B-PER', 'I-LOC'])).toEqual([
      [0, 2, 'PER'],
      [2, 3, 'PER'],
      [3, 4, 'LOC'],
    ]);
  });

  it('scores exact spans and exact types per type', () => {
    const sp = (sent: number, start: number, end: number, type: string): TypedSpan => ({ unit: 'd', sent, start, end, type });
    const gold = [sp(0, 0, 2, 'PER'), sp(0, 3, 4, 'LOC'), sp(1, 0, 1, 'ORG'), sp(1, 2, 3, 'MISC')];
    const pred = [sp(0, 0, 2, 'PER'), sp(0, 0, 2, 'PER'), sp(0, 3, 4, 'ORG'), sp(1, 0, 2, 'ORG')];
    const errors: ErrorRow[] = [];
    const r = scoreTypedSpans(pred, gold, ['PER', 'ORG', 'LOC'], (s) => ({ doc: 'd', text: '', span: `${s.start}-${s.end}` }), errors);
    expect(r.PER).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(r.ORG).toMatchObject({ tp: 0, pred: 2, gold: 1 });
    expect(r.LOC).toMatchObject({ tp: 0, pred: 0, gold: 1 });
    expect(errors.find((e) => e.cls === 'LOC')).toMatchObject({ kind: 'FN', pred: 'ORG «3-4»' });
  });
});

describe('eval/conll04 relations', () => {
  const layout = layoutSentences([['Oswald', 'killed', 'Kennedy', '.'], ['Kennedy', 'lived', 'in', 'Boston.']], '\n\n');
  const m = (s: string, from = 0) => {
    const i = layout.text.indexOf(s, from);
    return { start: i, end: i + s.length, text: s };
  };
  const second = layout.sentences[1][0];
  const doc: DocumentJSON = {
    entities: [
      { id: 'e1', name: 'Oswald', type: 'PERSON', aliases: [], mentions: [m('Oswald')] },
      { id: 'e2', name: 'Kennedy', type: 'PERSON', aliases: [], mentions: [m('Kennedy'), m('Kennedy', second)] },
      { id: 'e3', name: 'Boston', type: 'GPE', aliases: [], mentions: [m('Boston')] },
    ],
    relations: [
      { subject: 'e1', object: 'e2', type: 'killed', predicate: 'killed', evidence: { start: 0, end: 20 } },
      { subject: 'e2', object: 'e3', type: 'lives_in', predicate: 'lived in', evidence: { start: second, end: second + 20 } },
      { subject: 'e2', object: 'e3', type: 'related', predicate: 'x' },
    ],
    statements: [],
  };

  it('places each relation in its evidence sentence with the argument spans there', () => {
    expect(placeRelations(doc, layout, 10).map((r) => [r.sent, r.type, r.subj, r.obj])).toEqual([
      [10, 'Kill', [{ sent: 10, start: 0, end: 1 }], [{ sent: 10, start: 2, end: 3 }]],
      [11, 'Live_In', [{ sent: 11, start: 0, end: 1 }], [{ sent: 11, start: 3, end: 4 }]],
    ]);
  });

  it('needs type and both argument spans to match', () => {
    const placed = placeRelations(doc, layout, 0);
    const g = (sent: number, type: string, h: [number, number], t: [number, number]): GoldRelation => ({
      sent,
      type,
      head: { sent, start: h[0], end: h[1] },
      tail: { sent, start: t[0], end: t[1] },
    });
    const gold = [g(0, 'Kill', [0, 1], [2, 3]), g(1, 'Live_In', [0, 1], [2, 4])];
    const r = scoreRelations(placed, gold, () => ({ doc: '', text: '', span: '' }), []);
    expect(r.Kill).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(r.Live_In).toMatchObject({ tp: 0, pred: 1, gold: 1 });
    expect(r.Work_For).toMatchObject({ tp: 0, pred: 0, gold: 0 });
  });
});

describe('eval/conll pronouns', () => {
  it.each([
    ['He', true],
    [' it ', true],
    ['Their', true],
    ['Hebron', false],
    ['US', false],
    ['Us', true],
    ['I', true],
  ])('%j is a pronoun: %s', (t, want) => expect(isPronoun(t)).toBe(want));
});
