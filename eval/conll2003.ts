// conll2003/dev.txt: PER/ORG/LOC exact-span F1 of the entity mentions (MISC ignored).
import { readFileSync } from 'node:fs';
import { iobSpans, layoutSentences, MentionSpans, scoreTypedSpans, type TypedSpan } from './conll.js';
import { parseConll2003 } from '../src/ner/conll.js';
import { microPrf } from './metrics.js';
import type { ErrorRow, SetResult } from './report-types.js';
import type { TimedExtract } from './timed.js';

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
