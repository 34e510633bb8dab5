// CoNLL04's annotation conventions applied to the pipeline's output before scoring (docs/relations.md,
// "CoNLL04 conventions in the evaluation"). Each conversion is a fixed, mechanical rewrite of spans or
// relation types, the same for every sentence; the choice of each was read off CoNLL04's *training*
// split (how often the annotators did what), never off dev.
import type { TokenSpan, TypedSpan } from './conll.js';

/** A predicted relation placed in one sentence, with every token span of its two arguments there. */
export interface PlacedRelation {
  sent: number;
  type: string;
  subj: TokenSpan[];
  obj: TokenSpan[];
  /** CoNLL04 entity class of the object (Peop, Org, Loc), or '' */
  objType?: string;
  label: string;
}

export type ConventionName = 'join' | 'both' | 'office' | 'titles' | 'mentions';
export const CONVENTIONS: readonly ConventionName[] = ['join', 'both', 'office', 'titles', 'mentions'];

/**
 * Titles that CoNLL04 keeps inside a person span when they stand right before the name: in
 * conll04/train.json each is inside the span more often than before it (Mr. 6:0, Mrs. 6:0, Ms. 5:0,
 * Rev. 3:0, Gen. 3:0, Archduke 2:0, Prince 1:0, President 43:17). Not: Dr. (5:5), Sen. (5:9),
 * Gov. (1:7), Judge (0:9), Lt. (0:6), Rep. (0:3), nor a leading "The" of an organisation (6:17).
 */
const SPAN_TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Rev.', 'Gen.', 'Archduke', 'Prince', 'President']);

const key = (s: TokenSpan): string => `${s.sent}:${s.start}:${s.end}`;
const same = (a: TokenSpan, b: TokenSpan): boolean => a.sent === b.sent && a.start === b.start && a.end === b.end;

/** Each Located_In of a place written "X , Y" (X right before a comma, Y right after), with X and Y. */
function* commaPlacePairs(rels: PlacedRelation[], tokens: string[][]): Generator<[PlacedRelation, TokenSpan, TokenSpan]> {
  for (const loc of rels) {
    if (loc.type !== 'Located_In') continue;
    for (const x of loc.subj) for (const y of loc.obj) if (y.start === x.end + 1 && tokens[x.sent][x.end] === ',') yield [loc, x, y];
  }
}

/**
 * Rewrites predicted entity spans and relations into CoNLL04's conventions (only those in `use`):
 * - `join`: "North Bend , Ohio". Where the pipeline relates two adjacent places "X , Y" with
 *   located_in X -> Y and a person lives in X or Y, CoNLL04 writes one Loc span "X , Y" and Live_In to
 *   it (train: 69 of the 84 joined spans are Live_In tails; split pairs are mostly OrgBased_In or no
 *   relation). The Live_In goes to the joined span, the located_in X -> Y is dropped and the two
 *   place mentions become the one joined mention.
 * - `both`: "Dayton , Ohio" kept as two places (X located_in Y): an organisation based in one of them
 *   is OrgBased_In both in CoNLL04 (train: 20 of the 23 organisations related to such a pair are
 *   related to both parts), and a place in X is Located_In Y too (train: 12 of 12).
 * - `office`: CoNLL04's Work_For only takes organisations; an office held for a place ("Illinois Gov.
 *   James Thompson") is Live_In there. Our works_for from a person to a place becomes Live_In.
 * - `titles`: a person span right after one of SPAN_TITLES is widened over it ("President Lincoln").
 * - `mentions`: CoNLL04 relates every mention: when a name stands twice in the sentence ("NRC
 *   headquarters ... concern for NRC experts"), an OrgBased_In or Work_For of it is annotated for each
 *   (train: 22 of 25 such repeats for OrgBased_In, 14 of 20 for Work_For; not for Live_In 10 of 18,
 *   Located_In 4 of 14, Kill 0 of 6). Such a relation is scored once per pair of same-name mentions.
 * `tokens` are the sentences' tokens (as in the data set).
 */
