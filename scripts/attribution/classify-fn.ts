/**
 * Classifies PolNeAR false negatives (gold attributions no predicted statement matches) by what the
 * pipeline did in that place and by the kind of cue, and prints counts per class.
 *
 *   npx tsx scripts/attribution/classify-fn.ts [../shared/data] [--list CLASS]
 */
import { join } from 'node:path';
import { greedyMatch, overlapMatches, overlapScore, tokenOverlap, tokensInSpan, tokensInSpans, wordTokens } from '../../eval/metrics.js';
import { loadPolnear, type PolnearAttribution } from '../../eval/polnear.js';
import { process as run } from '../../src/pipeline/index.js';
import { cueLemma } from '../../src/lexicon/cues.js';
import type { Doc } from '../../src/document/types.js';
import { isCue } from '../../src/pipeline/stages/statements.js';
import { subjectOf } from '../../src/pipeline/stages/speaker.js';

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const list = listAt >= 0 ? args[listAt + 1] : undefined;
const dataDir = args.find((a, i) => !a.startsWith('--') && (listAt < 0 || i !== listAt + 1)) ?? '../shared/data';
const file = join(dataDir, 'polnear', args.includes('--train') ? 'train.jsonl' : 'dev.jsonl');

const COGNITION = /^(think|thinks|thought|believe|believes|believed|believing|hope|hopes|hoped|hoping|want|wants|wanted|wanting|fear|fears|feared|know|knows|knew|known|feel|feels|felt|worry|worries|worried|wish|wishes|wished|expect|expects|expected|expecting|view|views|viewed|see|sees|saw|seen|consider|considers|considered|understand|understood|seem|seems|seemed|appear|appears|appeared|doubt|doubts|doubted|suspect|suspects|suspected|assume|assumes|assumed|imagine|imagined|plan|plans|planned|planning|intend|intends|intended|decide|decides|decided|agree|agrees|agreed|support|supports|supported|oppose|opposes|opposed|opposing|favor|favors|favored|prefer|prefers|preferred|like|likes|liked|love|loves|loved|hate|hates|hated|trust|trusts|trusted|concerned|afraid|sure|confident|convinced|aware|skeptical|worry|realize|realized|realizes|recognize|recognized|recognizes|remember|remembered|forget|forgot|rated|rate|rates|approve|approves|approved|disapprove|disapproves|endorse|endorses|endorsed|back|backs|backed|seek|seeks|sought|try|tries|tried|refuse|refuses|refused|reject|rejects|rejected)$/;
const EVIDENTIAL = /^(report|reports|reported|reporting|learn|learned|learnt|show|shows|showed|shown|showing|find|finds|found|finding|findings|poll|polls|survey|surveys|reveal|reveals|revealed|revealing|estimate|estimates|estimated|indicate|indicates|indicated|document|documents|documented|data|suggest|suggests|suggested|suggesting|confirm|confirms|confirmed|obtained|released|record|records)$/;

