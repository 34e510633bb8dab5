import type { Doc, EntityType, RelationType, StatementKind } from './types.js';

/** The Document JSON of the contract (what `extract` prints). */
export interface DocumentJSON {
  article: { id: string; title?: string; text: string; url?: string; source?: string; published_at?: string; author?: string };
  sentences: { start: number; end: number }[];
  entities: { id: string; name: string; type: EntityType; aliases: string[]; mentions: { start: number; end: number; text: string; kind: string }[] }[];
  relations: { subject: string; predicate: string; object: string; type: RelationType; evidence: { start: number; end: number }; confidence: number }[];
  statements: {
    speaker: string;
    source: { start: number; end: number; text: string };
    cue: string;
    cue_span: { start: number; end: number };
    kind: StatementKind;
    content: { start: number; end: number; text: string };
    about: string[];
    evidence: { start: number; end: number };
    confidence: number;
  }[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Distinct surface forms of an entity's name mentions other than its canonical name (no pronouns). */
export function entityAliases(doc: Doc, e: number): string[] {
  const ent = doc.entities[e];
  const out = new Set<string>();
  for (const mi of ent.mentions) {
    const m = doc.mentions[mi];
    if (m.kind !== 'name') continue;
    const s = doc.text.slice(m.start, m.end);
    if (s !== ent.name) out.add(s);
  }
  return [...out];
}

export function toJSON(doc: Doc): DocumentJSON {
  const text = doc.text;
  const a = doc.article;
  const article = { id: a.id } as DocumentJSON['article'];
  if (a.title !== undefined) article.title = a.title;
  article.text = text;
  if (a.url !== undefined) article.url = a.url;
  if (a.source !== undefined) article.source = a.source;
  if (a.published_at !== undefined) article.published_at = a.published_at;
  if (a.author !== undefined) article.author = a.author;
  const id = (e: number) => doc.entities[e].id;
  return {
    article,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities.map((ent, e) => ({
      id: ent.id,
      name: ent.name,
      type: ent.type,
      aliases: entityAliases(doc, e),
      mentions: ent.mentions
        .map((mi) => doc.mentions[mi])
        .sort((x, y) => x.start - y.start)
        .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind })),
    })),
    relations: doc.relations.map((r) => ({
      subject: id(r.subject),
      predicate: r.predicate,
      object: id(r.object),
      type: r.type,
      evidence: r.evidence,
      confidence: round(r.confidence),
    })),
    statements: doc.statements.map((s) => ({
      speaker: id(s.speaker),
      source: { start: s.source.start, end: s.source.end, text: text.slice(s.source.start, s.source.end) },
      cue: text.slice(s.cue.start, s.cue.end),
      cue_span: s.cue,
      kind: s.kind,
      content: { start: s.content.start, end: s.content.end, text: text.slice(s.content.start, s.content.end) },
      about: s.about.map(id),
      evidence: s.evidence,
      confidence: round(s.confidence),
    })),
  };
}
