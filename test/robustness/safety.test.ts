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
 * A value spliced into SQL text where a value goes (after `=`, `<`, `>`, LIKE, GLOB, `IN (`, or inside
 * quotes) is an injection risk; it must be a `?` / `@name` parameter instead. Structural pieces
 * (clause lists, column names, ORDER BY choices) are not values. These are the value-position
 * interpolations known to be integers (pragmas cannot take parameters).
 */
const SAFE_VALUES = [/^opts\.busyTimeout \?\? 5000$/, /^i \+ 1$/, /^Math\.(floor|max|min|trunc)\(.*\)$/];
const VALUE_POSITION = /(=|<|>|\bLIKE|\bGLOB|\bIN\s*\(|\bLIMIT|\bOFFSET|['"%])\s*$/i;

describe('safety', () => {
  it('splices no value into SQL text: every value is a ? parameter', () => {
    const bad: string[] = [];
    for (const file of sources(join(ROOT, 'src'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/`([^`]*)`/g)) {
        if (!/\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|WHERE|LIMIT)\b|busy_timeout|user_version/.test(m[1])) continue;
        for (const e of m[1].matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)) {
          const before = m[1].slice(Math.max(0, e.index - 12), e.index);
          if (VALUE_POSITION.test(before) && !SAFE_VALUES.some((re) => re.test(e[1].trim()))) {
            const line = src.slice(0, m.index).split('\n').length;
            bad.push(`${relative(ROOT, file)}:${line}: \${${e[1]}}`);
          }
        }
      }
    }
    expect(bad, 'pass values as ? parameters; a proven integer may go in SAFE_VALUES').toEqual([]);
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
      expect([0, 1, 2], `${args.join(' ')}: ${r.stderr}`).toContain(r.code); // found, not found, or refused as bad usage
    }
    const s = JSON.parse((await cli(['stats', '--db', db, '--json'])).stdout);
    expect(s).toMatchObject({ articles: 1 });
    const said = JSON.parse((await cli(['said', '--by', 'John Smith', '--db', db, '--json'])).stdout);
    expect(said[0]).toMatchObject({ content: EVIL2, article: { id: EVIL, title: EVIL2, url: EVIL } });
  });

  it('a query on a missing database fails and creates no database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-safe-'));
    const db = join(dir, 'none.db');
    const queries = [['stats'], ['said'], ['entity', 'Smith'], ['relations'], ['neighbors', 'Smith'], ['path', 'Smith', 'Keller'], ['timeline', 'Smith'], ['top'], ['communities'], ['export', '--format', 'json']];
    for (const args of queries) {
      const r = await cli([...args, '--db', db]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(existsSync(db), args.join(' ')).toBe(false);
    }
    expect(existsSync(db)).toBe(false);
  });
});
