import { emptyDoc, type Article, type Doc } from '../document/types.js';
import { Pipeline, type Stage } from './stage.js';
import { tokenize } from './stages/tokenize.js';
import { entities } from './stages/entities.js';
import { aliases } from './stages/aliases.js';
import { coref } from './stages/coref.js';
import { relations } from './stages/relations.js';
import { statements } from './stages/statements.js';

export { Pipeline, type Stage } from './stage.js';

/** The default stages, in order. */
export const DEFAULT_STAGES: Stage[] = [tokenize, entities, aliases, coref, relations, statements];

let defaultPipeline: Pipeline | undefined;

/** The default pipeline (models load once, on first use). */
export function getPipeline(): Pipeline {
  if (!defaultPipeline) defaultPipeline = new Pipeline(DEFAULT_STAGES);
  return defaultPipeline;
}

/** Runs the default pipeline on one article. */
export function process(article: Article): Doc {
  return getPipeline().run(emptyDoc(article));
}