export function applyConventions(
  tokens: string[][],
  spans: TypedSpan[],
  rels: PlacedRelation[],
  use: ReadonlySet<ConventionName>,
): { spans: TypedSpan[]; rels: PlacedRelation[] } {
  let outSpans = spans.map((s) => ({ ...s }));
  let outRels = rels.map((r) => ({ ...r, subj: r.subj.map((x) => ({ ...x })), obj: r.obj.map((x) => ({ ...x })) }));

  if (use.has('office')) {
    for (const r of outRels) if (r.type === 'Work_For' && r.objType === 'Loc') r.type = 'Live_In';
  }

  if (use.has('titles')) {
    const widen = new Map<string, TokenSpan>();
    for (const s of outSpans) {
      if (s.type !== 'Peop' || s.start === 0) continue;
      if (!SPAN_TITLES.has(tokens[s.sent][s.start - 1])) continue;
      widen.set(key(s), { sent: s.sent, start: s.start - 1, end: s.end });
      s.start -= 1;
    }
    const fix = (xs: TokenSpan[]): TokenSpan[] => xs.map((x) => widen.get(key(x)) ?? x);
    for (const r of outRels) {
      r.subj = fix(r.subj);
      r.obj = fix(r.obj);
    }
  }

  if (use.has('join')) {
    const dropped = new Set<PlacedRelation>();
    const removeSpans: TokenSpan[] = [];
    const addSpans: TypedSpan[] = [];
    for (const [loc, x, y] of commaPlacePairs(outRels, tokens)) {
      const joined: TokenSpan = { sent: x.sent, start: x.start, end: y.end };
      const lives = outRels.filter((r) => r.type === 'Live_In' && r.sent === x.sent && r.obj.some((o) => same(o, x) || same(o, y)));
      if (!lives.length) continue;
      for (const r of lives) r.obj = [...r.obj.filter((o) => !same(o, x) && !same(o, y)), joined];
      dropped.add(loc);
      removeSpans.push(x, y);
      addSpans.push({ unit: '', sent: x.sent, start: joined.start, end: joined.end, type: 'Loc' });
    }
    outRels = outRels.filter((r) => !dropped.has(r));
    outSpans = [...outSpans.filter((s) => s.type !== 'Loc' || !removeSpans.some((x) => same(x, s))), ...addSpans];
  }

  if (use.has('both')) {
    const added: PlacedRelation[] = [];
    for (const [loc, x, y] of commaPlacePairs(outRels, tokens)) {
      for (const r of outRels) {
        if (r === loc || r.sent !== x.sent || (r.type !== 'OrgBased_In' && r.type !== 'Located_In')) continue;
        const toX = r.obj.some((o) => same(o, x));
        const toY = r.obj.some((o) => same(o, y));
        if (toX === toY || (r.type === 'Located_In' && !toX)) continue;
        added.push({ ...r, obj: [toX ? y : x], label: `${r.label} (both parts of "X , Y")` });
      }
    }
    outRels = [...outRels, ...added];
  }

  if (use.has('mentions')) {
    const text = (x: TokenSpan): string => tokens[x.sent].slice(x.start, x.end).join(' ');
    /** the spans of the argument's most frequent written form (ties: the longest) */
    const mainForm = (xs: TokenSpan[]): TokenSpan[] => {
      const groups = new Map<string, TokenSpan[]>();
      for (const x of xs) groups.set(text(x), [...(groups.get(text(x)) ?? []), x]);
      return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || b[0].length - a[0].length)[0]?.[1] ?? [];
    };
    outRels = outRels.flatMap((r) => {
      if (r.type !== 'OrgBased_In' && r.type !== 'Work_For') return [r];
      const S = mainForm(r.subj);
      const O = mainForm(r.obj);
      if (S.length * O.length <= 1) return [r];
      return S.flatMap((x) => O.map((y) => ({ ...r, subj: [x], obj: [y] })));
    });
  }

  // one relation per (sentence, type, argument spans)
  const seen = new Set<string>();
  outRels = outRels.filter((r) => {
    const k = `${r.sent}|${r.type}|${r.subj.map(key).sort().join(',')}|${r.obj.map(key).sort().join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { spans: outSpans, rels: outRels };
}
