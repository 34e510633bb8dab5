import Database from 'better-sqlite3';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toJSON } from '../../src/document/json.js';
import { process as runPipeline } from '../../src/pipeline/index.js';
import { decode } from '../../src/readers/index.js';
import { storeDocument, wellFormed } from '../../src/store/write.js';

const PIECES = [
  'John Smith', 'Smith', 'Maria Keller', 'the United Nations', 'said', 'told reporters', 'according to', 'warned that', 'He', 'she',
  '"', '“', '”', '«', '»', "'", '’', '.', ',', '!', '?', ';', ':', '—', '-', '(', ')', '...', ' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n',
  '👩‍👩‍👧', '🇵🇱', '😀', 'قال الرئيس', 'אמר השר', '\u200f', '\u200e', 'é', 'e\u0301', 'Z̴̡a̷l̸g̷o̵', '東京', '北京市', 'ß', 'İ', 'ﬁ',
  '\u200b', '\ufeff', '\u00a0', '\u2028', '0', '42', '3.14', 'Mr.', 'U.S.', 'e.g.',
];
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)); // includes lone surrogates
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
);
const newsish = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''));
const longSentence = fc
  .tuple(fc.integer({ min: 300, max: 1500 }), fc.constantFrom('the talks would resume ', 'قال الرئيس ', 'word', '😀 ', 'e\u0301 '))
  .map(([n, w]) => w.repeat(n));
// Dense with names and cues: the relation stage scores only pairs of names at most MAX_GAP tokens
// apart, so a run-on sentence of many names stays about linear (docs/robustness.md).
const longNamedSentence = fc
  .tuple(fc.integer({ min: 20, max: 200 }), fc.constantFrom('John Smith said ', 'Maria Keller told the United Nations that '))
  .map(([n, w]) => w.repeat(n));

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

/** Every span of a Document JSON (sentences, mentions, evidence, sources, cues, contents). */
function spans(doc: ReturnType<typeof toJSON>): SpanLike[] {
  return [
    ...doc.sentences,
    ...doc.entities.flatMap((e) => e.mentions),
    ...doc.relations.map((r) => r.evidence),
    ...doc.statements.flatMap((s) => [s.source, s.cue_span, s.content, s.evidence]),
  ];
}

function checkText(text: string): void {
  const doc = toJSON(runPipeline({ id: 'p', text }));
  expect(doc.article.text).toBe(text);
  for (const s of spans(doc)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, JSON.stringify(s)).toBe(true);
    if (s.text !== undefined) expect(s.text).toBe(text.slice(s.start, s.end));
  }
  for (const e of doc.entities) expect(e.name.length).toBeGreaterThan(0);
  for (const st of doc.statements) expect(st.cue).toBe(text.slice(st.cue_span.start, st.cue_span.end));
}

describe('pipeline properties (fast-check)', () => {
  it('never throws on arbitrary Unicode; every span lies in the text and equals text.slice(start, end)', () => {
    fc.assert(fc.property(newsish, checkText), { numRuns: 300 });
  });

  it('handles very long sentences without punctuation', () => {
    fc.assert(fc.property(longSentence, checkText), { numRuns: 8 });
    fc.assert(fc.property(longNamedSentence, checkText), { numRuns: 4 });
  });

  it('stores the text it was given (a lone surrogate as U+FFFD, same length), with every stored offset inside it', () => {
    const schema = readFileSync(fileURLToPath(new URL('../../schema.sql', import.meta.url)), 'utf8');
    const db = new Database(':memory:');
    db.exec(schema);
    let n = 0;
    fc.assert(
      fc.property(newsish.filter((t) => t.length > 0), (text) => {
        const { articleId } = storeDocument(db, runPipeline({ id: `p${n++}`, text }));
        const row = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?').get(articleId)!;
        expect(row.text).toBe(wellFormed(text));
        expect(row.text.length).toBe(text.length);
        const bad = db
          .prepare<[number, number, number, number, number, number, number, number], { n: number }>(
            `SELECT (SELECT count(*) FROM sentences WHERE article_id = ? AND NOT (0 <= start AND start <= end AND end <= ?))
                  + (SELECT count(*) FROM mentions WHERE article_id = ? AND NOT (0 <= start AND start <= end AND end <= ?))
                  + (SELECT count(*) FROM statements WHERE article_id = ? AND NOT (content_end <= ? AND ev_end <= ? AND cue_end <= ?)) AS n`,
          )
          .get(articleId, text.length, articleId, text.length, articleId, text.length, text.length, text.length)!;
        expect(bad.n).toBe(0);
      }),
      { numRuns: 100 },
    );
    db.close();
  });
});

describe('encoding properties (fast-check)', () => {
  const valid = fc.string({ unit: 'binary', maxLength: 200 });
  it.each([
    ['UTF-8', (s: string) => Buffer.from(s, 'utf8')],
    ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-16 LE with BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16 BE with BOM', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ])('decodes any valid %s text back to the same string', (_, encode) => {
    fc.assert(fc.property(valid.filter((s) => !s.startsWith('\ufeff')), (s) => {
      expect(decode(encode(s)).text).toBe(s);
    }), { numRuns: 200 });
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decode(bytes);
        expect(typeof d.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
