/**
 * A small store -> graphology loader used by the exporters and the viewer until the query
 * module's `src/graph` (openGraph) lands on main; then this file goes and its callers use that.
 *
 * Nodes: one per entity, keyed by the entity id as a string, with name, type, aliases and counts.
 * Edges (multi, directed): `relation` subject -> object, `statement` speaker -> each entity the
 * statement is about, `comention` between two entities named in the same sentence (one edge per
 * pair, weight = number of sentences). Every edge carries the ids of its evidence.
 */
import { MultiDirectedGraph } from 'graphology';
import type { DB } from '../store/open.js';

export interface NodeAttrs {
  label: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: number;
}

export interface EdgeAttrs {
  kind: 'relation' | 'statement' | 'comention';
  label: string;
  weight: number;
  /** relation type (works_for …), statement kind (direct …) or "comention". */
  type: string;
  predicate?: string;
  cue?: string;
  content?: string;
  confidence?: number;
  /** ISO dates of the evidence articles (first and last). */
  date?: string;
  date_last?: string;
  /** article ext ids */
  articles: string[];
  /** evidence ids: r<id> relation rows, s<id> statement rows, <article>#<sentence> for co-mentions */
  evidence: string[];
  /** the evidence sentence (relations and statements) */
  sentence?: string;
}

export type NewsGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface LoadOptions {
  /** Only facts from articles published on or after this date. */
  since?: string;
  /** Only facts from articles published on or before this date (a bare date includes the whole day). */
  until?: string;
  /** Leave out co-mention edges. */
  comentions?: boolean;
}

function dateWhere(opts: LoadOptions, alias = 'a'): { sql: string; args: string[] } {
  const w: string[] = [];
  const args: string[] = [];
  if (opts.since) {
    w.push(`${alias}.published_at >= ?`);
    args.push(opts.since);
  }
  if (opts.until) {
    w.push(`${alias}.published_at <= ?`);
    args.push(opts.until.length === 10 ? `${opts.until}T23:59:59Z` : opts.until);
  }
  return { sql: w.length ? w.join(' AND ') : '1', args };
}

export function loadGraph(db: DB, opts: LoadOptions = {}): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
  const dw = dateWhere(opts);
  const aliases = new Map<number, string[]>();
  for (const r of db.prepare<[], { entity_id: number; alias: string }>('SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias').all()) {
    const l = aliases.get(r.entity_id) ?? [];
    l.push(r.alias);
    aliases.set(r.entity_id, l);
  }
  const ents = db
    .prepare<string[], { id: number; name: string; type: string; mentions: number; articles: number }>(
      `SELECT e.id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles
       FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
       WHERE ${dw.sql} GROUP BY e.id ORDER BY e.id`,
    )
    .all(...dw.args);
  for (const e of ents) {
    g.addNode(String(e.id), { label: e.name, type: e.type, aliases: (aliases.get(e.id) ?? []).filter((a) => a !== e.name), mentions: e.mentions, articles: e.articles });
  }
  const has = (id: number) => g.hasNode(String(id));

  const rels = db
    .prepare<string[], { id: number; s: number; o: number; type: string; predicate: string; confidence: number; ext_id: string; date: string | null; sentence: string }>(
      `SELECT r.id, r.subject_id AS s, r.object_id AS o, r.type, r.predicate, r.confidence, a.ext_id, a.published_at AS date,
         substr(a.text, r.ev_start + 1, r.ev_end - r.ev_start) AS sentence
       FROM relations r JOIN articles a ON a.id = r.article_id WHERE ${dw.sql} ORDER BY r.id`,
    )
    .all(...dw.args);
  for (const r of rels) {
    if (!has(r.s) || !has(r.o) || r.s === r.o) continue;
    g.addDirectedEdgeWithKey(`r${r.id}`, String(r.s), String(r.o), {
      kind: 'relation', label: r.predicate, weight: 1, type: r.type, predicate: r.predicate, confidence: r.confidence,
      ...(r.date ? { date: r.date, date_last: r.date } : {}), articles: [r.ext_id], evidence: [`r${r.id}`], sentence: r.sentence,
    });
  }

  const stmts = db
    .prepare<string[], { id: number; speaker: number; about: number; cue: string; kind: string; confidence: number; ext_id: string; date: string | null; content: string; sentence: string }>(
      `SELECT s.id, s.speaker_id AS speaker, sa.entity_id AS about, s.cue, s.kind, s.confidence, a.ext_id, a.published_at AS date,
         substr(a.text, s.content_start + 1, s.content_end - s.content_start) AS content,
         substr(a.text, s.ev_start + 1, s.ev_end - s.ev_start) AS sentence
       FROM statements s JOIN statement_about sa ON sa.statement_id = s.id JOIN articles a ON a.id = s.article_id
       WHERE ${dw.sql} ORDER BY s.id, sa.entity_id`,
    )
    .all(...dw.args);
  for (const s of stmts) {
    if (!has(s.speaker) || !has(s.about) || s.speaker === s.about) continue;
    g.addDirectedEdgeWithKey(`s${s.id}-${s.about}`, String(s.speaker), String(s.about), {
      kind: 'statement', label: s.cue, weight: 1, type: s.kind, cue: s.cue, content: s.content, confidence: s.confidence,
      ...(s.date ? { date: s.date, date_last: s.date } : {}), articles: [s.ext_id], evidence: [`s${s.id}`], sentence: s.sentence,
    });
  }

  if (opts.comentions !== false) addComentions(db, g, dw);
  return g;
}

function addComentions(db: DB, g: NewsGraph, dw: { sql: string; args: string[] }): void {
  const rows = db
    .prepare<string[], { a: number; b: number; ext_id: string; sentence: number; date: string | null }>(
      `SELECT DISTINCT m1.entity_id AS a, m2.entity_id AS b, ar.ext_id, m1.sentence, ar.published_at AS date
       FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.sentence = m1.sentence AND m2.entity_id > m1.entity_id
       JOIN articles ar ON ar.id = m1.article_id
       WHERE ${dw.sql.replace(/\ba\./g, 'ar.')} ORDER BY a, b, ar.id, m1.sentence`,
    )
    .all(...dw.args);
  for (const r of rows) {
    const s = String(r.a);
    const t = String(r.b);
    if (!g.hasNode(s) || !g.hasNode(t)) continue;
    const key = `c${r.a}-${r.b}`;
    const ev = `${r.ext_id}#${r.sentence}`;
    if (!g.hasEdge(key)) {
      g.addDirectedEdgeWithKey(key, s, t, { kind: 'comention', label: 'co-mentioned', weight: 0, type: 'comention', articles: [], evidence: [] });
    }
    const a = g.getEdgeAttributes(key);
    a.weight += 1;
    a.evidence.push(ev);
    if (!a.articles.includes(r.ext_id)) a.articles.push(r.ext_id);
    if (r.date) {
      if (!a.date || r.date < a.date) a.date = r.date;
      if (!a.date_last || r.date > a.date_last) a.date_last = r.date;
    }
  }
}
