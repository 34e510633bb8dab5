/**
 * A domain check on the news development articles: wink-nlp sentences and tokens, gold entity
 * mentions found by exact token match of each entity's name and aliases, then relations predicted
 * per sentence and compared per article as (subject, type, object) triples of canonical names.
 * Usage: npx tsx scripts/eval-relations-news.ts [dataDir] [--show]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadRelationModel } from '../src/relations/index.js';
import { REL_TYPES, type EntType, type RelEntity } from '../src/relations/types.js';

const args = process.argv.slice(2);
const show = args.includes('--show');
const sweep = args.includes('--sweep');
const rows: { t: string; score: number; hit: boolean }[] = [];
let totalGold: Record<string, number> = {};
const pos = args.filter((a) => !a.startsWith('--'));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(resolve(pos[0] ?? join(root, '..', 'shared', 'data')), 'news');
const nlp = winkNLP(model);
const rel = loadRelationModel();

interface Gold {
  entities: { name: string; type: EntType; aliases: string[] }[];
  relations: { subject: string; type: string; predicate: string; object: string }[];
}

const count = Object.fromEntries([...REL_TYPES, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
  const body = readFileSync(join(dir, f.replace('.gold.json', '.txt')), 'utf8').split('\n').slice(2).join('\n');
  const forms = gold.entities
    .flatMap((e) => [e.name, ...e.aliases].map((form) => ({ toks: nlp.readDoc(form).tokens().out() as string[], e })))
    .sort((a, b) => b.toks.length - a.toks.length);
  const predicted = new Map<string, string>();
  nlp.readDoc(body).sentences().each((s) => {
    const tokens = s.tokens().out() as string[];
    const ents: (RelEntity & { name: string })[] = [];
    const used = new Array<boolean>(tokens.length).fill(false);
    for (const { toks, e } of forms) {
      for (let i = 0; i + toks.length <= tokens.length; i++) {
        if (toks.every((t, k) => tokens[i + k] === t && !used[i + k])) {
          for (let k = 0; k < toks.length; k++) used[i + k] = true;
          ents.push({ start: i, end: i + toks.length, type: e.type, name: e.name });
        }
      }
    }
    ents.sort((a, b) => a.start - b.start);
    for (const p of rel.predict(tokens, ents)) {
      const key = `${ents[p.head].name}|${p.type}|${ents[p.tail].name}`;
      if (ents[p.head].name !== ents[p.tail].name && !predicted.has(key)) predicted.set(key, `"${p.predicate}" ${p.score} :: ${tokens.join(' ')}`);
    }
  });
  const goldKeys = new Set(gold.relations.map((r) => `${r.subject}|${r.type}|${r.object}`));
  for (const [k, why] of predicted) {
    const t = k.split('|')[1];
    const hit = goldKeys.has(k);
    rows.push({ t, score: Number(why.split('" ')[1].split(' ')[0]), hit });
    for (const c of [t, 'micro']) count[c][hit ? 'tp' : 'fp']++;
    if (show) console.log(`${f} ${hit ? 'TP' : 'FP'} ${k}  ${hit ? `"${why.split('"')[1]}"` : why}`);
  }
  for (const k of goldKeys) {
    totalGold[k.split('|')[1]] = (totalGold[k.split('|')[1]] ?? 0) + 1;
    if (predicted.has(k)) continue;
    for (const c of [k.split('|')[1], 'micro']) if (count[c]) count[c].fn++;
    if (show) console.log(`${f} FN ${k}`);
  }
}
console.log('news dev, gold entity mentions (exact name/alias match), article-level triples');
for (const [t, c] of Object.entries(count)) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${t.padEnd(12)} P ${(100 * p).toFixed(1).padStart(5)}  R ${(100 * r).toFixed(1).padStart(5)}  F1 ${(100 * f1).toFixed(1).padStart(5)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
}

if (sweep) {
  for (const t of REL_TYPES) {
    const line: string[] = [];
    for (const cut of [0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]) {
      const r = rows.filter((x) => x.t === t && x.score >= cut);
      const tp = r.filter((x) => x.hit).length;
      line.push(`${cut}:${tp}/${r.length}`);
    }
    console.log(t, totalGold[t] ?? 0, line.join(' '));
  }
}
