// wink-nlp, made history-free. wink's cache learns every new word it sees, and its tokenizer asks
// that cache whether a string is a known word (to decide, say, whether "Rubio’s" splits into
// "Rubio" + "’s"). So the tokens of an article depended on which articles one process had read
// before it: `extract` of one article and the same article in a batch, or in another worker
// thread, could differ. Here the tokenizer only sees the model's own vocabulary plus the words
// added while reading the current document, exactly as a fresh wink instance would, while the
// learned entries stay in the cache (so word indices and properties are still shared).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import model from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);

interface WinkCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}

const seen = new Set<number>();
let inAdd = 0;

/** Wraps wink's cache factory so that lookups outside `add` ignore words learned from earlier documents. */
function patchCache(): void {
  const path = join(dirname(require.resolve('wink-nlp')), 'cache.js');
  const original = require(path) as (...args: unknown[]) => WinkCache;
  if ((original as { historyFree?: boolean }).historyFree) return;
  const wrapped = (...args: unknown[]): WinkCache => {
    const cache = original(...args);
    const intrinsic = cache.intrinsicSize();
    const add = cache.add;
    const lookup = cache.lookup;
    cache.add = (text, category) => {
      inAdd++;
      try {
        const index = add(text, category);
        if (index >= intrinsic) seen.add(index);
        return index;
      } finally {
        inAdd--;
      }
    };
    cache.lookup = (text) => {
      const r = lookup(text);
      if (inAdd > 0 || r === null || r.length !== 1 || r[0] < intrinsic || seen.has(r[0])) return r;
      return null;
    };
    return cache;
  };
  (wrapped as { historyFree?: boolean }).historyFree = true;
  require.cache[path]!.exports = wrapped;
}

type WinkNLP = typeof import('wink-nlp').default;
type Wink = ReturnType<WinkNLP>;
let nlp: Wink | undefined;

/** The shared wink-nlp instance (sentence boundaries and POS). */
export function wink(): Wink {
  if (!nlp) {
    patchCache();
    const winkNLP = require('wink-nlp') as WinkNLP;
    nlp = winkNLP(model, ['sbd', 'pos']);
  }
  return nlp;
}

/** Reads one document as a fresh wink instance would. */
export function readDoc(text: string): ReturnType<Wink['readDoc']> {
  const w = wink();
  seen.clear();
  return w.readDoc(text);
}

type ItsFn = (index: number, rdd: unknown) => unknown;

/** What `collectToken` gathers while wink-nlp maps a document's tokens. */
const columns = { values: [] as string[], spaces: [] as string[], pos: [] as string[] };
let collectToken: ItsFn | undefined;

/**
 * An `its` mapper that reads, per token, wink-nlp's own its.value, its.precedingSpaces and its.pos
 * into `columns` and returns its.uniqueId: one pass over the tokens instead of one per property.
 * wink-nlp only maps with the functions of its allowed set, so it is added there.
 */
function collector(): ItsFn {
  if (collectToken) return collectToken;
  const its = wink().its as unknown as Record<'value' | 'precedingSpaces' | 'pos' | 'uniqueId', ItsFn>;
  const fn: ItsFn = (index, rdd) => {
    columns.values.push(its.value(index, rdd) as string);
    columns.spaces.push(its.precedingSpaces(index, rdd) as string);
    columns.pos.push(its.pos(index, rdd) as string);
    return its.uniqueId(index, rdd);
  };
  const allowed = require(join(dirname(require.resolve('wink-nlp')), 'allowed.js')) as { its4tokens?: Set<unknown> };
  allowed.its4tokens?.add(fn);
  collectToken = fn;
  return fn;
}

/**
 * Every token's value, preceding spaces, POS tag and lexeme index (its.uniqueId: one number per
 * distinct value), as wink-nlp's `tokens().out(its.X)` gives them.
 */
export function tokenColumns(wdoc: ReturnType<Wink['readDoc']>): { values: string[]; spaces: string[]; pos: string[]; ids: number[] } {
  const its = wink().its;
  columns.values = [];
  columns.spaces = [];
  columns.pos = [];
  const ids = wdoc.tokens().out(collector() as never) as unknown as number[];
  const { values, spaces, pos } = columns;
  if (values.length === ids.length && spaces.length === ids.length && pos.length === ids.length) return { values, spaces, pos, ids };
  // a wink-nlp that did not take the mapper: one pass per property
  return {
    values: wdoc.tokens().out(its.value) as string[],
    spaces: wdoc.tokens().out(its.precedingSpaces) as string[],
    pos: wdoc.tokens().out(its.pos) as string[],
    ids: wdoc.tokens().out(its.uniqueId) as number[],
  };
}
