// The reference tagger: the straightforward implementation of the document tagger (tagger.ts), kept
// to check that the fast one gives exactly the same spans and scores (test/ner/fast.test.ts,
// `npx tsx scripts/ner/check-fast.ts`). One or more Viterbi passes; a later pass also sees the entity
// types that the previous pass gave to the same words elsewhere in the document.
import { DOC_SLOTS, HISTORY_CLASSES, STRIDE, addDocLabelFeatures, docInfo, sentenceFeatures, type SentenceFeatures } from './features.js';
import { addSlots, decodeWithEmissions, emissionsMulti, historyMulti, type WeightView } from './decode.js';
import type { Gazetteer } from './gazetteer.js';
import { N_LABELS, TYPES, labelsToSpans } from './labels.js';
import { mergePasses } from './merge.js';
import { documentLabels } from './tagger.js';
import type { NerSpan, NerTagger } from './types.js';

let scoreBuffer = new Float32Array(1 << 16);

export class ReferenceTagger implements NerTagger {
  private readonly merged: WeightView;

  constructor(private readonly passes: WeightView[], private readonly gaz: Gazetteer, private readonly temperature = 1) {
    this.merged = mergePasses(passes);
  }

  tagDocument(sentences: string[][]): NerSpan[][] {
    const doc = docInfo(sentences);
    const nPass = this.passes.length;
    const feats: SentenceFeatures[] = [];
    const emissions: Float32Array[][] = [];
    const histories: Float32Array[][] = [];
    // one buffer per document for every sentence's scores (views), reused across documents
    let total = 0;
    for (const s of sentences) total += s.length;
    const eSize = N_LABELS;
    const rSize = HISTORY_CLASSES * N_LABELS;
    const need = total * nPass * (eSize + rSize);
    if (scoreBuffer.length < need) scoreBuffer = new Float32Array(need * 2);
    let at = 0;
    const take = (len: number): Float32Array => {
      const v = scoreBuffer.subarray(at, at + len);
      at += len;
      return v;
    };
    for (const tokens of sentences) {
      const sf = sentenceFeatures(tokens, this.gaz, doc);
      const E: Float32Array[] = [];
      const R: Float32Array[] = [];
      for (let p = 0; p < nPass; p++) {
        E.push(take(sf.n * eSize));
        R.push(take(sf.n * rSize));
      }
      emissionsMulti(this.merged, nPass, sf, E, STRIDE - DOC_SLOTS);
      historyMulti(this.merged, nPass, sf, R);
      feats.push(sf);
      emissions.push(E);
      histories.push(R);
    }
    let result = feats.map((sf, si) => this.decode(this.passes[0], sf, emissions[si][0], histories[si][0]));
    for (let p = 1; p < nPass; p++) {
      const labels = documentLabels(sentences, result);
      result = feats.map((sf, si) => {
        // a sentence without document-label features is left as the previous pass tagged it
        if (!addDocLabelFeatures(sf, labels)) return result[si];
        const E = emissions[si][p];
        addSlots(this.passes[p], sf, STRIDE - DOC_SLOTS, E);
        return this.decode(this.passes[p], sf, E, histories[si][p]);
      });
    }
    return result;
  }

  private decode(m: WeightView, sf: SentenceFeatures, E: Float32Array, R: Float32Array): NerSpan[] {
    if (sf.n === 0) return [];
    const labels = new Uint8Array(sf.n);
    const probs = new Float32Array(sf.n);
    decodeWithEmissions(m, sf, E, labels, probs, this.temperature, R);
    return labelsToSpans(labels).map(([start, end, t]) => {
      let score = 1;
      for (let i = start; i < end; i++) score = Math.min(score, probs[i]);
      return { start, end, label: TYPES[t], score: Math.round(score * 1000) / 1000 };
    });
  }
}
