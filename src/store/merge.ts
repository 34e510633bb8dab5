// Merging stores ingested on separate machines into one: articles are copied unless the same
// article (same id, same content hash) is already there; an id with new content replaces the old
// version (the later input wins, as a later ingest would); entities merge by canonical name and
// alias exactly as ingest merges them (GROUP entities stay per article).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { StoreError, UsageError } from '../errors.js';
import { SCHEMA_VERSION, type DB } from './open.js';
import { mergeEntity } from './write.js';

export interface MergeReport {
  inputs: number;
  /** Articles copied, replaced (same id, new content), and dropped as duplicates (same id and content). */
  added: number;
  replaced: number;
  duplicates: number;
  /** Entities of the inputs that matched one already in the output, and those added as new. */
  entities_merged: number;
  entities_added: number;
}

interface Ent {
  id: number;
  name: string;
  type: string;
  key: string;
  stage: string;
}

/** Merges the stores `inputs` (paths) into `out`, each input in one transaction, in order. */
export function mergeStores(out: DB, inputs: string[], opts: { onInput?: (file: string, done: number) => void } = {}): MergeReport {
  const report: MergeReport = { inputs: 0, added: 0, replaced: 0, duplicates: 0, entities_merged: 0, entities_added: 0 };
  const outFile = resolve(out.name);
  for (const file of inputs) {
    if (!existsSync(file)) throw new StoreError(`cannot merge "${file}": no such file. Check the path.`);
    if (resolve(file) === outFile) throw new UsageError(`cannot merge "${file}" into itself: give a different output file`);
  }
  inputs.forEach((file, i) => {
    mergeOne(out, file, report);
    report.inputs++;
    opts.onInput?.(file, i + 1);
  });
  return report;
}

function mergeOne(out: DB, file: string, report: MergeReport): void {
  out.prepare('ATTACH DATABASE ? AS src').run(file);
  try {
    const v = out.prepare('PRAGMA src.user_version').pluck().get() as number;
    if (v !== SCHEMA_VERSION) {
      throw new StoreError(`cannot merge "${file}": its schema version is ${v}, this newsgraph writes version ${SCHEMA_VERSION}. Open it once with this newsgraph (newsgraph stats --db ${file}) or re-ingest it.`);
    }
    out.transaction(() => copy(out, report)).immediate();
  } finally {
    out.exec('DETACH DATABASE src');
  }
}

