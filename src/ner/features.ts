// Feature extraction for the NER tagger. Every feature is a 32-bit hash: a template id mixed with
// the value. Static features (not depending on predicted labels) are computed once per sentence;
// the label-history features are added at decoding time.
import {
  GAZ_CATEGORIES, GAZ_DEMONYM, GAZ_FIRST, GAZ_MAX_LEN, GAZ_ORGWORD, GAZ_PLACEWORD, GAZ_STATE, GAZ_TITLE, type Gazetteer,
} from './gazetteer.js';
import {
  foldWord, hashString, isCapitalized, isLowerWord, mix, normalizeToken, shortShape, wordShape,
} from './normalize.js';
import { STATE_ABBREVIATIONS } from './lists.js';
import { setById } from '../by-id.js';

/** Maximum number of static features per token (the row stride); unused slots are 0. */
export const STRIDE = 64;
/** Slots at the end of each row kept for the document-label features of the second pass. */
export const DOC_SLOTS = 3;
/** How far (tokens) a capitalised token's window features look; part of the feature set the model is trained on. */
const WINDOW = 6;

// template ids
const T = {
  bias: 1, word: 2, lower: 3, shape: 4, sshape: 5, pre: 6, suf: 10, wm1: 14, wp1: 15, wm2: 16,
  wp2: 17, ssm1: 18, ssp1: 19, bgm: 20, bgp: 21, init: 22, sm1s: 23, ssp1s: 24, gaz: 25, gazm1: 26,
  gazp1: 27, lowerSeen: 28, capSeen: 29, hyph: 30, allcaps: 31, sufm1: 32, sm2: 33, sp2: 34,
  p1: 40, p12: 41, p1w: 42, p1s: 43, docLab: 50, docLabAny: 51, docLabm1: 52, docLabp1: 53,
  wm1w: 54, trig: 55, len: 56, capInit: 57, win: 58, fine: 59, coarse: 60, stateCtx: 61,
} as const;

/** Document-level information shared by all sentences of one document. */
export interface DocInfo {
  /** folded forms seen with a lowercase first letter somewhere in the document */
  lowerSeen: Set<string>;
  /** folded forms seen capitalised, not at the start of a sentence */
  capSeen: Set<string>;
  /** folded token -> label-type counts from a first tagging pass (index 0..3 = PER ORG LOC MISC) */
  labels?: Map<string, Float32Array>;
  /**
   * Set by docInfo with TokenInfos: the sets above are left empty and a folded form f was seen
   * lowercase when lowerMark[foldId(f)] === stamp (capitalised: capMark), until the next docInfo.
   */
  stamp?: number;
}

/**
 * Folded forms as numbers (TokenInfo.foldId, rawFoldId) for the document marks below; numbered
 * again from 0 (a new foldGen) when it grows large, at the start of a document.
 */
const FOLD_IDS = new Map<string, number>();
let foldGen = 1;
/** per fold id: the stamp of the last document where it was seen lowercase / capitalised */
let lowerMark = new Int32Array(1 << 16);
let capMark = new Int32Array(1 << 16);
let markStamp = 0;
const NO_STRINGS: Set<string> = new Set<string>();

function foldId(s: string): number {
  let id = FOLD_IDS.get(s);
  if (id === undefined) FOLD_IDS.set(s, (id = FOLD_IDS.size));
  return id;
}

/**
 * The document-level information; `infos` (from tokenInfos, one array per sentence) saves work: the
 * forms seen are then marks in two arrays (DocInfo.stamp), valid until the next call.
 */
