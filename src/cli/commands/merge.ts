import type { Command } from 'commander';
import { mergeStores } from '../../store/merge.js';
import { openStore } from '../../store/open.js';
import type { Context } from '../context.js';
import { json, table } from '../output.js';

export function register(program: Command, ctx: Context): void {
  program
    .command('merge')
    .argument('<out>', 'the store to merge into (created when missing)')
    .argument('<inputs...>', 'stores to merge into it, in order')
    .option('--json', 'machine-readable JSON on stdout')
    .description('combine stores ingested on separate machines: entities merged by name and alias, duplicate articles dropped by content hash')
    .action((outFile: string, inputs: string[], opts: { json?: boolean }) => {
      const db = openStore(outFile);
      let report;
      try {
        report = mergeStores(db, inputs, { onInput: ctx.io.isTTY ? (f, n) => ctx.io.stderr(`merged ${n}/${inputs.length}: ${f}\n`) : undefined });
      } finally {
        db.close();
      }
      if (opts.json) ctx.io.stdout(json(report));
      else
        ctx.io.stdout(
          table(['what', 'count'], [
            ['stores merged', report.inputs],
            ['articles added', report.added],
            ['articles replaced', report.replaced],
            ['duplicate articles dropped', report.duplicates],
            ['entities merged', report.entities_merged],
            ['entities added', report.entities_added],
          ]),
        );
    });
}
