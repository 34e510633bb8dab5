// news/: who-said-what, speakers, entities and works_for against the hand-made gold (news/GUIDE.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  greedyMatch,
  maxMatch,
  namesMeet,
  nameKey,
  overlapMatches,
  overlapScore,
  prf,
  tokenOverlap,
  tokensInSpan,
  wordTokens,
  type Overlap,
  type PRF,
  type Token,
} from './metrics.js';
import { accuracy, type ErrorRow, type Row, type SetResult } from './report-types.js';
import type { TimedExtract } from './timed.js';
import type { DocumentJSON, EntityJSON } from './types.js';

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}
export interface GoldRelation {
  subject: string;
  type: string;
  predicate: string;
  object: string;
  evidence: string;
}
export interface GoldStatement {
  speaker: string;
  speaker_type: string;
  cue: string;
  kind: string;
  content: string;
  about: string[];
}
export interface NewsGold {
  entities: GoldEntity[];
  relations: GoldRelation[];
  statements: GoldStatement[];
}
export interface NewsArticle {
  id: string;
  title: string;
  body: string;
  gold: NewsGold;
}

/** NN.txt: the first line is the headline, then a blank line, then the body (the annotated part). */
export function splitHeadline(raw: string): { title: string; body: string } {
  const text = raw.replace(/\r\n/g, '\n');
  const m = /^([^\n]*)\n[ \t]*\n/.exec(text);
  if (!m) return { title: '', body: text };
  return { title: m[1].trim(), body: text.slice(m[0].length) };
}

export function loadNews(dir: string): NewsArticle[] {
  return readdirSync(dir)
    .filter((f) => /\.gold\.json$/.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.gold\.json$/, '');
      const { title, body } = splitHeadline(readFileSync(join(dir, `${id}.txt`), 'utf8'));
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as NewsGold;
      return { id, title, body, gold };
    });
}

/** Entity classes scored for news: GPE and LOC are one class, "place". */
export function entityClass(type: string): 'PERSON' | 'ORG' | 'place' | 'NORP' | undefined {
  if (type === 'PERSON' || type === 'ORG' || type === 'NORP') return type;
  if (type === 'GPE' || type === 'LOC') return 'place';
  return undefined;
}
export const ENTITY_CLASSES = ['PERSON', 'ORG', 'place', 'NORP'] as const;

export interface NewsCounts {
  content: PRF;
  speakerCorrect: number;
  wsw: PRF;
  entities: Record<(typeof ENTITY_CLASSES)[number], PRF>;
  worksFor: PRF;
  goldNotFound: number;
}

const namesOf = (e: { name: string; aliases?: string[] }): string[] => [e.name, ...(e.aliases ?? [])];

function paragraphAt(body: string, pos: number): string {
  const s = body.lastIndexOf('\n', pos - 1) + 1;
  let e = body.indexOf('\n', pos);
  if (e < 0) e = body.length;
  const p = body.slice(s, e).trim();
  return p.length > 400 ? `${p.slice(0, 400)}…` : p;
}

