// conll04/dev.json: entity F1 (Peop/Org/Loc) and relation F1 per type, sentences batched into texts.
import { readFileSync } from 'node:fs';
import { layoutSentences, mapSpan, MentionSpans, scoreTypedSpans, sentenceAt, type Layout, type TokenSpan, type TypedSpan } from './conll.js';
import { applyConventions, CONVENTIONS, type ConventionName, type PlacedRelation } from './conll04-conventions.js';
import { maxMatch, microPrf, prf, type PRF } from './metrics.js';
import type { ErrorRow, Row, SetResult } from './report-types.js';
import type { TimedExtract } from './timed.js';
import type { DocumentJSON } from './types.js';

export interface Conll04Sentence {
  orig_id?: number;
  tokens: string[];
  entities: { type: string; start: number; end: number }[];
  relations: { type: string; head: number; tail: number }[];
}

export type { PlacedRelation } from './conll04-conventions.js';

export const ENTITY_TO_CONLL04: Record<string, string> = { PERSON: 'Peop', ORG: 'Org', GPE: 'Loc', LOC: 'Loc' };
export const RELATION_TO_CONLL04: Record<string, string> = {
  works_for: 'Work_For',
  lives_in: 'Live_In',
  based_in: 'OrgBased_In',
  located_in: 'Located_In',
  killed: 'Kill',
};
const ENTITY_TYPES = ['Peop', 'Org', 'Loc'];
const RELATION_TYPES = ['Work_For', 'Live_In', 'OrgBased_In', 'Located_In', 'Kill'];

/**
 * Places each predicted relation (of a scored type) in the sentence of its evidence; where the
 * evidence is missing or covers several sentences, in the first of them holding both arguments.
 * `offset` is the global index of the layout's first sentence.
 */
