/** The side panel: an entity's card, the facts behind an edge, an article with its evidence marked. */
import type Graph from 'graphology';
import type { Fact } from './display.js';
import { button, el, getJSON, safeHref } from './dom.js';
import { typeColor } from '../../src/export/style.js';

export interface Statement {
  speaker: { id: number; name: string; type: string };
  cue: string;
  kind: string;
  content: string;
  about: { id: number; name: string }[];
  article: { id: string; title: string | null; url: string | null; published_at: string | null };
  sentence: { start: number; end: number; text: string };
}

interface Relation {
  subject: { id: number; name: string };
  predicate: string;
  type: string;
  object: { id: number; name: string };
  evidence: { article: string; text: string };
}

export interface EntityDetails {
  id: number;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: number;
  relations: Relation[];
  said: Statement[];
  said_about: Statement[];
}

interface ArticleView {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published_at: string | null;
  text: string;
}

export interface PanelActions {
  focus: (id: string) => void;
  select: (id: string) => void;
}

const details = () => document.getElementById('details')!;

function show(...children: (Node | string)[]): void {
  details().replaceChildren(...children);
  details().scrollTop = 0;
}

function typeTag(type: string): HTMLElement {
  return el('span', { class: 'tag' }, el('span', { class: 'swatch', style: `background:${typeColor(type)}` }), type);
}

/** A link to the article: the in-page reader (with the sentence marked) and the original when it has an http(s) address. */
function articleLinks(article: { id: string; title?: string | null; url?: string | null; published_at?: string | null }, sentence?: string): HTMLElement {
  const href = safeHref(article.url);
  return el(
    'div',
    { class: 'meta' },
    button(article.title || article.id, () => void openArticle(article.id, sentence)),
    article.published_at ? ` · ${article.published_at.slice(0, 10)}` : '',
    href ? ' · ' : '',
    href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'original') : '',
  );
}

function statementItem(s: Statement): HTMLElement {
  return el(
    'div',
    { class: 'item statement' },
    el('div', {}, el('b', {}, s.speaker.name), ' ', el('span', { class: 'tag' }, s.cue), el('span', { class: 'tag' }, s.kind), s.about.length ? `about ${s.about.map((a) => a.name).join(', ')}` : ''),
    el('div', { class: 'sentence' }, s.sentence.text),
    articleLinks(s.article, s.sentence.text),
  );
}

export function showEntity(d: EntityDetails, neighbours: Graph | undefined, actions: PanelActions): void {
  const parts: (Node | string)[] = [
    el('h2', {}, d.name),
    el('div', { class: 'meta' }, typeTag(d.type), `${d.mentions} mentions in ${d.articles} article${d.articles === 1 ? '' : 's'}`),
  ];
  if (d.aliases.length) parts.push(el('div', { class: 'meta' }, `also: ${d.aliases.join(', ')}`));
  parts.push(button('Centre the graph here', () => actions.focus(String(d.id))));
  if (d.relations.length) {
    parts.push(el('h3', {}, `Relations (${d.relations.length})`));
    for (const r of d.relations) {
      parts.push(
        el('div', { class: 'item relation' }, el('div', {}, el('b', {}, r.subject.name), ` — ${r.predicate} `, el('span', { class: 'tag' }, r.type), ` — `, el('b', {}, r.object.name)), el('div', { class: 'sentence' }, r.evidence.text), articleLinks({ id: r.evidence.article }, r.evidence.text)),
      );
    }
  }
  if (d.said.length) parts.push(el('h3', {}, `Said (${d.said.length})`), ...d.said.map(statementItem));
  if (d.said_about.length) parts.push(el('h3', {}, `Said about ${d.name} (${d.said_about.length})`), ...d.said_about.map(statementItem));
  const key = String(d.id);
  if (neighbours?.hasNode(key)) {
    const ns = neighbours.neighbors(key).sort((a, b) => neighbours.getNodeAttribute(b, 'mentions') - neighbours.getNodeAttribute(a, 'mentions'));
    if (ns.length) {
      parts.push(el('h3', {}, `Connected in view (${ns.length})`));
      parts.push(el('ul', { class: 'neighbours' }, ...ns.map((n) => el('li', {}, button(neighbours.getNodeAttribute(n, 'label'), () => actions.select(n)), ' ', typeTag(neighbours.getNodeAttribute(n, 'entityType'))))));
    }
  }
  show(...parts);
}

