import type { Doc, Entity, Relation } from '../../../document/types.js';
import { demonymCountry } from '../../../ner/index.js';
import type { EntType, RelEntity, RelationModel } from '../../../relations/index.js';
import { compressedKey, nameKey } from '../aliases.js';
import { tokenIds, tokenTexts } from '../tokenize.js';

/** Provenance of the facts the trained classifier makes. */
export const MODEL_STAGE = 'relations.model.v1';

/** The model's argument for one mention, and the entity a prediction on it is stored against. */
interface Arg extends RelEntity {
  entity: number;
  /** A demonym read as its country whose entity does not exist yet: its name. */
  country?: string;
}

/** Finds the GPE entity of a country: "Israel" for "Israel", "US" / "U.S." for "United States". */
function countryEntity(doc: Doc, country: string): number {
  const key = nameKey(country);
  const short = country.includes(' ') ? compressedKey(country) : '';
  return doc.entities.findIndex((e) => {
    if (e.type !== 'GPE') return false;
    return [e.name, ...e.mentions.map((mi) => doc.text.slice(doc.mentions[mi].start, doc.mentions[mi].end))].some((n) => {
      const k = nameKey(n);
      return k === key || (short !== '' && k.replace(/\./g, '') === short);
    });
  });
}

/** The model's view of one sentence's name mentions; NORP demonyms with a known country read as GPE. */
function sentenceArgs(doc: Doc, mentions: number[], countries: Map<string, number>): Arg[] {
  const out: Arg[] = [];
  for (const mi of mentions) {
    const m = doc.mentions[mi];
    const s = doc.sentences[doc.tokens.sent[m.tokStart]];
    if (m.tokEnd > s.tokEnd) continue;
    const type = doc.entities[m.entity].type;
    const arg: Arg = { start: m.tokStart - s.tokStart, end: m.tokEnd - s.tokStart, type: type as EntType, entity: m.entity };
    if (type === 'GROUP') continue;
    if (type === 'NORP') {
      const word = doc.text.slice(m.start, m.end).split(/\s+/)[0];
      const country = demonymCountry(word);
      if (country && m.tokEnd - m.tokStart === 1) {
        let e = countries.get(country);
        if (e === undefined) countries.set(country, (e = countryEntity(doc, country)));
        arg.type = 'GPE';
        if (e >= 0) arg.entity = e;
        else arg.country = country;
      }
    }
    out.push(arg);
  }
  return out;
}

/** Adds a GPE entity for a country named only by a demonym ("Tunisian Prime Minister X"). */
function addCountry(doc: Doc, name: string): number {
  const entity: Entity = { id: `e${doc.entities.length + 1}`, name, type: 'GPE', mentions: [], stage: MODEL_STAGE };
  doc.entities.push(entity);
  return doc.entities.length - 1;
}

export interface ModelOptions {
  /** Create the country entity when a demonym's country is not named in the article. */
  createCountries: boolean;
}

/**
 * Relations the trained classifier (src/relations) finds between the name mentions of each
 * sentence with at least two of them. Evidence is the span from the first argument to the last.
 */
export function modelRelations(doc: Doc, model: RelationModel, opts: ModelOptions): Relation[] {
  const t = doc.tokens;
  const countries = new Map<string, number>();
  const out: Relation[] = [];
  const bySentence = new Map<number, number[]>();
  doc.mentions.forEach((m, mi) => {
    if (m.kind !== 'name' || m.entity < 0) return;
    const si = t.sent[m.tokStart];
    const list = bySentence.get(si);
    if (list) list.push(mi);
    else bySentence.set(si, [mi]);
  });
  const texts = tokenTexts(doc);
  const ids = tokenIds(doc);
  for (const si of [...bySentence.keys()].sort((a, b) => a - b)) {
    const mentions = bySentence.get(si)!;
    if (mentions.length < 2) continue;
    const s = doc.sentences[si];
    const args = sentenceArgs(doc, mentions.sort((a, b) => doc.mentions[a].start - doc.mentions[b].start), countries);
    if (args.filter((a) => a.type !== 'NORP').length < 2) continue;
    const tokens = texts.slice(s.tokStart, s.tokEnd);
    for (const p of model.predict(tokens, args, ids?.subarray(s.tokStart, s.tokEnd))) {
      const h = args[p.head];
      const tl = args[p.tail];
      for (const a of [h, tl]) {
        if (a.country === undefined) continue;
        if (!opts.createCountries) break;
        let e = countries.get(a.country)!;
        if (e < 0) countries.set(a.country, (e = addCountry(doc, a.country)));
        a.entity = e;
        a.country = undefined;
      }
      if (h.country !== undefined || tl.country !== undefined || h.entity === tl.entity) continue;
      // an office is held for an organisation or a country, state or city, not for a region
      if (p.type === 'works_for' && doc.entities[tl.entity].type === 'LOC') continue;
      const first = Math.min(h.start, tl.start) + s.tokStart;
      const last = Math.max(h.end, tl.end) + s.tokStart - 1;
      out.push({
        subject: h.entity,
        object: tl.entity,
        predicate: p.predicate,
        type: p.type,
        evidence: { start: t.start[first], end: t.end[last] },
        confidence: p.score,
        stage: MODEL_STAGE,
      });
    }
  }
  return out;
}
