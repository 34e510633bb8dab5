import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml, parseText, readFile } from '../../src/readers/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url));
const read = (name: string) => {
  const [r] = readFile(fixture(name));
  if ('error' in r) throw r.error;
  return r;
};

describe('readers/html', () => {
  it('keeps the article body and drops navigation, ads, sidebars, scripts and footers', () => {
    const { article } = read('geneva-talks.html');
    expect(article.text.startsWith('John Smith, a spokesman for the United Nations, said on Monday')).toBe(true);
    expect(article.text.endsWith('how long the new round was expected to last.')).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(4);
    for (const junk of ['Subscribe', 'Advertisement', 'Most read', 'rights reserved', 'analytics', 'font-family', 'By Maria Keller']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it.each([
    ['geneva-talks.html', { title: 'Geneva talks to resume next week', author: 'Maria Keller', published_at: '2024-03-11T09:30:00Z', url: 'https://ledger.example/world/2024/03/geneva-talks-resume', source: 'The Daily Ledger' }],
    ['harbour-strike.html', { author: 'René Dubois', published_at: '2023-11-02', url: 'https://coastalpost.example/news/harbour-strike-ends' }],
    ['budget-vote.htm', { title: 'Parliament approves budget after all-night session', author: 'Anna Kowalska', published_at: '2025-01-20T06:15:00+01:00', source: 'Warsaw Wire' }],
  ])('reads the metadata of %s', (name, meta) => {
    expect(read(name).article).toMatchObject(meta);
  });

  it('decodes a page declared as windows-1252 and resolves entities', () => {
    const r = read('harbour-strike.html');
    expect(r.encoding).toBe('windows-1252');
    expect(r.article.text).toContain('Françoise Martin, the union’s secretary general, said the deal was “a fair compromise”');
    expect(r.article.text).toContain('during the stoppage.\nTraffic is expected');
    expect(r.article.text).not.toContain('Great news');
  });

  it('keeps non-Latin letters and emoji of a UTF-8 page', () => {
    expect(read('budget-vote.htm').article.text).toContain('Émigré groups and the Łódź regional council also submitted comments during the consultation. 🇵🇱');
  });

  it('falls back to the body of a page too short for Readability, and gives nothing for an empty page', () => {
    expect(extractHtml('<html><body><p>Smith said yes.</p></body></html>')?.text).toBe('Smith said yes.');
    expect(extractHtml('<html><head><title>x</title></head><body><script>1</script></body></html>')).toBeUndefined();
  });

  it('reads a deeply nested page without Readability, and refuses one nested past 5000 levels', () => {
    const page = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>Smith said yes.</p>${'</div>'.repeat(n)}</body></html>`;
    const [ok] = [...parseText(page(1000), 'deep.html', 'html')];
    expect(ok).toMatchObject({ article: { text: 'Smith said yes.' } });
    const [bad] = [...parseText(page(6000), 'deeper.html', 'html')];
    expect('error' in bad && bad.error.message).toBe('deeper.html: HTML nested more than 5000 elements deep; not read (not a news page?)');
  });

  it('never throws on tag soup', () => {
    const piece = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<br>', '<script>', '</script>', '<!--', '-->', '<![CDATA[', '<title>', '&amp;', '&#0;', '&#x110000;', '<a href="x', '"', '>', '<', 'Smith said yes.', ' ', '\n', '<meta charset="x-bogus">', '<time datetime=>', '<table><tr><td>');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 60 }), (parts) => {
        for (const r of parseText(parts.join(''), 'soup.html', 'html')) {
          if (!('error' in r)) expect(r.article.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 150 },
    );
  });
});
