// Token-level sets (CoNLL-2003, CoNLL04): lay tokens out as text, map predicted spans back to tokens.
import { prf, type PRF } from './metrics.js';
import type { ErrorRow } from './report-types.js';
import type { DocumentJSON } from './types.js';

export interface TokenPos {
  sent: number;
  idx: number;
  start: number;
  end: number;
}

/** A text built from tokenised sentences, with every token's character offsets. */
export interface Layout {
  text: string;
  /** all tokens in text order */
  tokens: TokenPos[];
  /** per sentence: [first char, end char) */
  sentences: [number, number][];
}

/** Tokens joined by single spaces; sentences joined by `sep` (a newline, or a blank line). */
export function layoutSentences(sentences: string[][], sep = '\n'): Layout {
  let text = '';
  const tokens: TokenPos[] = [];
  const ranges: [number, number][] = [];
  sentences.forEach((toks, sent) => {
    if (sent > 0) text += sep;
    const s0 = text.length;
    toks.forEach((t, idx) => {
      if (idx > 0) text += ' ';
      tokens.push({ sent, idx, start: text.length, end: text.length + t.length });
      text += t;
    });
    ranges.push([s0, text.length]);
  });
  return { text, tokens, sentences: ranges };
}

export interface TokenSpan {
  sent: number;
  /** first token */
  start: number;
  /** one past the last token */
  end: number;
}

/**
 * The tokens a character span touches, as one sentence's [start, end). A mention that stops inside a
 * token (e.g. "theater" of CoNLL04's glued "theater.") maps to that whole token. Returns undefined when
 * the span touches no token or crosses a sentence boundary.
 */
export function mapSpan(layout: Layout, start: number, end: number): TokenSpan | undefined {
  const toks = layout.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= toks.length || toks[lo].start >= end) return undefined;
  let last = lo;
  while (last + 1 < toks.length && toks[last + 1].start < end) last++;
  if (toks[last].sent !== toks[lo].sent) return undefined;
  return { sent: toks[lo].sent, start: toks[lo].idx, end: toks[last].idx + 1 };
}

const PRONOUNS = new Set(
  'i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers herself it its itself they them their theirs themselves who whom whose this that these those'.split(' '),
);

/**
 * Pronoun mentions (coreference links the pipeline adds to an entity) are not named-entity
 * mentions: the CoNLL scores skip them, and the run notes how many.
 */
export function isPronoun(text: string): boolean {
  const t = text.trim();
  const low = t.toLowerCase();
  // lower case or capitalised only: "US" and "IT" in capitals are names
  return PRONOUNS.has(low) && (t === low || t === low[0].toUpperCase() + low.slice(1));
}

/** The notes a token-level set prints about mentions it did not score. */
export function mappingNotes(unaligned: number, pronouns: number): string[] {
  const out: string[] = [];
  if (pronouns) out.push(`${pronouns} pronoun mention(s) not scored as named entities`);
  if (unaligned) out.push(`${unaligned} predicted mention(s) crossed a sentence boundary or touched no token (not scored)`);
  return out;
}

/**
 * Collects the pipeline's entity mentions as typed token spans of a layout, for the token-level sets:
 * pronoun mentions and mentions that map to no single sentence are counted, not scored.
 */
export class MentionSpans {
  pronouns = 0;
  unaligned = 0;

  /** The mentions of `doc` whose entity type `typeOf` names, as spans of `layout` (sentences shifted by `sentOffset`). */
  collect(doc: DocumentJSON, layout: Layout, typeOf: Record<string, string>, unit: string, sentOffset = 0): TypedSpan[] {
    const out: TypedSpan[] = [];
    for (const e of doc.entities) {
      const type = typeOf[e.type];
      if (!type) continue;
      for (const m of e.mentions) {
        if (isPronoun(layout.text.slice(m.start, m.end))) {
          this.pronouns++;
          continue;
        }
        const sp = mapSpan(layout, m.start, m.end);
        if (sp) out.push({ unit, sent: sp.sent + sentOffset, start: sp.start, end: sp.end, type });
        else this.unaligned++;
      }
    }
    return out;
  }

