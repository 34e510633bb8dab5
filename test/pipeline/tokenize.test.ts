import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../src/document/types.js';
import { tokenize } from '../../src/pipeline/stages/tokenize.js';

const run = (text: string) => tokenize.run(emptyDoc({ id: 't', text }));

describe('stages/tokenize', () => {
  it('gives offsets that slice back to each token', () => {
    const text = 'Russia’s envoy said: “We are ready.”\nThen he left.';
    const doc = run(text);
    const toks = doc.tokens.start.map((s, i) => text.slice(s, doc.tokens.end[i]));
    expect(toks).toEqual(['Russia', '’s', 'envoy', 'said', ':', '“', 'We', 'are', 'ready', '.', '”', 'Then', 'he', 'left', '.']);
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