export function docInfo(sentences: string[][], infos?: TokenInfo[][]): DocInfo {
  if (infos) {
    if (FOLD_IDS.size > 500_000) {
      FOLD_IDS.clear();
      foldGen++;
    }
    if (markStamp >= 0x3fffffff) {
      lowerMark.fill(0);
      capMark.fill(0);
      markStamp = 0;
    }
    const stamp = ++markStamp;
    for (const s of infos) {
      for (let i = 0; i < s.length; i++) {
        const t = s[i];
        if (t.foldGen !== foldGen) {
          t.foldId = foldId(t.folded);
          t.rawFoldId = foldId(t.rawFolded);
          t.foldGen = foldGen;
        }
      }
    }
    if (lowerMark.length < FOLD_IDS.size) {
      const size = Math.max(FOLD_IDS.size, 2 * lowerMark.length);
      const lower = new Int32Array(size);
      lower.set(lowerMark);
      lowerMark = lower;
      const cap = new Int32Array(size);
      cap.set(capMark);
      capMark = cap;
    }
    for (const s of infos) {
      for (let i = 0; i < s.length; i++) {
        const t = s[i];
        if (t.rawLower) lowerMark[t.rawFoldId] = stamp;
        else if (i > 0 && t.rawCap && !s[i - 1].rawPunct) capMark[t.rawFoldId] = stamp;
      }
    }
    return { lowerSeen: NO_STRINGS, capSeen: NO_STRINGS, stamp };
  }
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      if (isLowerWord(w)) lowerSeen.add(foldWord(w));
      else if (i > 0 && isCapitalized(w) && !isQuoteOrPunct(s[i - 1])) capSeen.add(foldWord(w));
    }
  }
  return { lowerSeen, capSeen };
}

function isQuoteOrPunct(w: string): boolean {
  return /^[^\p{L}\p{N}]+$/u.test(w);
}

/** Token-level values of one sentence plus the static feature rows. */
export interface SentenceFeatures {
  n: number;
  /** folded word hash per token (used by history features) */
  lowerHash: Int32Array;
  shapeHash: Int32Array;
  sshapeHash: Int32Array;
  folded: string[];
  cap: Uint8Array;
  /** n * STRIDE static features */
  feats: Int32Array;
  /** the context-free part of each token (cached per distinct token string) */
  infos: TokenInfo[];
}

/**
 * Everything about a token that does not depend on its context (cached per distinct token). A
 * token's features start with the bias and its `own` features (slots 0 .. own.length), so their
 * scores are a function of the token alone: the tagger caches them in `scores` (see tagger.ts).
 */
export interface TokenInfo {
  word: string;
  folded: string;
  lowerHash: number;
  shapeHash: number;
  sshapeHash: number;
  /** word, lower, shape, prefixes and suffixes */
  own: Int32Array;
  cap: boolean;
  hasLetter: boolean;
  upper: boolean;
  /** gazetteer categories of the token alone (lowercase lookup) */
  uniBits: number;
  /** hash of the last three letters, lowercase (the next token's `sufm1` feature) */
  suf3Hash: number;
  /** of the token as written (not normalised), for docInfo: isLowerWord, isCapitalized, foldWord, isQuoteOrPunct */
  rawLower: boolean;
  rawCap: boolean;
  rawFolded: string;
  rawPunct: boolean;
  /** index of the first '-' in `word` (-1: none) */
  dash: number;
  /** the gazetteer (startsOf) has a phrase of two or more words whose first word is `folded` */
  startsPhrase: boolean;
  /** numbers of `folded` and `rawFolded` (see FOLD_IDS), valid while foldGen is the current one */
  foldId: number;
  rawFoldId: number;
  foldGen: number;
  /** the tagger's cache of this token's scores: which cache, and the slot in it (-1: none) */
  scoreOwner: unknown;
  scoreSlot: number;
}

const PAD_L = hashString('<s>', 99);
const PAD_R = hashString('</s>', 99);
const tokenCache = new Map<string, TokenInfo>();
/** The same TokenInfo objects by token id (see tokenInfos); always a subset of tokenCache. */
let infoById: Array<TokenInfo | undefined> = [];
let cacheGaz: Gazetteer | undefined;

/**
 * The context-free part of each token of a sentence (cached per distinct token string). `ids`, when
 * given, is a number per token standing for its string (-1: none): the cache is then read by index.
 */
