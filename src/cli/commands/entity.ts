import type { Command } from 'commander';
import { entityCard } from '../../store/read.js';
import { common, parseLimit, withStore, type Context } from '../context.js';
import { json, truncate } from '../output.js';

export function register(program: Command, ctx: Context): void {
  common(program.command('entity').argument('<name>', 'canonical name or alias'))
    .description('one entity: type, aliases, counts, relations, statements by and about it')
    .option('--limit <n>', 'at most n statements in each list', parseLimit, 20)
    .action((name: string, opts: { db?: string; json?: boolean; limit: number }) => {
      const card = withStore(ctx, opts, (db) => entityCard(db, name, opts.limit), true);
      if (opts.json) {
        ctx.io.stdout(json(card));
        return;
      }
      const out: string[] = [];
      out.push(`${card.name} (${card.type})`);
      if (card.aliases.length) out.push(`aliases: ${card.aliases.join(', ')}`);
      out.push(`mentions: ${card.mentions} in ${card.articles} article${card.articles === 1 ? '' : 's'}`);
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
      ctx.io.stdout(out.join('\n') + '\n');
    });
}
