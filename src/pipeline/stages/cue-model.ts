/**
 * The learned cue proposer: an averaged perceptron (models/cues.json, trained from PolNeAR train by
 * `npm run train:cues`) that scores whether a word heads an attribution cue the lexicon does not
 * know ("Trump charges that ...", "The film explains ...", "Lynch notes ..."). It only proposes the
 * cue; the statements stage finds its source and content with the same clause machinery as for
 * lexicon cues. The features are local: the word, its stem and neighbours, what follows (a that-
 * clause, a quotation, a colon, a clause) and whether a plausible source stands before it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../document/types.js';
import { cueLemma } from '../../lexicon/cues.js';
import { isPassive, tailHasClause } from './clauses.js';
import { subjectOf } from './speaker.js';

export const DEFAULT_CUE_MODEL = fileURLToPath(new URL('../../../models/cues.json', import.meta.url));

export interface CueModel {
  weights: Map<string, number>;
  /** Score above which a word is taken as a cue. */
  threshold: number;
  /** Per stem: the share of its occurrences in train that head a cue (stems seen as a cue at least twice). */
  stems: Map<string, number>;
  /** The least share a stem needs before the model may propose it. */
  minStemRate: number;
  /** Ablations (NEWSGRAPH_CUES=broad, NEWSGRAPH_COGNITION=on): proposals without a speech complement, cognition verbs. */
  broad: boolean;
  cognition: boolean;
}

export interface CueModelFile {
  version: 1;
  info: Record<string, unknown>;
  threshold: number;
  minStemRate: number;
  stems: Record<string, number>;
  weights: Record<string, number>;
}

/** A crude stem that merges a verb's forms: "charges", "charged", "charging" -> "charg". */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3).replace(/e$/, '');
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2).replace(/e$/, '');
  if (w.length > 4 && /(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1).replace(/e$/, '');
  return w.replace(/e$/, '');
}

/** Words the proposer considers: verbs, and nouns or adjectives shaped like verb forms (mis-tagged "notes"). */
export function isCueCandidate(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const p = t.pos[i];
  if (!/^[a-z]/.test(t.norm[i])) return false;
  if (p === 'VERB') return true;
  return (p === 'NOUN' || p === 'ADJ') && /(s|ed|ing)$/.test(t.norm[i]) && t.norm[i].length > 3;
}

/** The features of word `i` in the sentence of tokens [lo, hi). */
export function cueFeatures(doc: Doc, i: number, lo: number, hi: number): string[] {
  const t = doc.tokens;
  const w = t.norm[i];
  const s = stem(w);
  const at = (k: number, arr: string[]): string => (k >= lo && k < hi ? arr[k] : k < lo ? '<s>' : '</s>');
  const f: string[] = ['b', `w=${w}`, `s=${s}`, `suf=${w.slice(-3)}`, `p=${t.pos[i]}`];
  f.push(`pw=${at(i - 1, t.norm)}`, `pp=${at(i - 1, t.pos)}`, `p2p=${at(i - 2, t.pos)}`);
  f.push(`nw=${at(i + 1, t.norm)}`, `np=${at(i + 1, t.pos)}`, `n2w=${at(i + 2, t.norm)}`, `n2p=${at(i + 2, t.pos)}`);
  f.push(`s|nw=${s}|${at(i + 1, t.norm)}`, `s|np=${s}|${at(i + 1, t.pos)}`, `s|pp=${s}|${at(i - 1, t.pos)}`);
  let that = false;
  let quote = false;
  for (let k = i + 1; k < Math.min(hi, i + 5); k++) {
    if (t.norm[k] === 'that') that = true;
    if (t.norm[k] === '"') quote = true;
  }
  if (that) f.push('that', `s|that=${s}`);
  if (quote) f.push('quote', `s|quote=${s}`);
  if (t.norm[i + 1] === ':') f.push('colon');
  const clause = tailHasClause(doc, doc.text, i + 1, hi);
  f.push(`clause=${clause}`, `s|clause=${s}|${clause}`);
  const sp = subjectOf(doc, i, lo);
  let kind = 'none';
  if (sp) {
    if (sp.entity < 0) kind = 'group';
    else {
      const m = t.norm[sp.tokStart];
      kind = sp.tokEnd - sp.tokStart === 1 && /^(he|she|they|it|i|we|you|who|which)$/.test(m) ? `pron:${m}` : (doc.entities[sp.entity]?.type ?? 'entity');
    }
  }
  f.push(`subj=${kind}`, `s|subj=${s}|${kind === 'none' ? 'none' : 'some'}`, `subj|clause=${kind}|${clause}`);
  if (cueLemma(w)) f.push('lex');
  if (isPassive(doc, i, lo)) f.push('passive');
  if (i === lo) f.push('first');
  if (at(i - 1, t.norm) === ',') f.push('aftercomma');
  return f;
}

export function scoreFeatures(model: CueModel, feats: readonly string[]): number {
  let s = 0;
  for (const x of feats) s += model.weights.get(x) ?? 0;
  return s;
}

export function modelFromFile(file: CueModelFile): CueModel {
  return { weights: new Map(Object.entries(file.weights)), threshold: file.threshold, stems: new Map(Object.entries(file.stems)), minStemRate: file.minStemRate, broad: false, cognition: false };
}

let loaded: CueModel | null | undefined;

/**
 * The committed model, loaded once; undefined when models/cues.json is absent. Measurement switches
 * (environment): NEWSGRAPH_CUES=off (no proposer) or =broad (proposals need no speech complement: the
 * PolNeAR notion of attribution), NEWSGRAPH_COGNITION=on (think, hope, want ... may be proposed),
 * NEWSGRAPH_CUE_THRESHOLD and NEWSGRAPH_CUE_STEM_RATE (override the model's values).
 */
export function defaultCueModel(): CueModel | undefined {
  if (loaded === undefined) {
    const mode = process.env.NEWSGRAPH_CUES ?? 'speech';
    const off = mode === 'off';
    loaded = !off && existsSync(DEFAULT_CUE_MODEL) ? modelFromFile(JSON.parse(readFileSync(DEFAULT_CUE_MODEL, 'utf8')) as CueModelFile) : null;
    const th = Number(process.env.NEWSGRAPH_CUE_THRESHOLD);
    if (loaded && Number.isFinite(th) && process.env.NEWSGRAPH_CUE_THRESHOLD) loaded.threshold = th;
    if (loaded) {
      loaded.broad = mode === 'broad';
      loaded.cognition = process.env.NEWSGRAPH_COGNITION === 'on';
    }
    const mr = Number(process.env.NEWSGRAPH_CUE_STEM_RATE);
    if (loaded && Number.isFinite(mr) && process.env.NEWSGRAPH_CUE_STEM_RATE) loaded.minStemRate = mr;
  }
  return loaded ?? undefined;
}
