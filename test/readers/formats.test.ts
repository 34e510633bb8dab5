import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { expandPaths, readFile, stdinFormat, type ReadResult } from '../../src/readers/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-read-'));
});
const ok = (rs: ReadResult[]) => rs.map((r) => ('error' in r ? r.error.message : r.article));

describe('readers: formats', () => {
  it('keeps the text of a .txt file as read (CRLF included) after a title line', () => {
    writeFileSync(join(dir, 'a.txt'), 'Headline\r\n\r\nFirst line.\r\nSecond line.\r\n');
    expect(ok(readFile(join(dir, 'a.txt')))).toEqual([expect.objectContaining({ title: 'Headline', text: 'First line.\r\nSecond line.\r\n' })]);
  });

  it('drops the # of a Markdown title and keeps the body as written', () => {
    writeFileSync(join(dir, 'a.md'), '# Talks resume\n\n**John Smith** said yes.\n');
    expect(ok(readFile(join(dir, 'a.md')))).toEqual([expect.objectContaining({ title: 'Talks resume', text: '**John Smith** said yes.\n' })]);
  });

  it('reads a .json array and every field of the contract', () => {
    const rec = { id: 'x', title: 'T', text: 'Body.', url: 'https://u.example', source: 'S', published_at: '2024-01-02', author: 'A' };
    writeFileSync(join(dir, 'a.json'), JSON.stringify([rec, { text: 'Other.' }]));
    const [a, b] = ok(readFile(join(dir, 'a.json')));
    expect(a).toEqual(rec);
    expect(b).toMatchObject({ text: 'Other.', id: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('streams .jsonl lines across read chunks, with a BOM on the first line and CRLF endings', () => {
    const big = (i: number) => JSON.stringify({ id: `l${i}`, text: `${'é'.repeat(300_000)} ${i}` });
    writeFileSync(join(dir, 'a.jsonl'), '\ufeff' + [big(1), big(2), big(3), big(4)].join('\r\n') + '\r\n');
    const rs = readFile(join(dir, 'a.jsonl'));
    expect(rs.map((r) => ('error' in r ? r.error.message : [r.article.id, r.line, r.article.text.length]))).toEqual([
      ['l1', 1, 300_002], ['l2', 2, 300_002], ['l3', 3, 300_002], ['l4', 4, 300_002],
    ]);
  });

  it('turns a lone surrogate from a JSON escape into U+FFFD, keeping the length', () => {
    writeFileSync(join(dir, 'a.jsonl'), '{"text":"Smith said \\ud800 yes."}\n');
    expect(ok(readFile(join(dir, 'a.jsonl')))).toEqual([expect.objectContaining({ text: 'Smith said \ufffd yes.' })]);
  });

  it.each([
    ['{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['Headline\n\nBody {with braces}.', 'txt'],
  ])('guesses the format of stdin %j', (content, format) => {
    expect(stdinFormat(content)).toBe(format);
  });
});

describe('readers: paths', () => {
  it('follows links to files and folders, walks a folder linked twice once, and skips hidden files', () => {
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'b.txt'), 'B');
    writeFileSync(join(dir, 'in', 'a.txt'), 'A');
    writeFileSync(join(dir, 'in', '.hidden.txt'), 'H');
    writeFileSync(join(dir, 'in', 'notes.pdf'), 'P');
    symlinkSync(join(dir, 'other'), join(dir, 'in', 'l1'));
    symlinkSync(join(dir, 'other'), join(dir, 'in', 'l2'));
    symlinkSync(join(dir, 'other', 'b.txt'), join(dir, 'in', 'c.txt'));
    const { files, errors } = expandPaths([join(dir, 'in')]);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['in/a.txt', 'in/c.txt', 'in/l1/b.txt']);
  });

  it('reports a glob that matches nothing', () => {
    expect(expandPaths([join(dir, '*.txt')]).errors.map((e) => e.message)).toEqual([`${join(dir, '*.txt')}: no file matches this pattern`]);
  });
});
