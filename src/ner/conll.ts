// Readers for the training data: CoNLL-2003 (token POS chunk NER, IOB2) and CoNLL04 (SpERT JSON).
import { readFileSync } from 'node:fs';
import { TYPES } from './labels.js';

export interface NerDoc {
  sentences: string[][];
  /** per sentence: spans [start, end, typeIndex] */
  spans: Array<Array<[number, number, number]>>;
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

export function readConll2003(path: string): NerDoc[] {
  const docs: NerDoc[] = [];
  let doc: NerDoc = { sentences: [], spans: [] };
  let toks: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (toks.length) {
      doc.sentences.push(toks);
      doc.spans.push(iobToSpans(tags));
    }
    toks = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.trim();
    if (!l) { flush(); continue; }
    const cols = l.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [], spans: [] };
      continue;
    }
    toks.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

const CONLL04_TYPES: Record<string, string> = { Peop: 'PER', Org: 'ORG', Loc: 'LOC', Other: 'MISC' };

/** CoNLL04 sentences, each as its own document; a period glued to the last token is split off. */
export function readConll04(path: string): NerDoc[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Array<{ tokens: string[]; entities: Array<{ type: string; start: number; end: number }> }>;
  return data.map((s) => {
    const tokens = [...s.tokens];
    const last = tokens[tokens.length - 1];
    if (last && last.length > 1 && last.endsWith('.') && !/\.[A-Za-z]\.$/.test(last) && !/^[A-Z][a-z]?\.$/.test(last)) {
      tokens[tokens.length - 1] = last.slice(0, -1);
      tokens.push('.');
    }
    const spans = s.entities.map((e): [number, number, number] => [e.start, e.end, typeIndex(CONLL04_TYPES[e.type] ?? e.type)]);
    return { sentences: [tokens], spans: [spans] };
  });
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
