// Readers for the training data: CoNLL-2003 (token POS chunk NER, IOB2) and CoNLL04 (SpERT JSON).
import { readFileSync } from 'node:fs';
import { TYPES } from './labels.js';
import { TITLES } from './lists.js';

export interface NerDoc {
  sentences: string[][];
  /** per sentence: spans [start, end, typeIndex] */
  spans: Array<Array<[number, number, number]>>;
  /** per sentence (optional): 1 where the token's label is unknown (partial annotation) */
  unknown?: Array<Uint8Array | undefined>;
}

function typeIndex(t: string): number {
  const i = TYPES.indexOf(t as never);
  if (i < 0) throw new Error(`unknown entity type "${t}"`);
  return i;
}

/** Spans from IOB1 or IOB2 tags. */
export function iobToSpans(tags: string[]): Array<[number, number, number]> {
  const spans: Array<[number, number, number]> = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const [p, t] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (start >= 0 && (p !== 'I' || t !== type)) {
      spans.push([start, i, typeIndex(type)]);
      start = -1;
    }
    if (p === 'B' || (p === 'I' && start < 0)) {
      start = i;
      type = t;
    }
  }
  return spans;
}

/** One sentence of a CoNLL-2003 file: its tokens and their NER tags (the last column). */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/**
 * `token POS chunk NER` lines: -DOCSTART- starts a document, a blank line ends a sentence. Documents
 * without a sentence are left out. Shared by NER training and the evaluation.
 */
export function parseConll2003(raw: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { tokens: [], tags: [] };
  const endSentence = (): void => {
    if (sent.tokens.length) doc.push(sent);
    sent = { tokens: [], tags: [] };
  };
  const endDoc = (): void => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of raw.split('\n')) {
    const l = line.trim();
    if (!l) {
      endSentence();
      continue;
    }
    const cols = l.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    sent.tokens.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  endDoc();
  return docs;
}

export function readConll2003(path: string): NerDoc[] {
  return parseConll2003(readFileSync(path, 'utf8')).map((doc) => ({ sentences: doc.map((s) => s.tokens), spans: doc.map((s) => iobToSpans(s.tags)) }));
}

interface Conll04Raw {
  tokens: string[];
  entities: Array<{ type: string; start: number; end: number }>;
}

const CONLL04_TYPES: Record<string, string> = { Peop: 'PER', Org: 'ORG', Loc: 'LOC', Other: 'MISC' };

/** Leading words of a CoNLL04 person span that CoNLL-2003 (and the news guide) keep outside the name. */
const PERSON_TITLES = new Set([...TITLES, 'Archduke', 'Rev.', 'Sgt.', 'Datuk', 'Sri', 'Datin', 'Paduka', 'Gov', 'Sen']);
/** Titles inside a person span that end a "Texas Gov." prefix (not King, Miss: they occur in names). */
const INNER_TITLES = new Set([...PERSON_TITLES].filter((w) => !['King', 'Queen', 'Miss', 'Lady', 'Lord', 'Sir', 'Dame'].includes(w)));
const MONTHS_DAYS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gmt|noon|midnight)\.?$/i;

/** Whether a phrase (tokens joined by spaces) is a known place (country, state, city). */
export type IsPlace = (phrase: string) => boolean;

/**
 * How to convert CoNLL04 spans: `isPlace` for "Texas Gov." prefixes; `isDemonym` (a word is a
 * nationality) makes nationalities MISC as in CoNLL-2003.
 */
export interface Conll04Convert {
  isPlace?: IsPlace;
  isDemonym?: (word: string) => boolean;
  /**
   * Leave capitalised words outside every span unlabelled (unknown) rather than O: CoNLL04 does not
   * annotate every name CoNLL-2003 would (newspapers such as "PRAVDA", events, works, products).
   * Titles, months and days, words also seen in lower case and the first word of the sentence stay O.
   */
  partial?: boolean;
}

