import type { Doc } from '../../document/types.js';
import { loadRelationModel } from '../../relations/index.js';
import type { Stage } from '../stage.js';
import { mergeRelations } from './relations/merge.js';
import { modelRelations } from './relations/model.js';
import { RULES_STAGE, ruleRelations } from './relations/rules.js';

export { MODEL_STAGE } from './relations/model.js';
export { RULES_STAGE } from './relations/rules.js';

/**
 * Relations between the entities of one article: title and appositive rules
 * (`relations.v1`: "Russia’s Permanent Representative X", "X, chairman of the Y") merged with
 * the trained pair classifier of src/relations (`relations.model.v1`), run on every sentence
 * with at least two name mentions. Each fact's `stage` names the part that made it.
 */
export const relations: Stage = {
  name: RULES_STAGE,
  requires: ['tokens', 'entities'],
  assigns: ['relations'],
  run(doc: Doc): Doc {
    const rules = ruleRelations(doc);
    const model = modelRelations(doc, loadRelationModel(), { createCountries: false });
    doc.relations = mergeRelations(rules, model);
    return doc;
  },
};
