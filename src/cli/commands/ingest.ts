import type { Command } from 'commander';
import { ingest } from '../../ingest.js';
import { common, withStore, type Context } from '../context.js';
import { json } from '../output.js';

export function register(program: Command, ctx: Context): void {
  common(program.command('ingest').argument('<paths...>', 'files, folders, globs, or - for stdin'))
    .description('read articles, extract entities, relations and statements, and store them')
    .action((paths: string[], opts: { db?: string; json?: boolean }) => {
      ctx.pending = (async () => {
        const stdin = paths.includes('-') ? await ctx.io.readStdin() : undefined;
        const started = Date.now();
        const report = withStore(ctx, opts, (db) =>
          ingest(db, paths, {
            stdin,
            onError: (err) => ctx.io.stderr(`error: ${err.message}\n`),
            onArticle: ctx.io.isTTY ? (n, file) => ctx.io.stderr(`\r\x1b[K${n} articles… ${file.slice(-60)}`) : undefined,
          }),
        );
        if (ctx.io.isTTY) ctx.io.stderr('\r\x1b[K');
        const secs = (Date.now() - started) / 1000;
        const { errors, ...counts } = report;
        if (opts.json) ctx.io.stdout(json({ ...counts, seconds: secs, errors: errors.map((e) => ({ code: e.code, message: e.message })) }));
        else
          ctx.io.stderr(
            `ingested ${report.added} new, ${report.replaced} replaced, ${report.unchanged} unchanged, ${report.failed} failed (${secs.toFixed(1)} s)\n`,
          );
        if (report.failed > 0) ctx.exitCode = 1;
      })();
    });
}
