// A deliberately naive stand-in for the pipeline (`--stub`): capitalised runs are entities and
// "X said (that) Y." is a statement. It exists to exercise the harness, not to be measured.
import type { ArticleInput, DocumentJSON, EntityJSON, StatementJSON } from './types.js';

export function stubExtract(article: ArticleInput): DocumentJSON {
  const text = article.text;
  const entities: EntityJSON[] = [];
  const byName = new Map<string, EntityJSON>();
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g)) {
    const start = m.index ?? 0;
    let e = byName.get(m[0]);
    if (!e) {
      e = { id: `e${entities.length + 1}`, name: m[0], type: m[0].includes(' ') ? 'PERSON' : 'GPE', aliases: [], mentions: [] };
      byName.set(m[0], e);
      entities.push(e);
    }
    e.mentions.push({ start, end: start + m[0].length, text: m[0] });
  }
  const statements: StatementJSON[] = [];
  for (const m of text.matchAll(/\b([A-Z][a-z]+(?: [A-Z][a-z]+)*) (said|says|told reporters)(?: that)? ([^.\n]+)/g)) {
    const start = m.index ?? 0;
    const cStart = start + m[0].length - m[3].length;
    statements.push({
      speaker: byName.get(m[1])?.id ?? null,
      source: { start, end: start + m[1].length, text: m[1] },
      cue: m[2],
      kind: 'indirect',
      content: { start: cStart, end: cStart + m[3].length, text: m[3] },
      about: [],
    });
  }
  return { article: { id: article.id, title: article.title, text }, entities, relations: [], statements };
}