function copy(out: DB, report: MergeReport): void {
  out.exec('CREATE TEMP TABLE IF NOT EXISTS amap (src INTEGER PRIMARY KEY, dst INTEGER NOT NULL); DELETE FROM temp.amap;');
  out.exec('CREATE TEMP TABLE IF NOT EXISTS emap (src INTEGER PRIMARY KEY, dst INTEGER NOT NULL); DELETE FROM temp.emap;');
  const q = {
    srcArticles: out.prepare('SELECT id, ext_id, title, url, source, published_at, author, text, hash, file, ingested_at FROM src.articles WHERE id > ? ORDER BY id LIMIT 256'),
    findArticle: out.prepare<[string], { id: number; hash: string }>('SELECT id, hash FROM main.articles WHERE ext_id = ?'),
    deleteAbout: out.prepare('DELETE FROM main.statement_about WHERE statement_id IN (SELECT id FROM main.statements WHERE article_id = ?)'),
    deleteFacts: ['statements', 'relations', 'mentions', 'sentences'].map((t) => out.prepare(`DELETE FROM main.${t} WHERE article_id = ?`)),
    deleteArticle: out.prepare('DELETE FROM main.articles WHERE id = ?'),
    insertArticle: out.prepare('INSERT INTO main.articles (ext_id, title, url, source, published_at, author, text, hash, file, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    mapArticle: out.prepare('INSERT INTO temp.amap (src, dst) VALUES (?, ?)'),
    // the entities the kept articles refer to, in the order they were created
    srcEntities: out.prepare<[], Ent>(`SELECT id, name, type, key, stage FROM src.entities WHERE id IN (
        SELECT entity_id FROM src.mentions WHERE article_id IN (SELECT src FROM temp.amap)
        UNION SELECT subject_id FROM src.relations WHERE article_id IN (SELECT src FROM temp.amap)
        UNION SELECT object_id FROM src.relations WHERE article_id IN (SELECT src FROM temp.amap)
        UNION SELECT speaker_id FROM src.statements WHERE article_id IN (SELECT src FROM temp.amap)
        UNION SELECT a.entity_id FROM src.statement_about a JOIN src.statements s ON s.id = a.statement_id WHERE s.article_id IN (SELECT src FROM temp.amap)
      ) ORDER BY id`),
    srcAliases: out.prepare<[number], { alias: string; key: string }>('SELECT alias, key FROM src.aliases WHERE entity_id = ? ORDER BY key'),
    entityByKey: out.prepare<[string], { id: number; name: string; type: string }>('SELECT id, name, type FROM main.entities WHERE key = ?'),
    entityByAlias: out.prepare<[string], { id: number; name: string; type: string }>('SELECT e.id, e.name, e.type FROM main.aliases a JOIN main.entities e ON e.id = a.entity_id WHERE a.key = ?'),
    insertEntity: out.prepare('INSERT INTO main.entities (name, type, key, stage) VALUES (?, ?, ?, ?)'),
    renameEntity: out.prepare('UPDATE main.entities SET name = ?, key = ? WHERE id = ?'),
    insertAlias: out.prepare('INSERT OR IGNORE INTO main.aliases (entity_id, alias, key) VALUES (?, ?, ?)'),
    mapEntity: out.prepare('INSERT INTO temp.emap (src, dst) VALUES (?, ?)'),
    amapGet: out.prepare<[number], number>('SELECT dst FROM temp.amap WHERE src = ?').pluck(),
    srcStatements: out.prepare('SELECT s.* FROM src.statements s JOIN temp.amap m ON m.src = s.article_id ORDER BY s.id'),
    srcAbout: out.prepare<[number], { entity_id: number }>('SELECT entity_id FROM src.statement_about WHERE statement_id = ? ORDER BY entity_id'),
    insertStatement: out.prepare(
      `INSERT INTO main.statements (article_id, speaker_id, source_start, source_end, cue, cue_start, cue_end, kind, content_start, content_end, ev_start, ev_end, confidence, stage)
       VALUES (?, (SELECT dst FROM temp.emap WHERE src = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertAbout: out.prepare('INSERT OR IGNORE INTO main.statement_about (statement_id, entity_id) VALUES (?, (SELECT dst FROM temp.emap WHERE src = ?))'),
  };

  // 1. articles
  type Row = { id: number; ext_id: string; title: string | null; url: string | null; source: string | null; published_at: string | null; author: string | null; text: string; hash: string; file: string | null; ingested_at: string };
  // in pages (a connection cannot write while it iterates), so memory stays bounded
  for (let last = 0, page: Row[]; (page = q.srcArticles.all(last) as Row[]).length > 0; last = page[page.length - 1].id) {
    for (const a of page) copyArticle(a);
  }
  function copyArticle(a: Row): void {
    const existing = q.findArticle.get(a.ext_id);
    if (existing) {
      if (existing.hash === a.hash) {
        report.duplicates++;
        return;
      }
      q.deleteAbout.run(existing.id);
      for (const d of q.deleteFacts) d.run(existing.id);
      q.deleteArticle.run(existing.id);
      report.replaced++;
    } else report.added++;
    const id = Number(q.insertArticle.run(a.ext_id, a.title, a.url, a.source, a.published_at, a.author, a.text, a.hash, a.file, a.ingested_at).lastInsertRowid);
    q.mapArticle.run(a.id, id);
  }

  // 2. entities: GROUP per article; others by canonical name, then alias (as storeDocument does)
  for (const e of q.srcEntities.all()) {
    const aliases = q.srcAliases.all(e.id);
    let id: number;
    if (e.type === 'GROUP') {
      const m = /^(\d+):(.*)$/.exec(e.key);
      const art = m ? q.amapGet.get(Number(m[1])) : undefined;
      const key = art !== undefined ? `${art}:${m![2]}` : e.key;
      id = Number(q.insertEntity.run(e.name, 'GROUP', key, e.stage).lastInsertRowid);
      report.entities_added++;
    } else {
      const r = mergeEntity(q, e, aliases.map((a) => a.key));
      id = r.id;
      if (r.merged) report.entities_merged++;
      else report.entities_added++;
    }
    for (const al of aliases) q.insertAlias.run(id, al.alias, al.key);
    q.mapEntity.run(e.id, id);
  }

  // 3. facts of the kept articles, with their new article and entity ids
  out.exec(`INSERT INTO main.sentences (article_id, idx, start, end)
    SELECT m.dst, s.idx, s.start, s.end FROM src.sentences s JOIN temp.amap m ON m.src = s.article_id ORDER BY m.dst, s.idx`);
  out.exec(`INSERT INTO main.mentions (article_id, entity_id, start, end, kind, sentence, stage)
    SELECT m.dst, e.dst, x.start, x.end, x.kind, x.sentence, x.stage FROM src.mentions x
    JOIN temp.amap m ON m.src = x.article_id JOIN temp.emap e ON e.src = x.entity_id ORDER BY x.id`);
  out.exec(`INSERT INTO main.relations (article_id, subject_id, object_id, type, predicate, ev_start, ev_end, confidence, stage)
    SELECT m.dst, s.dst, o.dst, r.type, r.predicate, r.ev_start, r.ev_end, r.confidence, r.stage FROM src.relations r
    JOIN temp.amap m ON m.src = r.article_id JOIN temp.emap s ON s.src = r.subject_id JOIN temp.emap o ON o.src = r.object_id ORDER BY r.id`);
  type St = { id: number; article_id: number; speaker_id: number; source_start: number; source_end: number; cue: string; cue_start: number; cue_end: number; kind: string; content_start: number; content_end: number; ev_start: number; ev_end: number; confidence: number; stage: string };
  for (const s of q.srcStatements.all() as St[]) {
    const sid = Number(
      q.insertStatement.run(
        q.amapGet.get(s.article_id), s.speaker_id, s.source_start, s.source_end, s.cue, s.cue_start, s.cue_end, s.kind,
        s.content_start, s.content_end, s.ev_start, s.ev_end, s.confidence, s.stage,
      ).lastInsertRowid,
    );
    for (const a of q.srcAbout.all(s.id)) q.insertAbout.run(sid, a.entity_id);
  }
}
