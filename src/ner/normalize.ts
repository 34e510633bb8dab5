// Character normalisation and word shapes for NER features.

const CHAR_MAP: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', "''": '"', '``': '"',
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-', '\u2026': '...', '\u00A0': ' ',
};
const SPECIAL = /[\u2019\u2018\u201B\u2032`\u00B4\u201C\u201D\u201E\u00AB\u00BB\u2013\u2014\u2012\u2212\u2026\u00A0]/g;

/** Maps typographic quotes, apostrophes and dashes to their ASCII forms. */
export function normalizeToken(token: string): string {
  if (token === "''" || token === '``') return '"';
  return token.replace(SPECIAL, (c) => CHAR_MAP[c] ?? c);
}

/** Lowercase form with digits folded to 0 (so years and amounts share features). */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, '0');
}

/** Word shape: X for upper, x for lower, d for digit, other characters kept; long runs cut at 4. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run >= 4) continue;
    } else {
      run = 0;
      last = c;
    }
    out += c;
  }
  return out;
}

/** Shape with every run collapsed to one character: "Xx", "X.X.", "d-d". */
export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

export function isLowerWord(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toUpperCase();
}

/** 32-bit FNV-1a hash of a string, salted with a template id. */
export function hashString(s: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes two 32-bit values into one (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2d);
  h ^= h >>> 15;
  return h | 0;
}
