import { InvalidArgumentError, type Command } from 'commander';
import type { StatementResult } from '../../store/read.js';
import type { SaidGroupBy } from '../../graph/statements.js';
import { common, parseLimit, type Context } from '../context.js';
import { dateOptions, withGraph } from '../graph.js';
import { emit, formatOptions, table, truncate, type FormatOptions } from '../output.js';

/** The contract's said --json object: the statement without its internal id and confidence. */
export function statementJSON({ id: _id, confidence: _c, ...r }: StatementResult): Omit<StatementResult, 'id' | 'confidence'> {
  return r;
}

function parseGroupBy(v: string): SaidGroupBy {
  if (v !== 'speaker' && v !== 'date') throw new InvalidArgumentError(`--group-by takes speaker or date, got "${v}"`);
  return v;
}

const statementTable = (rows: StatementResult[]) =>
  table(
    ['speaker', 'cue', 'kind', 'content', 'article'],
    rows.map((r) => [truncate(r.speaker.name, 28), r.cue, r.kind, truncate(r.content, 70), truncate(r.article.title ?? r.article.id, 30)]),
  );

export function register(program: Command, ctx: Context): void {
  dateOptions(formatOptions(common(program.command('said'))))
    .description('who said what: statements filtered by speaker, subject, cue, words and date')
    .option('--by <name>', 'speaker (canonical name or alias)')
    .option('--about <name>', 'an entity the statement is about')
    .option('--cue <verb>', 'cue word, e.g. warned')
    .option('--match <text>', 'full-text search on what was said: all the words (a trailing * matches a prefix; "quoted" text is an FTS5 query)')
    .option('--group-by <key>', 'group the statements by speaker or by date')
    .option('--limit <n>', 'at most n statements', parseLimit)
    .action((opts: FormatOptions & { db?: string; by?: string; about?: string; cue?: string; match?: string; groupBy?: string; since?: string; until?: string; limit?: number }) => {
      const q = { by: opts.by, about: opts.about, cue: opts.cue, match: opts.match, since: opts.since, until: opts.until, limit: opts.limit };
      if (opts.groupBy !== undefined) {
        const by = parseGroupBy(opts.groupBy);
        const groups = withGraph(ctx, opts, (g) => g.saidGrouped({ ...q, groupBy: by }));
        const value = groups.map((g) => ({ ...g, statements: g.statements.map(statementJSON) }));
        emit(ctx.io.stdout, opts, {
          value,
          records: () => groups.flatMap((g) => g.statements.map((s) => ({ group: g.group, ...statementJSON(s) }))),
          table: () =>
            groups.length === 0
              ? 'no statements found\n'
              : groups.map((g) => `${g.group} (${g.count} statement${g.count === 1 ? '' : 's'})\n` + statementTable(g.statements)).join('\n'),
        });
        return;
      }
      const rows = withGraph(ctx, opts, (g) => g.said(q));
      emit(ctx.io.stdout, opts, {
        value: rows.map(statementJSON),
        table: () => (rows.length === 0 ? 'no statements found\n' : statementTable(rows)),
      });
    });
}
