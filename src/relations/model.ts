/** The trained relation classifier: decoding, scoring and the model file format. */
import { NewsGraphError, UsageError } from '../errors.js';
import { candidates, pairMargin, tokensBetween, viewSentence, type SentenceView } from './features.js';
import { WeightTable } from './perceptron.js';
import { mayBeExplicit, predicateLabel, type Predicate } from './predicate.js';
import { REL_TYPES, type RelEntity, type RelPrediction, type RelType, type RelationModel } from './types.js';

/** Class 0 is NONE; class k (k >= 1) is REL_TYPES[k - 1]. */
export const CLASSES = ['NONE', ...REL_TYPES] as const;
export const classOf = (t: RelType): number => REL_TYPES.indexOf(t) + 1;

export interface ModelFile {
  format: 'newsgraph-relations';
  version: 1;
  classes: string[];
  /** a candidate is predicted when score(type) - score(NONE) > thresholds[type] */
  thresholds: Record<RelType, number>;
  /** Platt scaling to a probability: 1 / (1 + exp(-(a * (margin - threshold) + b))) */
  platt: { a: number; b: number };
  meta: Record<string, unknown>;
  /** feature -> weights, one per class */
  weights: Record<string, number[]>;
}

/** The relation model file is not one this code can read. */
export class InvalidModelError extends NewsGraphError {
  constructor(message: string) {
    super('E_MODEL', message);
  }
}

/** A scored candidate before thresholding (also used for tuning). */
export interface ScoredPair {
  head: number;
  tail: number;
  type: RelType;
  margin: number;
}

/**
 * Pairs further apart than this many tokens are not scored in the newsgraph schema: no relation the
 * model states on the development sets spans more than a few dozen tokens, and without a cap a run-on
 * "sentence" of n names costs O(n^2) pairs, each O(gap) to describe (docs/robustness.md).
 */
export const MAX_GAP = 40;

export class RelationClassifier implements RelationModel {
  constructor(
    readonly table: WeightTable,
    readonly thresholds: Record<RelType, number>,
    readonly platt: { a: number; b: number },
    /** 'conll04' keeps the training labels; 'newsgraph' (default) maps office holders of a place to works_for */
    readonly schema: 'newsgraph' | 'conll04' = 'newsgraph',
  ) {}

  /** The same model with another output schema. */
  withSchema(schema: 'newsgraph' | 'conll04'): RelationClassifier {
    return new RelationClassifier(this.table, this.thresholds, this.platt, schema);
  }

  /** Raw margins of every candidate pair (in the newsgraph schema, of those it could label). */
  margins(tokens: string[], entities: RelEntity[], v: SentenceView = viewSentence(tokens, entities)): ScoredPair[] {
    const out: ScoredPair[] = [];
    for (const c of candidates(entities)) {
      // pairs the newsgraph schema would drop whatever their score are not scored (speed only)
      if (this.schema === 'newsgraph' && (tokensBetween(v, c.head, c.tail) > MAX_GAP || !mayBeExplicit(v, c.head, c.tail, c.type))) continue;
      out.push({ head: c.head, tail: c.tail, type: c.type, margin: pairMargin(v, c.head, c.tail, this.table, classOf(c.type)) });
    }
    return out;
  }

  predict(tokens: string[], entities: RelEntity[], ids?: ArrayLike<number>): RelPrediction[] {
    for (const e of entities) {
      if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= tokens.length)) {
        throw new UsageError(`relations: entity span ${JSON.stringify(e)} is not within the ${tokens.length} tokens; spans are token indices, end exclusive`);
      }
    }
    if (entities.length < 2) return [];
    const v = viewSentence(tokens, entities, ids);
    const kept = decode(this.margins(tokens, entities, v), this.thresholds);
    if (kept.length === 0) return [];
    return kept.map((p) => {
      const pred = predicateLabel(tokens, v, this.table, classOf(p.type), p.head, p.tail, p.type);
      const score = round(1 / (1 + Math.exp(-(this.platt.a * (p.margin - this.thresholds[p.type]) + this.platt.b))));
      const type = this.schema === 'newsgraph' ? newsType(p.type, pred, score) : p.type;
      if (!type) return undefined;
      return { head: p.head, tail: p.tail, type, score, predicate: pred.text };
    }).filter((x): x is RelPrediction => x !== undefined);
  }

  toFile(meta: Record<string, unknown>): ModelFile {
    const weights: Record<string, number[]> = {};
    const feats = [...this.table.rows.keys()].sort();
    for (const f of feats) weights[f] = Array.from(this.table.rows.get(f)!, (x) => Math.round(x * 1000) / 1000);
    return {
      format: 'newsgraph-relations',
      version: 1,
      classes: [...CLASSES],
      thresholds: this.thresholds,
      platt: this.platt,
      meta,
      weights,
    };
  }

  static fromFile(m: ModelFile): RelationClassifier {
    if (m?.format !== 'newsgraph-relations' || m.version !== 1) {
      throw new InvalidModelError(`relation model: unexpected format ${JSON.stringify(m?.format)} v${m?.version}; retrain with "npm run train:relations"`);
    }
    if (m.classes.join() !== CLASSES.join()) throw new InvalidModelError(`relation model: classes ${JSON.stringify(m.classes)} do not match ${JSON.stringify(CLASSES)}`);
    const rows = new Map<string, Float32Array>();
    for (const [f, w] of Object.entries(m.weights)) rows.set(f, Float32Array.from(w));
    return new RelationClassifier(new WeightTable(CLASSES.length, rows), m.thresholds, m.platt);
  }
}

/**
 * Keep pairs whose margin clears their type's threshold; of the two directions of one entity
 * pair only the stronger survives.
 */
export function decode(pairs: ScoredPair[], thresholds: Record<RelType, number>): ScoredPair[] {
  const kept = pairs.filter((p) => p.margin > thresholds[p.type]);
  return kept.filter(
    (p) => !kept.some((q) => q !== p && q.head === p.tail && q.tail === p.head && (q.margin > p.margin || (q.margin === p.margin && q.head < p.head))),
  );
}

/**
 * A works_for with neither a title nor a tight construction needs this probability (chosen on
 * CoNLL04 dev and the news dev articles, docs/relations.md).
 */
const IMPLICIT_WORKS_FOR = 0.7;

/**
 * The newsgraph reading of a CoNLL04 prediction. CoNLL04 annotates office holders of a place
 * ("U.S. President Bill Clinton") as Live_In; newsgraph calls an office held for a GPE works_for.
 * newsgraph states a place relation only when the text is explicit: lives_in needs a residence
 * word, based_in / located_in / killed a trigger word or a tight construction ("X in Y", "X, Y"), and
 * works_for a title or job word, a tight construction, or a confident model.
 */
function newsType(t: RelType, pred: Predicate, score: number): RelType | undefined {
  if (t === 'lives_in') return pred.role ? 'works_for' : pred.residence ? 'lives_in' : undefined;
  if (t === 'works_for') return pred.explicit || score >= IMPLICIT_WORKS_FOR ? t : undefined;
  return pred.explicit ? t : undefined;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
