import type { Doc, Span } from '../../document/types.js';

/** A quotation: `start` is the opening mark, `end` one past the closing mark (or the paragraph end). */
export interface QuoteRegion extends Span {
  /** The quoted text without the marks. */
  inner: Span;
  closed: boolean;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/**
 * Finds quotations paragraph by paragraph. Curly marks pair by direction; straight double
 * quotes alternate. A quotation left open at a paragraph's end runs to that end (the
 * news convention for a quote that continues in the next paragraph).
 */
export function findQuotes(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let straight = false;
  let openLen = 1;
  const finish = (end: number, closed: boolean, markLen: number) => {
    if (open >= 0 && end - markLen > open + openLen) {
      out.push({ start: open, end, inner: { start: open + openLen, end: end - markLen }, closed });
    }
    open = -1;
    openLen = 1;
  };
  for (let i = 0; i < text.length; i++) {
    // most characters are none of the marks below (all at U+00AB or above, or a line break, " or ')
    const code = text.charCodeAt(i);
    if (code < 0xab && code !== 10 && code !== 34 && code !== 39) continue;
    const ch = text[i];
    if (ch === '\n') {
      if (open >= 0) finish(i, false, 0);
      continue;
    }
    if (OPEN.has(ch)) {
      if (open >= 0 && !straight) finish(i, false, 0);
      open = i;
      openLen = 1;
      straight = false;
    } else if (CLOSE.has(ch)) {
      if (open >= 0) finish(i + 1, true, 1);
    } else if (ch === '"' || (ch === "'" && text[i + 1] === "'")) {
      // straight double quotes, or two apostrophes ('' as some newspapers write them); the side
      // of the mark tells its direction: after a space it opens, after a word or stop it closes
      const len = ch === '"' ? 1 : 2;
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + len] ?? ' ';
      const opens = /[\s([{—–-]/.test(before) && !/\s/.test(after);
      if (open >= 0 && straight) {
        if (opens) {
          // a new quotation starts while one is open: the first ran without its closing mark
          finish(i, false, 0);
          open = i;
          openLen = len;
          straight = true;
        } else finish(i + len, true, len);
      } else if (open < 0) {
        open = i;
        openLen = len;
        straight = true;
      }
      i += len - 1;
    }
  }
  if (open >= 0) finish(text.length, false, 0);
  return out;
}

/** The quotation containing character offset `at`, if any. */
export function quoteAt(quotes: QuoteRegion[], at: number): QuoteRegion | undefined {
  for (const q of quotes) if (q.start <= at && at < q.end) return q;
  return undefined;
}

/** Trims spaces and trailing sentence punctuation (.,;:) from a span, and unbalanced quote marks. */
export function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  const strip = (c: string) => /[\s,;:.—–-]/.test(c);
  for (;;) {
    const before = [start, end];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && strip(text[end - 1])) end--;
    const inner = text.slice(start, end);
    const opens = (inner.match(/[“"]/g) ?? []).length;
    if (text[start] === '“' && !inner.includes('”')) start++;
    else if (text[end - 1] === '”' && !inner.slice(0, -1).includes('“')) end--;
    else if (text[start] === '“' && text[end - 1] === '”' && inner.indexOf('”') === inner.length - 1) {
      start++;
      end--;
    } else if (text[start] === '"' && text[end - 1] === '"' && opens === 2) {
      start++;
      end--;
    } else if (text.startsWith("''", start) && text.endsWith("''", end) && end - start > 4 && inner.split("''").length === 3) {
      start += 2;
      end -= 2;
    }
    if (before[0] === start && before[1] === end) break;
  }
  return { start, end };
}
