/**
 * Candidate pairs and their sparse features. Only tokens are used (no parser): entity types,
 * entity words, the words between (bag, first/last, short whole string), the words around,
 * distance, order, entities between and whether the tail is the nearest of its kind.
 */
import { normToken, stem } from './normalize.js';
import type { WeightTable } from './perceptron.js';
import { argClass, candidateType, type RelEntity, type RelType } from './types.js';
import { setById } from '../by-id.js';

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
  /** piece ids (see `piece`) of each token's low form, and of what pair features see at each token (its low form or its entity marker) */
  lowId: Int32Array;
  tokId: Int32Array;
  stemId: Int32Array;
  /** the pieces' epoch these ids belong to */
  epoch: number;
}

/**
 * Pieces: the strings features are made of (token forms, stems, entity markers, '^', '$'), each
 * with an id, so that a pair's features can be named by numbers (template, piece ids) and their
 * weights memoised without building the feature strings. Bounded: all ids start again when the
 * word memo fills (`epoch` tells memos to forget them).
 */
const PIECES: string[] = [];
const PIECE_IDS = new Map<string, number>();
/** per piece: bit 1 when it is punctuation only (PUNCT), bit 2 when it starts with '<' */
let pieceFlags = new Uint8Array(1 << 12);
let epoch = 0;
/** piece ids stay below 2^21 (they share an int32 with a template id in FeatureMemo) */
const MAX_PIECES = (1 << 21) - 8;

const PUNCT = /^[^a-z0-9]+$/;

function piece(s: string): number {
  let id = PIECE_IDS.get(s);
  if (id === undefined) {
    id = PIECES.length;
    PIECES.push(s);
    PIECE_IDS.set(s, id);
    if (id >= pieceFlags.length) {
      const grown = new Uint8Array(pieceFlags.length * 2);
      grown.set(pieceFlags);
      pieceFlags = grown;
    }
    pieceFlags[id] = (PUNCT.test(s) ? 1 : 0) | (s.startsWith('<') ? 2 : 0);
  }
  return id;
}

/** The between-words marker of each entity class ('<' + class + '>'), its piece id, and '^' / '$'. */
const MARK: Record<string, string> = { P: '<P>', O: '<O>', L: '<L>', X: '<X>' };
const MARK_ID: Record<string, number> = {};
let BOS = 0;
let EOS = 0;

function resetPieces(): void {
  PIECES.length = 0;
  PIECE_IDS.clear();
  PIECES.push(''); // id 0: no piece
  for (const c of Object.keys(MARK)) MARK_ID[c] = piece(MARK[c]);
  BOS = piece('^');
  EOS = piece('$');
  epoch++;
}
resetPieces();

interface Word {
  low: string;
  stem: string;
  lowId: number;
  stemId: number;
}

/** normToken and stem of a token, memoised (news vocabularies are small; bounded in size). */
const WORDS = new Map<string, Word>();
/** The same Word objects by token id (see viewSentence); always a subset of WORDS. */
let wordById: Array<Word | undefined> = [];
function word(tok: string): Word {
  let w = WORDS.get(tok);
  if (!w) {
    if (WORDS.size >= 200_000 || PIECES.length >= MAX_PIECES) {
      WORDS.clear();
      wordById.fill(undefined);
      resetPieces();
    }
    const low = normToken(tok);
    const st = stem(low);
    w = { low, stem: st, lowId: piece(low), stemId: piece(st) };
    WORDS.set(tok, w);
  }
  return w;
}

/** word(tok), read and kept by the token's id (id >= 0) too. */
function wordOf(tok: string, id: number): Word {
  if (id < 0) return word(tok);
  if (id < wordById.length) {
    const w = wordById[id];
    if (w !== undefined) return w;
  }
  const w = word(tok);
  wordById = setById(wordById, id, w);
  return w;
}

/**
 * The per-sentence view of `tokens`. `ids`, when given, is a number per token standing for its
 * string (the same number for the same string in every call; -1: none), so that the word memo is
 * read by index.
 */
export function viewSentence(tokens: string[], entities: RelEntity[], ids?: ArrayLike<number>): SentenceView {
  const n = tokens.length;
  const low = new Array<string>(n);
  const stems = new Array<string>(n);
  const lowId = new Int32Array(n);
  const stemId = new Int32Array(n);
  const e0 = epoch;
  for (let i = 0; i < n; i++) {
    const w = ids ? wordOf(tokens[i], ids[i]) : word(tokens[i]);
    low[i] = w.low;
    stems[i] = w.stem;
    lowId[i] = w.lowId;
    stemId[i] = w.stemId;
  }
  // the pieces started again while reading this sentence: read it again with the new ids
  if (epoch !== e0) return viewSentence(tokens, entities, ids);
  const entAt = new Array<string>(n).fill('');
  for (const e of entities) for (let i = e.start; i < e.end && i < n; i++) entAt[i] = argClass(e.type);
  const tokId = Int32Array.from(lowId);
  for (let i = 0; i < n; i++) if (entAt[i]) tokId[i] = MARK_ID[entAt[i]];
  const order = entities.map((_, i) => i).sort((x, y) => entities[x].start - entities[y].start);
  return { low, stems, entAt, entities, order, lowId, tokId, stemId, epoch };
}

