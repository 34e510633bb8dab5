/**
 * Token normalisation shared by training (CoNLL04 tokens) and run time (wink-nlp tokens on news):
 * curly quotes, backticks and doubled quotes map to one form; "’s" to "'s"; case is folded.
 */
const DOUBLE_QUOTES = new Set(['"', '“', '”', '``', "''", '„', '«', '»']);
const SINGLE_QUOTES = new Set(["'", '‘', '’', '`']);

export function normToken(tok: string): string {
  if (DOUBLE_QUOTES.has(tok) || SINGLE_QUOTES.has(tok)) return '"';
  const t = tok.replace(/[’‘`]/g, "'").toLowerCase();
  if (t === '--' || t === '—' || t === '–') return '-';
  if (/^\d[\d,.]*$/.test(t)) return '0';
  return t;
}

/** A crude suffix stripper, enough to group killed/kills/killing and assassinated/assassination. */
export function stem(low: string): string {
  if (low.length <= 4) return low;
  for (const suf of ['ations', 'ation', 'ings', 'ing', 'ers', 'ed', 'es', 'er', 's']) {
    if (low.endsWith(suf) && low.length - suf.length >= 4) return low.slice(0, low.length - suf.length);
  }
  return low;
}

/** Abbreviations that keep their final period in wink-nlp's tokenizer (never split off). */
const ABBREV = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col sgt capt maj adm jr sr st inc corp co ltd bros no vs ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo jan feb mar apr aug sep sept oct nov dec'
  ).split(' '),
);

/** True when a token like "said." or "Fitzmaurice." carries a glued sentence-final period. */
function hasGluedPeriod(tok: string, isLast: boolean): boolean {
  if (tok.length < 2 || !tok.endsWith('.')) return false;
  const stemPart = tok.slice(0, -1);
  if (stemPart.includes('.')) return false; // U.S., a.m., D.C.
  if (ABBREV.has(stemPart.toLowerCase())) return false;
  if (!isLast) return /^[a-z]{3,}$/.test(stemPart) || /^[0-9]+$/.test(stemPart);
  return stemPart.length >= 2 || /^[0-9]$/.test(stemPart);
}

export interface Retokenized {
  tokens: string[];
  /** map[i] = new index of old token i; map[old.length] = new length */
  map: number[];
}

/**
 * Split glued periods off tokens (CoNLL04 writes "said." where wink-nlp gives "said", ".").
 * Entity spans are remapped with `map`: a span [s, e) becomes [map[s], map[e] - (split at e-1 ? 1 : 0)].
 */
export function splitGluedPeriods(tokens: string[]): Retokenized & { split: boolean[] } {
  const out: string[] = [];
  const map: number[] = [];
  const split: boolean[] = [];
  tokens.forEach((tok, i) => {
    map.push(out.length);
    if (hasGluedPeriod(tok, i === tokens.length - 1)) {
      out.push(tok.slice(0, -1), '.');
      split.push(true);
    } else {
      out.push(tok);
      split.push(false);
    }
  });
  map.push(out.length);
  return { tokens: out, map, split };
}

/** Remap a span [start, end) after splitGluedPeriods: the period split off the last token stays outside. */
export function remapSpan(r: { map: number[]; split: boolean[] }, start: number, end: number): [number, number] {
  const s = r.map[start];
  const e = r.split[end - 1] ? r.map[end - 1] + 1 : r.map[end];
  return [s, e];
}
