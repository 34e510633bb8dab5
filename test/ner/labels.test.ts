import { describe, expect, it } from 'vitest';
import { iobToSpans, splitHyphens } from '../../src/ner/conll.js';
import { labelsToSpans, spansToLabels } from '../../src/ner/labels.js';
import { normalizeToken, shortShape, wordShape } from '../../src/ner/normalize.js';

describe('ner/labels', () => {
  it('reads IOB2 and IOB1 tags as spans', () => {
    expect(iobToSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'])).toEqual([[0, 2, 0], [3, 4, 2], [4, 5, 2], [5, 6, 1]]);
  });

  it('round-trips spans through BILOU labels', () => {
    const spans: Array<[number, number, number]> = [[0, 3, 1], [4, 5, 0], [5, 7, 3]];
    expect(labelsToSpans(spansToLabels(8, spans))).toEqual(spans);
  });
});

describe('ner/conll', () => {
  it('splits hyphenated words as wink-nlp does and stretches the spans', () => {
    const doc = { sentences: [['The', 'Anglo-Dutch', 'group', 'on', '1996-08-30', 'in', 'Nagorno-Karabakh']], spans: [[[1, 2, 3], [6, 7, 2]] as Array<[number, number, number]>] };
    expect(splitHyphens(doc)).toEqual({
      sentences: [['The', 'Anglo', '-', 'Dutch', 'group', 'on', '1996-08-30', 'in', 'Nagorno', '-', 'Karabakh']],
      spans: [[[1, 4, 3], [8, 11, 2]]],
    });
  });

  it('returns undefined when nothing splits', () => {
    expect(splitHyphens({ sentences: [['No', 'hyphen']], spans: [[]] })).toBeUndefined();
  });
});

describe('ner/normalize', () => {
  it.each([
    ['’s', "'s"],
    ['“', '"'],
    ['—', '-'],
  ])('normalizes %j to %j', (raw, norm) => {
    expect(normalizeToken(raw)).toBe(norm);
  });

  it.each([
    ['Obama', 'Xxxxx', 'Xx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996-08-30', 'dddd-dd-dd', 'd-d-d'],
  ])('shape of %j is %j / %j', (word, shape, short) => {
    expect(wordShape(word)).toBe(shape);
    expect(shortShape(wordShape(word))).toBe(short);
  });
});
