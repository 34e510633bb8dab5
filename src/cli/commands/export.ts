import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { exportGraph, FORMATS, isFormat, parseEdgeTypes, viewGraph } from '../../export/index.js';
import { openGraph } from '../../graph/index.js';
import { dbPath, type Context } from '../context.js';

function list(v: string, prev: string[] = []): string[] {
  return [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];
}

function depth(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`--depth must be a non-negative integer, got "${v}"`);
  return n;
}

interface Opts {
  db?: string;
  format: string;
  out?: string;
  around?: string[];
  depth?: number;
  since?: string;
  until?: string;
  type?: string[];
  edgeType?: string[];
  comentions: boolean;
}

export function register(program: Command, ctx: Context): void {
  program
    .command('export')
    .description('write the graph (or a part of it) as json, gexf, graphml, csv (neo4j-admin import), cypher or dot')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .option('--out <file>', 'output file (a folder for csv: nodes.csv and relationships.csv); stdout when left out')
    .option('--db <file>', 'database file (default ./newsgraph.db or $NEWSGRAPH_DB)')
    .option('--around <name>', 'only the neighbourhood of this entity (repeat or comma-separate for several)', list)
    .option('--depth <n>', 'hops from --around (default 1)', depth)
    .option('--since <date>', 'only facts from articles published on or after this date')
    .option('--until <date>', 'only facts from articles published on or before this date')
    .option('--type <types>', 'only entities of these types, e.g. PERSON,ORG', list)
    .option('--edge-type <types>', 'only these edges: said, relation, co-mention, or relation types such as works_for', list)
    .option('--no-comentions', 'leave out co-mention edges')
    .action((opts: Opts) => {
      if (!isFormat(opts.format)) throw new UsageError(`unknown export format "${opts.format}". Use one of: ${FORMATS.join(', ')}.`);
      if (opts.format === 'csv' && !opts.out) throw new UsageError('--format csv writes two files: give a folder with --out DIR.');
      const edges = parseEdgeTypes(opts.edgeType);
      const kinds = opts.comentions ? edges.kinds : (edges.kinds ?? ['said', 'relation', 'co-mention']).filter((k) => k !== 'co-mention');
      const ng = openGraph(dbPath(ctx, opts));
      let graph;
      try {
        const around = opts.around?.map((n) => ng.resolve(n).id);
        graph = viewGraph(ng, { since: opts.since, until: opts.until, edges: kinds, relationTypes: edges.relationTypes, around, depth: opts.depth, types: opts.type });
      } finally {
        ng.close();
      }
      const files = exportGraph(graph, opts.format);
      if (!opts.out) {
        ctx.io.stdout(files[0].content);
      } else if (opts.format === 'csv') {
        mkdirSync(opts.out, { recursive: true });
        for (const f of files) writeFileSync(join(opts.out, f.name), f.content);
        ctx.io.stderr(
          `import with: neo4j-admin database import full --nodes=${join(opts.out, 'nodes.csv')} --relationships=${join(opts.out, 'relationships.csv')} --multiline-fields=true neo4j\n`,
        );
      } else {
        writeFileSync(opts.out, files[0].content);
      }
      ctx.io.stderr(`exported ${graph.order} nodes and ${graph.size} edges from ${dbPath(ctx, opts)}${opts.out ? ` to ${opts.out}` : ''}\n`);
    });
}
