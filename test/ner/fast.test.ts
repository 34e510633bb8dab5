import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ner/gazetteer.js';
import { DEFAULT_NER_MODEL_PATH } from '../../src/ner/index.js';
import { loadModel } from '../../src/ner/model.js';
import { ReferenceTagger } from '../../src/ner/reference.js';
import { PerceptronTagger } from '../../src/ner/tagger.js';

const docs: string[][] = [
  ['President Barack Obama met Angela Merkel in Berlin on Monday .', 'Obama said the talks went well .'],
  ['Shares of Microsoft Corp. rose 3 percent in New York .', 'Microsoft said on Tuesday it would buy Comelf .', 'Comelf shares rose .'],
  ['RUSSIA WARNS U.S. OVER SANCTIONS', 'Russia ’s foreign minister Sergei Lavrov said the U.S. was to blame .', '', 'pro-Russian rebels held Donetsk .'],
  ['The Anglo-Dutch group Royal Dutch/Shell said Gen. Smith of the U.N. Security Council spoke .'],
];

describe('ner/tagger (fast) against ner/reference', () => {
  const passes = loadModel(DEFAULT_NER_MODEL_PATH);
  const gaz = loadGazetteer();
  it.each([
    ['two passes', passes, {}],
    ['one pass', passes.slice(0, 1), {}],
    ['two passes, JavaScript only', passes, { wasm: false }],
    ['two passes, pools of 8 tokens', passes, { poolTypes: 8 }],
    ['one pass, JavaScript only, pools of 8 tokens', passes.slice(0, 1), { wasm: false, poolTypes: 8 }],
  ] as const)('gives exactly the reference spans and scores (%s)', (_, ps, options) => {
    const fast = new PerceptronTagger([...ps], gaz, 8, options);
    const ref = new ReferenceTagger([...ps], gaz, 8);
    // twice: the second round reads the scores cached per distinct token
    for (let round = 0; round < 2; round++) {
      for (const d of docs) {
        const sentences = d.map((s) => (s ? s.split(' ') : []));
        expect(fast.tagDocument(sentences)).toEqual(ref.tagDocument(sentences));
      }
    }
  });
});
