import type { Doc, Sentence } from '../../document/types.js';
import type { Stage } from '../stage.js';
import { readDoc, tokenColumns, wink } from './wink.js';

/** Abbreviated titles after which a period does not end the sentence ("Cmdr. Sean Robertson"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'st', 'sr', 'jr', 'gens', 'reps', 'sens', 'amb', 'supt', 'insp', 'det', 'brig', 'cdr']);

/** Lower-case and fold typographic quotes so lexicon look-ups see one form. */
export function normalizeToken(value: string): string {
  return value.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/^''$/, '"');
}

// a sentence does not start with a lower-case word or with punctuation that continues a clause
const LOWER_START = /^[\p{Ll},;:)\]]/u;

/** LOWER_START's answer for each ASCII character. */
const LOWER_START_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (LOWER_START.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * LOWER_START.test(text[at]), without the regular expression for ASCII. The strings `text[at]` gives
 * have different maps (one-byte, two-byte), and the regular expression inlined into the stage's run
 * deoptimised it on every new kind (19 times in 300 articles, each a recompile of the whole loop).
 */
function lowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return LOWER_START_ASCII[c] === 1;
  return LOWER_START.test(text[at]);
}

/** normalizeToken, without its regular expressions for plain ASCII tokens (all but a few). */
function normalized(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 127 || c === 96) return normalizeToken(value); // non-ASCII or a backquote
  }
  return value === "''" ? '"' : value.toLowerCase();
}

/** True when a token is only whitespace (or empty); letters and digits answer without a regex. */
function blank(v: string): boolean {
  const c = v.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  return /^\s*$/.test(v);
}

/** Each tokenized document's token strings (see tokenTexts). */
const TEXTS = new WeakMap<Doc, string[]>();

/**
 * The text of each token of `doc` (doc.text.slice(start, end) of each). For a document this stage
 * tokenized they are wink-nlp's own strings where the text holds the same characters: one string
 * object per vocabulary word, whose hash is already known, so later stages' look-ups keyed by a
 * token's text skip hashing a fresh copy (and no copy is made).
 */
export function tokenTexts(doc: Doc): string[] {
  const t = doc.tokens;
  const kept = TEXTS.get(doc);
  if (kept && kept.length === t.start.length) return kept;
  const out = new Array<string>(t.start.length);
  for (let i = 0; i < out.length; i++) out[i] = doc.text.slice(t.start[i], t.end[i]);
  return out;
}

/** Each tokenized document's token ids (see tokenIds). */
const IDS = new WeakMap<Doc, Int32Array>();

/**
 * A number per token of `doc` that stands for its text (tokenTexts): wink-nlp's lexeme index, the
 * same number for the same string across documents, so that later stages' per-word memos are
 * arrays indexed by it instead of hash look-ups keyed by the string; -1 where the token's text is
 * not wink-nlp's own string. Undefined for a document this stage did not tokenize.
 */
export function tokenIds(doc: Doc): Int32Array | undefined {
  const kept = IDS.get(doc);
  return kept && kept.length === doc.tokens.start.length ? kept : undefined;
}

/**
 * Tokens, POS tags and sentences from wink-nlp. Offsets are rebuilt from each token's
 * preceding whitespace, so they index the original text exactly. A newline always ends a
 * sentence and starts a new paragraph.
 */
