import { InvalidArgumentError, type Command } from 'commander';
import { startViewer } from '../../server/http.js';
import { dbPath, type Context } from '../context.js';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`--port must be 0-65535, got "${v}"`);
  return n;
}

export function register(program: Command, ctx: Context): void {
  program
    .command('serve')
    .description('a local web page to explore the graph: search an entity, see its neighbourhood, read the evidence')
    .option('--db <file>', 'database file (default ./newsgraph.db or $NEWSGRAPH_DB)')
    .option('--port <n>', 'port (0 picks a free one)', port, 7878)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { db?: string; port: number; host: string }) => {
      const viewer = await startViewer({ db: dbPath(ctx, opts), port: opts.port, host: opts.host });
      ctx.io.stderr(`newsgraph viewer on ${viewer.url} (read-only; Ctrl-C to stop)\n`);
      ctx.pending = new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void viewer.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
