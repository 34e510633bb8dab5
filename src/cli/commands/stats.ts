import type { Command } from 'commander';
import { stats } from '../../store/read.js';
import { common, withStore, type Context } from '../context.js';
import { json, table } from '../output.js';

export function register(program: Command, ctx: Context): void {
  common(program.command('stats'))
    .description('counts of articles, entities, relations and statements')
    .action((opts: { db?: string; json?: boolean }) => {
      const s = withStore(ctx, opts, (db) => stats(db), true);
      if (opts.json) {
        ctx.io.stdout(json(s));
        return;
      }
      const rows: (string | number)[][] = [
        ['articles', s.articles],
        ['sentences', s.sentences],
        ['entities', s.entities],
        ...Object.entries(s.entities_by_type).map(([t, n]) => [`  ${t}`, n]),
        ['mentions', s.mentions],
        ['relations', s.relations],
        ['statements', s.statements],
      ];
      ctx.io.stdout(table(['what', 'count'], rows));
    });
}