interface Evidence {
  article: string;
  title: string | null;
  url: string | null;
  published_at: string | null;
  text: string;
}

interface EdgeFacts extends Fact {
  evidence: Evidence[];
}

const KIND_NAMES: Record<string, string> = { relation: 'relation', said: 'said', 'co-mention': 'named together' };

/** The facts behind a drawn edge (every edge between the two entities), each with its evidence sentences. */
export async function showEdge(g: Graph, edge: string, query: URLSearchParams): Promise<void> {
  const name = (k: string) => (g.hasNode(k) ? (g.getNodeAttribute(k, 'label') as string) : k);
  const [u, v] = [g.source(edge), g.target(edge)];
  const title = el('h2', {}, `${name(u)} — ${name(v)}`);
  show(title, el('p', { class: 'meta' }, 'Loading the evidence…'));
  const q = new URLSearchParams(query);
  q.set('a', u);
  q.set('b', v);
  const facts = await getJSON<EdgeFacts[]>(`/api/evidence?${q}`);
  const parts: (Node | string)[] = [title, el('div', { class: 'meta' }, `${facts.length} connection${facts.length === 1 ? '' : 's'}`)];
  for (const f of facts) {
    const n = `${f.weight} time${f.weight === 1 ? '' : 's'}`;
    const what =
      f.edge === 'relation'
        ? [el('b', {}, name(f.source)), ` — ${f.label} `, el('span', { class: 'tag' }, f.type), ' — ', el('b', {}, name(f.target)), el('span', { class: 'meta' }, ` (${n})`)]
        : f.edge === 'said'
          ? [el('b', {}, name(f.source)), ' ', el('span', { class: 'tag' }, f.label), f.kind ? el('span', { class: 'tag' }, f.kind) : '', ` about ${name(f.target)}`, el('span', { class: 'meta' }, ` (${n})`)]
          : [`${name(f.source)} and ${name(f.target)} named together in ${f.weight} sentence${f.weight === 1 ? '' : 's'}`];
    parts.push(el('h3', {}, KIND_NAMES[f.edge] ?? f.edge));
    parts.push(el('div', { class: `item fact ${f.edge}` }, el('div', {}, ...what)));
    for (const ev of f.evidence) parts.push(el('div', { class: 'item evidence' }, el('div', { class: 'sentence' }, ev.text), articleLinks({ id: ev.article, title: ev.title, url: ev.url, published_at: ev.published_at }, ev.text)));
    if (f.weight > f.evidence.length && f.edge !== 'co-mention') parts.push(el('div', { class: 'meta' }, `… and ${f.weight - f.evidence.length} more`));
  }
  show(...parts);
}

/** The article's text, as text, with the evidence sentence marked. */
export async function openArticle(id: string, sentence?: string): Promise<void> {
  const a = await getJSON<ArticleView>(`/api/article?id=${encodeURIComponent(id)}`);
  const href = safeHref(a.url);
  const body = el('div', { class: 'article-text' });
  const at = sentence ? a.text.indexOf(sentence) : -1;
  for (const para of splitParas(a.text)) {
    const p = el('p');
    if (at >= 0 && at < para.end && at + sentence!.length > para.start) {
      const s = Math.max(at, para.start);
      const e = Math.min(at + sentence!.length, para.end);
      p.append(a.text.slice(para.start, s), el('mark', {}, a.text.slice(s, e)), a.text.slice(e, para.end));
    } else p.append(a.text.slice(para.start, para.end));
    body.append(p);
  }
  show(
    el('h2', {}, a.title || a.id),
    el('div', { class: 'meta' }, [a.source, a.published_at?.slice(0, 10)].filter(Boolean).join(' · '), href ? ' · ' : '', href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'original') : ''),
    body,
  );
  document.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

function splitParas(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function status(text: string): void {
  document.getElementById('status')!.textContent = text;
}