export const tokenize: Stage = {
  name: 'tokenize.v1',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run(doc: Doc): Doc {
    const w = wink();
    const its = w.its;
    const wdoc = readDoc(doc.text);
    const { values, spaces, pos, ids: uids } = tokenColumns(wdoc);
    const t = doc.tokens;
    const texts: string[] = [];
    const paraStart: boolean[] = [];
    const winkIndex: number[] = [];
    const ids: number[] = [];
    let off = 0;
    let newline = true;
    const text = doc.text;
    // the first line break at or after `off` (text.length when none): a gap holds one when it starts before the gap's end
    let nl = -1;
    for (let i = 0; i < values.length; i++) {
      const sp = spaces[i] ?? '';
      if (nl < off) {
        nl = text.indexOf('\n', off);
        if (nl < 0) nl = text.length;
      }
      if (nl < off + sp.length && nl < text.length) newline = true;
      off += sp.length;
      let v = values[i];
      let id = uids[i];
      if (blank(v)) {
        // wink keeps line breaks as tokens; we keep them as paragraph boundaries only
        if (v.includes('\n')) newline = true;
        off += v.length;
        continue;
      }
      // wink can normalise some characters; trust the text, never the token copy
      if (!text.startsWith(v, off)) {
        const idx = doc.text.indexOf(v, off);
        if (idx >= 0 && idx - off < 8) off = idx;
        else {
          v = doc.text.slice(off, off + v.length);
          id = -1;
        }
      }
      // two apostrophes written as a double quote ('') become one quote token
      if (v === "'" && sp.length === 0 && t.end.length && t.end[t.end.length - 1] === off && doc.text[off - 1] === "'" && t.norm[t.norm.length - 1] === "'") {
        t.end[t.end.length - 1] = off + 1;
        t.norm[t.norm.length - 1] = '"';
        texts[texts.length - 1] = text.slice(t.start[t.start.length - 1], off + 1);
        ids[ids.length - 1] = -1;
        off += 1;
        continue;
      }
      t.start.push(off);
      t.end.push(off + v.length);
      t.pos.push(pos[i]);
      t.norm.push(normalized(v));
      texts.push(v);
      ids.push(id);
      paraStart.push(newline);
      winkIndex.push(i);
      newline = false;
      off += v.length;
    }
    // sentence boundaries from wink, then split further at paragraph breaks
    const starts = new Set<number>();
    wdoc.sentences().each((s: any) => {
      const span = s.out(its.span) as [number, number];
      starts.add(span[0]);
    });
    // map wink token indices of sentence starts to ours (whitespace tokens were dropped)
    const sentStart = winkIndex.map((wi, k) => {
      if (starts.has(wi)) return true;
      // or a sentence starts at one of the whitespace tokens dropped just before this one
      if (k > 0) for (let j = winkIndex[k - 1] + 1; j < wi; j++) if (starts.has(j)) return true;
      return false;
    });
    const sentences: Sentence[] = [];
    let para = -1;
    let cur = 0;
    const n = t.start.length;
    let depth = 0;
    let openedAt = 0;
    for (let i = 0; i < n; i++) {
      if (paraStart[i]) {
        para++;
        depth = 0;
      }
      if (t.norm[i] === '(' && depth === 0) openedAt = i;
      const last = i + 1 === n;
      const afterTitle = (t.norm[i] === '.' && ABBREVIATIONS.has(t.norm[i - 1] ?? '')) || (t.norm[i].endsWith('.') && ABBREVIATIONS.has(t.norm[i].slice(0, -1)));
      // a sentence does not end inside brackets: "Sen. David Perdue (R-Ga.) said"
      if (t.norm[i] === '(') depth++;
      else if (t.norm[i] === ')' && depth > 0) depth--;
      const inBrackets = depth > 0 && i - openedAt < 12;
      // nor before a lower-case word ("(R-Ga.) said ...", "Polygraph.info")
      const nextStarts = !last && ((sentStart[i + 1] && !afterTitle && !inBrackets && !lowerAt(doc.text, t.start[i + 1])) || paraStart[i + 1]);
      if (last || nextStarts) {
        sentences.push({ start: t.start[cur], end: t.end[i], tokStart: cur, tokEnd: i + 1, para: Math.max(para, 0) });
        cur = i + 1;
      }
    }
    t.sent = new Array(n);
    sentences.forEach((s, si) => {
      for (let i = s.tokStart; i < s.tokEnd; i++) t.sent[i] = si;
    });
    doc.sentences = sentences;
    TEXTS.set(doc, texts);
    IDS.set(doc, Int32Array.from(ids));
    return doc;
  },
};
