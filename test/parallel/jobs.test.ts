import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';
import { dump, jsonl, ARTICLES } from './fixtures.js';
import { ingest, type IngestReport } from '../../src/ingest.js';
import { ingestParallel } from '../../src/parallel/ingest.js';
import { openStore } from '../../src/store/open.js';

let dir: string;
let input: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-jobs-'));
  input = join(dir, 'articles.jsonl');
  writeFileSync(input, jsonl());
});

const report = (stdout: string) => {
  const { seconds: _, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  return rest;
};

describe('ingest --jobs', () => {
  it('stores exactly what one thread stores, and reports the same', async () => {
    const runs = [];
    for (const jobs of ['1', '2']) {
      const db = join(dir, `jobs${jobs}.db`);
      const r = await cli(['ingest', input, '--db', db, '--json', '--jobs', jobs]);
      runs.push({ code: r.code, stderr: r.stderr, report: report(r.stdout), rows: dump(db) });
    }
    expect(runs[0].code).toBe(1); // the malformed line
    expect(runs[0].report).toMatchObject({ added: 5, replaced: 1, unchanged: 1, failed: 1 });
    expect(runs[0].rows.articles).toHaveLength(5);
    expect(runs[1]).toEqual(runs[0]);
  });

  it('re-ingests with the same report as one thread', async () => {
    const db = join(dir, 'again.db');
    await cli(['ingest', input, '--db', db, '--jobs', '2']);
    const r = await cli(['ingest', input, '--db', db, '--json', '--jobs', '2']);
    // a2 comes twice with different texts: each replaces the other; the rest is unchanged
    expect(report(r.stdout)).toMatchObject({ added: 0, replaced: 2, unchanged: 5, failed: 1 });
    const again = await cli(['ingest', input, '--db', join(dir, 'again1.db'), '--json', '--jobs', '1']);
    const again1 = await cli(['ingest', input, '--db', join(dir, 'again1.db'), '--json', '--jobs', '1']);
    expect(again.code).toBe(1);
    expect(report(again1.stdout)).toEqual(report(r.stdout));
  });

  it('stores the same when this thread runs part of the articles (one article per worker message)', async () => {
    const one = join(dir, 'lib1.db');
    const two = join(dir, 'lib2.db');
    const strip = (r: IngestReport) => ({ ...r, errors: r.errors.map((e) => [e.code, e.message]) });
    const db1 = openStore(one);
    const r1 = ingest(db1, [input]);
    db1.close();
    const db2 = openStore(two);
    const r2 = await ingestParallel(db2, [input], { jobs: 2, batchSize: 1 });
    db2.close();
    expect(strip(r2)).toEqual(strip(r1));
    expect(r1).toMatchObject({ added: 5, replaced: 1, unchanged: 1, failed: 1 });
    expect(dump(two)).toEqual(dump(one));
  });

  it('rejects a --jobs that is not a positive integer', async () => {
    expect((await cli(['ingest', input, '--db', join(dir, 'x.db'), '--jobs', '0'])).code).toBe(2);
    expect((await cli(['ingest', input, '--db', join(dir, 'x.db'), '--jobs', 'many'])).code).toBe(2);
  });
});

describe('extract --jsonl --jobs', () => {
  it('prints the same lines in the same order as one thread', async () => {
    const one = await cli(['extract', '--jsonl', input, '--jobs', '1']);
    const two = await cli(['extract', '--jsonl', input, '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    expect(one.stdout.trim().split('\n')).toHaveLength(ARTICLES.length);
  });

  it('gives an article the same result alone as after other articles', async () => {
    const all = (await cli(['extract', '--jsonl', input])).stdout.trim().split('\n');
    const alone = join(dir, 'alone.jsonl');
    writeFileSync(alone, JSON.stringify(ARTICLES[5]) + '\n');
    expect((await cli(['extract', '--jsonl', alone])).stdout.trim()).toBe(all[5]);
  });
});

describe('streaming', () => {
  it('reads a .jsonl larger than --max-bytes line by line with --jobs 2', async () => {
    const big = join(dir, 'big.jsonl');
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `s${i}`, text: `Reporter number ${i} said the vote in Ohio was close.` }));
    writeFileSync(big, lines.join('\n') + '\n');
    const r = await cli(['ingest', big, '--db', join(dir, 'big.db'), '--json', '--jobs', '2', '--max-bytes', '200']);
    expect(r.code).toBe(0);
    expect(report(r.stdout)).toMatchObject({ added: 12, failed: 0 });
  });
});