function classOf(d: { text: string }, a: PolnearAttribution, doc: Doc): string {
  const cueText = a.cue.map((c) => c.text).join(' ').trim();
  const start = Math.min(...a.content.flatMap((c) => c.spans.map((s) => s[0])));
  const nl = d.text.indexOf('\n');
  if (start < nl) return 'headline';
  if (cueText === '') return 'no cue';
  if (/^[:―—–-]$/.test(cueText) || /:$/.test(cueText) && a.source.some((s) => /^[A-Z .'’]+$/.test(s.text))) return 'colon/dash';
  if (/according/i.test(cueText)) return 'according to';
  const words = cueText.toLowerCase().match(/[a-z’']+/g) ?? [];
  if (words.some((w) => COGNITION.test(w))) return 'cognition/position';
  if (words.some((w) => EVIDENTIAL.test(w))) return 'reporting/evidential';
  if (words.some((w) => cueLemma(w))) return 'known speech cue';
  // the cue's POS: a nominal cue has no verb
  const t = doc.tokens;
  const [cs, ce] = a.cue[0].spans[0];
  let verb = false;
  let noun = false;
  for (let i = 0; i < t.start.length; i++) {
    if (t.start[i] >= ce) break;
    if (t.end[i] <= cs) continue;
    if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') verb = true;
    if (t.pos[i] === 'NOUN') noun = true;
  }
  if (!verb && noun) return 'nominal';
  if (!verb) return 'other (no verb)';
  return 'other verb';
}

const counts = new Map<string, number>();
const words = new Map<string, Map<string, number>>();
let fn = 0;
const heads = new Map<string, number>();
let gold = 0;
for (const d of loadPolnear(file)) {
  const doc = run({ id: d.doc_id, text: d.text });
  const tokens = wordTokens(d.text);
  const golds = d.attributions.filter((a) => a.content.length > 0);
  const goldTok = golds.map((a) => tokensInSpans(tokens, a.content.flatMap((c) => c.spans)));
  const predTok = doc.statements.map((s) => tokensInSpan(tokens, s.content.start, s.content.end));
  const pairs = greedyMatch(predTok.length, goldTok.length, (p, g) => {
    const o = tokenOverlap(predTok[p], goldTok[g]);
    return overlapMatches(o) ? [overlapScore(o), 0] : undefined;
  });
  const mg = new Set(pairs.map((x) => x.gold));
  gold += golds.length;
  golds.forEach((a, g) => {
    if (mg.has(g)) return;
    fn++;
    const best = Math.max(0, ...predTok.map((pt) => overlapScore(tokenOverlap(pt, goldTok[g]))));
    const where = best > 0 ? 'boundary' : 'none';
    const cls = classOf(d, a, doc);
    // the cue's head: its last verb (else its last word); does the rule lexicon take it, and has it a subject?
    const t = doc.tokens;
    let head = -1;
    const cs = a.cue.flatMap((c) => c.spans);
    for (let i = 0; i < t.start.length; i++) if (cs.some(([s, e]) => t.start[i] >= s && t.end[i] <= e) && /^[A-Za-z]/.test(t.norm[i])) if (head < 0 || t.pos[i] === 'VERB' || t.pos[head] !== 'VERB') head = i;
    const rule = head >= 0 && !!isCue(doc, head);
    const subj = head >= 0 && !!subjectOf(doc, head, doc.sentences[t.sent[head]].tokStart);
    const key = `${where}\t${cls}`;
    const hk = `${rule ? 'rule cue' : 'not a rule cue'}, ${subj ? 'subject found' : 'no subject'}`;
    heads.set(hk, (heads.get(hk) ?? 0) + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const cueText = a.cue.map((c) => c.text).join(' ').toLowerCase().trim();
    const m = words.get(cls) ?? new Map<string, number>();
    m.set(cueText, (m.get(cueText) ?? 0) + 1);
    words.set(cls, m);
    if (list && (cls === list || key === list || hk === list)) {
      const content = a.content.map((c) => c.text).join(' … ');
      const sent = head >= 0 ? doc.sentences[t.sent[head]] : undefined;
      const preds = sent ? doc.statements.filter((x) => x.content.start < sent.end && x.content.end > sent.start).map((x) => `{${d.text.slice(x.cue.start, x.cue.end)}: ${d.text.slice(x.content.start, x.content.end).slice(0, 80)}}`).join(' ') : '';
      if (sent) console.log(`  SENT: ${d.text.slice(sent.start, sent.end).slice(0, 300)}\n  PRED: ${preds}`);
      console.log(`[${where}] ${d.doc_id} source «${a.source.map((s) => s.text).join(' ')}» cue «${cueText}» content «${content.slice(0, 200)}»`);
    }
  });
}
if (!list) {
  console.log(`${fn} false negatives of ${gold} gold attributions`);
  const byCls = new Map<string, [number, number]>();
  for (const [k, n] of counts) {
    const [where, cls] = k.split('\t');
    const v = byCls.get(cls) ?? [0, 0];
    v[where === 'none' ? 0 : 1] += n;
    byCls.set(cls, v);
  }
  for (const [k, n] of heads) console.log(`${k}: ${n}`);
  console.log('class\tnone\tboundary\ttotal\ttop cues');
  for (const [cls, [n, b]] of [...byCls].sort((x, y) => y[1][0] + y[1][1] - x[1][0] - x[1][1])) {
    const top = [...(words.get(cls) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([w, c]) => `${w}:${c}`).join(', ');
    console.log(`${cls}\t${n}\t${b}\t${n + b}\t${top}`);
  }
}