export function tokenInfos(tokens: string[], gaz: Gazetteer, ids?: ArrayLike<number>): TokenInfo[] {
  const out = new Array<TokenInfo>(tokens.length);
  if (ids && cacheGaz === gaz) {
    for (let i = 0; i < tokens.length; i++) {
      const id = ids[i];
      out[i] = (id >= 0 && id < infoById.length ? infoById[id] : undefined) ?? tokenInfoById(tokens[i], id, gaz);
    }
    return out;
  }
  for (let i = 0; i < tokens.length; i++) out[i] = ids ? tokenInfoById(tokens[i], ids[i], gaz) : tokenInfo(tokens[i], gaz);
  return out;
}

/** tokenInfo, kept under the token's id too (id >= 0). */
function tokenInfoById(raw: string, id: number, gaz: Gazetteer): TokenInfo {
  const t = tokenInfo(raw, gaz);
  if (id >= 0) infoById = setById(infoById, id, t);
  return t;
}

function tokenInfo(raw: string, gaz: Gazetteer): TokenInfo {
  if (cacheGaz !== gaz) {
    tokenCache.clear();
    infoById.fill(undefined);
    cacheGaz = gaz;
  }
  let t = tokenCache.get(raw);
  if (t) return t;
  const word = normalizeToken(raw);
  const folded = foldWord(word);
  const lowerHash = hashString(folded, 3);
  const sh = wordShape(word);
  const shapeHash = hashString(sh, 4);
  const sshapeHash = hashString(shortShape(sh), 5);
  const lim = Math.min(4, folded.length);
  const cls = clusterFeatures(word, gaz);
  const own = new Int32Array(4 + 2 * lim + cls.length);
  own.set(cls, 4 + 2 * lim);
  own[0] = mix(T.word, hashString(word, 2));
  own[1] = mix(T.lower, lowerHash);
  own[2] = mix(T.shape, shapeHash);
  own[3] = mix(T.len, Math.min(word.length, 8) * 2 + (isCapitalized(word) ? 1 : 0));
  for (let a = 1; a <= lim; a++) {
    own[2 + 2 * a] = mix(T.pre + a - 1, hashString(folded.slice(0, a), 6));
    own[3 + 2 * a] = mix(T.suf + a - 1, hashString(folded.slice(folded.length - a), 7));
  }
  const hasLetter = /\p{L}/u.test(word);
  t = {
    word, folded, lowerHash, shapeHash, sshapeHash, own, cap: isCapitalized(word), hasLetter,
    upper: hasLetter && word === word.toUpperCase(), uniBits: gaz.phrases.get(word.toLowerCase()) ?? 0,
    suf3Hash: hashString(word.toLowerCase().slice(-3), 8), dash: word.indexOf('-'), startsPhrase: startsOf(gaz).has(folded),
    foldId: -1, rawFoldId: -1, foldGen: 0, scoreOwner: undefined, scoreSlot: -1,
    rawLower: isLowerWord(raw), rawCap: isCapitalized(raw), rawFolded: word === raw ? folded : foldWord(raw), rawPunct: isQuoteOrPunct(raw),
  };
  if (tokenCache.size > 200000) {
    tokenCache.clear();
    infoById.fill(undefined);
  }
  tokenCache.set(raw, t);
  return t;
}

/** Word-class features of a token (its own: they depend on the token alone). */
function clusterFeatures(word: string, gaz: Gazetteer): number[] {
  const mode = gaz.options.clusters;
  if (!gaz.clusters || mode === 'off') return [];
  const cap = isCapitalized(word);
  if (mode !== 'all' && !cap) return [];
  const key = word.toLowerCase().replace(/\.$/, '');
  const c = gaz.clusters.get(key);
  // a word outside the vocabulary gets no class (the "unknown" class learnt from CoNLL-2003 reads as a surname)
  if (c === undefined && mode === 'capknown') return [];
  const fine = c === undefined ? -1 : c >> 8;
  const coarse = c === undefined ? -1 : c & 255;
  const bit = cap ? 1 : 0;
  if (mode === 'coarse') return [mix(T.coarse, coarse * 2 + bit)];
  return [mix(T.fine, fine * 2 + bit), mix(T.coarse, coarse * 2 + bit)];
}

