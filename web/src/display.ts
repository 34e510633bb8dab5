/**
 * From the API's multi-directed graph to what sigma draws: one undirected display edge per pair
 * of entities holding every fact between them, nodes coloured by type and sized by mentions, and
 * a ForceAtlas2 layout.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { SerializedGraph } from 'graphology-types';
import { edgeColor, nodeSize, typeColor } from '../../src/export/style.js';

/** One aggregated edge of the query graph (see src/graph/types.ts). */
export interface Fact {
  key: string;
  source: string;
  target: string;
  edge: string;
  type: string;
  label: string;
  weight: number;
  date: string | null;
  kind?: string;
}

const KIND_RANK: Record<string, number> = { relation: 3, said: 2, 'co-mention': 1 };

export function toDisplay(data: SerializedGraph, center?: string): Graph {
  const src = Graph.from(data);
  const g = new Graph({ type: 'undirected' });
  src.forEachNode((k, a) => {
    const mentions = typeof a.mentions === 'number' ? a.mentions : 1;
    g.addNode(k, { label: a.label, entityType: a.type, aliases: a.aliases ?? [], mentions, color: typeColor(a.type), size: nodeSize(mentions), x: 0, y: 0 });
  });
  src.forEachEdge((e, a, s, t) => {
    const [u, v] = s < t ? [s, t] : [t, s];
    const key = `${u}|${v}`;
    if (!g.hasEdge(key)) g.addUndirectedEdgeWithKey(key, u, v, { facts: [] as Fact[], weight: 0, edge: 'co-mention' });
    const d = g.getEdgeAttributes(key);
    (d.facts as Fact[]).push({ key: e, source: s, target: t, ...(a as Omit<Fact, 'key' | 'source' | 'target'>) });
    d.weight += typeof a.weight === 'number' ? a.weight : 1;
    if ((KIND_RANK[a.edge] ?? 0) > (KIND_RANK[d.edge] ?? 0)) d.edge = a.edge;
  });
  g.forEachEdge((e, a) => {
    g.mergeEdgeAttributes(e, { color: edgeColor(a.edge), size: Math.min(8, 1.5 + Math.log2(1 + a.weight)) });
  });
  initialPositions(g, center);
  return g;
}

/** Rings around the centre by hop distance (or a golden-angle spiral by weight), so layouts repeat. */
function initialPositions(g: Graph, center?: string): void {
  const dist = new Map<string, number>();
  if (center && g.hasNode(center)) {
    dist.set(center, 0);
    let frontier = [center];
    for (let d = 1; frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier) g.forEachNeighbor(n, (m) => void (dist.has(m) || (dist.set(m, d), next.push(m))));
      frontier = next;
    }
  }
  const nodes = g.nodes().sort((a, b) => (dist.get(a) ?? 99) - (dist.get(b) ?? 99) || g.getNodeAttribute(b, 'mentions') - g.getNodeAttribute(a, 'mentions') || (a < b ? -1 : 1));
  nodes.forEach((n, i) => {
    const r = 10 * Math.sqrt(i);
    const angle = i * 2.39996;
    g.mergeNodeAttributes(n, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/** Small graphs: a fixed number of ForceAtlas2 iterations at once. Large ones: the worker, for `ms`. */
export function layout(g: Graph, onDone: () => void, ms = 4000, useWorker = g.order > 600): { stop: () => void } {
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 400, adjustSizes: false };
  if (!useWorker) {
    forceAtlas2.assign(g, { iterations: g.order <= 100 ? 300 : 150, settings });
    onDone();
    return { stop: () => undefined };
  }
  const worker = new FA2Layout(g, { settings });
  worker.start();
  const timer = setTimeout(() => {
    worker.stop();
    onDone();
  }, ms);
  return {
    stop: () => {
      clearTimeout(timer);
      worker.kill();
    },
  };
}