/** Gives a view made before the pieces started again the current ids. */
function refresh(v: SentenceView): void {
  if (v.epoch === epoch) return;
  for (let i = 0; i < v.low.length; i++) {
    v.lowId[i] = piece(v.low[i]);
    v.stemId[i] = piece(v.stems[i]);
    v.tokId[i] = v.entAt[i] ? MARK_ID[v.entAt[i]] : v.lowId[i];
  }
  v.epoch = epoch;
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

/**
 * Feature templates made of pieces: PREFIX[t] + piece [+ '_' + piece] + SUFFIX[t]. Each template
 * exists without the direction and with each direction ('F': the head comes first, 'B').
 */
const TEMPLATES = ['wf=', 'wl=', 'eb=', 'w=', 'wF=', 's=', 'bg=', 'p1=', 'p2=', 'a1=', 'a2=', 'hp1=', 'hn1=', 'tp1=', 'tn1=', 'hp2=', 'tp2=', 'hl=', 'tl=', 'hf=', 'tf=', 'hl_tl='];
const PREFIX = TEMPLATES.flatMap((p) => [p, p, p]);
const SUFFIX = TEMPLATES.flatMap(() => ['', 'F', 'B']);
const tpl = (name: string): number => 3 * TEMPLATES.indexOf(name);
const [WF, WL, EB, W, WFAR, S, BG, P1, P2, A1, A2, HP1, HN1, TP1, TN1, HP2, TP2, HL, TL, HF, TF, HLTL] = TEMPLATES.map(tpl);

/** Features with few values (direction, distance bucket, counts, signature), each built once: CONSTS[id]. */
const CONSTS: string[] = [];
const constant = (feature: string): number => CONSTS.push(feature) - 1;
const DIRS = ['F', 'B'];
const CLASS_INDEX: Record<string, number> = { P: 0, O: 1, L: 2, X: 3 };
const BIAS = constant('bias');
const DIR = DIRS.map((d) => constant('dir' + d));
const DIST = [0, 1, 2, 3, 4, 6, 9, 13, 21].map((n) => DIRS.map((d) => constant('dist=' + bucket(n) + d)));
const NEB = [0, 1, 2, 3].map((k) => DIRS.map((d) => constant('neb=' + k + d)));
const ADJ = DIRS.map((d) => constant('adj' + d));
const SIG = Object.keys(CLASS_INDEX).map((a) => Object.keys(CLASS_INDEX).map((b) => DIRS.map((d) => constant('sig=' + a + b + d))));
const HLEN = [0, 1, 2, 3, 4].map((k) => constant('hlen=' + k));
const TLEN = [0, 1, 2, 3, 4].map((k) => constant('tlen=' + k));
const TNEAR = ['0', '1'].map((k) => DIRS.map((d) => constant('tnear=' + k + d)));
const HNEAR = ['0', '1'].map((k) => DIRS.map((d) => constant('hnear=' + k + d)));

/** DIST's row for a gap: the index of bucket(gap) among the buckets. */
function bucketIndex(n: number): number {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 8) return 5;
  if (n <= 12) return 6;
  if (n <= 20) return 7;
  return 8;
}

/** Where a pair's features go: whole strings, or templates with their pieces. */
interface FeatureSink {
  s(feature: string): void;
  /** CONSTS[id] */
  c(id: number): void;
  p(template: number, a: number): void;
  p2(template: number, a: number, b: number): void;
}

class StringSink implements FeatureSink {
  readonly out: string[] = [];
  s(feature: string): void {
    this.out.push(feature);
  }
  c(id: number): void {
    this.out.push(CONSTS[id]);
  }
  p(t: number, a: number): void {
    this.out.push(PREFIX[t] + PIECES[a] + SUFFIX[t]);
  }
  p2(t: number, a: number, b: number): void {
    this.out.push(PREFIX[t] + PIECES[a] + '_' + PIECES[b] + SUFFIX[t]);
  }
}

/** The features of one candidate pair (strings; the model maps them to weights). */
export function pairFeatures(v: SentenceView, head: number, tail: number): string[] {
  refresh(v);
  const sink = new StringSink();
  emitPairFeatures(v, head, tail, sink);
  return sink.out;
}