/** Per gazetteer: every key of the first 1 .. k-1 words of a phrase of k > 1 words ("new" for "new york"). */
const phraseStarts = new WeakMap<Gazetteer, Set<string>>();

function startsOf(gaz: Gazetteer): Set<string> {
  let set = phraseStarts.get(gaz);
  if (set) return set;
  set = new Set<string>();
  for (const key of gaz.phrases.keys()) {
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) set.add(key.slice(0, at));
  }
  phraseStarts.set(gaz, set);
  return set;
}

/** Where sentenceFeatures may write instead of allocating (views the caller keeps for the sentence). */
export interface FeatureBuffers {
  /** tokens.length * STRIDE zeros: the feature rows */
  feats: Int32Array;
  /** tokens.length * 3: the per-token hashes */
  hashes: Int32Array;
  /** tokens.length */
  cap: Uint8Array;
  /**
   * Leave each token's `own` slots (1 .. own.length) at 0: for a caller that reads a token's own
   * features from its TokenInfo (the tagger sums them once per distinct token), copying them is a
   * memory read per token for nothing.
   */
  skipOwn?: boolean;
}

// scratch for the gazetteer matches of one sentence (cleared before use)
let gazPosBuf = new Int32Array(1024);
let gazUniBuf = new Int32Array(256);

/**
 * The static features of one sentence; `out`, when given, receives them instead of new arrays;
 * `tokInfos` is tokenInfos(tokens, gaz) when the caller has it.
 */