  /** The notes a set prints about the mentions it did not score. */
  notes(): string[] {
    return mappingNotes(this.unaligned, this.pronouns);
  }
}

/** Index of the sentence whose range contains `pos` (or the next one after it). */
export function sentenceAt(layout: Layout, pos: number): number {
  const r = layout.sentences;
  let lo = 0;
  let hi = r.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r[mid][1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** IOB2 tags of one sentence to [start, end, type] spans. */
export function iobSpans(tags: string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  let cur: [number, number, string] | undefined;
  tags.forEach((tag, i) => {
    const [bio, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (bio === 'I' && cur && cur[2] === type) {
      cur[1] = i + 1;
      return;
    }
    if (cur) out.push(cur);
    cur = bio === 'O' ? undefined : [i, i + 1, type];
  });
  if (cur) out.push(cur);
  return out;
}

/** A typed token span somewhere in a set: `unit` is the document or sentence it belongs to. */
export interface TypedSpan {
  unit: string;
  sent: number;
  start: number;
  end: number;
  type: string;
}

const spanKey = (s: TypedSpan): string => `${s.unit}\u0000${s.sent}\u0000${s.start}\u0000${s.end}`;

/**
 * Exact-span, exact-type P/R/F1 per type (duplicates removed). `describe(s)` gives the readable
 * [doc, sentence text, span text] of a span for the error rows.
 */
export function scoreTypedSpans(
  pred: TypedSpan[],
  gold: TypedSpan[],
  types: string[],
  describe: (s: TypedSpan) => { doc: string; text: string; span: string },
  errors: ErrorRow[],
): Record<string, PRF> {
  const out: Record<string, PRF> = {};
  const goldAt = new Map<string, TypedSpan[]>();
  const predAt = new Map<string, TypedSpan[]>();
  const bySent = (m: Map<string, TypedSpan[]>, s: TypedSpan): void => {
    const k = `${s.unit}\u0000${s.sent}`;
    m.set(k, [...(m.get(k) ?? []), s]);
  };
  const uniq = (xs: TypedSpan[]): TypedSpan[] => {
    const seen = new Set<string>();
    return xs.filter((s) => {
      const k = `${spanKey(s)}\u0000${s.type}`;
      if (!types.includes(s.type) || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const P = uniq(pred);
  const G = uniq(gold);
  P.forEach((s) => bySent(predAt, s));
  G.forEach((s) => bySent(goldAt, s));
  const overl = (m: Map<string, TypedSpan[]>, s: TypedSpan): string => {
    const xs = (m.get(`${s.unit}\u0000${s.sent}`) ?? []).filter((x) => x.start < s.end && s.start < x.end);
    return xs.length ? xs.map((x) => `${x.type} «${describe(x).span}»`).join('; ') : '(none)';
  };
  for (const t of types) {
    const gk = new Set(G.filter((s) => s.type === t).map(spanKey));
    const pk = new Set(P.filter((s) => s.type === t).map(spanKey));
    let tp = 0;
    for (const k of pk) if (gk.has(k)) tp++;
    out[t] = prf(tp, pk.size, gk.size);
    for (const s of P) {
      if (s.type !== t || gk.has(spanKey(s))) continue;
      const d = describe(s);
      errors.push({ cls: t, kind: 'FP', doc: d.doc, text: d.text, pred: `${t} «${d.span}»`, gold: overl(goldAt, s) });
    }
    for (const s of G) {
      if (s.type !== t || pk.has(spanKey(s))) continue;
      const d = describe(s);
      errors.push({ cls: t, kind: 'FN', doc: d.doc, text: d.text, pred: overl(predAt, s), gold: `${t} «${d.span}»` });
    }
  }
  return out;
}
