// The document tagger: one or two greedy passes; the second pass sees what the first found
// elsewhere in the document.
import { addDocLabelFeatures, docInfo, sentenceFeatures, type SentenceFeatures } from './features.js';
import { decodeSentence, type WeightView } from './decode.js';
import type { Gazetteer } from './gazetteer.js';
import { TYPES, labelsToSpans } from './labels.js';
import { foldWord, normalizeToken } from './normalize.js';
import type { NerSpan, NerTagger } from './types.js';

export class PerceptronTagger implements NerTagger {
  constructor(private readonly passes: WeightView[], private readonly gaz: Gazetteer, private readonly temperature = 1) {}

  tagDocument(sentences: string[][]): NerSpan[][] {
    const doc = docInfo(sentences);
    const feats = sentences.map((tokens) => sentenceFeatures(tokens, this.gaz, doc));
    let result = this.pass(this.passes[0], feats);
    for (let p = 1; p < this.passes.length; p++) {
      const labels = documentLabels(sentences, result);
      for (const sf of feats) addDocLabelFeatures(sf, labels);
      result = this.pass(this.passes[p], feats);
    }
    return result;
  }

  private pass(m: WeightView, feats: SentenceFeatures[]): NerSpan[][] {
    return feats.map((sf) => {
      if (sf.n === 0) return [];
      const labels = new Uint8Array(sf.n);
      const probs = new Float32Array(sf.n);
      decodeSentence(m, sf, labels, probs, this.temperature);
      return labelsToSpans(labels).map(([start, end, t]) => {
        let score = 1;
        for (let i = start; i < end; i++) score = Math.min(score, probs[i]);
        return { start, end, label: TYPES[t], score: Math.round(score * 1000) / 1000 };
      });
    });
  }
}

/** Folded token -> counts of the entity types it was tagged with in the document. */
export function documentLabels(sentences: string[][], spans: Array<Array<{ start: number; end: number; label: string } | [number, number, number]>>): Map<string, Float32Array> {
  const map = new Map<string, Float32Array>();
  sentences.forEach((tokens, s) => {
    for (const sp of spans[s]) {
      const [start, end, t] = Array.isArray(sp) ? sp : [sp.start, sp.end, TYPES.indexOf(sp.label as never)];
      for (let i = start; i < end; i++) {
        const f = foldWord(normalizeToken(tokens[i]));
        let c = map.get(f);
        if (!c) map.set(f, (c = new Float32Array(4)));
        c[t] += 1;
      }
    }
  });
  return map;
}
