// What each evaluated set hands back to the runner: table rows, error rows, timing.
import type { PRF } from './metrics.js';

export interface Accuracy {
  correct: number;
  total: number;
  value: number;
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, value: total > 0 ? correct / total : 0 };
}

export interface Row {
  measure: string;
  prf?: PRF;
  acc?: Accuracy;
}

export type ErrorKind = 'FP' | 'FN' | 'WRONG';

/** One readable error: a false positive, a false negative, or a matched item with a wrong value. */
export interface ErrorRow {
  /** the class the developer works on: "statements", "PER", "works_for", ... */
  cls: string;
  kind: ErrorKind;
  doc: string;
  /** the sentence / paragraph / content the error is about */
  text: string;
  pred: string;
  gold: string;
}

export interface SetResult {
  set: string;
  docs: number;
  rows: Row[];
  errors: ErrorRow[];
  /** whitespace tokens of all input texts given to extract */
  tokens: number;
  /** seconds spent inside extract */
  seconds: number;
  notes: string[];
}
