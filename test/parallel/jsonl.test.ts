import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonlStream, readLines } from '../../src/parallel/jsonl.js';
import { parseInput } from '../../src/readers/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-jsonl-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('readLines', () => {
  it.each([1, 2, 3, 5, 64])('splits lines across chunk boundaries (chunk %i bytes), multi-byte characters included', (chunk) => {
    const p = file(`lines${chunk}.txt`, 'é“quoted”\n\nabc\r\n日本語\nlast');
    expect([...readLines(p, chunk)]).toEqual([
      { line: 1, text: 'é“quoted”' },
      { line: 2, text: '' },
      { line: 3, text: 'abc\r' },
      { line: 4, text: '日本語' },
      { line: 5, text: 'last' },
    ]);
  });

  it('yields nothing for an empty file', () => {
    expect([...readLines(file('empty.txt', ''))]).toEqual([]);
  });
});

describe('readJsonlStream', () => {
  const content = '\ufeff{"id":"a","text":"Smith said so."}\r\n\n{"text": \n{"id":"c","title":"T","text":"Jones – “yes”.","published_at":"2024-01-02"}\n[1]\n{"id":"d","text":""}\n';

  it.each([1, 7, 1 << 20])('gives the same results as reading the whole file (chunk %i)', (chunk) => {
    const p = file('in.jsonl', content);
    const streamed = [...readJsonlStream(p, { chunkSize: chunk, label: 'in.jsonl' })];
    const whole = [...parseInput(content, 'in.jsonl', '.jsonl')];
    expect(streamed).toEqual(whole);
    expect(streamed.map((r) => ('error' in r ? r.error.code : r.article.id))).toEqual(['a', 'E_INPUT', 'c', 'E_INPUT', 'E_INPUT']);
  });

  it('reports a missing file as one input error', () => {
    const r = [...readJsonlStream(join(dir, 'missing.jsonl'), { label: 'missing.jsonl' })];
    expect(r).toHaveLength(1);
    expect('error' in r[0] && r[0].error.message).toBe('missing.jsonl: cannot read (ENOENT)');
  });
});
