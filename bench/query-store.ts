/**
 * Generates a large store directly into SQLite for the query benchmark: articles with sentences,
 * entities with Zipf-distributed popularity, mentions, relations and statements, all with offsets
 * into a generated text so that evidence and full-text search work as on real data.
 */
import { openStore, type DB } from '../src/store/open.js';
import { nameKey } from '../src/pipeline/stages/aliases.js';

/** Deterministic PRNG (mulberry32). */
import { mulberry32 as rng } from '../src/random.js';
export { rng };

/** Samples ranks 0..n-1 with P(k) ∝ 1/(k+1)^s. */
export function zipf(n: number, s: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYL = ['ka', 'ro', 'vi', 'len', 'mar', 'to', 'sha', 'dan', 'el', 'gor', 'pe', 'ni', 'sa', 'lu', 'bre', 'ov', 'ich', 'an', 'ber', 'is', 'mo', 'ra', 'tel', 'zu', 'fa', 'hen', 'qi', 'dor', 'ut', 'wa'];
const WORDS = (
  'talks border security economy election sanctions troops ceasefire aid refugees energy gas oil prices inflation ' +
  'trade tariffs reform court ruling protest police army militants attack drone missile strike agreement deal ' +
  'summit minister parliament budget vote coalition opposition crisis war peace negotiations humanitarian water ' +
  'food grain exports imports investment bank debt growth jobs strike union health vaccine climate emissions ' +
  'flood drought wildfire migration visa corruption investigation arrest trial sentence rights freedom press ' +
  'internet cyber hackers intelligence spy embassy diplomat ambassador treaty nuclear weapons inspection pipeline'
).split(' ');
const CUES: [string, string][] = [['said', 'said'], ['warned', 'warned'], ['told', 'told reporters'], ['stressed', 'stressed'], ['added', 'added'], ['noted', 'noted'], ['claimed', 'claimed'], ['denied', 'denied'], ['insisted', 'insisted'], ['announced', 'announced']];
const TITLES = ['minister of', 'spokesman for', 'head of', 'adviser to', 'director of', 'chairman of', 'envoy of', 'member of'];

export interface GenOptions {
  articles: number;
  seed?: number;
  /** Called every 10,000 articles. */
  progress?: (n: number) => void;
}

type EType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP';

export function generateStore(file: string, opts: GenOptions): void {
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const db: DB = openStore(file);
  db.pragma('synchronous = OFF');
  // entity pools by type, sized to the corpus (about 1 named entity per 2 articles)
  const sizes: Record<EType, number> = {
    PERSON: Math.max(50, Math.round(opts.articles * 0.3)),
    ORG: Math.max(20, Math.round(opts.articles * 0.1)),
    GPE: Math.max(20, Math.min(3000, Math.round(opts.articles * 0.02))),
    LOC: Math.max(10, Math.min(1500, Math.round(opts.articles * 0.01))),
    NORP: Math.max(5, Math.min(200, Math.round(opts.articles * 0.002))),
  };
  const names = new Set<string>();
  const word = (n: number) => {
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYL);
    return w[0].toUpperCase() + w.slice(1);
  };
  const fresh = (make: () => string) => {
    for (let tries = 0; ; tries++) {
      const n = tries < 20 ? make() : `${make()} ${word(1 + Math.floor(tries / 40))}`;
      if (!names.has(n)) {
        names.add(n);
        return n;
      }
    }
  };
  const ins = {
    entity: db.prepare("INSERT INTO entities (name, type, key, stage) VALUES (?, ?, ?, 'bench')"),
    alias: db.prepare('INSERT OR IGNORE INTO aliases (entity_id, alias, key) VALUES (?, ?, ?)'),
    article: db.prepare('INSERT INTO articles (ext_id, title, url, source, published_at, text, hash) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    sentence: db.prepare('INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)'),
    mention: db.prepare("INSERT INTO mentions (article_id, entity_id, start, end, kind, sentence, stage) VALUES (?, ?, ?, ?, 'name', ?, 'bench')"),
    relation: db.prepare("INSERT INTO relations (article_id, subject_id, object_id, type, predicate, ev_start, ev_end, confidence, stage) VALUES (?, ?, ?, ?, ?, ?, ?, 0.8, 'bench')"),
    statement: db.prepare(
      "INSERT INTO statements (article_id, speaker_id, source_start, source_end, cue, cue_start, cue_end, kind, content_start, content_end, ev_start, ev_end, confidence, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.8, 'bench')",
    ),
    about: db.prepare('INSERT OR IGNORE INTO statement_about (statement_id, entity_id) VALUES (?, ?)'),
  };
  const pool: Record<EType, { id: number; name: string; short: string }[]> = { PERSON: [], ORG: [], GPE: [], LOC: [], NORP: [] };
  db.transaction(() => {
    for (const type of Object.keys(sizes) as EType[]) {
      for (let i = 0; i < sizes[type]; i++) {
        let name: string;
        let short = '';
        if (type === 'PERSON') {
          const last = word(2 + Math.floor(rand() * 2));
          name = fresh(() => `${word(2)} ${last}`);
          short = last;
        } else if (type === 'ORG') name = fresh(() => `${word(2 + Math.floor(rand() * 2))} ${pick(['Ministry', 'Council', 'Party', 'Bank', 'Group', 'Agency', 'Front', 'Union'])}`);
        else if (type === 'NORP') name = fresh(() => `${word(2)}ian`);
        else name = fresh(() => word(2 + Math.floor(rand() * 2)));
        const id = Number(ins.entity.run(name, type, nameKey(name)).lastInsertRowid);
        if (short) ins.alias.run(id, short, nameKey(short));
        pool[type].push({ id, name, short: short || name });
      }
    }
  })();
  const z = Object.fromEntries((Object.keys(pool) as EType[]).map((t) => [t, zipf(pool[t].length, 1.05, rand)])) as Record<EType, () => number>;
  const draw = (t: EType) => pool[t][z[t]()];
  // stable facts: a person's employer and an organisation's seat, so relations repeat across articles
  const employer = (p: number) => pool.ORG[(p * 7919) % pool.ORG.length];
  const seat = (o: number) => pool.GPE[(o * 104729) % pool.GPE.length];
  const region = (g: number) => pool.LOC[(g * 31) % pool.LOC.length];
  const wordZ = zipf(WORDS.length, 1.0, rand);
  const topic = () => WORDS[wordZ()];
  const start = Date.UTC(2023, 0, 1);
  const batch = 2000;
  for (let a0 = 0; a0 < opts.articles; a0 += batch) {
    db.transaction(() => {
      for (let a = a0; a < Math.min(opts.articles, a0 + batch); a++) {
        const sents: { text: string; ents: { e: { id: number }; at: number; len: number }[]; rel?: [number, number, string, string]; st?: { speaker: number; cue: string; cueAt: number; content: [number, number]; about: number[]; srcLen: number } }[] = [];
        const n = 8 + Math.floor(rand() * 8);
        const place = draw('GPE');
        for (let s = 0; s < n; s++) {
          const r = rand();
          if (r < 0.3) {
            // statement: Speaker cue that ... about X
            const sp = rand() < 0.85 ? draw('PERSON') : draw('ORG');
            const about = rand() < 0.5 ? draw('GPE') : rand() < 0.5 ? draw('ORG') : draw('PERSON');
            const [cue, cueText] = pick(CUES);
            const name = rand() < 0.4 ? sp.short : sp.name;
            const head = `${name} ${cueText} that `;
            const content = `the ${topic()} ${topic()} in ${about.name} would ${pick(['affect', 'worsen', 'ease', 'shape', 'test'])} ${topic()}`;
            sents.push({
              text: `${head}${content}.`,
              ents: [{ e: sp, at: 0, len: name.length }, { e: about, at: head.length + content.indexOf(about.name), len: about.name.length }],
              st: { speaker: sp.id, cue, cueAt: name.length + 1, content: [head.length, head.length + content.length], about: [about.id], srcLen: name.length },
            });
          } else if (r < 0.45) {
            const p = draw('PERSON');
            const o = employer(p.id);
            const title = TITLES[p.id % TITLES.length];
            const head = `${p.name}, ${title} the `;
            sents.push({ text: `${head}${o.name}, visited ${place.name}.`, ents: [{ e: p, at: 0, len: p.name.length }, { e: o, at: head.length, len: o.name.length }, { e: place, at: head.length + o.name.length + 10, len: place.name.length }], rel: [p.id, o.id, 'works_for', title.replace(/ (of|for|to)$/, '')] });
          } else if (r < 0.52) {
            const o = draw('ORG');
            const g = seat(o.id);
            const head = `The ${o.name}, based in `;
            sents.push({ text: `${head}${g.name}, issued a statement.`, ents: [{ e: o, at: 4, len: o.name.length }, { e: g, at: head.length, len: g.name.length }], rel: [o.id, g.id, 'based_in', 'based in'] });
          } else if (r < 0.56) {
            const g = draw('GPE');
            const l = region(g.id);
            sents.push({ text: `${g.name} lies in ${l.name}.`, ents: [{ e: g, at: 0, len: g.name.length }, { e: l, at: g.name.length + 9, len: l.name.length }], rel: [g.id, l.id, 'located_in', 'in'] });
          } else if (r < 0.8) {
            const x = rand() < 0.5 ? draw('PERSON') : draw('ORG');
            const y = draw('GPE');
            const head = `Officials close to ${x.name} met ${pick(['delegates', 'envoys', 'traders'])} from `;
            sents.push({ text: `${head}${y.name} to discuss ${topic()}.`, ents: [{ e: x, at: 19, len: x.name.length }, { e: y, at: head.length, len: y.name.length }] });
          } else {
            sents.push({ text: `The ${topic()} ${pick(['talks', 'plans', 'figures', 'measures'])} were ${pick(['delayed', 'welcomed', 'criticised', 'expected'])} amid concern over ${topic()}.`, ents: [] });
          }
        }
        let text = '';
        const offs: number[] = [];
        for (const s of sents) {
          if (text) text += ' ';
          offs.push(text.length);
          text += s.text;
        }
        const day = new Date(start + Math.floor(rand() * 730) * 86400000).toISOString().slice(0, 10);
        const title = `${place.name}: ${topic()} and ${topic()}`;
        const aid = Number(ins.article.run(`bench-${a}`, title, `https://bench.example/${a}`, 'bench', day, text, `h${a}`).lastInsertRowid);
        sents.forEach((s, i) => {
          const o = offs[i];
          ins.sentence.run(aid, i, o, o + s.text.length);
          for (const m of s.ents) ins.mention.run(aid, m.e.id, o + m.at, o + m.at + m.len, i);
          if (s.rel) ins.relation.run(aid, s.rel[0], s.rel[1], s.rel[2], s.rel[3], o, o + s.text.length);
          if (s.st) {
            const st = s.st;
            const sid = Number(
              ins.statement.run(aid, st.speaker, o, o + st.srcLen, st.cue, o + st.cueAt, o + st.cueAt + st.cue.length, 'indirect', o + st.content[0], o + st.content[1], o, o + s.text.length).lastInsertRowid,
            );
            for (const e of st.about) ins.about.run(sid, e);
          }
        });
        if ((a + 1) % 10000 === 0) opts.progress?.(a + 1);
      }
    })();
  }
  db.exec('ANALYZE');
  db.close();
}
