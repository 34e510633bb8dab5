import { emptyDoc, type Doc, type EntityType, type Mention } from '../src/document/types.js';
import { tokenize } from '../src/pipeline/stages/tokenize.js';
import { aliases } from '../src/pipeline/stages/aliases.js';
import { coref } from '../src/pipeline/stages/coref.js';

/**
 * Builds a Doc by hand (no NER model): tokenises `text` and marks every occurrence of each
 * given name as a mention of that type, then resolves aliases and pronouns.
 */
export function makeDoc(text: string, names: [string, EntityType][] = []): Doc {
  const doc = tokenize.run(emptyDoc({ id: 'test', text }));
  const t = doc.tokens;
  const mentions: Mention[] = [];
  for (const [name, type] of names) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name, from);
      if (at < 0) break;
      from = at + name.length;
      const a = t.start.indexOf(at);
      const b = t.end.indexOf(at + name.length);
      if (a < 0 || b < 0) continue;
      if (mentions.some((m) => m.start < at + name.length && at < m.end)) continue;
      mentions.push({ start: at, end: at + name.length, tokStart: a, tokEnd: b + 1, type, kind: 'name', entity: -1, stage: 'test', score: 1 });
    }
  }
  doc.mentions = mentions.sort((x, y) => x.start - y.start);
  return coref.run(aliases.run(doc));
}

export function entityName(doc: Doc, e: number): string {
  return doc.entities[e].name;
}

export function span(doc: Doc, s: { start: number; end: number }): string {
  return doc.text.slice(s.start, s.end);
}
