import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/document/types.js';
import type { PoolResult } from '../../src/parallel/pool.js';
import { runOrdered, type Done, type Item, type Workers } from '../../src/parallel/schedule.js';

/** A pool whose one "worker" answers each batch after `delay` turns of the event loop. */
class FakePool implements Workers {
  readonly jobs = 1;
  inFlight = 0;
  ran: string[] = [];
  constructor(private delay = 3, private failOn?: string) {}
  run(articles: Article[]): Promise<PoolResult[]> {
    this.inFlight += articles.length;
    return new Promise((resolve, reject) => {
      let turns = this.delay;
      const tick = () => {
        if (--turns > 0) return void setImmediate(tick);
        this.inFlight -= articles.length;
        if (articles.some((a) => a.id === this.failOn)) return reject(new Error('worker exited with code 1'));
        this.ran.push(...articles.map((a) => a.id));
        resolve(articles.map((a) => ({ tokens: a.text.length, json: `worker:${a.id}` })));
      };
      setImmediate(tick);
    });
  }
  shortest(): number {
    return this.inFlight;
  }
  busy(): boolean {
    return this.inFlight > 0;
  }
}

const article = (i: number): Article => ({ id: `a${i}`, text: 'x'.repeat(i + 1) });

/** n items; every fifth passes through without an article. */
function* items(n: number, pulled: { n: number }): Generator<Item<number>> {
  for (let i = 0; i < n; i++) {
    pulled.n = i + 1;
    yield i % 5 === 4 ? { meta: i } : { article: article(i), meta: i };
  }
}

async function run(n: number, pool: FakePool | undefined, opts: { window?: number; writeBatch?: number } = {}) {
  const written: Done<number>[] = [];
  const local: string[] = [];
  const pulled = { n: 0 };
  let maxAhead = 0;
  await runOrdered(pool, items(n, pulled), {
    local: (a) => {
      local.push(a.id);
      return { tokens: a.text.length, json: `local:${a.id}` };
    },
    write: (done) => {
      maxAhead = Math.max(maxAhead, pulled.n - written.length);
      written.push(...done);
    },
    batchSize: 2,
    ...opts,
  });
  return { written, local, maxAhead };
}

describe('parallel/schedule runOrdered', () => {
  it('writes every item once, in input order, with its own result', async () => {
    const pool = new FakePool();
    const { written, local } = await run(40, pool);
    expect(written.map((d) => d.meta)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    for (const d of written) {
      if (d.meta % 5 === 4) expect(d.result).toBeUndefined();
      else expect(d.result).toEqual({ tokens: d.meta + 1, json: expect.stringMatching(new RegExp(`^(local|worker):a${d.meta}$`)) });
    }
    // both threads ran articles, and none twice
    expect(local.length).toBeGreaterThan(0);
    expect(pool.ran.length).toBeGreaterThan(0);
    expect([...local, ...pool.ran].sort()).toEqual(written.filter((d) => d.result).map((d) => `a${d.meta}`).sort());
  });

  it('runs everything in this thread without a pool', async () => {
    const { written, local } = await run(12, undefined);
    expect(written.map((d) => d.meta)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(local).toHaveLength(10);
  });

  it('never pulls more than the window ahead of what was written', async () => {
    const { maxAhead } = await run(200, new FakePool(6), { window: 16, writeBatch: 4 });
    expect(maxAhead).toBeLessThanOrEqual(16 + 1);
  });

  it('writes a long run of pass-through items after the last article (a re-ingest of a stream)', async () => {
    const items = function* (): Generator<Item<number>> {
      for (let i = 0; i < 300; i++) yield i < 6 ? { article: article(i), meta: i } : { meta: i };
    };
    const written: number[] = [];
    await runOrdered(new FakePool(), items(), { local: (a) => ({ tokens: a.text.length }), write: (d) => written.push(...d.map((x) => x.meta)), batchSize: 2, window: 16, writeBatch: 4 });
    expect(written).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('rejects when a worker fails', async () => {
    await expect(run(30, new FakePool(2, 'a7'))).rejects.toThrow('worker exited with code 1');
  });
});
