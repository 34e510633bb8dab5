/** JSON (graphology's own serialisation, Graph.from() reads it back) and Graphviz DOT. */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { flatAttrs } from './flatten.js';
import { edgeColor, typeColor } from './style.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export function writeJson(graph: AnyGraph): string {
  return JSON.stringify(graph.export(), null, 1) + '\n';
}

/** A DOT string: backslash and double quote escaped, line breaks as \n. */
export function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

function dotAttrs(a: Record<string, string | number | boolean>): string {
  return Object.entries(a)
    .map(([k, v]) => `${dotString(k)}=${dotString(String(v))}`)
    .join(', ');
}

/**
 * One node or edge per line; every attribute as a DOT attribute (arrays joined); nodes filled
 * with their type's colour, edges coloured by kind and carrying their key.
 */
export function writeDot(graph: AnyGraph): string {
  const directed = graph.type !== 'undirected';
  const arrow = directed ? '->' : '--';
  const out = [`${directed ? 'digraph' : 'graph'} "newsgraph" {`, '  node [style=filled, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=9];'];
  graph.forEachNode((k, a) => {
    out.push(`  ${dotString(k)} [${dotAttrs({ ...flatAttrs(a), fillcolor: typeColor(a.type) })}];`);
  });
  graph.forEachEdge((k, a, s, t) => {
    out.push(`  ${dotString(s)} ${arrow} ${dotString(t)} [${dotAttrs({ key: k, ...flatAttrs(a), color: edgeColor(a.edge) })}];`);
  });
  out.push('}', '');
  return out.join('\n');
}
