// What the writer stores for one analysed article, prepared without the database: every row of the
// article's sentences, entities (with their keys and aliases), mentions, relations and statements,
// packed in two typed arrays and a string table. `storeRows` (write.ts) reads it in order. The
// one-thread ingest packs its Doc the same way, so a store is the same whichever thread packed it;
// a pipeline worker sends the packed rows, which cross threads far more cheaply than a Doc (a typed
// array is one copy, or a transfer; a Doc is thousands of small objects to clone).
import type { Doc } from '../document/types.js';
import { entityAliases } from '../document/json.js';
import { nameKey } from '../pipeline/stages/aliases.js';

export interface StoreRows {
  /** Counts, offsets, indices into the article's entities, and indices into `strs`, in the order written. */
  ints: Int32Array;
  /** Confidences: the relations', then the statements'. */
  nums: Float64Array;
  /** The strings `ints` refers to, each once. */
  strs: string[];
  /** The text the offsets index, only when the pipeline's differs from the article's. */
  text?: string;
}

/**
 * Packs what the writer stores of `doc`. Layout of `ints` (s = index into strs):
 * sentences: n, then (start, end) per sentence;
 * entities: n, then (name s, type s, stage s, key s, aliases m, then (alias s, alias key s) m times);
 * mentions of an entity: n, then (entity, start, end, kind s, sentence, stage s);
 * relations: n, then (subject, object, type s, predicate s, evidence start, end, stage s);
 * statements: n, then (speaker, source start, end, cue text s, cue start, end, kind s, content start,
 * end, evidence start, end, stage s, about m, then m entity indices).
 */
export function toRows(doc: Doc): StoreRows {
  const ints: number[] = [];
  const nums: number[] = [];
  const strs: string[] = [];
  const index = new Map<string, number>();
  const s = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) {
      i = strs.length;
      strs.push(v);
      index.set(v, i);
    }
    return i;
  };
  const text = doc.text;
  ints.push(doc.sentences.length);
  for (const x of doc.sentences) ints.push(x.start, x.end);
  ints.push(doc.entities.length);
  doc.entities.forEach((ent, e) => {
    const aliases = entityAliases(doc, e);
    ints.push(s(ent.name), s(ent.type), s(ent.stage), s(nameKey(ent.name)), aliases.length);
    for (const al of aliases) ints.push(s(al), s(nameKey(al)));
  });
  const mentions = doc.mentions.filter((m) => m.entity >= 0);
  ints.push(mentions.length);
  for (const m of mentions) ints.push(m.entity, m.start, m.end, s(m.kind), doc.tokens.sent[m.tokStart] ?? 0, s(m.stage));
  ints.push(doc.relations.length);
  for (const r of doc.relations) {
    ints.push(r.subject, r.object, s(r.type), s(r.predicate), r.evidence.start, r.evidence.end, s(r.stage));
    nums.push(r.confidence);
  }
  ints.push(doc.statements.length);
  for (const st of doc.statements) {
    ints.push(
      st.speaker, st.source.start, st.source.end, s(text.slice(st.cue.start, st.cue.end)), st.cue.start, st.cue.end, s(st.kind),
      st.content.start, st.content.end, st.evidence.start, st.evidence.end, s(st.stage), st.about.length, ...st.about,
    );
    nums.push(st.confidence);
  }
  const rows: StoreRows = { ints: Int32Array.from(ints), nums: Float64Array.from(nums), strs };
  if (text !== doc.article.text) rows.text = text;
  return rows;
}

/** Reads a StoreRows front to back, in the layout `toRows` wrote. */
export class RowReader {
  private i = 0;
  private n = 0;
  constructor(private readonly rows: StoreRows) {}

  /** The next integer. */
  int(): number {
    return this.rows.ints[this.i++];
  }

  /** The next string (its index is the next integer). */
  str(): string {
    return this.rows.strs[this.rows.ints[this.i++]];
  }

  /** The next confidence. */
  num(): number {
    return this.rows.nums[this.n++];
  }

  /** True when every integer and number was read (a check on the layout). */
  atEnd(): boolean {
    return this.i === this.rows.ints.length && this.n === this.rows.nums.length;
  }
}
