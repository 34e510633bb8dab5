import type { Command } from 'commander';
import { said } from '../../store/read.js';
import { common, parseLimit, withStore, type Context } from '../context.js';
import { json, table, truncate } from '../output.js';

export function register(program: Command, ctx: Context): void {
  common(program.command('said'))
    .description('who said what: statements filtered by speaker, subject, cue and date')
    .option('--by <name>', 'speaker (canonical name or alias)')
    .option('--about <name>', 'an entity the statement is about')
    .option('--cue <verb>', 'cue word, e.g. warned')
    .option('--since <date>', 'articles published on or after this date (ISO 8601)')
    .option('--until <date>', 'articles published on or before this date')
    .option('--limit <n>', 'at most n statements', parseLimit)
    .action((opts: { db?: string; json?: boolean; by?: string; about?: string; cue?: string; since?: string; until?: string; limit?: number }) => {
      const rows = withStore(ctx, opts, (db) => said(db, opts), true);
      if (opts.json) {
        ctx.io.stdout(json(rows.map(({ id: _id, confidence: _c, ...r }) => ({ ...r, speaker: r.speaker, about: r.about }))));
        return;
      }
      if (rows.length === 0) {
        ctx.io.stdout('no statements found\n');
        return;
      }
      ctx.io.stdout(
        table(
          ['speaker', 'cue', 'kind', 'content', 'article'],
          rows.map((r) => [truncate(r.speaker.name, 28), r.cue, r.kind, truncate(r.content, 70), truncate(r.article.title ?? r.article.id, 30)]),
        ),
      );
    });
}
