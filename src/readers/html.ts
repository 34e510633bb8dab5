import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../document/types.js';
import { InvalidInputError } from '../errors.js';
import type { ReadResult } from './types.js';

/** What an HTML page yields: the article body as plain text and its metadata. */
export interface HtmlArticle {
  title?: string;
  text: string;
  author?: string;
  published_at?: string;
  url?: string;
  source?: string;
}

/** The charset a page declares in its first 2 KB (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(head: Uint8Array): string | undefined {
  const s = Buffer.from(head.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(s);
  return m?.[1];
}

// Elements whose end is a paragraph break in the plain text.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of an element: blocks become paragraphs (blank line between), `<br>` a newline. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  let line = '';
  const flush = (sep: string) => {
    const l = line.replace(/[ \t\r\n\f\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? '\u00a0' : ' ')).trim();
    if (l) out.push(l, sep);
    else if (sep === '\n' && out.length && out[out.length - 1] !== '\n\n') out.push('\n');
    line = '';
  };
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) {
      line += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') return flush('\n');
    const block = BLOCK.has(name);
    if (block) flush('\n\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
    if (block) flush('\n\n');
  };
  walk(root);
  flush('\n\n');
  return out.join('').replace(/\n{3,}/g, '\n\n').trim();
}

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(document: Doc, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const el = document.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** Reduces an HTML page to its article with Mozilla Readability (the Firefox reader view). */
export function extractHtml(html: string): HtmlArticle | undefined {
  const { document } = parseHTML(html);
  // metadata is read before Readability, which modifies the document
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || meta(document, 'og:url');
  const author = meta(document, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author');
  const date =
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'parsely-pub-date') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const fallbackTitle = meta(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim();
  let parsed: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    parsed = new Readability<DomNode>(document as unknown as Document, { serializer: (n) => n as unknown as DomNode }).parse();
  } catch {
    parsed = null;
  }
  let text = parsed?.content ? blockText(parsed.content) : '';
  if (!text.trim()) {
    const body = document.querySelector('body');
    text = body ? blockText(body as unknown as DomNode) : '';
  }
  const by = (parsed?.byline?.trim() || author)?.replace(/^by\s+/i, '');
  // a byline paragraph left at the top of the body ("By Maria Keller") is metadata, not text
  if (by) text = text.replace(new RegExp(`^by\\s+${by.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\n+`, 'i'), '');
  if (!text.trim()) return undefined;
  const out: HtmlArticle = { text };
  const title = parsed?.title?.trim() || fallbackTitle;
  if (title) out.title = title;
  if (by) out.author = by;
  const published = parsed?.publishedTime?.trim() || date;
  if (published) out.published_at = published;
  if (canonical) out.url = canonical;
  const site = parsed?.siteName?.trim() || meta(document, 'og:site_name');
  if (site) out.source = site;
  return out;
}

/** An `.html` / `.htm` file: one article. */
export function* readHtml(content: string, file: string): Generator<ReadResult> {
  if (content.trim() === '') {
    yield { error: new InvalidInputError(`${file}: file is empty; nothing to ingest`, file) };
    return;
  }
  const page = extractHtml(content);
  if (!page) {
    yield { error: new InvalidInputError(`${file}: no article text found in this HTML page`, file) };
    return;
  }
  const article: Article = { id: file, text: page.text };
  for (const k of ['title', 'url', 'source', 'published_at', 'author'] as const) {
    if (page[k] !== undefined) article[k] = page[k];
  }
  yield { article, file };
}
