import type { Doc, Entity, EntityType, Mention } from '../../document/types.js';
import type { Stage } from '../stage.js';

/** Normal form used to compare names: lower case, straight quotes, no leading "the", no possessive. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\.(?=\w)|\.$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'al', 'el', '&']);

/** "United Nations Security Council" -> "unsc"; "UN Security Council" -> "unsc"; "U.S." -> "us". */
export function compressedKey(name: string): string {
  return name
    .replace(/[’']s$/, '')
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR.has(w.toLowerCase()))
    .map((w) => {
      const bare = w.replace(/\./g, '');
      return /^[A-Z]{2,}$/.test(bare) ? bare : bare[0] ?? '';
    })
    .join('')
    .toLowerCase();
}

function isAcronym(name: string): boolean {
  return name.split(/\s+/).some((w) => /^([A-Z]\.?){2,}$/.test(w.replace(/[’']s$/, '')));
}

function compatible(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const place = (t: EntityType) => t === 'GPE' || t === 'LOC';
  return place(a) && place(b);
}

interface Cluster {
  keys: Set<string>;
  tokens: string[];
  type: EntityType;
  mentions: number[];
  typeVotes: Map<EntityType, number>;
  /** The first (fullest) form seen. */
  display: string;
}

/**
 * Groups name mentions into entities: the same name, a surname or first name of a person,
 * an acronym of a longer name, or the tail of a longer organisation name. The canonical
 * name is the fullest form used in the article.
 */
export const aliases: Stage = {
  name: 'aliases.v1',
  requires: ['mentions'],
  assigns: ['entities'],
  run(doc: Doc): Doc {
    const names = doc.mentions.map((m) => doc.text.slice(m.start, m.end));
    const order = doc.mentions
      .map((m, i) => i)
      .filter((i) => doc.mentions[i].kind === 'name')
      .sort((a, b) => {
        const ma = doc.mentions[a];
        const mb = doc.mentions[b];
        return mb.tokEnd - mb.tokStart - (ma.tokEnd - ma.tokStart) || names[b].length - names[a].length || a - b;
      });
    const bracketed = bracketedAcronyms(doc, names);
    const clusters: Cluster[] = [];
    for (const mi of order) {
      const m = doc.mentions[mi];
      const name = names[mi];
      const key = nameKey(name);
      const toks = key.split(' ');
      let target = clusters.find((c) => c.keys.has(key) && (compatible(c.type, m.type) || c.type === 'PERSON' || m.type === 'PERSON') && !(c.type === 'NORP') === !(m.type === 'NORP'));
      if (!target && toks.length <= 2 && m.type !== 'NORP') {
        // a surname or a first name of a person named in full earlier or later
        target = personByPart(clusters, toks);
      }
      if (!target && m.type !== 'PERSON' && m.type !== 'NORP') {
        const ck = compressedKey(name);
        if (ck.length >= 2) {
          const acronymName = isAcronym(name);
          target = clusters.find((c) => c.type !== 'PERSON' && c.type !== 'NORP' && [...c.keys].some((k) => (acronymName || isAcronymKey(c)) && compressedKeyOfKey(c, k) === ck));
        }
        if (!target && m.type === 'ORG' && toks.length >= 2) {
          target = clusters.find((c) => c.type === 'ORG' && c.tokens.length > toks.length && c.tokens.slice(-toks.length).join(' ') === key);
        }
      }
      if (target) {
        target.keys.add(key);
        target.mentions.push(mi);
        target.typeVotes.set(m.type, (target.typeVotes.get(m.type) ?? 0) + 1);
      } else {
        clusters.push({ keys: new Set([key]), tokens: toks, type: m.type, mentions: [mi], typeVotes: new Map([[m.type, 1]]), display: name });
      }
      // "the Kurdistan Workers Party (PKK)": the acronym in brackets names the same organisation
      const acronym = bracketed.get(mi);
      if (acronym) (target ?? clusters[clusters.length - 1]).keys.add(acronym);
    }
    const ents: Entity[] = [];
    clusters
      .map((c) => ({ c, first: Math.min(...c.mentions.map((i) => doc.mentions[i].start)) }))
      .sort((a, b) => a.first - b.first)
      .forEach(({ c }) => {
        const idx = ents.length;
        const type = c.type === 'PERSON' ? 'PERSON' : [...c.typeVotes.entries()].sort((a, b) => b[1] - a[1])[0][0];
        const canonical = c.mentions
          .map((i) => names[i].replace(/[’']s$/, ''))
          .sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
        c.mentions.sort((a, b) => doc.mentions[a].start - doc.mentions[b].start);
        for (const mi of c.mentions) {
          doc.mentions[mi].entity = idx;
          doc.mentions[mi].type = type;
        }
        ents.push({ id: `e${idx + 1}`, name: canonical, type, mentions: c.mentions, stage: 'aliases.v1' });
      });
    doc.entities = ents;
    return doc;
  },
};

/**
 * Name mentions followed by an acronym in brackets ("Kurdistan Workers Party (PKK)", "Islamic State (IS)"),
 * mapped to the acronym's name key. The acronym need not be the initials (names are often translated).
 */
function bracketedAcronyms(doc: Doc, names: string[]): Map<number, string> {
  const t = doc.tokens;
  const startingAt = new Map<number, number>();
  doc.mentions.forEach((m, i) => m.kind === 'name' && startingAt.set(m.tokStart, i));
  const out = new Map<number, string>();
  doc.mentions.forEach((m, i) => {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.type === 'NORP' || t.norm[m.tokEnd] !== '(') return;
    const a = startingAt.get(m.tokEnd + 1);
    if (a === undefined) return;
    const am = doc.mentions[a];
    if (t.norm[am.tokEnd] !== ')' || !/^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{1,7}$/.test(names[a]) || names[a] === names[i]) return;
    out.set(i, nameKey(names[a]));
  });
  return out;
}

const acronymCache = new WeakMap<Cluster, boolean>();
function isAcronymKey(c: Cluster): boolean {
  let v = acronymCache.get(c);
  if (v === undefined) {
    v = [...c.keys].some((k) => !k.includes(' ') && k.length <= 5);
    acronymCache.set(c, v);
  }
  return v;
}

/** Per cluster: name key -> its compressed key (a function of the cluster's display form and the key). */
const compressedCache = new WeakMap<Cluster, Map<string, string>>();

function compressedKeyOfKey(c: Cluster, key: string): string {
  let memo = compressedCache.get(c);
  if (!memo) compressedCache.set(c, (memo = new Map()));
  let ck = memo.get(key);
  if (ck === undefined) {
    ck = nameKey(c.display) === key ? compressedKey(c.display) : compressedKey(key.replace(/\b\w/g, (ch) => ch.toUpperCase()));
    memo.set(key, ck);
  }
  return ck;
}

/** A particle joined to a surname by a hyphen ("al-Assad", "bin-Salman"). */
const SURNAME_PARTICLE = /^(?:al|el|as|ash|ad|an|ar|at|az|bin|ibn|abu|ben)-(?=\p{L}{2})/u;

function personByPart(clusters: Cluster[], toks: string[]): Cluster | undefined {
  const cands = clusters.filter((c) => {
    if (c.type !== 'PERSON' || c.tokens.length <= toks.length) return false;
    const tail = c.tokens.slice(-toks.length).join(' ');
    const head = c.tokens.slice(0, toks.length).join(' ');
    // "Assad" for "Bashar al-Assad": a surname without its particle
    return tail === toks.join(' ') || (toks.length === 1 && (head === toks[0] || tail.replace(SURNAME_PARTICLE, '') === toks[0]));
  });
  if (cands.length === 0) return undefined;
  // prefer the surname match with the most mentions
  return cands.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

export function mentionText(doc: Doc, m: Mention): string {
  return doc.text.slice(m.start, m.end);
}
