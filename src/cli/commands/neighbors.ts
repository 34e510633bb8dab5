import type { Command } from 'commander';
import { common, parseLimit, type Context } from '../context.js';
import { dateOptions, parseEdges, parsePositive, withGraph } from '../graph.js';
import { emit, formatOptions, type FormatOptions, table, truncate } from '../output.js';
import type { EdgeKind } from '../../graph/types.js';

export function register(program: Command, ctx: Context): void {
  dateOptions(formatOptions(common(program.command('neighbors').argument('<name>', 'canonical name or alias'))))
    .description('the ego network of an entity: its neighbours up to --depth, with edge counts by kind')
    .option('--depth <n>', 'rings of neighbours (default 1)', parsePositive, 1)
    .option('--edge <kinds>', 'edge kinds, comma-separated: said, relation, co-mention (default relation,said)', parseEdges)
    .option('--fanout <n>', 'beyond the centre, expand only the n strongest nodes of each ring (default 25; 0 = all)', parseLimit, 25)
    .option('--limit <n>', 'at most n neighbours, nearest and strongest first (default 50; 0 = all)', parseLimit, 50)
    .action((name: string, opts: FormatOptions & { db?: string; depth: number; edge?: EdgeKind[]; limit: number; fanout: number; since?: string; until?: string }) => {
      const ego = withGraph(ctx, opts, (g) => g.neighbors(name, { depth: opts.depth, edges: opts.edge, limit: opts.limit, fanout: opts.fanout, since: opts.since, until: opts.until }));
      emit(ctx.io.stdout, opts, {
        value: ego,
        records: () => ego.nodes.map((n) => ({ ...n })),
        table: () => {
          const head = `${ego.center.name} (${ego.center.type}): ${ego.total} neighbour${ego.total === 1 ? '' : 's'} within ${ego.depth} hop${ego.depth === 1 ? '' : 's'}` +
            (ego.nodes.length < ego.total ? `, showing ${ego.nodes.length}` : '') +
            (ego.complete ? '' : ` (rings beyond the first expanded through their ${opts.fanout} strongest nodes; --fanout 0 for all)`) + '\n';
          if (!ego.nodes.length) return head;
          return head + table(
            ['name', 'type', 'depth', 'said', 'relation', 'co-mention', 'via'],
            ego.nodes.map((n) => [truncate(n.name, 32), n.type, n.depth, n.edges.said, n.edges.relation, n.edges['co-mention'], truncate(n.via, 32)]),
          );
        },
      });
    });
}
