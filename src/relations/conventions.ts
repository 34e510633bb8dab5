/**
 * CoNLL04 training sentences rewritten into the span conventions of the NER tagger and the pipeline
 * (the same conversions as the NER training data, src/ner/conll.ts `conll04Spans`), so that the
 * relation model is trained on the argument spans it will be given:
 * - a person span loses leading titles ("President Lincoln" -> "Lincoln"); a "Texas Gov. John
 *   Connally" span becomes the person "John Connally" and, when `isPlace` knows the prefix, a place
 *   "Texas" with Live_In (CoNLL04's convention for the office holder of a place: "Illinois Gov. James
 *   Thompson" is annotated Live_In Illinois);
 * - an organisation loses a leading "The"/"the";
 * - a place written "North Bend , Ohio" becomes the places "North Bend" and "Ohio", with Located_In
 *   between them (as CoNLL04 annotates the pair when it writes it split); a relation to the joined
 *   place goes to each part;
 * - a trailing lone "." (CoNLL04's "Minn .") stays outside a span.
 */
import { TITLES } from '../ner/lists.js';
import type { GoldRelation, RelSentence } from './conll04.js';
import type { RelEntity } from './types.js';

const LEADING_TITLES = new Set([...TITLES, 'Archduke', 'Rev.', 'Sgt.', 'Gov', 'Sen']);
const INNER_TITLES = new Set([...LEADING_TITLES].filter((w) => !['King', 'Queen', 'Miss', 'Lady', 'Lord', 'Sir', 'Dame'].includes(w)));

export type IsPlace = (phrase: string) => boolean;

export function convertSentence(s: RelSentence, isPlace: IsPlace = () => false): RelSentence {
  const t = s.tokens;
  const entities: RelEntity[] = [];
  /** old entity index -> new entity indices (a split place has several) */
  const map: number[][] = [];
  const relations: GoldRelation[] = [];
  for (const e of s.entities) {
    let { start, end } = e;
    while (end - start > 1 && t[end - 1] === '.') end--;
    const ids: number[] = [];
    if (e.type === 'PERSON') {
      let inner = -1;
      for (let i = start + 1; i < end - 1; i++) if (INNER_TITLES.has(t[i])) inner = i;
      let place = -1;
      if (inner > start) {
        let pre = inner;
        while (pre > start && LEADING_TITLES.has(t[pre - 1])) pre--;
        let from = start;
        while (from < pre && /^(former|then|late)$/i.test(t[from])) from++;
        if (pre > from && isPlace(t.slice(from, pre).join(' '))) {
          place = entities.length;
          entities.push({ start: from, end: pre, type: 'GPE' });
        }
        start = inner + 1;
      }
      while (end - start > 1 && LEADING_TITLES.has(t[start])) start++;
      ids.push(entities.length);
      entities.push({ start, end, type: 'PERSON' });
      if (place >= 0) relations.push({ head: ids[0], tail: place, type: 'lives_in' });
    } else if (e.type === 'GPE' || e.type === 'LOC') {
      if (t[start] === 'the' && end - start > 1) start++;
      let from = start;
      for (let i = start; i <= end; i++) {
        if (i === end || t[i] === ',') {
          if (i > from) {
            ids.push(entities.length);
            entities.push({ start: from, end: i, type: e.type });
          }
          from = i + 1;
        }
      }
      for (let k = 0; k + 1 < ids.length; k++) relations.push({ head: ids[k], tail: ids[k + 1], type: 'located_in' });
    } else {
      if (e.type === 'ORG' && (t[start] === 'The' || t[start] === 'the') && end - start > 1) start++;
      ids.push(entities.length);
      entities.push({ start, end, type: e.type });
    }
    map.push(ids);
  }
  for (const r of s.relations) {
    const heads = map[r.head];
    const tails = map[r.tail];
    // a relation from a split place starts at its first part; one to it goes to every part
    for (const h of heads.slice(0, 1)) for (const x of tails) relations.push({ head: h, tail: x, type: r.type });
  }
  const seen = new Set<string>();
  return {
    tokens: t,
    entities,
    relations: relations.filter((r) => {
      const k = `${r.head}|${r.tail}`;
      if (seen.has(k) || r.head === r.tail) return false;
      seen.add(k);
      return true;
    }),
  };
}
