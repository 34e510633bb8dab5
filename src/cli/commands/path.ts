import type { Command } from 'commander';
import type { Hop } from '../../graph/path.js';
import type { EdgeKind } from '../../graph/types.js';
import { common, parseLimit, type Context } from '../context.js';
import { dateOptions, parseEdges, parsePositive, withGraph } from '../graph.js';
import { emit, formatOptions, type FormatOptions, truncate } from '../output.js';

/** "Shoigu -> Security Council -> Russia <- Nebenzya" */
export function pathLine(hops: Hop[]): string {
  return hops.length ? [hops[0].from, ...hops.map((h) => `${h.direction} ${h.to}`)].join(' ') : '';
}

export function register(program: Command, ctx: Context): void {
  dateOptions(formatOptions(common(program.command('path').argument('<a>', 'an entity').argument('<b>', 'another entity'))))
    .description('the shortest connection between two entities, with the evidence sentence for every hop')
    .option('--all', 'all shortest connections, not just one')
    .option('--max-depth <n>', 'longest connection looked for, in hops (default 6)', parsePositive, 6)
    .option('--edge <kinds>', 'edge kinds, comma-separated: said, relation, co-mention (default relation,said)', parseEdges)
    .option('--limit <n>', 'at most n paths with --all (default 20)', parseLimit, 20)
    .action((a: string, b: string, opts: FormatOptions & { db?: string; all?: boolean; maxDepth: number; edge?: EdgeKind[]; limit: number; since?: string; until?: string }) => {
      const res = withGraph(ctx, opts, (g) =>
        g.path(a, b, { all: opts.all, maxDepth: opts.maxDepth, edges: opts.edge, limit: opts.limit, since: opts.since, until: opts.until }),
      );
      const { loaded: _loaded, ...value } = res;
      emit(ctx.io.stdout, opts, {
        value,
        records: () => res.paths.flatMap((p, i) => p.map((h, j) => ({ path: i + 1, hop: j + 1, ...h }))),
        table: () => {
          if (!res.paths.length) return `no connection between ${res.from.name} and ${res.to.name} within ${opts.maxDepth} hops\n`;
          const out: string[] = [];
          res.paths.forEach((p, i) => {
            if (i) out.push('');
            out.push(pathLine(p));
            for (const h of p) {
              const arrow = h.direction === '->' ? `${h.from} -[${h.label}]-> ${h.to}` : `${h.from} <-[${h.label}]- ${h.to}`;
              out.push(`  ${arrow}  (${h.type}${h.weight > 1 ? `, ${h.weight} facts` : ''})`);
              if (h.evidence) out.push(`    “${truncate(h.evidence.text, 110)}” — ${truncate(h.evidence.title ?? h.evidence.article, 40)}${h.evidence.published_at ? `, ${h.evidence.published_at.slice(0, 10)}` : ''}`);
            }
          });
          return out.join('\n') + '\n';
        },
      });
    });
}
