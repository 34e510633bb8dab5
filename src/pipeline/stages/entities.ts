import type { Doc, EntityType, Mention } from '../../document/types.js';
import { loadNerTagger, placeType, isDemonym, type NerSpan } from '../../ner/index.js';
import type { Stage } from '../stage.js';

const REGION_WORDS = /\b(asia|europe|africa|america|middle east|gulf|sea|ocean|region|valley|mountains?|river|peninsula|basin|strait|desert|coast|camp|balkans|caucasus|sahel|levant|arctic|antarctic)\b/i;

/** Maps a tagger label to our entity types, using gazetteers for places and demonyms. */
export function entityType(label: NerSpan['label'], name: string): EntityType | undefined {
  switch (label) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      return placeType(name) ?? (REGION_WORDS.test(name) ? 'LOC' : 'GPE');
    case 'MISC':
      return isDemonym(name) || isDemonym(name.split(/\s+/)[0]) ? 'NORP' : undefined;
  }
}

/** Named-entity mentions from the statistical tagger, typed for news. */
export const entities: Stage = {
  name: 'entities.v1',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run(doc: Doc): Doc {
    const t = doc.tokens;
    const sentTokens = doc.sentences.map((s) => {
      const out: string[] = [];
      for (let i = s.tokStart; i < s.tokEnd; i++) out.push(doc.text.slice(t.start[i], t.end[i]));
      return out;
    });
    const tagged = loadNerTagger().tagDocument(sentTokens);
    const mentions: Mention[] = [];
    tagged.forEach((spans, si) => {
      const s = doc.sentences[si];
      for (const sp of spans) {
        let a = s.tokStart + sp.start;
        const b = s.tokStart + sp.end;
        // "the" is not part of a name ("the Taliban" -> "Taliban")
        while (a < b - 1 && (t.norm[a] === 'the' || t.norm[a] === 'a')) a++;
        const name = doc.text.slice(t.start[a], t.end[b - 1]);
        const type = entityType(sp.label, name);
        if (!type) continue;
        mentions.push({ start: t.start[a], end: t.end[b - 1], tokStart: a, tokEnd: b, type, kind: 'name', entity: -1, stage: 'entities.v1', score: sp.score });
      }
    });
    doc.mentions = mentions;
    return doc;
  },
};
