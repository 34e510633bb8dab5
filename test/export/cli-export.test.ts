import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

const ARTICLE = JSON.stringify({
  id: 'geneva',
  title: 'Talks in Geneva',
  published_at: '2024-03-01',
  text: 'John Smith, a spokesman for the United Nations, said on Monday that Russia would attend the talks in Geneva. "We are hopeful about Russia," Smith told reporters.',
});

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ng-export-'));
  db = join(dir, 'test.db');
  writeFileSync(join(dir, 'a.jsonl'), ARTICLE + '\n');
  expect((await cli(['ingest', join(dir, 'a.jsonl'), '--db', db])).code).toBe(0);
});

describe('newsgraph export', () => {
  it('writes json to stdout and the same graph as gexf and graphml files', async () => {
    const j = await cli(['export', '--format', 'json', '--db', db]);
    expect(j.code).toBe(0);
    const g = MultiDirectedGraph.from(JSON.parse(j.stdout));
    expect(g.order).toBeGreaterThan(2);
    expect(g.size).toBeGreaterThan(0);
    const smith = g.findNode((_k, a) => a.label === 'John Smith')!;
    expect(g.getNodeAttributes(smith)).toMatchObject({ type: 'PERSON', mentions: 2, articles: 1 });
    for (const [fmt, parse] of [['gexf', parseGexf], ['graphml', parseGraphml]] as const) {
      const out = join(dir, `g.${fmt}`);
      const r = await cli(['export', '--format', fmt, '--out', out, '--db', db]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`exported ${g.order} nodes and ${g.size} edges`);
      const back = parse(MultiDirectedGraph, readFileSync(out, 'utf8'));
      expect([back.order, back.size]).toEqual([g.order, g.size]);
      expect(back.getNodeAttribute(smith, 'label')).toBe('John Smith');
    }
  });

  it('writes the neo4j-admin csv files into a folder', async () => {
    const out = join(dir, 'neo4j');
    const r = await cli(['export', '--format', 'csv', '--out', out, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('neo4j-admin database import full');
    const nodes = parseCsv(readFileSync(join(out, 'nodes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(nodes.find((n) => n.name === 'John Smith')).toMatchObject({ ':LABEL': 'Entity;PERSON', type: 'PERSON' });
    expect(existsSync(join(out, 'relationships.csv'))).toBe(true);
  });

  it('cuts a subgraph around an entity, by edge type and by date', async () => {
    const all = MultiDirectedGraph.from(JSON.parse((await cli(['export', '--format', 'json', '--db', db])).stdout));
    const around = MultiDirectedGraph.from(JSON.parse((await cli(['export', '--format', 'json', '--db', db, '--around', 'Smith', '--depth', '1', '--edge-type', 'statement'])).stdout));
    expect(around.order).toBeLessThan(all.order);
    expect(around.mapNodes((_k, a) => a.label).sort()).toEqual(['Geneva', 'John Smith', 'Russia']);
    around.forEachEdge((_e, a) => expect(a.edge).toBe('said'));
    const none = MultiDirectedGraph.from(JSON.parse((await cli(['export', '--format', 'json', '--db', db, '--since', '2025-01-01'])).stdout));
    expect([none.order, none.size]).toEqual([0, 0]);
    const day = MultiDirectedGraph.from(JSON.parse((await cli(['export', '--format', 'json', '--db', db, '--until', '2024-03-01'])).stdout));
    expect(day.order).toBe(all.order);
  });

  it.each([
    [['--format', 'xlsx'], 2],
    [['--format', 'csv'], 2],
    [['--format', 'json', '--depth', 'x'], 2],
    [['--format', 'json', '--around', 'Nobody Atall'], 1],
  ])('exits %j -> %i', async (args, code) => {
    expect((await cli(['export', ...args, '--db', db])).code).toBe(code);
  });
});
