import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { extract } from '../../index.js';
import { parseInput, readFile } from '../../readers/index.js';
import type { Context } from '../context.js';

export function register(program: Command, ctx: Context): void {
  program
    .command('extract')
    .argument('[file]', 'an article file, or - for stdin (default)', '-')
    .option('--jsonl', 'one article per input line, one Document JSON per output line')
    .description('run the pipeline on an article without storing anything; print the Document JSON')
    .action((file: string, opts: { jsonl?: boolean }) => {
      ctx.pending = (async () => {
        let results;
        if (opts.jsonl) {
          const content = file === '-' ? await ctx.io.readStdin() : readText(file);
          results = [...parseInput(content, file, '.jsonl')];
        } else {
          results = file === '-' ? readFile('-', await ctx.io.readStdin()) : readFile(file);
        }
        for (const r of results) {
          if ('error' in r) {
            ctx.io.stderr(`error: ${r.error.message}\n`);
            ctx.exitCode = 1;
            continue;
          }
          const doc = extract(r.article);
          ctx.io.stdout(opts.jsonl ? JSON.stringify(doc) + '\n' : JSON.stringify(doc, null, 2) + '\n');
        }
      })();
    });
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
