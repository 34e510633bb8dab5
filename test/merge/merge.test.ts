import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

const A = [
  { id: 'm1', text: 'John Smith, a spokesman for the United Nations, said on Monday that the talks would resume in Geneva.' },
  { id: 'm2', text: 'Angela Merkel met Emmanuel Macron in Berlin. Merkel said Germany and France would work together.' },
  { id: 'm3', text: 'Officials in Kabul warned that the Taliban had seized two districts, according to security analysts.' },
];
const B = [
  { id: 'm2', text: 'Angela Merkel met Emmanuel Macron in Berlin. Merkel said Germany and France would work together.' },
  { id: 'm4', text: 'Smith told reporters that the United Nations was hopeful. "We will keep talking," Smith said.' },
  { id: 'm5', text: 'Chancellor Merkel said on Tuesday that Germany would send aid, a government spokesman said.' },
];

let dir: string;
const file = (name: string, rows: object[]) => {
  const p = join(dir, name);
  writeFileSync(p, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return p;
};

/** What a store says, independent of its row ids. */
function content(db: string) {
  const h = new Database(db, { readonly: true });
  try {
    const all = (sql: string) => (h.prepare(sql).all() as object[]).map((r) => JSON.stringify(r)).sort();
    return {
      articles: all('SELECT ext_id, hash FROM articles'),
      entities: all("SELECT name, type, (SELECT group_concat(alias, '|') FROM (SELECT alias FROM aliases a WHERE a.entity_id = e.id ORDER BY alias)) AS aliases FROM entities e"),
      mentions: all('SELECT a.ext_id, e.name, m.start, m.end, m.kind FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id'),
      relations: all('SELECT a.ext_id, s.name AS s, o.name AS o, r.type, r.predicate FROM relations r JOIN articles a ON a.id = r.article_id JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id'),
      statements: all('SELECT a.ext_id, e.name, s.cue, s.kind, s.content_start, s.content_end FROM statements s JOIN articles a ON a.id = s.article_id JOIN entities e ON e.id = s.speaker_id'),
      sentences: all('SELECT a.ext_id, s.idx, s.start, s.end FROM sentences s JOIN articles a ON a.id = s.article_id'),
    };
  } finally {
    h.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ng-merge-'));
  const a = file('a.jsonl', A);
  const b = file('b.jsonl', B);
  const ab = file('ab.jsonl', [...A, ...B]);
  for (const [input, db] of [[a, 'a.db'], [b, 'b.db'], [ab, 'ab.db']]) {
    expect((await cli(['ingest', input, '--db', join(dir, db), '--jobs', '1'])).code).toBe(0);
  }
});

describe('merge', () => {
  it('gives the store that one ingest of both corpora gives', async () => {
    const out = join(dir, 'merged.db');
    const r = await cli(['merge', out, join(dir, 'a.db'), join(dir, 'b.db'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ inputs: 2, added: 5, replaced: 0, duplicates: 1 });
    expect(content(out)).toEqual(content(join(dir, 'ab.db')));
  });

  it('is a no-op when merging the same store twice', async () => {
    const out = join(dir, 'twice.db');
    await cli(['merge', out, join(dir, 'a.db')]);
    const before = content(out);
    const r = await cli(['merge', out, join(dir, 'a.db'), '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, duplicates: 3, entities_added: 0 });
    expect(content(out)).toEqual(before);
  });

  it('replaces an article whose id comes back with new content', async () => {
    const c = file('c.jsonl', [{ id: 'm1', text: 'Maria Lopez said the vote in Ohio was close.' }]);
    await cli(['ingest', c, '--db', join(dir, 'c.db'), '--jobs', '1']);
    const out = join(dir, 'replaced.db');
    await cli(['merge', out, join(dir, 'a.db')]);
    const r = await cli(['merge', out, join(dir, 'c.db'), '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, replaced: 1 });
    const s = JSON.parse((await cli(['stats', '--db', out, '--json'])).stdout);
    expect(s.articles).toBe(3);
  });

  it.each([
    [['merge', 'out.db'], 2],
    [['merge', 'out.db', 'missing.db'], 1],
  ])('fails on %j with exit code %i', async (args, code) => {
    const r = await cli(args.map((a) => (a.endsWith('.db') ? join(dir, a) : a)));
    expect(r.code).toBe(code);
  });

  it('refuses to merge a store into itself', async () => {
    const r = await cli(['merge', join(dir, 'a.db'), join(dir, 'a.db')]);
    expect(r.code).toBe(2);
  });
});
