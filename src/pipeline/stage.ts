import type { Doc } from '../document/types.js';
import { PipelineError } from '../errors.js';

/** The parts of a Doc a stage can require or assign. */
export type DocPart = 'tokens' | 'sentences' | 'mentions' | 'entities' | 'coref' | 'relations' | 'statements';

/** A named pipeline component (spaCy style). Its name is stored as provenance on each fact it makes. */
export interface Stage {
  name: string;
  requires: DocPart[];
  assigns: DocPart[];
  run(doc: Doc): Doc;
}

/** Runs stages in order, refusing a stage whose requirements no earlier stage assigned. */
export class Pipeline {
  constructor(readonly stages: Stage[]) {
    const have = new Set<DocPart>();
    for (const stage of stages) {
      const missing = stage.requires.filter((r) => !have.has(r));
      if (missing.length) {
        throw new PipelineError(`stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`, stage.name);
      }
      stage.assigns.forEach((a) => have.add(a));
    }
  }

  run(doc: Doc): Doc {
    for (const stage of this.stages) {
      try {
        doc = stage.run(doc);
      } catch (err) {
        if (err instanceof PipelineError) throw err;
        const msg = err instanceof Error ? err.message : String(err);
        throw new PipelineError(`stage "${stage.name}" failed on article "${doc.article.id}": ${msg}`, stage.name);
      }
      doc.stages.push(stage.name);
    }
    return doc;
  }
}
