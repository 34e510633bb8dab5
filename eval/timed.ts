// Wraps extract: counts whitespace tokens of the inputs and the seconds spent inside extract.
import { performance } from 'node:perf_hooks';
import { whitespaceTokenCount } from './metrics.js';
import type { ArticleInput, DocumentJSON, ExtractFn } from './types.js';

export class TimedExtract {
  tokens = 0;
  seconds = 0;
  calls = 0;
  constructor(private readonly fn: ExtractFn) {}

  async run(article: ArticleInput): Promise<DocumentJSON> {
    this.tokens += whitespaceTokenCount(article.text) + whitespaceTokenCount(article.title ?? '');
    const t0 = performance.now();
    const doc = await this.fn(article);
    this.seconds += (performance.now() - t0) / 1000;
    this.calls++;
    return doc;
  }
}
