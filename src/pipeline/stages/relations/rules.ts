import type { Doc, Mention, Relation, RelationType } from '../../../document/types.js';
import { TITLE_MODIFIERS, isTitleHead } from '../../../lexicon/titles.js';
import { isPublicOffice } from '../../../relations/offices.js';

/** Provenance of the facts the rules make. */
export const RULES_STAGE = 'relations.v1';
const STAGE = RULES_STAGE;
const AFFILIATION = new Set(['ORG', 'GPE']);

function isTitleWord(norm: string): boolean {
  return isTitleHead(norm) || TITLE_MODIFIERS.has(norm);
}

/**
 * Affiliations stated by titles: "Russia’s Permanent Representative Vasily Nebenzya",
 * "Taliban spokesman Zabihullah Mujahid", "Mark Milley, chairman of the Joint Chiefs of Staff",
 * "X, the ministry's spokesman", and "Russia’s Security Council" (org of a country).
 */
export function ruleRelations(doc: Doc): Relation[] {
  const t = doc.tokens;
  const byEnd = new Map<number, Mention>();
  const byStart = new Map<number, Mention>();
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.entity < 0) continue;
    byEnd.set(m.tokEnd, m);
    byStart.set(m.tokStart, m);
  }
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (subj: Mention, obj: Mention, predicate: string, type: RelationType, evStart: number, evEnd: number, confidence: number) => {
    if (subj.entity === obj.entity) return;
    const key = `${subj.entity}|${obj.entity}|${type}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ subject: subj.entity, object: obj.entity, predicate, type, evidence: { start: evStart, end: evEnd }, confidence, stage: STAGE });
  };
  const typeOf = (m: Mention) => doc.entities[m.entity].type;
  // an organisation, or a country, state or city of which the title is a public office
  const affiliation = (org: Mention, head: string) => AFFILIATION.has(typeOf(org)) && (typeOf(org) === 'ORG' || isPublicOffice(head));

  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.entity < 0) continue;
    const sent = doc.sentences[t.sent[m.tokStart]];
    if (typeOf(m) === 'PERSON') {
      // 1. title before the name, headed by an organisation or country
      let i = m.tokStart - 1;
      if (i >= sent.tokStart && isTitleHead(t.norm[i])) {
        while (i - 1 >= sent.tokStart && isTitleWord(t.norm[i - 1]) && !byEnd.has(i)) i--;
        const title = doc.text.slice(t.start[i], t.end[m.tokStart - 1]);
        let j = i - 1;
        if (j >= sent.tokStart && t.norm[j] === "'s") j--;
        const org = byEnd.get(j + 1);
        if (org && affiliation(org, t.norm[m.tokStart - 1])) add(m, org, title, 'works_for', org.start, m.end, 0.85);
      }
      // 2. appositive after the name: ", (the|a) TITLE of|for|at (the) ORG"
      let k = m.tokEnd;
      if (t.norm[k] === ',') coordinatedTitle(doc, m, k + 1, sent.tokEnd, byStart, affiliation, add);
      if (t.norm[k] === ',') {
        k++;
        if (t.norm[k] === 'the' || t.norm[k] === 'a' || t.norm[k] === 'an') k++;
        const org0 = byStart.get(k);
        if (org0 && AFFILIATION.has(typeOf(org0))) {
          // "X, the ministry's spokesman" / "X, the Taliban spokesman"
          let h = org0.tokEnd;
          if (t.norm[h] === "'s") h++;
          const ts = h;
          while (h < sent.tokEnd && isTitleWord(t.norm[h])) h++;
          if (h > ts && isTitleHead(t.norm[h - 1]) && affiliation(org0, t.norm[h - 1])) add(m, org0, doc.text.slice(t.start[ts], t.end[h - 1]), 'works_for', m.start, t.end[h - 1], 0.8);
        } else {
          const ts = k;
          while (k < sent.tokEnd && isTitleWord(t.norm[k])) k++;
          if (k > ts && isTitleHead(t.norm[k - 1]) && ['of', 'for', 'at', 'with', 'to', 'in'].includes(t.norm[k])) {
            const prep = t.norm[k];
            const head = t.norm[k - 1];
            k++;
            if (t.norm[k] === 'the') k++;
            // "Secretary of Russia’s Security Council": the organisation after the possessive
            let org = byStart.get(k);
            if (org && t.norm[org.tokEnd] === "'s" && byStart.has(org.tokEnd + 1)) org = byStart.get(org.tokEnd + 1);
            if (org && affiliation(org, head) && prep !== 'in') {
              add(m, org, doc.text.slice(t.start[ts], t.end[k - (t.norm[k - 1] === 'the' ? 2 : 1) - 1]), 'works_for', m.start, org.end, 0.8);
            }
          }
        }
      }
    } else if (typeOf(m) === 'ORG') {
      // 3. "Russia’s Security Council": an organisation of a country
      const j = m.tokStart - 1;
      if (j > sent.tokStart && t.norm[j] === "'s") {
        const gpe = byEnd.get(j);
        if (gpe && typeOf(gpe) === 'GPE') add(m, gpe, 'of', 'related', gpe.start, m.end, 0.6);
      }
    }
  }
  return out;
}


/** The most tokens an appositive may run before its coordinated title ("X, a jeweler and president of Y"). */
const MAX_APPOSITIVE = 15;
const COORD_PREPS = ['of', 'for', 'at', 'with'];

/**
 * A second title coordinated in the appositive after a name: "X, a jeweler and president of Vision
 * Seattle", "X, director of A and a member of B" (B; the first title is rule 2's). On CoNLL04 train
 * all 4 such constructions are Work_For (docs/relations.md). The appositive ends at the next comma
 * or after MAX_APPOSITIVE tokens.
 */
function coordinatedTitle(
  doc: Doc,
  person: Mention,
  from: number,
  sentEnd: number,
  byStart: Map<number, Mention>,
  affiliation: (org: Mention, head: string) => boolean,
  add: (subj: Mention, obj: Mention, predicate: string, type: RelationType, evStart: number, evEnd: number, confidence: number) => void,
): void {
  const t = doc.tokens;
  const end = Math.min(sentEnd, from + MAX_APPOSITIVE);
  for (let a = from; a < end; a++) {
    if (t.norm[a] === ',' || t.norm[a] === ';') return;
    if (t.norm[a] !== 'and') continue;
    let k = a + 1;
    if (t.norm[k] === 'a' || t.norm[k] === 'an' || t.norm[k] === 'the') k++;
    const ts = k;
    while (k < sentEnd && isTitleWord(t.norm[k])) k++;
    if (k === ts || !isTitleHead(t.norm[k - 1]) || !COORD_PREPS.includes(t.norm[k])) continue;
    const head = t.norm[k - 1];
    const titleEnd = k - 1;
    k++;
    if (t.norm[k] === 'the') k++;
    const org = byStart.get(k);
    if (org && affiliation(org, head)) add(person, org, doc.text.slice(t.start[ts], t.end[titleEnd]), 'works_for', person.start, org.end, 0.8);
    return;
  }
}