/**
 * One CoNLL04 entity as CoNLL-2003-style spans (the conventions the tagger is trained to and the
 * pipeline uses): `Other` is MISC only when it is a name (capitalised, no digits, not a month or a
 * day; dates and amounts become O); a place written "City , State" is two places; a person span loses
 * leading titles ("President Lincoln" -> "Lincoln") and a "Texas Gov." or "U.S. Sen." prefix, whose
 * place becomes a LOC span when `isPlace` knows it (otherwise the sentence is unusable: undefined);
 * an organisation loses a leading "The", an organisation or place a leading "the"; a trailing lone
 * "." (CoNLL04's "Minn .") stays outside. (Nationalities: see `conll04Doc`.)
 */
export function conll04Spans(
  tokens: string[],
  e: { type: string; start: number; end: number },
  isPlace: IsPlace = () => false,
): Array<[number, number, number]> | undefined {
  const type = CONLL04_TYPES[e.type] ?? e.type;
  let { start, end } = e;
  while (end - start > 1 && tokens[end - 1] === '.') end--;
  const words = tokens.slice(start, end);
  if (type === 'MISC') {
    const name = words.every((w) => !/\d/.test(w) && !MONTHS_DAYS.test(w)) && /^[A-Z]/.test(words[0] ?? '');
    return name ? [[start, end, typeIndex('MISC')]] : [];
  }
  if (type === 'PER') {
    const out: Array<[number, number, number]> = [];
    let inner = -1;
    for (let i = start + 1; i < end - 1; i++) if (INNER_TITLES.has(tokens[i])) inner = i;
    if (inner > start) {
      let pre = inner;
      while (pre > start && PERSON_TITLES.has(tokens[pre - 1])) pre--;
      while (pre > start && /^(former|then|late)$/i.test(tokens[start])) start++;
      if (pre > start) {
        if (!isPlace(tokens.slice(start, pre).join(' '))) return undefined;
        out.push([start, pre, typeIndex('LOC')]);
      }
      start = inner + 1;
    }
    while (end - start > 1 && PERSON_TITLES.has(tokens[start])) start++;
    out.push([start, end, typeIndex('PER')]);
    return out;
  }
  if ((type === 'ORG' && (tokens[start] === 'The' || tokens[start] === 'the')) || (type === 'LOC' && tokens[start] === 'the')) {
    if (end - start > 1) start++;
  }
  if (type === 'LOC') {
    const parts: Array<[number, number, number]> = [];
    let s = start;
    for (let i = start; i <= end; i++) {
      if (i === end || tokens[i] === ',') {
        if (i > s) parts.push([s, i, typeIndex('LOC')]);
        s = i + 1;
      }
    }
    return parts;
  }
  return [[start, end, typeIndex(type)]];
}

/**
 * CoNLL04 sentences, each as its own document; a period glued to the last token is split off.
 * `convert` applies `conll04Spans` (sentences it cannot convert are left out); without it CoNLL04's
 * spans are kept as they are (Other as MISC).
 */
export function readConll04(path: string, convert?: Conll04Convert): NerDoc[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Conll04Raw[];
  // words also written in lower case somewhere in the file are common words, not unknown names
  const lower = new Set(data.flatMap((s) => s.tokens.filter((w) => /^[a-z]/.test(w))));
  return data.flatMap((s) => conll04Doc(s, convert, lower) ?? []);
}

