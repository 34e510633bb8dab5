import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/document/types.js';
import { openStore } from '../../src/store/open.js';
import { RowReader, toRows } from '../../src/store/rows.js';
import { storeDocument, storeRows } from '../../src/store/write.js';
import { dump } from '../parallel/fixtures.js';
import { makeDoc } from '../helpers.js';

/** A small Doc with a relation, a statement about an entity, a pronoun and a GROUP. */
function sample(): Doc {
  const doc = makeDoc('John Smith of Acme Corp said Acme would grow. He spoke in Paris. Analysts said so.', [
    ['John Smith', 'PERSON'],
    ['Acme Corp', 'ORG'],
    ['Acme', 'ORG'],
    ['Paris', 'GPE'],
    ['Analysts', 'GROUP'],
  ]);
  const e = (name: string) => doc.entities.findIndex((x) => x.name === name);
  doc.article = { id: 'r1', title: 'Acme', text: doc.text, url: 'https://example.org/r1', published_at: '2024-05-01' };
  doc.relations = [{ subject: e('John Smith'), object: e('Acme Corp'), predicate: 'of', type: 'works_for', evidence: { start: 0, end: 45 }, confidence: 0.875, stage: 'rel.test' }];
  doc.statements = [
    {
      speaker: e('John Smith'), source: { start: 0, end: 10 }, cue: { start: 24, end: 28 }, kind: 'indirect',
      content: { start: 29, end: 44 }, about: [e('Acme Corp')], evidence: { start: 0, end: 45 }, confidence: 0.8, stage: 'st.test',
    },
  ];
  return doc;
}

describe('store/rows', () => {
  it('packs the rows the writer stores: strings once, confidences apart', () => {
    const rows = toRows(sample());
    expect(rows.strs).toContain('said');
    expect(new Set(rows.strs).size).toBe(rows.strs.length);
    expect([...rows.nums]).toEqual([0.875, 0.8]);
    expect(rows.text).toBeUndefined();
    // the layout starts with the sentences: count, then start and end of each
    const r = new RowReader(rows);
    expect([r.int(), r.int(), r.int(), r.int(), r.int()]).toEqual([3, 0, 45, 46, 64]);
  });

  it.each([
    ['in this thread', (x: ReturnType<typeof toRows>) => x],
    ['after a structured clone (as from a worker)', (x: ReturnType<typeof toRows>) => structuredClone(x)],
  ])('stores exactly what storeDocument stores, %s', (_, move) => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-rows-'));
    const a = openStore(join(dir, 'a.db'));
    const b = openStore(join(dir, 'b.db'));
    for (const [id, extra] of [['r1', ''], ['r2', ' Smith said Acme Corp would grow.'], ['r1', ' More.']]) {
      const doc = makeDocFrom(sample(), id, extra);
      expect(storeDocument(a, doc, 'x.jsonl')).toEqual(storeRows(b, doc.article, move(toRows(doc)), { file: 'x.jsonl' }));
    }
    a.close();
    b.close();
    expect(dump(join(dir, 'b.db'))).toEqual(dump(join(dir, 'a.db')));
    const stored = dump(join(dir, 'a.db'));
    // named entities merged across the articles by key; a GROUP per article
    expect(stored.entities.map((e) => (e as { key: string }).key)).toEqual(['john smith', 'acme corp', 'acme', 'paris', '1:analysts', '2:analysts', '3:analysts']);
    expect(stored.statements.map((s) => (s as { cue: string }).cue)).toEqual(['said', 'said']);
    expect(stored.mentions).toHaveLength(12);
  });
});

/** The sample under another id, with text appended (a new version of an article when the id repeats). */
function makeDocFrom(doc: Doc, id: string, extra: string): Doc {
  const text = doc.text + extra;
  return { ...doc, text, article: { ...doc.article, id, text } };
}
