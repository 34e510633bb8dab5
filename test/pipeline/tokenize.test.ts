import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../src/document/types.js';
import { tokenize, tokenTexts } from '../../src/pipeline/stages/tokenize.js';

const run = (text: string) => tokenize.run(emptyDoc({ id: 't', text }));

describe('stages/tokenize', () => {
  it('gives offsets that slice back to each token', () => {
    const text = 'Russia’s envoy said: “We are ready.”\nThen he left.';
    const doc = run(text);
    const toks = doc.tokens.start.map((s, i) => text.slice(s, doc.tokens.end[i]));
    expect(toks).toEqual(['Russia', '’s', 'envoy', 'said', ':', '“', 'We', 'are', 'ready', '.', '”', 'Then', 'he', 'left', '.']);
  });

  it.each([
    ['Russia’s envoy said: “We are ready.”\nThen he left.'],
    ["''This isn't tax reform,'' said Douglas Holtz-Eakin."],
    ['  Tabs\tand   spaces, U.S. $5.5bn (R-Ga.) -- done'],
  ])('tokenTexts gives the text of every token of %j', (text) => {
    const doc = run(text);
    const want = doc.tokens.start.map((s, i) => text.slice(s, doc.tokens.end[i]));
    expect(tokenTexts(doc)).toEqual(want);
    expect(tokenTexts({ ...doc })).toEqual(want); // a document the stage did not tokenize: sliced from the text
  });

  it('ends a sentence at every line break and numbers paragraphs', () => {
    const doc = run('First line without a period\nSecond one. Third one.');
    expect(doc.sentences.map((s) => [doc.text.slice(s.start, s.end), s.para])).toEqual([
      ['First line without a period', 0],
      ['Second one.', 1],
      ['Third one.', 1],
    ]);
  });

  it('normalises curly apostrophes and case in norm', () => {
    expect(run('Russia’s').tokens.norm).toEqual(['russia', "'s"]);
  });

  it('handles empty text', () => {
    expect(run('').sentences).toEqual([]);
  });
});
