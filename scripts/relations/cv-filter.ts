/**
 * What the newsgraph schema's "explicit only" filter drops, counted on CoNLL04 TRAIN by k-fold
 * cross-validation (gold entities): each fold's model predicts its held-out sentences in the CoNLL04
 * schema and in the newsgraph schema; prints the counts and, with --show, the dropped true positives.
 * Usage: npx tsx scripts/relations/cv-filter.ts [dataDir] [--folds 5] [--show TYPE|all] [--shift N] [--shift-TYPE N]
 * --shift: the newsgraph reading with the decision thresholds lowered by N margin units (the Platt
 * scores move with them), for all types or one.
 */
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll04, type RelSentence } from '../../src/relations/conll04.js';
import { rng, shuffle } from '../../src/relations/perceptron.js';
import { RelationClassifier } from '../../src/relations/model.js';
import { DEFAULT_TRAIN, trainRelations } from '../../src/relations/train.js';
import { candidateType, REL_TYPES, type RelType } from '../../src/relations/types.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const folds = Number(opt('--folds') ?? 5);
const show = opt('--show');
const shift = Number(opt('--shift') ?? 0);
const shifts = Object.fromEntries(REL_TYPES.map((t) => [t, Number(opt(`--shift-${t}`) ?? shift)])) as Record<RelType, number>;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(args[0] ?? join(root, '..', 'shared', 'data'));
const train = readConll04(join(dataDir, 'conll04', 'train.json'));
const order = shuffle(train.map((_, i) => i), rng(99));

type Cnt = { gold: number; tpC: number; fpC: number; tpN: number; fpN: number; newsAs: Record<string, number> };
const cnt = Object.fromEntries(REL_TYPES.map((t) => [t, { gold: 0, tpC: 0, fpC: 0, tpN: 0, fpN: 0, newsAs: {} }])) as Record<RelType, Cnt>;
const dropped: string[] = [];
for (let k = 0; k < folds; k++) {
  const test = order.filter((_, j) => j % folds === k);
  const testSet = new Set(test);
  const fit: RelSentence[] = train.filter((_, i) => !testSet.has(i));
  const { model } = trainRelations(fit, { ...DEFAULT_TRAIN, epochs: [8, 12, 16] });
  // --shift N: the newsgraph reading with every threshold lowered by N margin units (--shift-TYPE N for one type)
  const shifted = Object.fromEntries(REL_TYPES.map((t) => [t, model.thresholds[t] - shifts[t]])) as Record<RelType, number>;
  const news = shift || Object.values(shifts).some((x) => x) ? new RelationClassifier(model.table, shifted, model.platt, 'newsgraph') : model.withSchema('newsgraph');
  const raw = model.withSchema('conll04');
  for (const i of test) {
    const s = train[i];
    const gold = new Map(s.relations.map((r) => [`${r.head}>${r.tail}`, r.type]));
    for (const r of s.relations) cnt[r.type].gold++;
    const pn = new Map(news.predict(s.tokens, s.entities).map((p) => [`${p.head}>${p.tail}`, p]));
    // the newsgraph predictions, scored as CoNLL04 labels (works_for to a place is Live_In there)
    for (const n of pn.values()) {
      const sig = candidateType(s.entities[n.head].type, s.entities[n.tail].type)!;
      if (gold.get(`${n.head}>${n.tail}`) === sig) cnt[sig].tpN++;
      else cnt[sig].fpN++;
    }
    for (const p of raw.predict(s.tokens, s.entities)) {
      const key = `${p.head}>${p.tail}`;
      const ok = gold.get(key) === p.type;
      const c = cnt[p.type];
      if (ok) c.tpC++;
      else c.fpC++;
      const n = pn.get(key);
      const nt = n ? n.type : '-';
      c.newsAs[(ok ? 'tp' : 'fp') + '->' + nt] = (c.newsAs[(ok ? 'tp' : 'fp') + '->' + nt] ?? 0) + 1;
      if (show && (show === 'all' || p.type === show) && !n) {
        const h = s.entities[p.head];
        const t = s.entities[p.tail];
        const mark = s.tokens.map((w, j) => (j === h.start ? '[H ' : '') + (j === t.start ? '[T ' : '') + w + (j === h.end - 1 || j === t.end - 1 ? ']' : ''));
        dropped.push(`${ok ? 'TP' : 'FP'} ${p.type} ${mark.join(' ')}`);
      }
    }
  }
  process.stderr.write(`fold ${k + 1}/${folds}\n`);
}
const f = (tp: number, fp: number, g: number): string => ((200 * tp) / (tp + fp + g) || 0).toFixed(1);
console.log('type        gold  conll04 tp/fp F1   newsgraph tp/fp F1   raw->news');
for (const t of REL_TYPES) {
  const c = cnt[t];
  console.log(`${t.padEnd(11)} ${String(c.gold).padStart(4)}  ${c.tpC}/${c.fpC} ${f(c.tpC, c.fpC, c.gold)}   ${c.tpN}/${c.fpN} ${f(c.tpN, c.fpN, c.gold)}   ${JSON.stringify(c.newsAs)}`);
}
const sum = (k: keyof Cnt): number => REL_TYPES.reduce((n, t) => n + (cnt[t][k] as number), 0);
console.log(`micro       ${sum('gold')}  ${sum('tpC')}/${sum('fpC')} ${f(sum('tpC'), sum('fpC'), sum('gold'))}   ${sum('tpN')}/${sum('fpN')} ${f(sum('tpN'), sum('fpN'), sum('gold'))}`);
if (show) console.log(dropped.join('\n'));
