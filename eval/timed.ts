// Wraps extract: counts whitespace tokens of the inputs and the seconds spent inside extract.
import { performance } from 'node:perf_hooks';
import { whitespaceTokenCount } from './metrics.js';
import type { ArticleInput, DocumentJSON, ExtractFn } from './types.js';

export class TimedExtract {
  tokens = 0;
  seconds = 0;
  calls = 0;
  /** CPU seconds (user + system, all the process's threads) spent inside extract. */
  cpuSeconds = 0;
  constructor(private readonly fn: ExtractFn) {}

  async run(article: ArticleInput): Promise<DocumentJSON> {
    this.tokens += whitespaceTokenCount(article.text) + whitespaceTokenCount(article.title ?? '');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const doc = await this.fn(article);
    const c = process.cpuUsage(c0);
    this.seconds += (performance.now() - t0) / 1000;
    this.cpuSeconds += (c.user + c.system) / 1e6;
    this.calls++;
    return doc;
  }
}
