import type { Doc, Sentence } from '../../document/types.js';
import type { Stage } from '../stage.js';
import { readDoc, wink } from './wink.js';

/** Abbreviated titles after which a period does not end the sentence ("Cmdr. Sean Robertson"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'st', 'sr', 'jr', 'gens', 'reps', 'sens', 'amb', 'supt', 'insp', 'det', 'brig', 'cdr']);

/** Lower-case and fold typographic quotes so lexicon look-ups see one form. */
export function normalizeToken(value: string): string {
  return value.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/^''$/, '"');
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
    const values = wdoc.tokens().out(its.value) as string[];
    const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    const t = doc.tokens;
    const paraStart: boolean[] = [];
    const winkIndex: number[] = [];
    /** Tokens written right after the previous one ("Polygraph.info"): never a sentence start. */
    const glued: boolean[] = [];
    let off = 0;
    let newline = true;
    for (let i = 0; i < values.length; i++) {
      const sp = spaces[i] ?? '';
      const gap = doc.text.slice(off, off + sp.length);
      off += sp.length;
      let v = values[i];
      if (/\n/.test(gap)) newline = true;
      if (/^\s*$/.test(v)) {
        // wink keeps line breaks as tokens; we keep them as paragraph boundaries only
        if (/\n/.test(v)) newline = true;
        off += v.length;
        continue;
      }
      // wink can normalise some characters; trust the text, never the token copy
      if (doc.text.slice(off, off + v.length) !== v) {
        const idx = doc.text.indexOf(v, off);
        if (idx >= 0 && idx - off < 8) off = idx;
        else v = doc.text.slice(off, off + v.length);
      }
      // two apostrophes written as a double quote ('') become one quote token
      if (v === "'" && sp.length === 0 && t.end.length && t.end[t.end.length - 1] === off && doc.text[off - 1] === "'" && t.norm[t.norm.length - 1] === "'") {
        t.end[t.end.length - 1] = off + 1;
        t.norm[t.norm.length - 1] = '"';
        off += 1;
        continue;
      }
      t.start.push(off);
      t.end.push(off + v.length);
      t.pos.push(pos[i]);
      t.norm.push(normalizeToken(v));
      paraStart.push(newline);
      glued.push(sp.length === 0 && i > 0);
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
    const sentStart = winkIndex.map((wi, k) => starts.has(wi) || (k > 0 && [...Array(wi - winkIndex[k - 1] - 1)].some((_, d) => starts.has(winkIndex[k - 1] + 1 + d))));
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
      const afterTitle = (t.norm[i] === '.' && ABBREVIATIONS.has(t.norm[i - 1] ?? '')) || ABBREVIATIONS.has(t.norm[i].replace(/\.$/, '')) && t.norm[i].endsWith('.');
      // a sentence does not end inside brackets: "Sen. David Perdue (R-Ga.) said"
      if (t.norm[i] === '(') depth++;
      else if (t.norm[i] === ')' && depth > 0) depth--;
      const inBrackets = depth > 0 && i - openedAt < 12;
      // nor before a lower-case word ("(R-Ga.) said ...", "Polygraph.info")
      const lowerNext = !last && /^\p{Ll}/u.test(doc.text[t.start[i + 1]]);
      const nextStarts = !last && ((sentStart[i + 1] && !afterTitle && !inBrackets && !lowerNext) || paraStart[i + 1]);
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
    return doc;
  },
};
