// polnear/dev.jsonl: attribution content (token overlap >= 0.3 both ways) and source accuracy.
import { readFileSync } from 'node:fs';
import {
  greedyMatch,
  microPrf,
  overlapMatches,
  overlapScore,
  prf,
  tokenOverlap,
  tokensInSpan,
  tokensInSpans,
  wordTokens,
  type PRF,
} from './metrics.js';
import { accuracy, type ErrorRow, type SetResult } from './report-types.js';
import type { TimedExtract } from './timed.js';
import type { DocumentJSON, EntityJSON } from './types.js';

export interface PolnearPart {
  spans: [number, number][];
  text: string;
}
export interface PolnearAttribution {
  id: string;
  kind: string;
  source: PolnearPart[];
  cue: PolnearPart[];
  content: PolnearPart[];
}
export interface PolnearDoc {
  doc_id: string;
  annotator: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** One line per article and annotator; we keep the first line of each doc_id (one annotator per article). */
export function loadPolnear(file: string): PolnearDoc[] {
  const seen = new Set<string>();
  const out: PolnearDoc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as PolnearDoc;
    if (seen.has(d.doc_id)) continue;
    seen.add(d.doc_id);
    out.push(d);
  }
  return out;
}

export interface PolnearCounts {
  content: PRF;
  /** matched statements whose gold has a source */
  sourceTotal: number;
  sourceCorrect: number;
}

const spansOf = (parts: PolnearPart[]): [number, number][] => parts.flatMap((p) => p.spans);

function clip(s: string, n = 300): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function sentenceAround(text: string, start: number, end: number): string {
  const s = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  let e = text.indexOf('\n', end);
  if (e < 0) e = text.length;
  return clip(text.slice(s, e), 500);
}

/** Scores one article; gold items without content (there is one) are skipped. */
export function scorePolnearDoc(d: PolnearDoc, doc: DocumentJSON, errors: ErrorRow[]): PolnearCounts {
  const tokens = wordTokens(d.text);
  const gold = d.attributions.filter((a) => a.content.length > 0);
  const goldTok = gold.map((a) => tokensInSpans(tokens, spansOf(a.content)));
  const predTok = doc.statements.map((s) => tokensInSpan(tokens, s.content.start, s.content.end));
  const byId = new Map<string, EntityJSON>(doc.entities.map((e) => [e.id, e]));
  const sourceOk = (p: number, g: number): boolean => {
    const src = doc.statements[p].source;
    if (!src) return false;
    return spansOf(gold[g].source).some(([s, e]) => src.start < e && s < src.end);
  };
  const pairs = greedyMatch(predTok.length, goldTok.length, (p, g) => {
    const o = tokenOverlap(predTok[p], goldTok[g]);
    if (!overlapMatches(o)) return undefined;
    return [overlapScore(o), sourceOk(p, g) ? 1 : 0];
  });
  const mp = new Set(pairs.map((x) => x.pred));
  const mg = new Set(pairs.map((x) => x.gold));
  const descPred = (p: number): string => {
    const s = doc.statements[p];
    const sp = s.speaker ? byId.get(s.speaker)?.name : undefined;
    return `source «${s.source?.text ?? ''}» (${sp ?? 'no entity'}) cue «${s.cue ?? ''}» content «${clip(d.text.slice(s.content.start, s.content.end))}»`;
  };
  const descGold = (g: number): string => {
    const a = gold[g];
    return `${a.kind} source «${a.source.map((x) => x.text).join(' … ')}» cue «${a.cue.map((x) => x.text).join(' … ')}» content «${clip(a.content.map((x) => x.text).join(' … '))}»`;
  };
  let sourceTotal = 0;
  let sourceCorrect = 0;
  for (const { pred: p, gold: g } of pairs) {
    if (gold[g].source.length === 0) continue;
    sourceTotal++;
    if (sourceOk(p, g)) sourceCorrect++;
    else {
      const c = doc.statements[p].content;
      errors.push({ cls: 'source', kind: 'WRONG', doc: d.doc_id, text: sentenceAround(d.text, c.start, c.end), pred: descPred(p), gold: descGold(g) });
    }
  }
  doc.statements.forEach((s, p) => {
    if (mp.has(p)) return;
    errors.push({ cls: 'content', kind: 'FP', doc: d.doc_id, text: sentenceAround(d.text, s.content.start, s.content.end), pred: descPred(p), gold: '(no gold attribution overlaps enough)' });
  });
  gold.forEach((a, g) => {
    if (mg.has(g)) return;
    const sp = spansOf(a.content);
    const start = Math.min(...sp.map((x) => x[0]));
    const end = Math.max(...sp.map((x) => x[1]));
    let near = -1;
    let best = 0;
    predTok.forEach((pt, p) => {
      const sc = overlapScore(tokenOverlap(pt, goldTok[g]));
      if (sc > best) [near, best] = [p, sc];
    });
    const pred = near >= 0 ? `nearest: ${descPred(near)}${mp.has(near) ? ' (matched elsewhere)' : ''}` : '(not predicted)';
    errors.push({ cls: 'content', kind: 'FN', doc: d.doc_id, text: sentenceAround(d.text, start, end), pred, gold: descGold(g) });
  });
  return { content: prf(pairs.length, predTok.length, goldTok.length), sourceTotal, sourceCorrect };
}

/** Runs extract on every article (the whole text, headline line included: PolNeAR annotates it). */
export async function evalPolnear(file: string, ex: TimedExtract, limit?: number): Promise<SetResult> {
  const docs = loadPolnear(file).slice(0, limit);
  const errors: ErrorRow[] = [];
  const counts: PolnearCounts[] = [];
  for (const d of docs) {
    const doc = await ex.run({ id: d.doc_id, text: d.text });
    counts.push(scorePolnearDoc(d, doc, errors));
  }
  const content = microPrf(counts.map((c) => c.content));
  const correct = counts.reduce((n, c) => n + c.sourceCorrect, 0);
  const total = counts.reduce((n, c) => n + c.sourceTotal, 0);
  return {
    set: 'polnear',
    docs: docs.length,
    rows: [
      { measure: 'content (>=0.3)', prf: content },
      { measure: 'source accuracy (matched)', acc: accuracy(correct, total) },
    ],
    errors,
    tokens: ex.tokens,
    seconds: ex.seconds,
    notes: [],
  };
}