/**
 * Memo of templated features' weights for one weight table: (template, piece a, piece b) -> the
 * feature's index in the table's margin differences (-1: no weights), so that a pair's features are
 * looked up without building their strings. Open addressing on two int32 keys per slot (a = 0:
 * empty); starts again when half full at its largest size, or when the pieces start again.
 */
class FeatureMemo {
  private keys = new Int32Array(2 << 16);
  private vals = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  private size = 0;
  epoch = epoch;
  /** the index of each of CONSTS (-2: not looked up yet) */
  readonly consts = new Int32Array(CONSTS.length).fill(-2);

  /** The index stored for (a, k2), or -2 when there is none. */
  get(a: number, k2: number): number {
    const keys = this.keys;
    let i = hash2(a, k2) & this.mask;
    for (;;) {
      const k = keys[i << 1];
      if (k === 0) return -2;
      if (k === a && keys[(i << 1) + 1] === k2) return this.vals[i];
      i = (i + 1) & this.mask;
    }
  }

  set(a: number, k2: number, val: number): void {
    if (2 * (this.size + 1) > this.mask + 1) {
      if (this.mask + 1 >= MEMO_MAX) this.clear();
      else this.grow();
    }
    this.insert(a, k2, val);
  }

  clear(): void {
    this.keys.fill(0);
    this.size = 0;
    this.epoch = epoch;
  }

  private insert(a: number, k2: number, val: number): void {
    let i = hash2(a, k2) & this.mask;
    while (this.keys[i << 1] !== 0) i = (i + 1) & this.mask;
    this.keys[i << 1] = a;
    this.keys[(i << 1) + 1] = k2;
    this.vals[i] = val;
    this.size++;
  }

  private grow(): void {
    const keys = this.keys;
    const vals = this.vals;
    const cap = 2 * (this.mask + 1);
    this.keys = new Int32Array(2 * cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let j = 0; j < vals.length; j++) if (keys[j << 1] !== 0) this.insert(keys[j << 1], keys[(j << 1) + 1], vals[j]);
  }
}

/** Slots of a FeatureMemo at its largest (12 bytes each). */
const MEMO_MAX = 1 << 20;

function hash2(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  return h ^ (h >>> 15);
}

/** Sums, in feature order, row[cls] - row[0] of a pair's features (what WeightTable.margin gives for pairFeatures). */
class MarginSink implements FeatureSink {
  m = 0;
  cls = 0;
  table!: WeightTable;
  memo!: FeatureMemo;

  s(feature: string): void {
    const i = this.table.featureIndex(feature);
    if (i >= 0) this.m += this.table.marginDiff(i, this.cls);
  }

  c(id: number): void {
    let i = this.memo.consts[id];
    if (i === -2) i = this.memo.consts[id] = this.table.featureIndex(CONSTS[id]);
    if (i >= 0) this.m += this.table.marginDiff(i, this.cls);
  }

  p(t: number, a: number): void {
    this.p2(t, a, 0);
  }

  /** b = 0: a one-piece template */
  p2(t: number, a: number, b: number): void {
    const k2 = (t << 21) | b;
    let i = this.memo.get(a, k2);
    if (i === -2) {
      i = this.table.featureIndex(b === 0 ? PREFIX[t] + PIECES[a] + SUFFIX[t] : PREFIX[t] + PIECES[a] + '_' + PIECES[b] + SUFFIX[t]);
      this.memo.set(a, k2, i);
    }
    if (i >= 0) this.m += this.table.marginDiff(i, this.cls);
  }
}

const memos = new WeakMap<WeightTable, FeatureMemo>();
const marginSink = new MarginSink();

/**
 * score(cls) - score(NONE) of one candidate pair: exactly table.margin(pairFeatures(v, head, tail), cls),
 * the same terms summed in the same order, without building the templated features' strings.
 */
export function pairMargin(v: SentenceView, head: number, tail: number, table: WeightTable, cls: number): number {
  refresh(v);
  let memo = memos.get(table);
  if (!memo) memos.set(table, (memo = new FeatureMemo()));
  else if (memo.epoch !== epoch) memo.clear();
  const sink = marginSink;
  sink.m = 0;
  sink.cls = cls;
  sink.table = table;
  sink.memo = memo;
  emitPairFeatures(v, head, tail, sink);
  return sink.m;
}

// scratch for the words between the two arguments of a pair
let betweenBuf = new Int32Array(256);
let atBuf = new Int32Array(256);

