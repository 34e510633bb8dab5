// Named-entity tagger: averaged perceptron over hashed features, greedy BILOU decoding, two passes
// per document. Trained from CoNLL-2003 by scripts/train-ner.ts; see docs/ner.md.
import { fileURLToPath } from 'node:url';
import { featureOptionsOf, loadGazetteer } from './gazetteer.js';
import { loadModel } from './model.js';
import { PerceptronTagger } from './tagger.js';
import type { NerTagger } from './types.js';

export type { NerLabel, NerSpan, NerTagger } from './types.js';
export { NerModelError } from './types.js';
export { placeType, isDemonym, demonymCountry } from './gazetteer.js';

export const DEFAULT_NER_MODEL_PATH = fileURLToPath(new URL('../../models/ner.bin', import.meta.url));

let cached: NerTagger | undefined;

function build(path: string): NerTagger {
  const passes = loadModel(path);
  const temperature = Number(passes[passes.length - 1].header.info?.temperature ?? 1);
  const options = featureOptionsOf(passes[passes.length - 1].header.info);
  return new PerceptronTagger(passes, loadGazetteer(undefined, options), temperature);
}

/** Loads the tagger; the default model is loaded once and shared. Throws NerModelError. */
export function loadNerTagger(modelPath?: string): NerTagger {
  if (modelPath === undefined || modelPath === DEFAULT_NER_MODEL_PATH) {
    cached ??= build(DEFAULT_NER_MODEL_PATH);
    return cached;
  }
  return build(modelPath);
}