export function conll04Doc(s: Conll04Raw, convert?: Conll04Convert, common: ReadonlySet<string> = new Set()): NerDoc | undefined {
  const tokens = [...s.tokens];
  const last = tokens[tokens.length - 1];
  if (last && last.length > 1 && last.endsWith('.') && !/\.[A-Za-z]\.$/.test(last) && !/^[A-Z][a-z]?\.$/.test(last)) {
    tokens[tokens.length - 1] = last.slice(0, -1);
    tokens.push('.');
  }
  let spans: Array<[number, number, number]> = [];
  if (convert) {
    for (const e of s.entities) {
      const x = conll04Spans(tokens, e, convert.isPlace);
      if (!x) return undefined;
      spans.push(...x);
    }
    const demonym = convert.isDemonym;
    if (demonym) {
      // CoNLL-2003 tags nationalities MISC; CoNLL04 leaves them out ("Spanish", "American") or, for
      // a few, writes them as places ("Soviet")
      spans = spans.map(([a, b, ty]): [number, number, number] => (ty === typeIndex('LOC') && b - a === 1 && demonym(tokens[a]) ? [a, b, typeIndex('MISC')] : [a, b, ty]));
      tokens.forEach((w, i) => {
        if (/^[A-Z]/.test(w) && demonym(w) && !spans.some(([a, b]) => a <= i && i < b)) spans.push([i, i + 1, typeIndex('MISC')]);
      });
    }
  } else spans = s.entities.map((e): [number, number, number] => [e.start, e.end, typeIndex(CONLL04_TYPES[e.type] ?? e.type)]);
  spans.sort((a, b) => a[0] - b[0]);
  spans = spans.filter((x, i) => i === 0 || x[0] >= spans[i - 1][1]);
  if (!convert?.partial) return { sentences: [tokens], spans: [spans] };
  const unknown = new Uint8Array(tokens.length);
  let any = false;
  tokens.forEach((w, i) => {
    if (i === 0 || w === 'I' || !/^[A-Z]/.test(w) || common.has(w.toLowerCase()) || PERSON_TITLES.has(w) || MONTHS_DAYS.test(w) || spans.some(([a, b]) => a <= i && i < b)) return;
    unknown[i] = 1;
    any = true;
  });
  return { sentences: [tokens], spans: [spans], unknown: any ? [unknown] : undefined };
}

const SPLIT_HYPHEN = /^[^-]+(-[^-]+)+$/;
const DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * The document re-tokenised the way wink-nlp splits hyphenated words ("Bergamo-based" ->
 * "Bergamo", "-", "based"), with spans stretched over the parts; undefined when nothing splits.
 */
export function splitHyphens(doc: NerDoc): NerDoc | undefined {
  let changed = false;
  const sentences: string[][] = [];
  const spans: Array<Array<[number, number, number]>> = [];
  doc.sentences.forEach((tokens, si) => {
    const map: number[] = [];
    const out: string[] = [];
    for (const t of tokens) {
      map.push(out.length);
      if (SPLIT_HYPHEN.test(t) && !DATE.test(t) && t.length > 2) {
        const parts = t.split('-');
        parts.forEach((p, i) => {
          if (i > 0) out.push('-');
          out.push(p);
        });
        changed = true;
      } else out.push(t);
    }
    map.push(out.length);
    sentences.push(out);
    spans.push(doc.spans[si].map(([s, e, ty]) => [map[s], map[e], ty]));
  });
  return changed ? { sentences, spans } : undefined;
}

/** Dotted abbreviations that news often writes without periods ("US President", "the UN"). */
const UNDOTTED: Record<string, string> = { 'U.S.': 'US', 'U.K.': 'UK', 'U.N.': 'UN', 'U.S.A.': 'USA', 'E.U.': 'EU' };

/**
 * A copy of the document with "U.S.", "U.K.", "U.N." written "US", "UK", "UN" (CoNLL-2003's Reuters
 * text dots them; much of today's news does not), spans unchanged; undefined when nothing changes.
 */
export function undotAbbreviations(doc: NerDoc): NerDoc | undefined {
  let changed = false;
  const sentences = doc.sentences.map((tokens) =>
    tokens.map((t) => {
      const u = UNDOTTED[t];
      if (u) changed = true;
      return u ?? t;
    }),
  );
  return changed ? { sentences, spans: doc.spans } : undefined;
}
