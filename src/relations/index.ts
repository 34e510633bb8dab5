/** Relation extraction between entity mentions of one sentence (trained on CoNLL04). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RelationClassifier, type ModelFile } from './model.js';
import type { RelationModel } from './types.js';

export type { EntType, RelType, RelEntity, RelPrediction, RelationModel } from './types.js';
export { InvalidModelError } from './model.js';

/** models/relations.json at the package root (the same path from src/ and from dist/). */
export const DEFAULT_RELATION_MODEL = fileURLToPath(new URL('../../models/relations.json', import.meta.url));

const cache = new Map<string, RelationModel>();

/** Load (once per path) the trained relation model. Synchronous. */
export function loadRelationModel(modelPath: string = DEFAULT_RELATION_MODEL): RelationModel {
  let m = cache.get(modelPath);
  if (!m) {
    const file = JSON.parse(readFileSync(modelPath, 'utf8')) as ModelFile;
    m = RelationClassifier.fromFile(file);
    cache.set(modelPath, m);
  }
  return m;
}
