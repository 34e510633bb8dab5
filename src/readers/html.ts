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

/** Plain text of an element: blocks become paragraphs (blank line between), `<br>` a newline. Iterative: any depth. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  let line = '';
  const flush = (sep: string) => {
    const l = line.replace(/[ \t\r\n\f\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? '\u00a0' : ' ')).trim();
    if (l) out.push(l, sep);
    else if (sep === '\n' && out.length && out[out.length - 1] !== '\n\n') out.push('\n');
    line = '';
  };
  // a stack of nodes to enter, and of block ends (null marks "end of a block element")
  const stack: (DomNode | null)[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null) {
      flush('\n\n');
      continue;
    }
    if (n.nodeType === 3) {
      line += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      flush('\n');
      continue;
    }
    if (BLOCK.has(name)) {
      flush('\n\n');
      stack.push(null);
    }
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  flush('\n\n');
  return out.join('').replace(/\n{3,}/g, '\n\n').trim();
}

/** Readability's time grows steeply with nesting depth (10 s at 1000 levels); deeper pages skip it. */
export const MAX_READABILITY_DEPTH = 150;

/** True when some element is nested deeper than `limit`. */
function deeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > limit) return true;
    for (let i = 0; i < n.childNodes.length; i++) if (n.childNodes[i].nodeType === 1) stack.push([n.childNodes[i], d + 1]);
  }
  return false;
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

// Elements with no end tag, or whose end tag may be left out: they do not count towards nesting.
const NO_DEPTH = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody']);

/** Deepest tag nesting in raw HTML, counted without parsing (stops past `limit`). */
export function tagDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = m[2].toLowerCase();
    if (NO_DEPTH.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max && (max = depth) > limit) break;
  }
  return max;
}

/** Pages nested deeper than this are refused: parsing them takes time that grows with the square of the depth. */
export const MAX_TAG_DEPTH = 5000;

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
  if (!deeperThan(document as unknown as DomNode, MAX_READABILITY_DEPTH)) {
    try {
      parsed = new Readability<DomNode>(document as unknown as Document, { serializer: (n) => n as unknown as DomNode }).parse();
    } catch {
      parsed = null; // the plain text of <body> below
    }
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
  if (tagDepth(content, MAX_TAG_DEPTH) > MAX_TAG_DEPTH) {
    yield { error: new InvalidInputError(`${file}: HTML nested more than ${MAX_TAG_DEPTH} elements deep; not read (not a news page?)`, file) };
    return;
  }
  let page: HtmlArticle | undefined;
  try {
    page = extractHtml(content);
  } catch (err) {
    yield { error: new InvalidInputError(`${file}: cannot extract the article from this HTML page (${(err as Error).message})`, file) };
    return;
  }
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
