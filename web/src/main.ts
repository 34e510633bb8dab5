/** The viewer page: search, a neighbourhood drawn by sigma.js, filters, and the evidence panel. */
import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import { EDGE_COLORS, TYPE_COLORS } from '../../src/export/style.js';
import { layout, toDisplay } from './display.js';
import { el, getJSON } from './dom.js';
import { showEdge, showEntity, status, type EntityDetails } from './panel.js';

interface Hit {
  id: number;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
}

/** What the page shows, kept in the address (#entity=27&depth=1…) so a view can be shared or reloaded. */
interface View {
  entity?: string;
  depth: string;
  edges: string[];
  since: string;
  until: string;
  max?: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const state: { renderer?: Sigma; graph?: Graph; hovered?: string; selectedEdge?: string; selectedNode?: string; stopLayout?: () => void; hits: Hit[]; seq: number } = { hits: [], seq: 0 };
const debug = ((window as unknown as { __newsgraph: Record<string, unknown> }).__newsgraph = { ready: false });

function readView(): View {
  const p = new URLSearchParams(location.hash.slice(1));
  return {
    entity: p.get('entity') ?? undefined,
    depth: p.get('depth') ?? '1',
    edges: (p.get('edges') ?? 'relation,said,co-mention').split(',').filter(Boolean),
    since: p.get('since') ?? '',
    until: p.get('until') ?? '',
    max: p.get('max') ?? undefined,
  };
}

function writeView(v: View): void {
  const p = new URLSearchParams();
  if (v.entity) p.set('entity', v.entity);
  if (v.max && !v.entity) p.set('max', v.max);
  if (v.depth !== '1') p.set('depth', v.depth);
  if (v.edges.length !== 3) p.set('edges', v.edges.join(','));
  if (v.since) p.set('since', v.since);
  if (v.until) p.set('until', v.until);
  const hash = '#' + p.toString();
  if (location.hash === hash) void load(v);
  else location.hash = hash;
}

function controlsView(extra: Partial<View>): View {
  const edges = [...document.querySelectorAll<HTMLInputElement>('#edge-filter input:checked')].map((i) => i.value);
  return { ...readView(), depth: $<HTMLSelectElement>('depth').value, edges, since: $<HTMLInputElement>('since').value, until: $<HTMLInputElement>('until').value, ...extra };
}

function syncControls(v: View): void {
  $<HTMLSelectElement>('depth').value = v.depth;
  $<HTMLInputElement>('since').value = v.since;
  $<HTMLInputElement>('until').value = v.until;
  for (const i of document.querySelectorAll<HTMLInputElement>('#edge-filter input')) i.checked = v.edges.includes(i.value);
}

async function load(v: View): Promise<void> {
  const seq = ++state.seq;
  syncControls(v);
  debug.ready = false;
  const q = new URLSearchParams({ depth: v.depth, edges: v.edges.join(',') || 'none' });
  if (v.entity) q.set('id', v.entity);
  else q.set('max', v.max ?? '2000');
  if (v.since) q.set('since', v.since);
  if (v.until) q.set('until', v.until);
  status('Loading…');
  const t0 = performance.now();
  let data: SerializedGraph;
  try {
    data = await getJSON<SerializedGraph>(`/api/graph?${q}`);
  } catch (err) {
    status(`Error: ${(err as Error).message}`);
    return;
  }
  if (seq !== state.seq) return;
  const t1 = performance.now();
  const g = toDisplay(data, v.entity);
  draw(g);
  const t2 = performance.now();
  state.stopLayout = layout(g, () => {
    if (seq !== state.seq) return;
    const t3 = performance.now();
    state.renderer?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    state.renderer?.refresh();
    const timings = { fetch: Math.round(t1 - t0), build_and_first_draw: Math.round(t2 - t1), layout: Math.round(t3 - t2) };
    Object.assign(debug, { ready: true, timings, order: g.order, size: g.size });
    status(`${g.order} entities, ${g.size} connections · fetched in ${timings.fetch} ms, drawn in ${timings.build_and_first_draw} ms, laid out in ${timings.layout} ms`);
  }).stop;
  if (v.entity) void showEntityPanel(v.entity);
  else $('details').replaceChildren(el('p', { class: 'meta' }, v.max ? `The whole graph (at most ${v.max} entities, the best connected first).` : 'The whole graph.', ' Click a node or an edge to read the evidence.'));
}

/** Above this many nodes the page trades edge clicks and moving labels for speed. */
const LARGE = 1500;

function draw(g: Graph): void {
  state.stopLayout?.();
  state.renderer?.kill();
  state.graph = g;
  state.hovered = state.selectedEdge = state.selectedNode = undefined;
  const big = g.order > LARGE;
  const renderer = new Sigma(g, $('graph'), {
    // Past LARGE nodes: edges and labels hide while the camera moves, and edges are not
    // clickable (picking them redraws every edge); click a node to read its connections.
    enableEdgeEvents: !big,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: big ? 12 : g.order > 300 ? 8 : 4,
    zIndex: true,
    defaultEdgeType: 'line',
    nodeReducer: (n, a) => {
      const focus = state.hovered ?? state.selectedNode;
      if (focus && n !== focus && !g.areNeighbors(n, focus)) return { ...a, color: '#e2e2e2', label: '', zIndex: 0 };
      if (n === focus) return { ...a, highlighted: true, zIndex: 2 };
      return { ...a, zIndex: 1 };
    },
    edgeReducer: (e, a) => {
      if (e === state.selectedEdge) return { ...a, color: '#f0a202', size: Math.max(4, a.size), zIndex: 2 };
      const focus = state.hovered ?? state.selectedNode;
      if (focus && !g.hasExtremity(e, focus)) return { ...a, hidden: g.order > 500, color: '#f0f0f0', zIndex: 0 };
      return a;
    },
  });
  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    state.hovered = undefined;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => selectNode(node));
  renderer.on('clickEdge', ({ edge }) => {
    state.selectedEdge = edge;
    state.selectedNode = undefined;
    renderer.refresh({ skipIndexation: true });
    const v = readView();
    const q = new URLSearchParams({ edges: v.edges.join(',') || 'none' });
    if (v.since) q.set('since', v.since);
    if (v.until) q.set('until', v.until);
    void showEdge(g, edge, q).catch((err) => status(`Error: ${(err as Error).message}`));
  });
  renderer.on('clickStage', () => {
    state.selectedEdge = state.selectedNode = undefined;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    writeView(controlsView({ entity: node }));
  });
  state.renderer = renderer;
  Object.assign(debug, { renderer, graph: g });
}

