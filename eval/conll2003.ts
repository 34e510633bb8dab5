// conll2003/dev.txt: PER/ORG/LOC exact-span F1 of the entity mentions (MISC ignored).
import { readFileSync } from 'node:fs';
import { iobSpans, layoutSentences, MentionSpans, scoreTypedSpans, type TypedSpan } from './conll.js';
import { microPrf } from './metrics.js';
import type { ErrorRow, SetResult } from './report-types.js';
import type { TimedExtract } from './timed.js';

export interface Conll03Sentence {
  tokens: string[];
  tags: string[];
}
export type Conll03Doc = Conll03Sentence[];

/** `token POS chunk NER` lines; -DOCSTART- starts a document, a blank line ends a sentence. */
export function parseConll2003(raw: string): Conll03Doc[] {
  const docs: Conll03Doc[] = [];
  let doc: Conll03Doc | undefined;
  let sent: Conll03Sentence = { tokens: [], tags: [] };
  const endSentence = (): void => {
    if (sent.tokens.length > 0) {
      if (!doc) docs.push((doc = []));
      doc.push(sent);
    }
    sent = { tokens: [], tags: [] };
  };
  for (const line of raw.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      docs.push((doc = []));
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    sent.tokens.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  endSentence();
  return docs.filter((d) => d.length > 0);
}

/** Our entity types to CoNLL-2003 types; NORP and GROUP are not scored. */
export const TO_CONLL03: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };
const TYPES = ['PER', 'ORG', 'LOC'];

export async function evalConll2003(file: string, ex: TimedExtract, limit?: number): Promise<SetResult> {
  const docs = parseConll2003(readFileSync(file, 'utf8')).slice(0, limit);
  const pred: TypedSpan[] = [];
  const gold: TypedSpan[] = [];
  const mentions = new MentionSpans();
  for (const [d, sents] of docs.entries()) {
    const unit = String(d + 1);
    sents.forEach((s, i) => {
      for (const [start, end, type] of iobSpans(s.tags)) gold.push({ unit, sent: i, start, end, type });
    });
    const layout = layoutSentences(sents.map((s) => s.tokens), '\n');
    const out = await ex.run({ id: `conll2003-dev-${unit}`, text: layout.text });
    pred.push(...mentions.collect(out, layout, TO_CONLL03, unit));
  }
  const errors: ErrorRow[] = [];
  const describe = (s: TypedSpan): { doc: string; text: string; span: string } => {
    const toks = docs[Number(s.unit) - 1][s.sent].tokens;
    return { doc: `doc ${s.unit} sent ${s.sent + 1}`, text: toks.join(' '), span: toks.slice(s.start, s.end).join(' ') };
  };
  const per = scoreTypedSpans(pred, gold, TYPES, describe, errors);
  const notes = mentions.notes();
  return {
    set: 'conll2003',
    docs: docs.length,
    rows: [
      ...TYPES.map((t) => ({ measure: t, prf: per[t] })),
      { measure: 'PER/ORG/LOC micro', prf: microPrf(TYPES.map((t) => per[t])) },
    ],
    errors,
    tokens: ex.tokens,
    seconds: ex.seconds,
    notes,
  };
}
