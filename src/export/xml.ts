/** GEXF (graphology-gexf's writer) and GraphML (written here; graphology-graphml ships a parser only). */
import { write as writeGexfLib } from 'graphology-gexf';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { flatAttrs, xmlEscape, type Scalar } from './flatten.js';
import { edgeColor, nodeSize, typeColor } from './style.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/**
 * GEXF 1.3 for Gephi: `label` is the GEXF label, `weight` the edge weight; every other attribute
 * is a typed GEXF attribute (arrays joined, see flatten.ts); nodes get a colour by type and a size
 * by mentions, edges a colour by kind.
 */
export function writeGexf(graph: AnyGraph): string {
  return writeGexfLib(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, a) => ({
      label: String(a.label ?? _key),
      attributes: flatAttrs(a, ['label']),
      viz: { color: typeColor(a.type), size: nodeSize(typeof a.mentions === 'number' ? a.mentions : 1) },
    }),
    formatEdge: (_key, a) => ({
      ...(a.label !== undefined ? { label: String(a.label) } : {}),
      ...(typeof a.weight === 'number' ? { weight: a.weight } : {}),
      attributes: flatAttrs(a, ['label', 'weight']),
      viz: { color: edgeColor(a.edge) },
    }),
  });
}

function graphmlType(values: Scalar[]): string {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) {
    if (values.every((v) => Number.isInteger(v))) return values.every((v) => Math.abs(v as number) <= 0x7fffffff) ? 'int' : 'long';
    return 'double';
  }
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: string;
}

function keysFor(kind: 'node' | 'edge', rows: Record<string, Scalar>[]): Map<string, Key> {
  const values = new Map<string, Scalar[]>();
  for (const r of rows) for (const [k, v] of Object.entries(r)) (values.get(k) ?? values.set(k, []).get(k)!).push(v);
  const keys = new Map<string, Key>();
  let i = 0;
  for (const [name, vs] of values) keys.set(name, { id: `${kind[0]}${i++}`, name, type: graphmlType(vs) });
  return keys;
}

function dataLines(keys: Map<string, Key>, attrs: Record<string, Scalar>, indent: string): string[] {
  const out: string[] = [];
  for (const [name, v] of Object.entries(attrs)) {
    const k = keys.get(name)!;
    const text = k.type === 'string' ? String(v) : String(v);
    out.push(`${indent}<data key="${k.id}">${xmlEscape(text)}</data>`);
  }
  return out;
}

/** GraphML for yEd, Cytoscape and Gephi: one typed <key> per attribute, a directed graph. */
export function writeGraphml(graph: AnyGraph): string {
  const nodes: [string, Record<string, Scalar>][] = [];
  graph.forEachNode((k, a) => nodes.push([k, flatAttrs(a)]));
  const edges: [string, string, string, Record<string, Scalar>][] = [];
  graph.forEachEdge((k, a, s, t) => edges.push([k, s, t, flatAttrs(a)]));
  const nk = keysFor('node', nodes.map((n) => n[1]));
  const ek = keysFor('edge', edges.map((e) => e[3]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [kind, keys] of [['node', nk], ['edge', ek]] as const) {
    for (const k of keys.values()) lines.push(`  <key id="${k.id}" for="${kind}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`);
  }
  lines.push(`  <graph id="newsgraph" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`);
  for (const [k, a] of nodes) {
    lines.push(`    <node id="${xmlEscape(k)}">`, ...dataLines(nk, a, '      '), '    </node>');
  }
  for (const [k, s, t, a] of edges) {
    lines.push(`    <edge id="${xmlEscape(k)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">`, ...dataLines(ek, a, '      '), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
