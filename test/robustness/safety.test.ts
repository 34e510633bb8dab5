import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';
import { ROOT } from './helpers.js';

const EVIL = `Robert'); DROP TABLE articles; --`;
const EVIL2 = `x' OR '1'='1`;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Values interpolated into SQL text that are not user input: constant table names, placeholder
 * lists, clause lists built from constant strings, and integers. Anything else must be a `?` parameter.
 */
const SAFE_INTERPOLATIONS = [
  /^t$/, // a table name from a constant list
  /^\w+(\.\w+)*\.map\(\(\) => '\?'\)\.join\(','\)( \|\| 'NULL')?$/, // ?, ?, ? placeholders
  /^\w+\.sql(\.replace\(.*\))?$/, // a clause from a { sql, args } builder: its values travel in args
  /^where\.length \? 'WHERE ' \+ where\.join\(' AND '\) : ''$/, // clauses that hold only ? parameters
  /^q\.limit \? 'LIMIT ' \+ Math\.max\(0, Math\.floor\(q\.limit\)\) : ''$/, // an integer
  /^opts\.busyTimeout \?\? 5000$/, // a number (pragma values cannot be bound)
  /^i \+ 1$/, // the schema version
];

describe('safety', () => {
  it('interpolates no value into SQL text: every value is a ? parameter', () => {
    const bad: string[] = [];
    for (const file of sources(join(ROOT, 'src'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/`([^`]*)`/g)) {
        if (!/\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|WHERE|LIMIT)\b|busy_timeout|user_version/.test(m[1])) continue;
        for (const e of m[1].matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)) {
          if (!SAFE_INTERPOLATIONS.some((re) => re.test(e[1].trim()))) {
            const line = src.slice(0, m.index).split('\n').length;
            bad.push(`${relative(ROOT, file)}:${line}: \${${e[1]}}`);
          }
        }
      }
    }
    expect(bad, 'use a ? parameter; a constant identifier or integer goes in SAFE_INTERPOLATIONS').toEqual([]);
  });

  it('stores SQL-looking input verbatim and answers SQL-looking queries safely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-safe-'));
    const db = join(dir, 's.db');
    const rec = { id: EVIL, title: EVIL2, url: EVIL, source: EVIL2, published_at: EVIL, text: `${EVIL} said the talks would resume. John Smith said ${EVIL2}.` };
    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify(rec) + '\n');
    expect((await cli(['ingest', join(dir, 'a.jsonl'), '--db', db])).code).toBe(0);
    for (const args of [
      ['said', '--by', EVIL], ['said', '--about', EVIL2], ['said', '--cue', EVIL], ['said', '--since', EVIL2], ['said', '--until', EVIL],
      ['entity', EVIL], ['entity', EVIL2],
    ]) {
      const r = await cli([...args, '--db', db, '--json']);
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
    }
    const s = JSON.parse((await cli(['stats', '--db', db, '--json'])).stdout);
    expect(s).toMatchObject({ articles: 1 });
    const said = JSON.parse((await cli(['said', '--by', 'John Smith', '--db', db, '--json'])).stdout);
    expect(said[0]).toMatchObject({ content: EVIL2, article: { id: EVIL, title: EVIL2, url: EVIL } });
  });

  it('opens the database read-only for queries: a query never creates or changes a database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-safe-'));
    const db = join(dir, 'none.db');
    for (const args of [['stats'], ['said'], ['entity', 'Smith']]) {
      const r = await cli([...args, '--db', db]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot open database/);
    }
    expect(existsSync(db)).toBe(false);
  });
});
