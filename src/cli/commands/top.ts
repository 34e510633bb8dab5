import { InvalidArgumentError, type Command } from 'commander';
import type { TopMeasure } from '../../graph/analytics.js';
import type { EdgeKind } from '../../graph/types.js';
import { common, parseLimit, type Context } from '../context.js';
import { dateOptions, parseEdges, withGraph } from '../graph.js';
import { emit, formatOptions, type FormatOptions, table, truncate } from '../output.js';

function parseMeasure(v: string): TopMeasure {
  if (v !== 'degree' && v !== 'pagerank' && v !== 'statements') throw new InvalidArgumentError(`--by takes degree, pagerank or statements, got "${v}"`);
  return v;
}

export function register(program: Command, ctx: Context): void {
  dateOptions(formatOptions(common(program.command('top'))))
    .description('who matters in the corpus: entities ranked by degree, PageRank or statements')
    .option('--by <measure>', 'degree, pagerank or statements (default degree)', parseMeasure, 'degree')
    .option('--type <type>', 'only entities of this type: PERSON, ORG, GPE, LOC, NORP, GROUP')
    .option('--edge <kinds>', 'edge kinds for degree and pagerank (default relation,said)', parseEdges)
    .option('--limit <n>', 'at most n entities (default 20; 0 = all)', parseLimit, 20)
    .action((opts: FormatOptions & { db?: string; by: TopMeasure; type?: string; edge?: EdgeKind[]; limit: number; since?: string; until?: string }) => {
      const rows = withGraph(ctx, opts, (g) => g.top({ by: opts.by, type: opts.type, edges: opts.edge, limit: opts.limit, since: opts.since, until: opts.until }));
      emit(ctx.io.stdout, opts, {
        value: rows,
        table: () =>
          rows.length === 0
            ? 'no entities found\n'
            : opts.by === 'statements'
              ? table(['rank', 'name', 'type', 'statements', 'degree'], rows.map((r) => [r.rank, truncate(r.name, 36), r.type, r.statements, r.degree]))
              : opts.by === 'degree'
                ? table(['rank', 'name', 'type', 'degree', 'centrality', 'statements'], rows.map((r) => [r.rank, truncate(r.name, 36), r.type, r.degree, r.score, r.statements]))
                : table(['rank', 'name', 'type', 'pagerank', 'degree', 'statements'], rows.map((r) => [r.rank, truncate(r.name, 36), r.type, r.score, r.degree, r.statements])),
      });
    });
}
