/**
 * End-to-end relation scores on CoNLL04 dev: entities from the NER tagger (src/ner), relations from
 * the relation model on those entities. An entity counts when span and type match; a relation counts
 * when both argument spans and the type match the gold.
 * Usage: npx tsx scripts/eval-relations-e2e.ts [dataDir] [--ner path/to/ner/index.ts]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readConll04 } from '../src/relations/conll04.js';
import { formatScores, scoreRelations, type SpanRelation } from '../src/relations/evaluate.js';
import { loadRelationModel } from '../src/relations/index.js';
import type { RelationClassifier } from '../src/relations/model.js';
import type { EntType, RelEntity } from '../src/relations/types.js';

interface NerSpan {
  start: number;
  end: number;
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
  score: number;
}
interface NerModule {
  loadNerTagger(): { tagDocument(sentences: string[][]): NerSpan[][] };
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nerPath = resolve(opt('--ner') ?? join(root, 'src', 'ner', 'index.ts'));
const dataDir = resolve(args[0] ?? join(root, '..', 'shared', 'data'));

const ner = ((await import(pathToFileURL(nerPath).href)) as NerModule).loadNerTagger();
const rel = (loadRelationModel() as RelationClassifier).withSchema('conll04');
const sents = readConll04(join(dataDir, 'conll04', 'dev.json'));

const TYPE: Record<NerSpan['label'], EntType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE', MISC: 'MISC' };
const cls = (t: EntType): string => (t === 'LOC' ? 'GPE' : t);
const t0 = Date.now();
const tagged = ner.tagDocument(sents.map((s) => s.tokens));
const nerMs = Date.now() - t0;

// entity scores: all four types, and the three that take part in relations
const ent = { all: { tp: 0, np: 0, ng: 0 }, rel: { tp: 0, np: 0, ng: 0 } };
const gold: SpanRelation[][] = [];
const pred: SpanRelation[][] = [];
sents.forEach((s, i) => {
  const ents: RelEntity[] = tagged[i].map((x) => ({ start: x.start, end: x.end, type: TYPE[x.label] }));
  const key = (e: RelEntity): string => `${e.start},${e.end},${cls(e.type)}`;
  const g = new Set(s.entities.map(key));
  const p = new Set(ents.map(key));
  for (const [name, keep] of [['all', () => true], ['rel', (k: string) => !k.endsWith('MISC')]] as const) {
    const c = ent[name];
    const gk = [...g].filter(keep);
    const pk = [...p].filter(keep);
    c.ng += gk.length;
    c.np += pk.length;
    c.tp += pk.filter((k) => g.has(k)).length;
  }
  const span = (list: RelEntity[], r: { head: number; tail: number; type: SpanRelation['type'] }): SpanRelation => ({
    head: [list[r.head].start, list[r.head].end],
    tail: [list[r.tail].start, list[r.tail].end],
    type: r.type,
  });
  gold.push(s.relations.map((r) => span(s.entities, r)));
  pred.push(rel.predict(s.tokens, ents).map((r) => span(ents, r)));
});
const f = (c: { tp: number; np: number; ng: number }): string => {
  const p = c.np ? c.tp / c.np : 0;
  const r = c.ng ? c.tp / c.ng : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * (p + r ? (2 * p * r) / (p + r) : 0)).toFixed(1)}`;
};
console.log(`CoNLL04 dev end to end (${sents.length} sentences, NER ${nerMs} ms, ${nerPath})`);
console.log(`entities (span + type), Peop/Org/Loc/Other: ${f(ent.all)}`);
console.log(`entities (span + type), Peop/Org/Loc:       ${f(ent.rel)}`);
console.log(formatScores(scoreRelations(gold, pred)));
