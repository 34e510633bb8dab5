import { InvalidArgumentError, type Command } from 'commander';
import type { EdgeKind } from '../../graph/types.js';
import { common, parseLimit, type Context } from '../context.js';
import { dateOptions, parseEdges, parsePositive, withGraph } from '../graph.js';
import { emit, formatOptions, type FormatOptions, truncate } from '../output.js';

function parseResolution(v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError(`--resolution must be a positive number, got "${v}"`);
  return n;
}

export function register(program: Command, ctx: Context): void {
  dateOptions(formatOptions(common(program.command('communities'))))
    .description('Louvain communities of the graph, largest first, with their best-connected members')
    .option('--edge <kinds>', 'edge kinds (default relation,said)', parseEdges)
    .option('--limit <n>', 'at most n communities (default 10; 0 = all)', parseLimit, 10)
    .option('--members <n>', 'members listed per community (default 5; 0 = all)', parseLimit, 5)
    .option('--resolution <r>', 'Louvain resolution: higher gives smaller communities (default 1)', parseResolution, 1)
    .option('--seed <n>', 'random seed: the same seed gives the same communities (default 1)', parsePositive, 1)
    .action((opts: FormatOptions & { db?: string; edge?: EdgeKind[]; limit: number; members: number; resolution: number; seed: number; since?: string; until?: string }) => {
      const res = withGraph(ctx, opts, (g) => g.communities({ edges: opts.edge, limit: opts.limit, members: opts.members, resolution: opts.resolution, seed: opts.seed, since: opts.since, until: opts.until }));
      emit(ctx.io.stdout, opts, {
        value: res,
        records: () => res.communities.map((c) => ({ ...c })),
        table: () => {
          if (!res.count) return 'no communities: the graph has no edges\n';
          const out = [`${res.count} communit${res.count === 1 ? 'y' : 'ies'} (modularity ${res.modularity})`];
          for (const c of res.communities) out.push(`  ${c.id}. ${c.size} member${c.size === 1 ? '' : 's'}: ${c.members.map((m) => `${truncate(m.name, 30)} (${m.type})`).join(', ')}`);
          return out.join('\n') + '\n';
        },
      });
    });
}
