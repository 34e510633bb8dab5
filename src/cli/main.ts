import { Command, CommanderError } from 'commander';
import { NewsGraphError, UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Context } from './context.js';
import type { IO } from './io.js';
import { register as ingest } from './commands/ingest.js';
import { register as extract } from './commands/extract.js';
import { register as said } from './commands/said.js';
import { register as entity } from './commands/entity.js';
import { register as stats } from './commands/stats.js';
import { register as relations } from './commands/relations.js';
import { register as neighbors } from './commands/neighbors.js';
import { register as path } from './commands/path.js';
import { register as top } from './commands/top.js';
import { register as communities } from './commands/communities.js';
import { register as timeline } from './commands/timeline.js';
import { register as exportCmd } from './commands/export.js';
import { register as serve } from './commands/serve.js';
import { register as merge } from './commands/merge.js';

/** Every command module registers itself on the program. */
export const COMMANDS = [ingest, extract, said, entity, stats, relations, neighbors, path, top, communities, timeline, exportCmd, serve, merge];

export function buildProgram(ctx: Context): Command {
  const program = new Command('newsgraph')
    .description('Build a who-said-what knowledge graph from news articles, stored in SQLite.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) })
    .showHelpAfterError('(run with --help for usage)');
  for (const reg of COMMANDS) reg(program, ctx);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  return program;
}

/**
 * Runs the CLI: returns the exit code (0 ok, 1 some inputs failed or a name was not found,
 * 2 bad usage). Never calls process.exit.
 */
export async function main(argv: string[], io: IO): Promise<number> {
  const ctx: Context = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (ctx.pending) await ctx.pending;
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`error: ${err.message}\n`);
      return 2;
    }
    if (err instanceof NewsGraphError) {
      io.stderr(`error: ${err.message}\n`);
      return 1;
    }
    io.stderr(`error: ${(err as Error).message}\n`);
    return 1;
  }
}
