import type { Command } from 'commander';
import { common, parseLimit, type Context } from '../context.js';
import { dateOptions, withGraph } from '../graph.js';
import { emit, formatOptions, type FormatOptions, table, truncate } from '../output.js';

export function register(program: Command, ctx: Context): void {
  dateOptions(formatOptions(common(program.command('relations'))))
    .description('relation triples (subject, predicate, object) with their evidence sentence, newest first')
    .option('--subject <name>', 'the subject entity (canonical name or alias)')
    .option('--predicate <text>', 'predicate containing this text, e.g. "minister"')
    .option('--object <name>', 'the object entity')
    .option('--type <type>', 'relation type: works_for, based_in, located_in, lives_in, killed, related')
    .option('--limit <n>', 'at most n triples', parseLimit)
    .action((opts: FormatOptions & { db?: string; subject?: string; predicate?: string; object?: string; type?: string; since?: string; until?: string; limit?: number }) => {
      const rows = withGraph(ctx, opts, (g) => g.relations(opts));
      emit(ctx.io.stdout, opts, {
        value: rows,
        table: () =>
          rows.length === 0
            ? 'no relations found\n'
            : table(
                ['subject', 'predicate', 'object', 'type', 'date', 'evidence'],
                rows.map((r) => [truncate(r.subject.name, 28), truncate(r.predicate, 24), truncate(r.object.name, 28), r.type, r.article.published_at?.slice(0, 10) ?? '', truncate(r.evidence.text, 70)]),
              ),
      });
    });
}