/** Sends the features of one candidate pair, in order, to `sink`. */
function emitPairFeatures(v: SentenceView, head: number, tail: number, f: FeatureSink): void {
  const h = v.entities[head];
  const t = v.entities[tail];
  const fwd = h.start < t.start;
  const d = fwd ? 'F' : 'B';
  const dir = fwd ? 1 : 2;
  const L = fwd ? h : t;
  const R = fwd ? t : h;
  const n = v.low.length;
  f.c(BIAS);
  f.c(DIR[dir - 1]);
  const gap = Math.max(0, R.start - L.end);
  f.c(DIST[bucketIndex(gap)][dir - 1]);

  // words between, with the tokens of other entities replaced by their class: piece ids, and the
  // token index of each (-1 for an entity marker)
  if (betweenBuf.length < R.start - L.end) {
    betweenBuf = new Int32Array(2 * (R.start - L.end));
    atBuf = new Int32Array(2 * (R.start - L.end));
  }
  const between = betweenBuf;
  const at = atBuf;
  let nb = 0;
  let entsBetween = 0;
  let prevEnt = '';
  for (let i = L.end; i < R.start; i++) {
    const ec = v.entAt[i];
    if (ec) {
      if (ec !== prevEnt || i === L.end || !v.entAt[i - 1]) {
        between[nb] = MARK_ID[ec];
        at[nb++] = -1;
        entsBetween++;
      }
      prevEnt = ec;
      continue;
    }
    prevEnt = '';
    between[nb] = v.lowId[i];
    at[nb++] = i;
  }
  f.c(NEB[Math.min(entsBetween, 3)][dir - 1]);
  if (nb === 0) f.c(ADJ[dir - 1]);
  else {
    f.p(WF + dir, between[0]);
    f.p(WL + dir, between[nb - 1]);
    if (nb <= 5) {
      let bs = PIECES[between[0]];
      for (let k = 1; k < nb; k++) bs += ' ' + PIECES[between[k]];
      f.s('bs=' + bs + d);
    }
    const near = nb <= 12;
    let skel = '';
    for (let k = 0; k < nb; k++) {
      const w = between[k];
      const flags = pieceFlags[w];
      if (flags !== 0) skel += PIECES[w];
      if (flags & 2) {
        f.p(EB + dir, w);
        continue;
      }
      f.p((near ? W : WFAR) + dir, w);
      if (!(flags & 1)) f.p(S, v.stemId[at[k]]);
      if (k + 1 < nb) f.p2(BG + dir, w, between[k + 1]);
    }
    // punctuation-only skeleton of the between span (commas of appositions, parentheses)
    f.s('sk=' + (skel.length > 12 ? skel.slice(0, 12) : skel) + ':' + (nb <= 3 ? 's' : 'l') + d);
  }

  // context around the pair and around each argument
  const tok = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : v.tokId[i]);
  f.p(P1 + dir, tok(L.start - 1));
  f.p2(P2 + dir, tok(L.start - 2), tok(L.start - 1));
  f.p(A1 + dir, tok(R.end));
  f.p2(A2 + dir, tok(R.end), tok(R.end + 1));
  f.p(HP1, tok(h.start - 1));
  f.p(HN1, tok(h.end));
  f.p(TP1, tok(t.start - 1));
  f.p(TN1, tok(t.end));
  f.p(HP2, tok(h.start - 2));
  f.p(TP2, tok(t.start - 2));

  // the arguments themselves
  f.c(SIG[CLASS_INDEX[argClass(h.type)]][CLASS_INDEX[argClass(t.type)]][dir - 1]);
  f.p(HL, v.lowId[h.end - 1]);
  f.p(TL, v.lowId[t.end - 1]);
  f.p(HF, v.lowId[h.start]);
  f.p(TF, v.lowId[t.start]);
  const hlen = Math.min(h.end - h.start, 4);
  const tlen = Math.min(t.end - t.start, 4);
  if (hlen >= 0) f.c(HLEN[hlen]);
  else f.s('hlen=' + hlen);
  if (tlen >= 0) f.c(TLEN[tlen]);
  else f.s('tlen=' + tlen);
  f.p2(HLTL, v.lowId[h.end - 1], v.lowId[t.end - 1]);

  // is the tail the nearest entity of its class on that side of the head, and vice versa?
  f.c(TNEAR[nearest(v, head, tail)][dir - 1]);
  f.c(HNEAR[nearest(v, tail, head)][dir - 1]);
}

/** 1 when `other` is the closest entity of its class to `from` in its direction, else 0. */
function nearest(v: SentenceView, from: number, other: number): number {
  const a = v.entities[from];
  const b = v.entities[other];
  const cls = argClass(b.type);
  const fwd = a.start < b.start;
  for (const i of v.order) {
    if (i === from || i === other) continue;
    const e = v.entities[i];
    if (argClass(e.type) !== cls) continue;
    if (fwd ? e.start >= a.end && e.start < b.start : e.end <= a.start && e.start > b.start) return 0;
  }
  return 1;
}
