import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import { flatAttrs } from '../../src/export/flatten.js';
import { nodeProps, relType } from '../../src/export/neo4j.js';
import { sampleGraph } from './fixture.js';
import { parseCypher, parseDot } from './parsers.js';

const g = sampleGraph();
const content = (format: string) => exportGraph(g, format)[0].content;
const omit = (a: Attributes, keys: string[]) => Object.fromEntries(Object.entries(a).filter(([k]) => !keys.includes(k)));

function expectSameShape(parsed: { order: number; size: number; nodes(): string[]; edges(): string[]; source(e: string): string; target(e: string): string }) {
  expect(parsed.order).toBe(g.order);
  expect(parsed.size).toBe(g.size);
  expect(parsed.nodes().sort()).toEqual(g.nodes().sort());
  expect(parsed.edges().sort()).toEqual(g.edges().sort());
  for (const e of g.edges()) expect([parsed.source(e), parsed.target(e)]).toEqual([g.source(e), g.target(e)]);
}

describe('export formats round-trip', () => {
  it('json: Graph.from reads back the same graph', () => {
    const back = MultiDirectedGraph.from(JSON.parse(content('json')));
    expectSameShape(back);
    for (const n of g.nodes()) expect(back.getNodeAttributes(n)).toEqual(g.getNodeAttributes(n));
    for (const e of g.edges()) expect(back.getEdgeAttributes(e)).toEqual(g.getEdgeAttributes(e));
  });

  it('gexf: graphology-gexf parses back nodes, edges and typed attributes', () => {
    const back = parseGexf(MultiDirectedGraph, content('gexf'));
    expectSameShape(back);
    for (const n of g.nodes()) expect(omit(back.getNodeAttributes(n), ['color', 'size'])).toEqual(flatAttrs(g.getNodeAttributes(n)));
    for (const e of g.edges()) expect(omit(back.getEdgeAttributes(e), ['color'])).toEqual(flatAttrs(g.getEdgeAttributes(e)));
    expect(back.getNodeAttribute('1', 'color')).toBe('#e4572e');
    expect(back.getEdgeAttribute('s:1:2', 'sentence')).toBe('He warned: "line one\nline two, with <script>alert(1)</script>".');
  });

  it('graphml: graphology-graphml parses back nodes, edges and typed attributes', () => {
    const back = parseGraphml(MultiDirectedGraph, content('graphml'));
    expectSameShape(back);
    for (const n of g.nodes()) expect(back.getNodeAttributes(n)).toEqual(flatAttrs(g.getNodeAttributes(n)));
    for (const e of g.edges()) expect(back.getEdgeAttributes(e)).toEqual(flatAttrs(g.getEdgeAttributes(e)));
    expect(back.getEdgeAttribute('r:1:2:works_for:Permanent Representative', 'last')).toBe(7);
    expect(back.getNodeAttribute('3', 'aliases')).toBe("AT&T; O'Brien; Co");
  });

  it('csv: the neo4j-admin node and relationship files parse back with typed headers', () => {
    const [nodes, rels] = exportGraph(g, 'csv');
    expect([nodes.name, rels.name]).toEqual(['nodes.csv', 'relationships.csv']);
    const n = parseCsv(nodes.content, { columns: true }) as Record<string, string>[];
    const r = parseCsv(rels.content, { columns: true }) as Record<string, string>[];
    expect(Object.keys(n[0])).toEqual(['id:ID', ':LABEL', 'name', 'type', 'aliases:string[]', 'mentions:long', 'articles:long']);
    expect(n.map((x) => x['id:ID'])).toEqual(g.nodes());
    expect(n[0]).toEqual({ 'id:ID': '1', ':LABEL': 'Entity;PERSON', name: 'Vasily Nebenzya', type: 'PERSON', 'aliases:string[]': 'Nebenzya', 'mentions:long': '3', 'articles:long': '1' });
    expect(n[1]['aliases:string[]']).toBe('');
    expect(n[2].name).toBe('AT&T "Labs" <R&D>, Zürich');
    expect(r).toHaveLength(g.size);
    expect(r.map((x) => [x[':START_ID'], x[':END_ID'], x[':TYPE'], x.key])).toEqual([
      ['1', '2', 'WORKS_FOR', 'r:1:2:works_for:Permanent Representative'],
      ['1', '2', 'SAID_ABOUT', 's:1:2'],
      ['1', '3', 'CO_MENTIONED', 'c:1:3'],
    ]);
    expect(r[1].sentence).toBe('He warned: "line one\nline two, with <script>alert(1)</script>".');
    expect(r[0]['last:long']).toBe('7');
    expect(r[1].date).toBe('');
    expect(r[2]['evidence:string[]'].split(';')).toEqual(['un-briefing@200-260', 'talks@0-80']);
    expect(r[2]['weight:long']).toBe('2');
  });

  it('cypher: MERGE statements carry every node and edge with typed properties', () => {
    const back = parseCypher(content('cypher'));
    expect(back.nodes.map((x) => x.id)).toEqual(g.nodes());
    for (const x of back.nodes) {
      expect(x.labels).toEqual(['Entity', g.getNodeAttribute(x.id, 'type')]);
      expect(x.props).toEqual(nodeProps(g.getNodeAttributes(x.id)));
    }
    expect(back.edges.map((x) => x.key)).toEqual(g.edges());
    for (const x of back.edges) {
      expect([x.source, x.target, x.type]).toEqual([g.source(x.key), g.target(x.key), relType(g.getEdgeAttributes(x.key))]);
      expect(x.props).toEqual(omit(g.getEdgeAttributes(x.key), Object.keys(g.getEdgeAttributes(x.key)).filter((k) => g.getEdgeAttribute(x.key, k) === null)));
    }
  });

  it('dot: one line per node and edge with every attribute', () => {
    const back = parseDot(content('dot'));
    expect(back.nodes.map((x) => x.id)).toEqual(g.nodes());
    for (const x of back.nodes) expect(omit(x.attrs, ['fillcolor'])).toEqual(stringify(flatAttrs(g.getNodeAttributes(x.id))));
    expect(back.edges.map((x) => x.attrs.key)).toEqual(g.edges());
    for (const x of back.edges) {
      expect([x.source, x.target]).toEqual([g.source(x.attrs.key), g.target(x.attrs.key)]);
      expect(omit(x.attrs, ['key', 'color'])).toEqual(stringify(flatAttrs(g.getEdgeAttributes(x.attrs.key))));
    }
  });

  it('rejects an unknown format with a usage error', () => {
    expect(() => exportGraph(g, 'xlsx')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

function stringify(a: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, String(v)]));
}
