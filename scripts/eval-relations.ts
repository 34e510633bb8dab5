/**
 * Relation scores on CoNLL04 dev with gold entities (and end to end once src/ner exists).
 * Usage: npx tsx scripts/eval-relations.ts [dataDir] [--split dev|train] [--model path]
 */
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll04 } from '../src/relations/conll04.js';
import { formatScores, scoreRelations, type SpanRelation } from '../src/relations/evaluate.js';
import { loadRelationModel } from '../src/relations/index.js';
import type { RelationClassifier } from '../src/relations/model.js';
import type { RelEntity, RelPrediction } from '../src/relations/types.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const split = opt('--split') ?? 'dev';
const modelPath = opt('--model');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(args[0] ?? join(root, '..', 'shared', 'data'));

const sents = readConll04(join(dataDir, 'conll04', `${split}.json`));
const news = loadRelationModel(modelPath) as RelationClassifier;
const model = news.withSchema('conll04');

const spans = (ents: RelEntity[], rels: { head: number; tail: number; type: SpanRelation['type'] }[]): SpanRelation[] =>
  rels.map((r) => ({ head: [ents[r.head].start, ents[r.head].end], tail: [ents[r.tail].start, ents[r.tail].end], type: r.type }));

const gold = sents.map((s) => spans(s.entities, s.relations));
const t0 = process.hrtime.bigint();
const pred = sents.map((s) => spans(s.entities, model.predict(s.tokens, s.entities) as RelPrediction[]));
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`CoNLL04 ${split}, gold entities (${sents.length} sentences, ${ms.toFixed(0)} ms)`);
console.log(formatScores(scoreRelations(gold, pred)));
const predNews = sents.map((s) => spans(s.entities, news.predict(s.tokens, s.entities)));
console.log(`\nthe same with the newsgraph schema (office holders of a place -> works_for, explicit place relations only)`);
console.log(formatScores(scoreRelations(gold, predNews)));

// speed: candidate pairs scored per second (warm, all of the split repeated)
const { candidates } = await import('../src/relations/features.js');
const nPairs = sents.reduce((n, s) => n + candidates(s.entities).length, 0);
const reps = 20;
const t1 = process.hrtime.bigint();
for (let r = 0; r < reps; r++) for (const s of sents) model.predict(s.tokens, s.entities);
const sec = Number(process.hrtime.bigint() - t1) / 1e9;
console.log(`speed: ${Math.round((reps * nPairs) / sec)} candidate pairs/s (${nPairs} pairs x ${reps})`);
