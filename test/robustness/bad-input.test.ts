import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

const GOOD = 'John Smith said the talks would resume.';
let dir: string;
let db: string;
let server: Server | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-bad-'));
  db = join(dir, 'test.db');
});
afterEach(() => {
  server?.close();
  server = undefined;
});

const stats = async () => JSON.parse((await cli(['stats', '--db', db, '--json'])).stdout);
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error: '));

/** A Unix socket: a path that exists but cannot be opened for reading, even by root. */
async function socketAt(path: string): Promise<void> {
  server = createServer();
  await new Promise<void>((ok) => server!.listen(path, ok));
}

describe('bad input: one error line naming the file, exit 1, every good article stored', () => {
  it.each<[string, (p: string) => void | Promise<void>, RegExp]>([
    ['empty.txt', (p) => writeFileSync(p, ''), /empty\.txt: file is empty/],
    ['blank.md', (p) => writeFileSync(p, ' \n\n \t\n'), /blank\.md: file is empty/],
    ['image.txt', (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])), /image\.txt: binary file \(contains NUL bytes\)/],
    ['huge.txt', (p) => writeFileSync(p, `${GOOD} `.repeat(200)), /huge\.txt: file is 7\.8 KB, over the limit of 4\.0 KB; split it or raise --max-bytes/],
    ['bad.jsonl', (p) => writeFileSync(p, `{"id":"j1","text":"${GOOD}"}\n{"id":"j2","text":"trunc`), /bad\.jsonl:2: malformed JSON/],
    ['notext.jsonl', (p) => writeFileSync(p, '\n\n{"id":"n1","title":"no text"}\n'), /notext\.jsonl:3: article has no "text" field/],
    ['notext.json', (p) => writeFileSync(p, '{"id":"n2","title":"no text","body":"x"}'), /notext\.json: article has no "text" field/],
    ['broken.json', (p) => writeFileSync(p, '{"id":"b1","text":"cut here'), /broken\.json: malformed JSON/],
    ['empty.html', (p) => writeFileSync(p, '<html><body><nav></nav><script>x()</script></body></html>'), /empty\.html: no article text found/],
    ['socket.txt', (p) => socketAt(p), /socket\.txt: cannot read \(ENXIO\)/],
    ['loop', (p) => symlinkSync(join(p, '..'), p), /loop: directory loop \(a symbolic link back to .*\); not followed/],
    ['dangling.txt', (p) => symlinkSync(join(dir, 'nowhere.txt'), p), /dangling\.txt: broken symbolic link/],
  ])('%s', async (name, make, message) => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a-good.txt'), GOOD);
    writeFileSync(join(dir, 'in', 'z-good.md'), `Title\n\nJane Doe said it was over.`);
    await make(join(dir, 'in', name));
    const paths = [join(dir, 'in')];
    if (name === 'socket.txt') paths.push(join(dir, 'in', name)); // a socket is not listed by a folder walk; named, it is read
    const r = await cli(['ingest', ...paths, '--db', db, '--max-bytes', '4k']);
    expect(r.code).toBe(1);
    const errors = errorLines(r.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toContain(name);
    const stored = name === 'bad.jsonl' ? 3 : 2;
    expect(await stats()).toMatchObject({ articles: stored });
  });

  it('reports a path that does not exist, and stores the rest', async () => {
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const r = await cli(['ingest', join(dir, 'missing.txt'), join(dir, 'good.txt'), '--db', db]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([`error: ${join(dir, 'missing.txt')}: no such file or directory`]);
    expect(await stats()).toMatchObject({ articles: 1 });
  });

  it('reports a file without read permission (when not running as root)', async () => {
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(join(dir, 'secret.txt'), GOOD + ' Again.');
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = await cli(['ingest', dir, '--db', db]);
    if (process.getuid?.() === 0) return; // root reads it anyway; the socket case covers unreadable files
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/secret\.txt: cannot read \(EACCES\)/)]);
  });

  it('applies a default limit of 10 MB', async () => {
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(join(dir, 'big.txt'), '');
    truncateSync(join(dir, 'big.txt'), 10 * 1024 * 1024 + 1);
    const r = await cli(['ingest', dir, '--db', db]);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/big\.txt: file is 10\.0 MB, over the limit of 10\.0 MB/)]);
    expect(await stats()).toMatchObject({ articles: 1 });
  });

  it('limits each line of a .jsonl file, not the whole file', async () => {
    const lines = [1, 2, 3].map((i) => JSON.stringify({ id: `l${i}`, text: `${GOOD} Line ${i}.` }));
    lines.splice(1, 0, JSON.stringify({ id: 'long', text: 'word '.repeat(400) }));
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n') + '\n');
    const r = await cli(['ingest', join(dir, 'many.jsonl'), '--db', db, '--max-bytes', '1k']);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/many\.jsonl:2: line is over the limit of 1\.0 KB/)]);
    expect(await stats()).toMatchObject({ articles: 3 });
  });

  it('reports several bad inputs of one batch, one line each, and stores all the good ones', async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), GOOD);
    writeFileSync(join(dir, 'in', 'b.txt'), '');
    writeFileSync(join(dir, 'in', 'c.jsonl'), `{"text":"Jane Doe said no."}\n{bad\n{"title":"t"}\n{"text":"Ann Lee said maybe."}\n`);
    writeFileSync(join(dir, 'in', 'd.md'), Buffer.from('Caf\xe9 owner Pierre Dupont said the r\xe9forme was unfair.', 'latin1'));
    writeFileSync(join(dir, 'in', 'e.json'), Buffer.from([0, 1, 2, 3]));
    const r = await cli(['ingest', join(dir, 'in'), '--db', db, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ added: 4, failed: 4 });
    expect(out.errors.map((e: { code: string }) => e.code)).toEqual(['E_INPUT', 'E_INPUT', 'E_INPUT', 'E_INPUT']);
    expect(errorLines(r.stderr).map((l) => l.replace(/^error: .*\/in\//, ''))).toEqual([
      'b.txt: file is empty; nothing to ingest',
      expect.stringMatching(/^c\.jsonl:2: malformed JSON/),
      'c.jsonl:3: article has no "text" field (a non-empty string is required)',
      'e.json: binary file (contains NUL bytes); not a text article',
    ]);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['ingest', '--db', 'x.db']],
    [['ingest', 'a.txt', '--max-bytes', 'lots']],
    [['ingest', 'a.txt', '--max-bytes', '0']],
    [['ingest', 'a.txt', '--max-bytes', '10XB']],
  ])('%j', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toBe('');
  });
});
