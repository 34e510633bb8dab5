import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from './run.js';

const ARTICLE = 'Talks in Geneva\n\nJohn Smith, a spokesman for the United Nations, said on Monday that the talks would resume. "We are hopeful," Smith told reporters.\n';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-cli-'));
  db = join(dir, 'test.db');
  writeFileSync(join(dir, 'a.md'), ARTICLE);
});

describe('cli', () => {
  it('prints help and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['ingest', 'extract', 'said', 'entity', 'stats']) expect(r.stdout).toContain(c);
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['stats', '--bogus', '--db', db])).code).toBe(2);
    expect((await cli(['said', '--limit', 'x', '--db', db])).code).toBe(2);
  });

  it('ingests, then re-ingesting changes nothing', async () => {
    const r1 = await cli(['ingest', join(dir, 'a.md'), '--db', db, '--json']);
    expect(r1.code).toBe(0);
    expect(JSON.parse(r1.stdout)).toMatchObject({ added: 1, unchanged: 0, failed: 0 });
    const r2 = await cli(['ingest', join(dir, 'a.md'), '--db', db, '--json']);
    expect(JSON.parse(r2.stdout)).toMatchObject({ added: 0, unchanged: 1, failed: 0 });
    const s = JSON.parse((await cli(['stats', '--db', db, '--json'])).stdout);
    expect(s.articles).toBe(1);
    expect(s.statements).toBe(2);
  });

  it('stores the good articles of a batch and exits 1 naming the bad input', async () => {
    mkdirSync(join(dir, 'batch'));
    writeFileSync(join(dir, 'batch', 'good.txt'), 'John Smith said the talks would resume.');
    writeFileSync(join(dir, 'batch', 'bad.jsonl'), '{"text": "Jane Doe said it was over."}\n{not json\n{"title": "no text"}\n');
    const r = await cli(['ingest', join(dir, 'batch'), join(dir, 'missing.txt'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl:2: malformed JSON/);
    expect(r.stderr).toMatch(/bad\.jsonl:3: article has no "text"/);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    const s = JSON.parse((await cli(['stats', '--db', db, '--json'])).stdout);
    expect(s.articles).toBe(2);
  });

  it('ingests JSON lines from stdin', async () => {
    const r = await cli(['ingest', '-', '--db', db, '--json'], { stdin: '{"id":"x1","text":"John Smith said the talks would resume."}\n' });
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 1 });
  });

  it('reads stored spans by UTF-16 offsets, also after characters outside the BMP (emoji)', async () => {
    const text = 'Fans cheered 🎉🎉 loudly. John Smith, a spokesman for the United Nations, said the talks would resume.';
    await cli(['ingest', '-', '--db', db], { stdin: JSON.stringify({ id: 'e1', text }) + '\n' });
    const rows = JSON.parse((await cli(['said', '--json', '--db', db])).stdout);
    expect(rows.map((x: { content: string }) => x.content)).toEqual(['the talks would resume']);
    expect(rows[0].sentence.text).toBe('John Smith, a spokesman for the United Nations, said the talks would resume.');
    // the full-text index holds the same words ("the" was cut to "e" when it counted characters)
    const found = JSON.parse((await cli(['said', '--match', 'the talks', '--json', '--db', db])).stdout);
    expect(found.map((x: { content: string }) => x.content)).toEqual(['the talks would resume']);
    const rel = JSON.parse((await cli(['relations', '--json', '--db', db])).stdout);
    for (const r of rel) expect(text).toContain(r.evidence?.text ?? r.evidence);
  });

  it('answers said --by with the contract JSON shape', async () => {
    await cli(['ingest', join(dir, 'a.md'), '--db', db]);
    const r = await cli(['said', '--by', 'smith', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { content: string }) => x.content)).toEqual(['the talks would resume', 'We are hopeful']);
    expect(Object.keys(rows[0]).sort()).toEqual(['about', 'article', 'content', 'cue', 'kind', 'sentence', 'speaker']);
    expect(rows[0].speaker).toMatchObject({ name: 'John Smith', type: 'PERSON' });
    expect(rows[0].article).toMatchObject({ title: 'Talks in Geneva' });
    expect(rows[0].sentence.text).toContain('John Smith, a spokesman for the United Nations');
  });

  it('shows an entity card and exits 1 with suggestions for an unknown name', async () => {
    await cli(['ingest', join(dir, 'a.md'), '--db', db]);
    const card = JSON.parse((await cli(['entity', 'John Smith', '--json', '--db', db])).stdout);
    expect(card).toMatchObject({ name: 'John Smith', type: 'PERSON', aliases: ['Smith'] });
    expect(card.relations.map((r: { predicate: string; object: { name: string } }) => [r.predicate, r.object.name])).toEqual([['spokesman', 'United Nations']]);
    expect(card.said.length).toBe(2);
    const r = await cli(['entity', 'Smit', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/entity "Smit" not found\. Did you mean: "John Smith"/);
  });

  it('extracts a Document JSON without storing, and --jsonl keeps the order', async () => {
    const r = await cli(['extract', join(dir, 'a.md')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.article.title).toBe('Talks in Geneva');
    for (const s of doc.statements) expect(doc.article.text.slice(s.content.start, s.content.end)).toBe(s.content.text);
    const lines = '{"id":"a","text":"John Smith said yes."}\n{"id":"b","text":"Jane Doe said no."}\n';
    const j = await cli(['extract', '--jsonl', '-'], { stdin: lines });
    expect(j.stdout.trim().split('\n').map((l) => JSON.parse(l).article.id)).toEqual(['a', 'b']);
  });
});
