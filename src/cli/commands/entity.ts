import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { EntityDetails } from '../../graph/card.js';
import { common, parseLimit, type Context } from '../context.js';
import { withGraph } from '../graph.js';
import { emit, formatOptions, table, truncate, type FormatOptions } from '../output.js';
import { statementJSON } from './said.js';

function cardTable(card: EntityDetails): string {
  const out: string[] = [];
  out.push(`${card.name} (${card.type}, #${card.id})`);
  if (card.aliases.length) out.push(`aliases: ${card.aliases.join(', ')}`);
  out.push(`mentions: ${card.mentions} in ${card.articles} article${card.articles === 1 ? '' : 's'}`);
  out.push(`statements: ${card.statements} by it, ${card.statements_about} about it`);
  if (card.first_seen || card.last_seen) out.push(`seen: ${card.first_seen?.slice(0, 10) ?? '?'} to ${card.last_seen?.slice(0, 10) ?? '?'}`);
  if (card.roles.length) {
    out.push('', 'roles:');
    for (const r of card.roles) out.push(`  ${r.type}: ${r.predicate}, ${r.object.name}${r.count > 1 ? ` (×${r.count})` : ''}`);
  }
  if (card.relations.length) {
    out.push('', 'relations:');
    for (const r of card.relations) out.push(`  ${r.subject.name} —${r.predicate}→ ${r.object.name}  [${r.type}]  “${truncate(r.evidence.text, 80)}”`);
  }
  if (card.said.length) {
    out.push('', 'said:');
    for (const s of card.said) out.push(`  ${s.cue} (${s.kind}): ${truncate(s.content, 100)}`);
  }
  if (card.said_about.length) {
    out.push('', 'said about it:');
    for (const s of card.said_about) out.push(`  ${s.speaker.name} ${s.cue}: ${truncate(s.content, 90)}`);
  }
  if (card.neighbors.length) {
    out.push('', 'strongest neighbours:');
    for (const n of card.neighbors) {
      const kinds = (['relation', 'said', 'co-mention'] as const).filter((k) => n.edges[k]).map((k) => `${k} ${n.edges[k]}`);
      out.push(`  ${n.name} (${n.type})  ${kinds.join(', ')}`);
    }
  }
  return out.join('\n') + '\n';
}

export function register(program: Command, ctx: Context): void {
  formatOptions(common(program.command('entity').argument('[name]', 'canonical name, alias, or #id')))
    .description('one entity: type, aliases, counts, first and last seen, roles, relations, statements by and about it, strongest neighbours')
    .option('--search <text>', 'list the entities whose name or an alias contains the text (when a name is ambiguous)')
    .option('--limit <n>', 'at most n statements in each list (or n search hits)', parseLimit, 20)
    .option('--neighbors <n>', 'strongest neighbours listed (default 10)', parseLimit, 10)
    .action((name: string | undefined, opts: FormatOptions & { db?: string; search?: string; limit: number; neighbors: number }) => {
      if (opts.search !== undefined) {
        const text = opts.search;
        const hits = withGraph(ctx, opts, (g) => g.search(text, opts.limit));
        emit(ctx.io.stdout, opts, {
          value: hits,
          table: () =>
            hits.length === 0
              ? `no entity name or alias contains "${text}"\n`
              : table(['id', 'name', 'type', 'mentions', 'aliases'], hits.map((h) => [`#${h.id}`, truncate(h.name, 36), h.type, h.mentions, truncate(h.aliases.join(', '), 50)])),
        });
        return;
      }
      if (name === undefined) throw new UsageError('entity needs a NAME, or --search TEXT to look for one');
      const card = withGraph(ctx, opts, (g) => g.entity(name, { limit: opts.limit, neighbors: opts.neighbors }));
      const value = { ...card, said: card.said.map(statementJSON), said_about: card.said_about.map(statementJSON) };
      emit(ctx.io.stdout, opts, { value, table: () => cardTable(card) });
    });
}
