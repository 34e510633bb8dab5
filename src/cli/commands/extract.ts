import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { extract } from '../../index.js';
import { formatOf, parseInput, readFile, readInputFile } from '../../readers/index.js';
import type { Context } from '../context.js';
import { extractStream } from '../../parallel/extract.js';
import { parseJobs } from '../../parallel/options.js';

export function register(program: Command, ctx: Context): void {
  program
    .command('extract')
    .argument('[file]', 'an article file, or - for stdin (default)', '-')
    .option('--jsonl', 'one article per input line, one Document JSON per output line')
    .option('--jobs <n>', 'with --jsonl: pipeline threads, this one included (default 1); the output is the same for any value', parseJobs)
    .description('run the pipeline on an article without storing anything; print the Document JSON')
    .action((file: string, opts: { jsonl?: boolean; jobs?: number }) => {
      ctx.pending = (async () => {
        let results;
        if (opts.jsonl && file !== '-' && formatOf(file) === 'jsonl') {
          // streamed line by line: bounded memory for any file size
          const failed = await extractStream(readInputFile(file), {
            jobs: opts.jobs ?? 1,
            write: (line) => ctx.io.stdout(line),
            onError: (err) => ctx.io.stderr(`error: ${err.message}\n`),
          });
          if (failed > 0) ctx.exitCode = 1;
          return;
        }
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