export function placeRelations(doc: DocumentJSON, layout: Layout, offset: number): PlacedRelation[] {
  const mentions = new Map<string, TokenSpan[]>();
  for (const e of doc.entities) {
    const spans: TokenSpan[] = [];
    for (const m of e.mentions) {
      const sp = mapSpan(layout, m.start, m.end);
      if (sp) spans.push(sp);
    }
    mentions.set(e.id, spans);
  }
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const etype = new Map(doc.entities.map((e) => [e.id, ENTITY_TO_CONLL04[e.type] ?? '']));
  const out: PlacedRelation[] = [];
  const seen = new Set<string>();
  for (const r of doc.relations) {
    const type = RELATION_TO_CONLL04[r.type];
    if (!type) continue;
    let first = 0;
    let last = layout.sentences.length - 1;
    if (r.evidence && r.evidence.end > r.evidence.start) {
      first = sentenceAt(layout, r.evidence.start);
      last = sentenceAt(layout, r.evidence.end - 1);
    }
    const s = mentions.get(r.subject) ?? [];
    const o = mentions.get(r.object) ?? [];
    let sent = first;
    for (let i = first; i <= last; i++) {
      if (s.some((x) => x.sent === i) && o.some((x) => x.sent === i)) {
        sent = i;
        break;
      }
    }
    const key = `${sent}|${type}|${r.subject}|${r.object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      sent: sent + offset,
      type,
      subj: s.filter((x) => x.sent === sent).map((x) => ({ ...x, sent: x.sent + offset })),
      obj: o.filter((x) => x.sent === sent).map((x) => ({ ...x, sent: x.sent + offset })),
      objType: etype.get(r.object) ?? '',
      label: `${name.get(r.subject) ?? r.subject} —${r.predicate}→ ${name.get(r.object) ?? r.object}`,
    });
  }
  return out;
}

export interface GoldRelation {
  sent: number;
  type: string;
  head: TokenSpan;
  tail: TokenSpan;
}

const sameSpan = (a: TokenSpan, b: TokenSpan): boolean => a.sent === b.sent && a.start === b.start && a.end === b.end;

/** Relation P/R/F1 per type: right when type, sentence and both argument spans match; one-to-one. */
export function scoreRelations(
  pred: PlacedRelation[],
  gold: GoldRelation[],
  describe: (sent: number, sp?: TokenSpan) => { doc: string; text: string; span: string },
  errors: ErrorRow[],
): Record<string, PRF> {
  const out: Record<string, PRF> = {};
  const goldLabel = (g: GoldRelation): string => `«${describe(g.sent, g.head).span}» —${g.type}→ «${describe(g.sent, g.tail).span}»`;
  for (const t of RELATION_TYPES) {
    const P = pred.filter((r) => r.type === t);
    const G = gold.filter((r) => r.type === t);
    const m = maxMatch(P.length, G.length, (p, g) =>
      P[p].sent === G[g].sent && P[p].subj.some((x) => sameSpan(x, G[g].head)) && P[p].obj.some((x) => sameSpan(x, G[g].tail)),
    );
    out[t] = prf(m.length, P.length, G.length);
    const mp = new Set(m.map((x) => x.pred));
    const mg = new Set(m.map((x) => x.gold));
    P.forEach((r, p) => {
      if (mp.has(p)) return;
      const d = describe(r.sent);
      const here = gold.filter((g) => g.sent === r.sent).map(goldLabel);
      const args = `subject spans ${r.subj.map((x) => `«${describe(r.sent, x).span}»`).join(', ') || '(none here)'}; object spans ${r.obj.map((x) => `«${describe(r.sent, x).span}»`).join(', ') || '(none here)'}`;
      errors.push({ cls: t, kind: 'FP', doc: d.doc, text: d.text, pred: `${r.label} [${args}]`, gold: here.join('; ') || '(no gold relation in this sentence)' });
    });
    G.forEach((g, i) => {
      if (mg.has(i)) return;
      const d = describe(g.sent);
      const here = pred.filter((r) => r.sent === g.sent).map((r) => `${r.type}: ${r.label}`);
      errors.push({ cls: t, kind: 'FN', doc: d.doc, text: d.text, pred: here.join('; ') || '(no predicted relation in this sentence)', gold: goldLabel(g) });
    });
  }
  return out;
}

export async function evalConll04(file: string, ex: TimedExtract, limit?: number, batch = 1): Promise<SetResult> {
  const sents = (JSON.parse(readFileSync(file, 'utf8')) as Conll04Sentence[]).slice(0, limit);
  const predSpans: TypedSpan[] = [];
  const goldSpans: TypedSpan[] = [];
  const predRels: PlacedRelation[] = [];
  const goldRels: GoldRelation[] = [];
  const mentions = new MentionSpans();
  sents.forEach((s, i) => {
    for (const e of s.entities) goldSpans.push({ unit: '', sent: i, start: e.start, end: e.end, type: e.type });
    for (const r of s.relations) {
      const h = s.entities[r.head];
      const t = s.entities[r.tail];
      goldRels.push({ sent: i, type: r.type, head: { sent: i, start: h.start, end: h.end }, tail: { sent: i, start: t.start, end: t.end } });
    }
  });
  for (let b = 0; b < sents.length; b += batch) {
    const group = sents.slice(b, b + batch);
    const layout = layoutSentences(group.map((s) => s.tokens), '\n\n');
    const doc = await ex.run({ id: `conll04-dev-${b}`, text: layout.text });
    predSpans.push(...mentions.collect(doc, layout, ENTITY_TO_CONLL04, '', b));
    predRels.push(...placeRelations(doc, layout, b));
  }
  const describe = (sent: number, sp?: { start: number; end: number }): { doc: string; text: string; span: string } => {
    const s = sents[sent];
    return {
      doc: `sent ${sent + 1}${s.orig_id !== undefined ? ` (orig_id ${s.orig_id})` : ''}`,
      text: s.tokens.join(' '),
      span: sp ? s.tokens.slice(sp.start, sp.end).join(' ') : '',
    };
  };
  // CoNLL04's conventions (eval/conll04-conventions.ts); the scored figure uses all of them, the
  // extra rows show the figure without all / without each one
  const tokens = sents.map((s) => s.tokens);
  const conv = (use: ConventionName[]): ReturnType<typeof applyConventions> => applyConventions(tokens, predSpans, predRels, new Set(use));
  const all = conv([...CONVENTIONS]);
  const errors: ErrorRow[] = [];
  const ents = scoreTypedSpans(all.spans, goldSpans, ENTITY_TYPES, (s) => describe(s.sent, s), errors);
  const rels = scoreRelations(all.rels, goldRels, describe, errors);
  const micro = (use: ConventionName[]): { ent: PRF; rel: PRF } => {
    const c = conv(use);
    const e = scoreTypedSpans(c.spans, goldSpans, ENTITY_TYPES, (s) => describe(s.sent, s), []);
    const r = scoreRelations(c.rels, goldRels, describe, []);
    return { ent: microPrf(ENTITY_TYPES.map((t) => e[t])), rel: microPrf(RELATION_TYPES.map((t) => r[t])) };
  };
  const none = micro([]);
  const rows: Row[] = [
    ...ENTITY_TYPES.map((t) => ({ measure: `entity ${t}`, prf: ents[t] })),
    { measure: 'entity micro', prf: microPrf(ENTITY_TYPES.map((t) => ents[t])) },
    ...RELATION_TYPES.map((t) => ({ measure: `relation ${t}`, prf: rels[t] })),
    { measure: 'relation micro', prf: microPrf(RELATION_TYPES.map((t) => rels[t])) },
    { measure: 'entity micro, no conventions', prf: none.ent },
    { measure: 'relation micro, no conventions', prf: none.rel },
    ...CONVENTIONS.map((c) => ({ measure: `relation micro, without ${c}`, prf: micro(CONVENTIONS.filter((x) => x !== c)).rel })),
  ];
  return {
    set: 'conll04',
    docs: sents.length,
    rows,
    errors,
    tokens: ex.tokens,
    seconds: ex.seconds,
    notes: mentions.notes(),
  };
}