function selectNode(node: string): void {
  state.selectedNode = node;
  state.selectedEdge = undefined;
  state.renderer?.refresh({ skipIndexation: true });
  void showEntityPanel(node);
}

async function showEntityPanel(id: string): Promise<void> {
  try {
    const d = await getJSON<EntityDetails>(`/api/entity?id=${encodeURIComponent(id)}`);
    showEntity(d, state.graph, { focus: (n) => writeView(controlsView({ entity: n })), select: selectNode });
  } catch (err) {
    status(`Error: ${(err as Error).message}`);
  }
}

// ---------------------------------------------------------------- search

async function search(q: string): Promise<Hit[]> {
  state.hits = q.trim() ? await getJSON<Hit[]>(`/api/search?q=${encodeURIComponent(q)}&limit=12`) : [];
  const list = $('results');
  list.replaceChildren(
    ...state.hits.map((h, i) => {
      const li = el('li', { role: 'option', 'aria-selected': i === 0 ? 'true' : 'false', 'data-id': String(h.id) }, el('span', { class: 'swatch', style: `background:${TYPE_COLORS[h.type] ?? '#888'}` }), el('b', {}, h.name), ` ${h.type} · ${h.mentions} mentions`, h.aliases.length ? el('div', { class: 'meta' }, h.aliases.join(', ')) : '');
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(h);
      });
      return li;
    }),
  );
  if (q.trim() && !state.hits.length) list.replaceChildren(el('li', { class: 'meta' }, `No entity matches “${q}”.`));
  list.hidden = !q.trim();
  return state.hits;
}

function pick(h: Hit): void {
  $('results').hidden = true;
  $<HTMLInputElement>('search').value = h.name;
  writeView(controlsView({ entity: String(h.id) }));
}

function setup(): void {
  $('legend').replaceChildren(
    ...Object.entries(TYPE_COLORS).map(([t, c]) => el('span', {}, el('span', { class: 'swatch', style: `background:${c}` }), t)),
    ...Object.entries(EDGE_COLORS).map(([k, c]) => el('span', {}, el('span', { class: 'line', style: `background:${c}` }), k)),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const input = $<HTMLInputElement>('search');
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 150);
  });
  input.addEventListener('blur', () => setTimeout(() => ($('results').hidden = true), 150));
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search(input.value).then((hits) => hits[0] && pick(hits[0]));
  });
  const reload = () => writeView(controlsView({}));
  for (const id of ['depth', 'since', 'until']) $(id).addEventListener('change', reload);
  for (const i of document.querySelectorAll('#edge-filter input')) i.addEventListener('change', reload);
  $('relayout').addEventListener('click', () => {
    const g = state.graph;
    if (!g) return;
    state.stopLayout?.();
    status('Laying out…');
    state.stopLayout = layout(g, () => status(`${g.order} entities, ${g.size} connections · layout re-run`), 3000, true).stop;
  });
  $('overview').addEventListener('click', () => writeView(controlsView({ entity: undefined, max: '2000' })));
  window.addEventListener('hashchange', () => void load(readView()));
  const v = readView();
  if (v.entity || v.max) void load(v);
}

document.addEventListener('DOMContentLoaded', setup);
