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

export function showEdge(g: Graph, edge: string): void {
  const facts = g.getEdgeAttribute(edge, 'facts') as Fact[];
  const name = (k: string) => (g.hasNode(k) ? (g.getNodeAttribute(k, 'label') as string) : k);
  const parts: (Node | string)[] = [el('h2', {}, `${name(g.source(edge))} — ${name(g.target(edge))}`), el('div', { class: 'meta' }, `${facts.length} fact${facts.length === 1 ? '' : 's'}`)];
  const order: Record<string, number> = { relation: 0, statement: 1, comention: 2 };
  for (const f of [...facts].sort((a, b) => (order[a.kind] ?? 3) - (order[b.kind] ?? 3))) {
    const what =
      f.kind === 'relation'
        ? [el('b', {}, name(f.source)), ` — ${f.predicate ?? f.label} `, el('span', { class: 'tag' }, f.type), ' — ', el('b', {}, name(f.target))]
        : f.kind === 'statement'
          ? [el('b', {}, name(f.source)), ' ', el('span', { class: 'tag' }, f.cue ?? f.label), el('span', { class: 'tag' }, f.type), ` about ${name(f.target)}`]
          : [`named together in ${f.weight} sentence${f.weight === 1 ? '' : 's'} of ${f.articles.length} article${f.articles.length === 1 ? '' : 's'}`];
    parts.push(
      el(
        'div',
        { class: `item fact ${f.kind}` },
        el('div', {}, ...what),
        f.content ? el('div', { class: 'meta' }, `“${f.content}”`) : '',
        f.sentence ? el('div', { class: 'sentence' }, f.sentence) : '',
        ...f.articles.slice(0, 10).map((a) => articleLinks({ id: a, published_at: f.articles.length === 1 ? f.date : undefined }, f.sentence)),
        el('div', { class: 'meta' }, `evidence: ${f.evidence.slice(0, 10).join(', ')}${f.evidence.length > 10 ? ' …' : ''}`),
      ),
    );
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
