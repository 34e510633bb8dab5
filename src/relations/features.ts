/**
 * Candidate pairs and their sparse features. Only tokens are used (no parser): entity types,
 * entity words, the words between (bag, first/last, short whole string), the words around,
 * distance, order, entities between and whether the tail is the nearest of its kind.
 */
import { normToken, stem } from './normalize.js';
import { argClass, candidateType, type RelEntity, type RelType } from './types.js';

export interface Candidate {
  head: number;
  tail: number;
  type: RelType;
}

/** Every ordered pair of distinct entities whose type signature admits a relation. */
export function candidates(entities: RelEntity[]): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h < entities.length; h++) {
    for (let t = 0; t < entities.length; t++) {
      if (h === t) continue;
      const a = entities[h];
      const b = entities[t];
      if (a.start < b.end && b.start < a.end) continue; // overlapping spans
      const type = candidateType(a.type, b.type);
      if (type) out.push({ head: h, tail: t, type });
    }
  }
  return out;
}

/** Per-sentence precomputation shared by all its candidate pairs. */
export interface SentenceView {
  low: string[];
  stems: string[];
  /** entity class at each token ('' when outside every entity) */
  entAt: string[];
  entities: RelEntity[];
  /** entity indices sorted by start */
  order: number[];
}

/** normToken and stem of a token, memoised (news vocabularies are small; bounded in size). */
const WORDS = new Map<string, [string, string]>();
function word(tok: string): [string, string] {
  let w = WORDS.get(tok);
  if (!w) {
    const low = normToken(tok);
    w = [low, stem(low)];
    if (WORDS.size >= 200_000) WORDS.clear();
    WORDS.set(tok, w);
  }
  return w;
}

export function viewSentence(tokens: string[], entities: RelEntity[]): SentenceView {
  const low = new Array<string>(tokens.length);
  const stems = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const w = word(tokens[i]);
    low[i] = w[0];
    stems[i] = w[1];
  }
  const entAt = new Array<string>(tokens.length).fill('');
  for (const e of entities) for (let i = e.start; i < e.end && i < tokens.length; i++) entAt[i] = argClass(e.type);
  const order = entities.map((_, i) => i).sort((x, y) => entities[x].start - entities[y].start);
  return { low, stems, entAt, entities, order };
}

/** Tokens between two entities of a sentence (negative when they overlap). */
export function tokensBetween(v: SentenceView, head: number, tail: number): number {
  const h = v.entities[head];
  const t = v.entities[tail];
  return Math.max(h.start, t.start) - Math.min(h.end, t.end);
}

function bucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return '4-5';
  if (n <= 8) return '6-8';
  if (n <= 12) return '9-12';
  if (n <= 20) return '13-20';
  return '21+';
}

const PUNCT = /^[^a-z0-9]+$/;

/** The between-words marker of each entity class ('<' + class + '>', built once). */
const MARK: Record<string, string> = { P: '<P>', O: '<O>', L: '<L>', X: '<X>' };

/** The features of one candidate pair (strings; the model maps them to weights). */
export function pairFeatures(v: SentenceView, head: number, tail: number): string[] {
  const h = v.entities[head];
  const t = v.entities[tail];
  const fwd = h.start < t.start;
  const d = fwd ? 'F' : 'B';
  const L = fwd ? h : t;
  const R = fwd ? t : h;
  const n = v.low.length;
  const f: string[] = ['bias', 'dir' + d];
  const gap = Math.max(0, R.start - L.end);
  f.push('dist=' + bucket(gap) + d);

  // words between, with the tokens of other entities replaced by their class
  const between: string[] = [];
  /** token index of each word of `between` (-1 for an entity marker) */
  const at: number[] = [];
  let entsBetween = 0;
  let prevEnt = '';
  for (let i = L.end; i < R.start; i++) {
    const ec = v.entAt[i];
    if (ec) {
      if (ec !== prevEnt || i === L.end || !v.entAt[i - 1]) {
        between.push(MARK[ec]);
        at.push(-1);
        entsBetween++;
      }
      prevEnt = ec;
      continue;
    }
    prevEnt = '';
    between.push(v.low[i]);
    at.push(i);
  }
  f.push('neb=' + Math.min(entsBetween, 3) + d);
  if (between.length === 0) f.push('adj' + d);
  else {
    f.push('wf=' + between[0] + d, 'wl=' + between[between.length - 1] + d);
    if (between.length <= 5) f.push('bs=' + between.join(' ') + d);
    const near = between.length <= 12;
    for (let k = 0; k < between.length; k++) {
      const w = between[k];
      if (w.startsWith('<')) {
        f.push('eb=' + w + d);
        continue;
      }
      f.push((near ? 'w=' : 'wF=') + w + d);
      if (!PUNCT.test(w)) f.push('s=' + v.stems[at[k]]);
      if (k + 1 < between.length) f.push('bg=' + w + '_' + between[k + 1] + d);
    }
    // punctuation-only skeleton of the between span (commas of appositions, parentheses)
    const skel = between.filter((w) => PUNCT.test(w) || w.startsWith('<')).join('');
    f.push('sk=' + (skel.length > 12 ? skel.slice(0, 12) : skel) + ':' + (between.length <= 3 ? 's' : 'l') + d);
  }

  // context around the pair and around each argument
  const tok = (i: number): string => (i < 0 ? '^' : i >= n ? '$' : v.entAt[i] ? MARK[v.entAt[i]] : v.low[i]);
  f.push('p1=' + tok(L.start - 1) + d, 'p2=' + tok(L.start - 2) + '_' + tok(L.start - 1) + d);
  f.push('a1=' + tok(R.end) + d, 'a2=' + tok(R.end) + '_' + tok(R.end + 1) + d);
  f.push('hp1=' + tok(h.start - 1), 'hn1=' + tok(h.end), 'tp1=' + tok(t.start - 1), 'tn1=' + tok(t.end));
  f.push('hp2=' + tok(h.start - 2), 'tp2=' + tok(t.start - 2));

  // the arguments themselves
  f.push('sig=' + argClass(h.type) + argClass(t.type) + d);
  f.push('hl=' + v.low[h.end - 1], 'tl=' + v.low[t.end - 1], 'hf=' + v.low[h.start], 'tf=' + v.low[t.start]);
  f.push('hlen=' + Math.min(h.end - h.start, 4), 'tlen=' + Math.min(t.end - t.start, 4));
  f.push('hl_tl=' + v.low[h.end - 1] + '_' + v.low[t.end - 1]);

  // is the tail the nearest entity of its class on that side of the head, and vice versa?
  f.push('tnear=' + nearest(v, head, tail) + d, 'hnear=' + nearest(v, tail, head) + d);
  return f;
}

/** 1 when `other` is the closest entity of its class to `from` in its direction, else 0. */
function nearest(v: SentenceView, from: number, other: number): string {
  const a = v.entities[from];
  const b = v.entities[other];
  const cls = argClass(b.type);
  const fwd = a.start < b.start;
  for (const i of v.order) {
    if (i === from || i === other) continue;
    const e = v.entities[i];
    if (argClass(e.type) !== cls) continue;
    if (fwd ? e.start >= a.end && e.start < b.start : e.end <= a.start && e.start > b.start) return '0';
  }
  return '1';
}
