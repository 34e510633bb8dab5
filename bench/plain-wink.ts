// wink-nlp for the benchmarks' comparison figure, loaded after the pipeline's own.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { wink } from '../src/pipeline/stages/wink.js';

/**
 * The pipeline wraps wink-nlp's cache module when it loads it first (src/pipeline/stages/wink.ts), as in
 * the CLI; importing wink-nlp before it would leave the pipeline without that wrapper (and its cost).
 * This loads the pipeline's copy first, then returns a fresh copy of the modules, whose cache is
 * wink-nlp's own, unwrapped.
 */
export function plainWinkNLP(): typeof import('wink-nlp').default {
  wink();
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('wink-nlp'));
  for (const k of Object.keys(require.cache)) if (k.startsWith(dir)) delete require.cache[k];
  return require('wink-nlp') as typeof import('wink-nlp').default;
}
