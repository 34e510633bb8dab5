import { describe, expect, it } from 'vitest';
import { NerModelError, loadNerTagger } from '../../src/ner/index.js';

const tagged = (text: string): string[] => {
  const tokens = text.split(' ');
  const [spans] = loadNerTagger().tagDocument([tokens]);
  return spans.map((s) => `${tokens.slice(s.start, s.end).join(' ')}/${s.label}`);
};

describe('ner/tagger', () => {
  it('loads the default model once', () => {
    expect(loadNerTagger()).toBe(loadNerTagger());
  });

  it('throws a typed error for a missing model', () => {
    expect(() => loadNerTagger('/nonexistent/ner.bin')).toThrow(NerModelError);
  });

  it.each([
    ['President Barack Obama met Angela Merkel in Berlin on Monday .', ['Barack Obama/PER', 'Angela Merkel/PER', 'Berlin/LOC']],
    ['Shares of Microsoft Corp. rose 3 percent in New York .', ['Microsoft Corp./ORG', 'New York/LOC']],
    ['Russia ’s foreign minister Sergei Lavrov said the U.S. was to blame .', ['Russia/LOC', 'Sergei Lavrov/PER', 'U.S./LOC']],
  ])('tags %j', (text, expected) => {
    expect(tagged(text)).toEqual(expected);
  });

  it('returns one array per sentence with token offsets and scores', () => {
    const out = loadNerTagger().tagDocument([['Sergei', 'Lavrov', 'spoke', '.'], [], ['He', 'left', 'Moscow', '.']]);
    expect(out.map((s) => s.map(({ start, end, label }) => [start, end, label]))).toEqual([[[0, 2, 'PER']], [], [[2, 3, 'LOC']]]);
    for (const s of out.flat()) expect(s.score).toBeGreaterThan(0);
  });
});

describe('ner/tagger on pipeline tokens', () => {
  it.each([
    ['Russia’s envoy Vasily Nebenzya spoke to the U.N. Security Council .', ['Russia/LOC', 'Vasily Nebenzya/PER', 'U.N. Security Council/ORG']],
    ['Fighting resumed in Nagorno - Karabakh on Monday .', ['Nagorno - Karabakh/LOC']],
  ])('tags %j', (text, expected) => {
    const tokens = text.replace('’s', ' ’s').split(' ');
    const [spans] = loadNerTagger().tagDocument([tokens]);
    expect(spans.map((s) => `${tokens.slice(s.start, s.end).join(' ')}/${s.label}`)).toEqual(expected);
  });
});
