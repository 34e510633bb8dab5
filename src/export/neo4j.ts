/**
 * Neo4j and Memgraph: the node and relationship CSV files `neo4j-admin database import full`
 * reads, and a Cypher script of MERGE statements (Neo4j 5 and Memgraph both run it).
 * Nodes get the label `Entity` plus their type (`PERSON` …) and a `name` (the graph's `label`);
 * relationships get a type from their kind: relation edges their relation type in capitals
 * (`WORKS_FOR` …), said edges `SAID_ABOUT`, co-mentions `CO_MENTIONED`.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { castTo, inferColumns, type ColType } from './flatten.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export const NODE_LABEL = 'Entity';

function ident(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1') || '_';
}

export function relType(a: Attributes): string {
  if (a.edge === 'relation' && typeof a.type === 'string') return ident(a.type.toUpperCase());
  if (a.edge === 'said') return 'SAID_ABOUT';
  if (a.edge === 'co-mention') return 'CO_MENTIONED';
  return ident(String(a.edge ?? a.type ?? 'related').toUpperCase());
}

/** Node properties: `label` becomes `name`. */
export function nodeProps(a: Attributes): Record<string, unknown> {
  const { label, ...rest } = a;
  return label === undefined ? rest : { name: label, ...rest };
}

// ---------------------------------------------------------------- CSV

function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r;]/.test(s) || s === '' || typeof v === 'string' ? `"${s.replace(/"/g, '""')}"` : s;
}

function header(name: string, t: ColType): string {
  return t === 'string' ? name : `${name}:${t}`;
}

export interface CsvFiles {
  nodes: string;
  relationships: string;
}

export function writeNeo4jCsv(graph: AnyGraph): CsvFiles {
  const nodes: [string, Record<string, unknown>][] = [];
  graph.forEachNode((k, a) => nodes.push([k, nodeProps(a)]));
  const ncols = inferColumns(nodes.map((n) => n[1]), ['id']);
  const nlines = [['id:ID', ':LABEL', ...[...ncols].map(([k, t]) => header(k, t))].join(',')];
  for (const [k, a] of nodes) {
    const labels = [NODE_LABEL, ...(typeof a.type === 'string' && a.type ? [ident(a.type)] : [])].join(';');
    nlines.push([csvField(k), csvField(labels), ...[...ncols].map(([c, t]) => csvField(castTo(t, a[c])))].join(','));
  }
  const edges: [string, string, string, Attributes][] = [];
  graph.forEachEdge((k, a, s, t) => edges.push([k, s, t, a]));
  const ecols = inferColumns(edges.map((e) => e[3]), ['key']);
  const elines = [[':START_ID', ':END_ID', ':TYPE', 'key', ...[...ecols].map(([k, t]) => header(k, t))].join(',')];
  for (const [k, s, t, a] of edges) {
    elines.push([csvField(s), csvField(t), csvField(relType(a)), csvField(k), ...[...ecols].map(([c, ty]) => csvField(castTo(ty, a[c])))].join(','));
  }
  return { nodes: nlines.join('\n') + '\n', relationships: elines.join('\n') + '\n' };
}

// ---------------------------------------------------------------- Cypher

function literal(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  // JSON string escapes (\" \\ \n \uXXXX) are valid in Cypher string literals
  return JSON.stringify(typeof v === 'string' ? v : JSON.stringify(v));
}

function map(props: Record<string, unknown>, cols: Map<string, ColType>): string {
  const parts: string[] = [];
  for (const [k, t] of cols) {
    const v = castTo(t, props[k]);
    if (v === undefined) continue;
    parts.push(`\`${k.replace(/`/g, '``')}\`: ${literal(v)}`);
  }
  return `{${parts.join(', ')}}`;
}

export function writeCypher(graph: AnyGraph): string {
  const out = [
    '// newsgraph export: run with cypher-shell (Neo4j 5) or mgconsole (Memgraph).',
    '// For a large graph create the index first:',
    `//   Neo4j:    CREATE INDEX entity_id IF NOT EXISTS FOR (n:${NODE_LABEL}) ON (n.id);`,
    `//   Memgraph: CREATE INDEX ON :${NODE_LABEL}(id);`,
  ];
  const nodes: [string, Record<string, unknown>][] = [];
  graph.forEachNode((k, a) => nodes.push([k, nodeProps(a)]));
  const ncols = inferColumns(nodes.map((n) => n[1]), ['id']);
  for (const [k, a] of nodes) {
    const label = typeof a.type === 'string' && a.type ? `:\`${ident(a.type)}\`` : '';
    out.push(`MERGE (n:${NODE_LABEL} {id: ${literal(k)}}) SET n${label} SET n += ${map(a, ncols)};`);
  }
  const edges: [string, string, string, Attributes][] = [];
  graph.forEachEdge((k, a, s, t) => edges.push([k, s, t, a]));
  const ecols = inferColumns(edges.map((e) => e[3]), ['key']);
  for (const [k, s, t, a] of edges) {
    out.push(
      `MATCH (a:${NODE_LABEL} {id: ${literal(s)}}), (b:${NODE_LABEL} {id: ${literal(t)}}) MERGE (a)-[r:${relType(a)} {key: ${literal(k)}}]->(b) SET r += ${map(a, ecols)};`,
    );
  }
  return out.join('\n') + '\n';
}