function allOccurrences(body: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function bestOverlap(pred: number[], golds: number[][]): Overlap {
  let best: Overlap = { shared: 0, ofPred: 0, ofGold: 0 };
  for (const g of golds) {
    const o = tokenOverlap(pred, g);
    if (overlapScore(o) > overlapScore(best)) best = o;
  }
  return best;
}

/** Scores one article; `errors` receives its readable error rows. */
export function scoreNewsDoc(art: NewsArticle, doc: DocumentJSON, errors: ErrorRow[]): NewsCounts {
  const { body, gold } = art;
  const tokens: Token[] = wordTokens(body);
  const byId = new Map<string, EntityJSON>(doc.entities.map((e) => [e.id, e]));
  const goldEntity = new Map<string, GoldEntity>(gold.entities.map((e) => [nameKey(e.name), e]));
  const goldNames = (name: string): string[] => {
    const e = goldEntity.get(nameKey(name));
    return e ? namesOf(e) : [name];
  };
  const predNames = (id: string | null | undefined): string[] => {
    const e = id ? byId.get(id) : undefined;
    return e ? namesOf(e) : [];
  };
  const predName = (id: string | null | undefined): string => (id && byId.get(id)?.name) || `(${id ?? 'none'})`;

  // --- statements
  const preds = doc.statements.map((s) => tokensInSpan(tokens, s.content.start, s.content.end));
  let goldNotFound = 0;
  const golds = gold.statements.map((s) => {
    const occ = allOccurrences(body, s.content);
    if (occ.length === 0) goldNotFound++;
    return occ.map((o) => tokensInSpan(tokens, o, o + s.content.length));
  });
  const goldStart = gold.statements.map((s) => body.indexOf(s.content));
  const speakerOk = (p: number, g: number): boolean => {
    const gs = gold.statements[g];
    const gNames = gs.speaker_type === 'GROUP' ? [gs.speaker] : goldNames(gs.speaker);
    return namesMeet(predNames(doc.statements[p].speaker), gNames);
  };
  const pairs = greedyMatch(preds.length, golds.length, (p, g) => {
    const o = bestOverlap(preds[p], golds[g]);
    if (!overlapMatches(o)) return undefined;
    return [overlapScore(o), speakerOk(p, g) ? 1 : 0];
  });
  const matchedP = new Set(pairs.map((x) => x.pred));
  const matchedG = new Set(pairs.map((x) => x.gold));
  let speakerCorrect = 0;
  const describePred = (p: number): string => {
    const s = doc.statements[p];
    return `${predName(s.speaker)} [${s.cue ?? ''}, ${s.kind ?? ''}] «${body.slice(s.content.start, s.content.end)}»`;
  };
  const describeGold = (g: number): string => {
    const s = gold.statements[g];
    return `${s.speaker} (${s.speaker_type}) [${s.cue}, ${s.kind}] «${s.content}»`;
  };
  for (const { pred: p, gold: g } of pairs) {
    if (speakerOk(p, g)) speakerCorrect++;
    else {
      errors.push({
        cls: 'speaker',
        kind: 'WRONG',
        doc: art.id,
        text: paragraphAt(body, doc.statements[p].content.start),
        pred: `${predNames(doc.statements[p].speaker).join(' | ') || '(no entity)'}; source «${doc.statements[p].source?.text ?? ''}»`,
        gold: describeGold(g),
      });
    }
  }
  doc.statements.forEach((s, p) => {
    if (matchedP.has(p)) return;
    let near = -1;
    let best = 0;
    golds.forEach((occ, g) => {
      const o = bestOverlap(preds[p], occ);
      if (overlapScore(o) > best) [near, best] = [g, overlapScore(o)];
    });
    errors.push({
      cls: 'statements',
      kind: 'FP',
      doc: art.id,
      text: paragraphAt(body, s.content.start),
      pred: describePred(p),
      gold: near >= 0 ? `nearest: ${describeGold(near)}${matchedG.has(near) ? ' (matched elsewhere)' : ''}` : '(none)',
    });
  });
  gold.statements.forEach((_, g) => {
    if (matchedG.has(g)) return;
    let near = -1;
    let best = 0;
    preds.forEach((pt, p) => {
      const o = bestOverlap(pt, golds[g]);
      if (overlapScore(o) > best) [near, best] = [p, overlapScore(o)];
    });
    errors.push({
      cls: 'statements',
      kind: 'FN',
      doc: art.id,
      text: goldStart[g] >= 0 ? paragraphAt(body, goldStart[g]) : '(content not found in body)',
      pred: near >= 0 ? `nearest: ${describePred(near)}${matchedP.has(near) ? ' (matched elsewhere)' : ''}` : '(none)',
      gold: describeGold(g),
    });
  });
  const wswTp = pairs.filter(({ pred: p, gold: g }) => speakerOk(p, g)).length;

  // --- entities, one-to-one per class
  const entities = {} as NewsCounts['entities'];
  for (const cls of ENTITY_CLASSES) {
    const pe = doc.entities.filter((e) => entityClass(e.type) === cls);
    const ge = gold.entities.filter((e) => entityClass(e.type) === cls);
    const m = maxMatch(pe.length, ge.length, (p, g) => namesMeet(namesOf(pe[p]), namesOf(ge[g])));
    entities[cls] = prf(m.length, pe.length, ge.length);
    const mp = new Set(m.map((x) => x.pred));
    const mg = new Set(m.map((x) => x.gold));
    pe.forEach((e, p) => {
      if (mp.has(p)) return;
      const other = gold.entities.find((g) => namesMeet(namesOf(e), namesOf(g)));
      errors.push({
        cls: `entity-${cls}`,
        kind: 'FP',
        doc: art.id,
        text: e.mentions[0] ? paragraphAt(body, e.mentions[0].start) : '',
        pred: `${e.type} ${e.name}${e.aliases.length ? ` (aliases: ${e.aliases.join(' | ')})` : ''}, ${e.mentions.length} mention(s)`,
        gold: other ? `same name in gold as ${other.type} ${other.name}` : '(not in gold)',
      });
    });
    ge.forEach((e, g) => {
      if (mg.has(g)) return;
      const other = doc.entities.find((p) => namesMeet(namesOf(p), namesOf(e)));
      const at = body.indexOf(e.name);
      errors.push({
        cls: `entity-${cls}`,
        kind: 'FN',
        doc: art.id,
        text: at >= 0 ? paragraphAt(body, at) : '',
        pred: other ? `same name predicted as ${other.type} ${other.name}` : '(not predicted)',
        gold: `${e.type} ${e.name}${e.aliases.length ? ` (aliases: ${e.aliases.join(' | ')})` : ''}`,
      });
    });
  }

  // --- works_for
  const pr = doc.relations.filter((r) => r.type === 'works_for');
  const gr = gold.relations.filter((r) => r.type === 'works_for');
  const rm = maxMatch(
    pr.length,
    gr.length,
    (p, g) =>
      namesMeet(predNames(pr[p].subject), goldNames(gr[g].subject)) &&
      namesMeet(predNames(pr[p].object), goldNames(gr[g].object)),
  );
  const rmp = new Set(rm.map((x) => x.pred));
  const rmg = new Set(rm.map((x) => x.gold));
  pr.forEach((r, p) => {
    if (rmp.has(p)) return;
    errors.push({
      cls: 'works_for',
      kind: 'FP',
      doc: art.id,
      text: r.evidence ? body.slice(r.evidence.start, r.evidence.end) : '',
      pred: `${predName(r.subject)} —${r.predicate}→ ${predName(r.object)}`,
      gold: '(no gold works_for with these arguments)',
    });
  });
  gr.forEach((r, g) => {
    if (rmg.has(g)) return;
    errors.push({
      cls: 'works_for',
      kind: 'FN',
      doc: art.id,
      text: r.evidence,
      pred: '(not predicted)',
      gold: `${r.subject} —${r.predicate}→ ${r.object}`,
    });
  });

  return {
    content: prf(pairs.length, preds.length, golds.length),
    speakerCorrect,
    wsw: prf(wswTp, preds.length, golds.length),
    entities,
    worksFor: prf(rm.length, pr.length, gr.length),
    goldNotFound,
  };
}

/** Sums per-article counts into the table rows of the news set. */
export function newsRows(all: NewsCounts[]): Row[] {
  const sum = (f: (c: NewsCounts) => PRF): PRF => {
    let tp = 0;
    let pred = 0;
    let gold = 0;
    for (const c of all) {
      const x = f(c);
      tp += x.tp;
      pred += x.pred;
      gold += x.gold;
    }
    return prf(tp, pred, gold);
  };
  const content = sum((c) => c.content);
  const speakers = all.reduce((n, c) => n + c.speakerCorrect, 0);
  const ents = ['PERSON', 'ORG', 'place'] as const;
  const entRows: Row[] = ents.map((cls) => ({ measure: `entity ${cls}`, prf: sum((c) => c.entities[cls]) }));
  return [
    { measure: 'statement content (>=0.3)', prf: content },
    { measure: 'speaker accuracy (matched)', acc: accuracy(speakers, content.tp) },
    { measure: 'who-said-what', prf: sum((c) => c.wsw) },
    ...entRows,
    {
      measure: 'entity PERSON/ORG/place micro',
      prf: sum((c) => {
        const x = ents.map((k) => c.entities[k]);
        return prf(
          x.reduce((n, y) => n + y.tp, 0),
          x.reduce((n, y) => n + y.pred, 0),
          x.reduce((n, y) => n + y.gold, 0),
        );
      }),
    },
    { measure: 'entity NORP (separate)', prf: sum((c) => c.entities.NORP) },
    { measure: 'works_for', prf: sum((c) => c.worksFor) },
  ];
}

/** Runs extract on every article (headline as `title`, body as `text`) and scores it. */
export async function evalNews(dir: string, ex: TimedExtract, limit?: number): Promise<SetResult> {
  const arts = loadNews(dir).slice(0, limit);
  const errors: ErrorRow[] = [];
  const counts: NewsCounts[] = [];
  for (const art of arts) {
    const doc = await ex.run({ id: art.id, title: art.title, text: art.body });
    counts.push(scoreNewsDoc(art, doc, errors));
  }
  const missing = counts.reduce((n, c) => n + c.goldNotFound, 0);
  return {
    set: 'news',
    docs: arts.length,
    rows: newsRows(counts),
    errors,
    tokens: ex.tokens,
    seconds: ex.seconds,
    notes: missing ? [`${missing} gold statement content(s) not found in the body (counted as misses)`] : [],
  };
}
