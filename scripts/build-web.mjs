// Bundles the viewer (web/) into dist/web: everything from npm, nothing from a CDN.
// Run by `npm run build` / the `prepare` script after tsc; the viewer tests call buildWeb(tmpdir).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes index.html, app.js and app.css into `out` (default dist/web). */
export async function buildWeb(out = join(root, 'dist', 'web')) {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(root, 'web', 'src', 'main.ts')],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'web', 'index.html'), join(out, 'index.html'));
  copyFileSync(join(root, 'web', 'app.css'), join(out, 'app.css'));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const out = await buildWeb(process.argv[2]);
  process.stderr.write(`viewer bundled into ${out} (${Date.now() - t0} ms)\n`);
}
