/**
 * The pipeline's relation stage on CoNLL04 dev, scored as `npm run eval` scores it (same batching,
 * placement and matching), with the entity step taken out of the picture:
 *  - `gold entities`: tokenize, then the gold entity mentions (Peop->PERSON, Org->ORG, Loc->GPE or
 *    LOC by the gazetteer, Other->NORP when a demonym), then aliases, coref and relations;
 *  - `end to end`: extract() as the eval calls it;
 *  - the ceiling of the end-to-end run: gold relations whose two argument spans are both predicted
 *    as name mentions (any type, then the right CoNLL04 class).
 * Usage: npx tsx scripts/eval-relations-stage.ts [dataDir] [--errors outDir]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutSentences, mapSpan } from '../eval/conll.js';
import { ENTITY_TO_CONLL04, evalConll04, type Conll04Sentence } from '../eval/conll04.js';
import { formatTable, writeErrors } from '../eval/report.js';
import { TimedExtract } from '../eval/timed.js';
import type { DocumentJSON } from '../eval/types.js';
import { toJSON } from '../src/document/json.js';
import { emptyDoc, type EntityType, type Mention } from '../src/document/types.js';
import { extract } from '../src/index.js';
import { isDemonym, placeType } from '../src/ner/index.js';
import { aliases } from '../src/pipeline/stages/aliases.js';
import { coref } from '../src/pipeline/stages/coref.js';
import { relations } from '../src/pipeline/stages/relations.js';
import { tokenize } from '../src/pipeline/stages/tokenize.js';

const args = process.argv.slice(2);
const errAt = args.indexOf('--errors');
const errDir = errAt >= 0 ? args.splice(errAt, 2)[1] : undefined;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(resolve(args[0] ?? join(root, '..', 'shared', 'data')), 'conll04', 'dev.json');
const sents = JSON.parse(readFileSync(file, 'utf8')) as Conll04Sentence[];
const BATCH = 1; // as eval/conll04.ts (one text per sentence)

// gold mentions of each batch text, as character spans
const gold = new Map<string, { start: number; end: number; type: EntityType }[]>();
for (let b = 0; b < sents.length; b += BATCH) {
  const group = sents.slice(b, b + BATCH);
  const layout = layoutSentences(group.map((s) => s.tokens), '\n\n');
  const spans: { start: number; end: number; type: EntityType }[] = [];
  let k = 0;
  group.forEach((s) => {
    const base = k;
    k += s.tokens.length;
    for (const e of s.entities) {
      const start = layout.tokens[base + e.start].start;
      const end = layout.tokens[base + e.end - 1].end;
      const name = layout.text.slice(start, end);
      const type: EntityType | undefined =
        e.type === 'Peop' ? 'PERSON' : e.type === 'Org' ? 'ORG' : e.type === 'Loc' ? (placeType(name) ?? 'GPE') : isDemonym(name) ? 'NORP' : undefined;
      if (type) spans.push({ start, end, type });
    }
  });
  gold.set(layout.text, spans);
}

function withGoldEntities(input: { id?: string; text: string }): DocumentJSON {
  const doc = tokenize.run(emptyDoc({ id: input.id ?? 'x', text: input.text }));
  const t = doc.tokens;
  const mentions: Mention[] = [];
  for (const g of gold.get(input.text) ?? []) {
    let a = 0;
    while (a < t.start.length && t.end[a] <= g.start) a++;
    let b = a;
    while (b < t.start.length && t.start[b] < g.end) b++;
    // CoNLL04 glues a sentence-final period to the last token; wink-nlp splits it off
    if (b - a > 1 && doc.text.slice(t.start[b - 1], t.end[b - 1]) === '.' && /\w/.test(doc.text[t.start[b - 1] - 1] ?? '')) b--;
    if (a >= b) continue;
    mentions.push({ start: t.start[a], end: t.end[b - 1], tokStart: a, tokEnd: b, type: g.type, kind: 'name', entity: -1, stage: 'gold', score: 1 });
  }
  doc.mentions = mentions;
  return toJSON(relations.run(coref.run(aliases.run(doc))));
}

const oracle = await evalConll04(file, new TimedExtract((a) => withGoldEntities(a)));
console.log('relation stage on CoNLL04 dev with GOLD entity mentions');
console.log(formatTable(oracle));
const e2e = new TimedExtract((a) => extract(a));
const real = await evalConll04(file, e2e);
console.log('\nend to end (extract, as npm run eval)');
console.log(formatTable(real));
if (errDir) {
  writeErrors(join(errDir, 'gold-entities'), oracle);
  writeErrors(join(errDir, 'end-to-end'), real);
}

// ceiling of the end-to-end run: both argument spans predicted (any type / right class)
let total = 0;
let spansFound = 0;
let classesFound = 0;
for (let b = 0; b < sents.length; b += BATCH) {
  const group = sents.slice(b, b + BATCH);
  const layout = layoutSentences(group.map((s) => s.tokens), '\n\n');
  const doc = extract({ id: `c${b}`, text: layout.text });
  const pred = new Map<string, string>();
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if ((m as { kind?: string }).kind !== undefined && (m as { kind?: string }).kind !== 'name') continue;
      const sp = mapSpan(layout, m.start, m.end);
      if (sp) pred.set(`${sp.sent}|${sp.start}|${sp.end}`, ENTITY_TO_CONLL04[e.type] ?? e.type);
    }
  }
  group.forEach((s, si) => {
    for (const r of s.relations) {
      total++;
      const h = s.entities[r.head];
      const tl = s.entities[r.tail];
      const ph = pred.get(`${si}|${h.start}|${h.end}`);
      const pt = pred.get(`${si}|${tl.start}|${tl.end}`);
      if (ph && pt) spansFound++;
      if (ph === h.type && pt === tl.type) classesFound++;
    }
  });
}
const pct = (n: number) => ((100 * n) / total).toFixed(1);
console.log(`\nend-to-end ceiling: of ${total} gold relations, both argument spans predicted: ${spansFound} (${pct(spansFound)}%), with the right class: ${classesFound} (${pct(classesFound)}%)`);
