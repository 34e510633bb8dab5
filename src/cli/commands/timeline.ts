import { InvalidArgumentError, type Command } from 'commander';
import type { Interval } from '../../graph/statements.js';
import { common, parseLimit, type Context } from '../context.js';
import { dateOptions, withGraph } from '../graph.js';
import { emit, formatOptions, type FormatOptions, truncate } from '../output.js';

function parseInterval(v: string): Interval {
  if (v !== 'day' && v !== 'month' && v !== 'year') throw new InvalidArgumentError(`--interval takes day, month or year, got "${v}"`);
  return v;
}

export function register(program: Command, ctx: Context): void {
  dateOptions(formatOptions(common(program.command('timeline').argument('<name>', 'a speaker (canonical name or alias)'))))
    .description("a speaker's statements over time, oldest first, by day, month or year")
    .option('--interval <unit>', 'day, month or year (default month)', parseInterval, 'month')
    .option('--about <name>', 'only statements about this entity')
    .option('--cue <verb>', 'only statements with this cue')
    .option('--match <text>', 'only statements whose content matches this full-text search')
    .option('--limit <n>', 'at most n statements (the oldest)', parseLimit)
    .action((name: string, opts: FormatOptions & { db?: string; interval: Interval; about?: string; cue?: string; match?: string; limit?: number; since?: string; until?: string }) => {
      const t = withGraph(ctx, opts, (g) => g.timeline(name, { interval: opts.interval, about: opts.about, cue: opts.cue, match: opts.match, limit: opts.limit, since: opts.since, until: opts.until }));
      emit(ctx.io.stdout, opts, {
        value: t,
        records: () => t.periods.flatMap((p) => p.statements.map(({ id: _id, confidence: _c, ...s }) => ({ period: p.period, ...s }))),
        table: () => {
          const out = [`${t.speaker.name} (${t.speaker.type}): ${t.total} statement${t.total === 1 ? '' : 's'}`];
          for (const p of t.periods) {
            out.push('', `${p.period}  ${'#'.repeat(Math.min(p.count, 40))} ${p.count}`);
            for (const s of p.statements) out.push(`  ${s.article.published_at?.slice(0, 10) ?? 'undated   '}  ${s.cue} (${s.kind}): ${truncate(s.content, 90)}`);
          }
          return out.join('\n') + '\n';
        },
      });
    });
}
