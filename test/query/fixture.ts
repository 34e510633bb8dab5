import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type DB } from '../../src/store/open.js';
import { nameKey } from '../../src/pipeline/stages/aliases.js';

/**
 * A small hand-built store (no pipeline): three dated articles and one undated, with entities,
 * aliases, mentions, relations and statements written directly, so query outputs are exact.
 */
interface ArticleSpec {
  id: string;
  title: string;
  date: string | null;
  sentences: string[];
}

export const ARTICLES: ArticleSpec[] = [
  {
    id: 'a1', title: 'Council meets in Moscow', date: '2024-01-10',
    sentences: ["Sergey Shoigu, Secretary of Russia's Security Council, met Tajik officials.", 'Shoigu said the border would be secured.'],
  },
  {
    id: 'a2', title: 'UN briefing', date: '2024-02-05',
    sentences: ["Vasily Nebenzya, Russia's Permanent Representative, spoke in New York.", 'Nebenzya warned that Afghanistan faced new threats.'],
  },
  {
    id: 'a3', title: 'Border talks', date: '2024-02-20',
    sentences: ['Shoigu warned that militants in Afghanistan were regrouping.', 'Nebenzya said Russia would help Tajikistan.'],
  },
  {
    id: 'a4', title: 'Two Ivanovs', date: null,
    sentences: ['Sergei Ivanov and Ivan Ivanov met in Dushanbe.', 'Ivanov said the talks with Tajikistan were useful.'],
  },
];

// name, type, aliases
export const ENTITIES: [string, string, string[]][] = [
  ['Sergey Shoigu', 'PERSON', ['Shoigu']], // 1
  ['Security Council', 'ORG', []], // 2
  ['Russia', 'GPE', []], // 3
  ['Vasily Nebenzya', 'PERSON', ['Nebenzya']], // 4
  ['Afghanistan', 'GPE', []], // 5
  ['Tajikistan', 'GPE', ['Tajik']], // 6
  ['Sergei Ivanov', 'PERSON', ['Ivanov']], // 7
  ['Ivan Ivanov', 'PERSON', ['Ivanov']], // 8
  ['Dushanbe', 'GPE', []], // 9
];

// article index, sentence index, surface text, entity id
const MENTIONS: [number, number, string, number][] = [
  [0, 0, 'Sergey Shoigu', 1], [0, 0, 'Russia', 3], [0, 0, 'Security Council', 2], [0, 0, 'Tajik', 6], [0, 1, 'Shoigu', 1],
  [1, 0, 'Vasily Nebenzya', 4], [1, 0, 'Russia', 3], [1, 1, 'Nebenzya', 4], [1, 1, 'Afghanistan', 5],
  [2, 0, 'Shoigu', 1], [2, 0, 'Afghanistan', 5], [2, 1, 'Nebenzya', 4], [2, 1, 'Russia', 3], [2, 1, 'Tajikistan', 6],
  [3, 0, 'Sergei Ivanov', 7], [3, 0, 'Ivan Ivanov', 8], [3, 0, 'Dushanbe', 9], [3, 1, 'Ivanov', 8], [3, 1, 'Tajikistan', 6],
];

// article, sentence, subject, object, type, predicate
const RELATIONS: [number, number, number, number, string, string][] = [
  [0, 0, 1, 2, 'works_for', 'Secretary'],
  [0, 0, 2, 3, 'based_in', 'of'],
  [1, 0, 4, 3, 'works_for', 'Permanent Representative'],
  [3, 0, 9, 6, 'located_in', 'capital of'],
];

// article, sentence, speaker, cue, kind, content, about
const STATEMENTS: [number, number, number, string, string, string, number[]][] = [
  [0, 1, 1, 'said', 'indirect', 'the border would be secured', []],
  [1, 1, 4, 'warned', 'indirect', 'Afghanistan faced new threats', [5]],
  [2, 0, 1, 'warned', 'indirect', 'militants in Afghanistan were regrouping', [5]],
  [2, 1, 4, 'said', 'indirect', 'Russia would help Tajikistan', [3, 6]],
  [3, 1, 8, 'said', 'indirect', 'the talks with Tajikistan were useful', [6]],
];

export function buildStore(db: DB): void {
  const ins = {
    article: db.prepare('INSERT INTO articles (ext_id, title, url, published_at, text, hash) VALUES (?, ?, ?, ?, ?, ?)'),
    sentence: db.prepare('INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)'),
    entity: db.prepare("INSERT INTO entities (name, type, key, stage) VALUES (?, ?, ?, 'test')"),
    alias: db.prepare('INSERT INTO aliases (entity_id, alias, key) VALUES (?, ?, ?)'),
    mention: db.prepare("INSERT INTO mentions (article_id, entity_id, start, end, kind, sentence, stage) VALUES (?, ?, ?, ?, 'name', ?, 'test')"),
    relation: db.prepare("INSERT INTO relations (article_id, subject_id, object_id, type, predicate, ev_start, ev_end, confidence, stage) VALUES (?, ?, ?, ?, ?, ?, ?, 0.9, 'test')"),
    statement: db.prepare(
      "INSERT INTO statements (article_id, speaker_id, source_start, source_end, cue, cue_start, cue_end, kind, content_start, content_end, ev_start, ev_end, confidence, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.8, 'test')",
    ),
    about: db.prepare('INSERT INTO statement_about (statement_id, entity_id) VALUES (?, ?)'),
  };
  db.transaction(() => {
    const spans: { start: number; end: number }[][] = [];
    const texts: string[] = [];
    ARTICLES.forEach((a, i) => {
      const text = a.sentences.join(' ');
      texts.push(text);
      let at = 0;
      spans.push(a.sentences.map((s) => ({ start: (at = text.indexOf(s, at)), end: at + s.length })));
      ins.article.run(a.id, a.title, `https://news.example/${a.id}`, a.date, text, `hash-${a.id}`);
      spans[i].forEach((s, k) => ins.sentence.run(i + 1, k, s.start, s.end));
    });
    for (const [name, type, aliases] of ENTITIES) {
      const id = Number(ins.entity.run(name, type, nameKey(name)).lastInsertRowid);
      for (const al of aliases) ins.alias.run(id, al, nameKey(al));
    }
    const find = (a: number, s: number, sub: string) => {
      const from = spans[a][s].start;
      const start = texts[a].indexOf(sub, from);
      if (start < 0 || start + sub.length > spans[a][s].end) throw new Error(`fixture: "${sub}" not in sentence ${s} of article ${a}`);
      return { start, end: start + sub.length };
    };
    for (const [a, s, text, e] of MENTIONS) {
      const m = find(a, s, text);
      ins.mention.run(a + 1, e, m.start, m.end, s);
    }
    for (const [a, s, subj, obj, type, pred] of RELATIONS) ins.relation.run(a + 1, subj, obj, type, pred, spans[a][s].start, spans[a][s].end);
    for (const [a, s, speaker, cue, kind, content, about] of STATEMENTS) {
      const sent = spans[a][s];
      const c = find(a, s, content);
      const cu = find(a, s, cue);
      const id = Number(ins.statement.run(a + 1, speaker, sent.start, sent.start + 6, cue, cu.start, cu.end, kind, c.start, c.end, sent.start, sent.end).lastInsertRowid);
      for (const e of about) ins.about.run(id, e);
    }
  })();
}

/** A fresh store file with the fixture. */
export function fixtureDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-query-'));
  const file = join(dir, 'fixture.db');
  const db = openStore(file);
  buildStore(db);
  db.close();
  return file;
}