export function sentenceFeatures(tokens: string[], gaz: Gazetteer, doc: DocInfo, out?: FeatureBuffers, tokInfos?: TokenInfo[]): SentenceFeatures {
  const n = tokens.length;
  const infos = tokInfos ?? tokenInfos(tokens, gaz);
  const starts = startsOf(gaz);
  const words = infos.map((x) => x.word);
  const folded = infos.map((x) => x.folded);
  const lowerHash = out ? out.hashes.subarray(0, n) : new Int32Array(n);
  const shapeHash = out ? out.hashes.subarray(n, 2 * n) : new Int32Array(n);
  const sshapeHash = out ? out.hashes.subarray(2 * n, 3 * n) : new Int32Array(n);
  let letters = 0;
  let upperWords = 0;
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    lowerHash[i] = t.lowerHash;
    shapeHash[i] = t.shapeHash;
    sshapeHash[i] = t.sshapeHash;
    if (t.hasLetter) {
      letters++;
      if (t.upper) upperWords++;
    }
  }
  const headline = letters >= 3 && upperWords / letters > 0.8 ? 1 : 0;
  // gazetteer matches: per token, bits of categories by position (B I L U)
  if (gazPosBuf.length < n * 4) {
    gazPosBuf = new Int32Array(n * 8);
    gazUniBuf = new Int32Array(n * 2);
  }
  const gazPos = gazPosBuf;
  const gazUni = gazUniBuf;
  gazPos.fill(0, 0, n * 4);
  gazUni.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    let key = '';
    const maxLen = infos[i].cap ? GAZ_MAX_LEN : 1;
    for (let len = 1; len <= maxLen && i + len <= n; len++) {
      if (len > 1 && !infos[i + len - 1].hasLetter && words[i + len - 1] !== '.') break;
      // no phrase of the gazetteer starts with the words so far: no longer key can match
      if (len > 1 && !(len === 2 ? infos[i].startsPhrase : starts.has(key))) break;
      key = len === 1 ? folded[i] : key + ' ' + folded[i + len - 1];
      let bits = len === 1 ? infos[i].uniBits : gaz.phrases.get(key);
      if (!bits) continue;
      const capOk = infos[i].cap && infos[i + len - 1].cap;
      if (!capOk) bits &= GAZ_TITLE | GAZ_ORGWORD;
      if (!bits) continue;
      if (len === 1) {
        gazPos[i * 4 + 3] |= bits;
        gazUni[i] = bits;
      } else {
        bits &= ~(GAZ_FIRST | GAZ_TITLE | GAZ_ORGWORD | GAZ_DEMONYM | GAZ_PLACEWORD);
        gazPos[i * 4] |= bits;
        for (let j = i + 1; j < i + len - 1; j++) gazPos[j * 4 + 1] |= bits;
        gazPos[(i + len - 1) * 4 + 2] |= bits;
      }
    }
  }
  const feats = out ? out.feats : new Int32Array(n * STRIDE);
  const skipOwn = out?.skipOwn === true;
  const stamp = doc.stamp;
  const stateAt = (j: number): boolean =>
    ((gazPos[j * 4] | gazPos[j * 4 + 3]) & GAZ_STATE) !== 0 || (infos[j].cap && STATE_ABBREVIATIONS.has(words[j].replace(/\.$/, '')));
  const lw = (j: number): number => (j < 0 ? PAD_L : j >= n ? PAD_R : lowerHash[j]);
  const ss = (j: number): number => (j < 0 ? PAD_L : j >= n ? PAD_R : sshapeHash[j]);
  for (let i = 0; i < n; i++) {
    let k = i * STRIDE;
    const end = k + STRIDE - DOC_SLOTS;
    const w = words[i];
    const f = folded[i];
    feats[k++] = T.bias;
    const own = infos[i].own;
    if (!skipOwn) for (let j = 0; j < own.length; j++) feats[k + j] = own[j];
    k += own.length;
    feats[k++] = mix(T.sshape, mix(sshapeHash[i], headline));
    feats[k++] = mix(T.wm1, lw(i - 1));
    feats[k++] = mix(T.wp1, lw(i + 1));
    feats[k++] = mix(T.wm2, lw(i - 2));
    feats[k++] = mix(T.wp2, lw(i + 2));
    feats[k++] = mix(T.ssm1, mix(ss(i - 1), sshapeHash[i]));
    feats[k++] = mix(T.ssp1, mix(sshapeHash[i], ss(i + 1)));
    feats[k++] = mix(T.sm2, mix(ss(i - 2), mix(ss(i - 1), sshapeHash[i])));
    feats[k++] = mix(T.bgm, mix(lw(i - 1), lowerHash[i]));
    feats[k++] = mix(T.bgp, mix(lowerHash[i], lw(i + 1)));
    feats[k++] = mix(T.sm1s, mix(lw(i - 1), sshapeHash[i]));
    feats[k++] = mix(T.ssp1s, mix(sshapeHash[i], lw(i + 1)));
    if (i > 0) {
      feats[k++] = mix(T.sufm1, infos[i - 1].suf3Hash);
    }
    const cap = infos[i].cap;
    const initial = i === 0 || (i === 1 && isQuoteOrPunct(words[0]));
    feats[k++] = mix(T.init, (initial ? 2 : 0) + (cap ? 1 : 0) + headline * 4);
    if (cap) {
      const seenLower = stamp !== undefined ? lowerMark[infos[i].foldId] === stamp : doc.lowerSeen.has(f);
      const seenCap = stamp !== undefined ? capMark[infos[i].foldId] === stamp : doc.capSeen.has(f);
      feats[k++] = mix(T.lowerSeen, (seenLower ? 1 : 0) + (initial ? 2 : 0) + headline * 4);
      feats[k++] = mix(T.capSeen, (seenCap ? 1 : 0) + (initial ? 2 : 0) + headline * 4);
    }
    // lowercase words further away (3 to 6 tokens) around a capitalised token: "company", "club", "minister"
    if (cap) {
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW) && k < end - 12; j++) {
        if (j >= i - 2 && j <= i + 2) continue;
        if (!infos[j].cap && infos[j].hasLetter && folded[j].length > 2) feats[k++] = mix(T.win, lowerHash[j]);
      }
    }
    // "Bethany , Conn.": a capitalised word before a comma and a US state (or its AP abbreviation), and the state after it
    if (gaz.options.towns && cap) {
      if (i + 2 < n && words[i + 1] === ',' && stateAt(i + 2)) feats[k++] = mix(T.stateCtx, 1);
      if (i >= 2 && words[i - 1] === ',' && infos[i - 2].cap && stateAt(i)) feats[k++] = mix(T.stateCtx, 2);
    }
    // gazetteer
    for (let p = 0; p < 4; p++) {
      const bits = gazPos[i * 4 + p];
      if (!bits) continue;
      for (let c = 0; c < GAZ_CATEGORIES && k < end - 8; c++) if (bits & (1 << c)) feats[k++] = mix(T.gaz, c * 4 + p);
    }
    const bm1 = i > 0 ? gazUni[i - 1] : 0;
    const bp1 = i + 1 < n ? gazUni[i + 1] : 0;
    for (let c = 0; c < GAZ_CATEGORIES && k < end - 4; c++) {
      if (bm1 & (1 << c)) feats[k++] = mix(T.gazm1, c);
      if (bp1 & (1 << c)) feats[k++] = mix(T.gazp1, c);
    }
    // hyphenated words: parts and demonym parts ("Anglo-Dutch", "pro-Russian")
    const dash = infos[i].dash;
    if (dash > 0 && dash < w.length - 1 && k < end - 3) {
      const parts = w.split('-');
      const last = parts[parts.length - 1];
      feats[k++] = mix(T.hyph, hashString(last.toLowerCase(), 9));
      const lb = gaz.phrases.get(last.toLowerCase()) ?? 0;
      if (lb & GAZ_DEMONYM && isCapitalized(last)) feats[k++] = mix(T.hyph, 1);
      if (isCapitalized(parts[0])) feats[k++] = mix(T.hyph, 2 + (cap ? 1 : 0));
    }
  }
  const cap = out ? out.cap : new Uint8Array(n);
  for (let i = 0; i < n; i++) cap[i] = infos[i].cap ? 1 : 0;
  const sf = { n, lowerHash, shapeHash, sshapeHash, folded, cap, feats, infos };
  if (doc.labels) addDocLabelFeatures(sf, doc.labels);
  return sf;
}

/** Writes the document-label features (from a first pass) into the reserved slots of each row; true if any. */
export function addDocLabelFeatures(sf: SentenceFeatures, labels: Map<string, Float32Array>): boolean {
  let any = false;
  for (let i = 0; i < sf.n; i++) {
    const k = i * STRIDE + STRIDE - DOC_SLOTS;
    sf.feats[k] = 0;
    sf.feats[k + 1] = 0;
    sf.feats[k + 2] = 0;
    const dl = sf.cap[i] ? labels.get(sf.folded[i]) : undefined;
    if (!dl) continue;
    let best = -1;
    let bestV = 0;
    let tot = 0;
    for (let c = 0; c < 4; c++) {
      tot += dl[c];
      if (dl[c] > bestV) { bestV = dl[c]; best = c; }
    }
    if (best < 0) continue;
    const strong = bestV / tot > 0.66 ? 1 : 0;
    sf.feats[k] = mix(T.docLab, best * 2 + strong);
    sf.feats[k + 1] = mix(T.docLabAny, mix(best, sf.sshapeHash[i]));
    any = true;
  }
  return any;
}

/** The label-bigram feature (previous label p1). */
export function transitionFeature(p1: number): number {
  return mix(T.p1, p1);
}

/** Number of previous-label classes the history features distinguish: O and the four types. */
export const HISTORY_CLASSES = 5;

/** Features that depend on the class of the previous label (0 = O, 1 + type) and on the token. */
export function historyFeatures(sf: SentenceFeatures, i: number, prevClass: number, out: Int32Array): number {
  out[0] = mix(T.p1w, mix(prevClass, sf.lowerHash[i]));
  out[1] = mix(T.p1s, mix(prevClass, sf.shapeHash[i]));
  return 2;
}
export const HISTORY_COUNT = 2;
