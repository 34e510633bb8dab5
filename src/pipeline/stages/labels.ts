/**
 * Paragraph-level attributions the sentence rules cannot see: a speaker label before a colon
 * ("PENCE: Well, look, ..." in a transcript, "Pence: Flowers Won't Be at Debate" as a headline) and a
 * quotation signed with a dash ("“We need change.” ― Maria Lopez").
 */
import type { Doc, Mention, Span } from '../../document/types.js';
import { trimContent, type QuoteRegion } from './quotes.js';
import type { SpeakerRef } from './speaker.js';

export interface LabelStatement {
  speaker: SpeakerRef;
  cue: Span;
  content: Span;
  /** Index of the sentence the content starts in. */
  sentence: number;
}

const MAX_LABEL_TOKENS = 4;
/** Labels that are a finding's source ("Poll: ..."); "Analysis:" or "Report:" mark a kind of article instead. */
const POLL_LABELS = new Set(['poll', 'polls', 'survey', 'study']);
const SIGNATURE_DASHES = /^\s*[―—–]\s*$/;

function ref(m: Mention): SpeakerRef {
  return { entity: m.entity, start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd };
}

/** A PERSON whose last name is `word` ("WALLACE" -> Chris Wallace), if exactly one. */
function personBySurname(doc: Doc, word: string): number {
  const w = word.toLowerCase();
  const hits = doc.entities
    .map((e, i) => [e, i] as const)
    .filter(([e]) => e.type === 'PERSON' && e.name.toLowerCase().split(/\s+/).pop() === w);
  return hits.length === 1 ? hits[0][1] : -1;
}

/** Transcript labels that name a role, not a person. */
const ROLE_LABELS = new Set(['HOST', 'GUEST', 'MODERATOR', 'ANNOUNCER', 'REPORTER', 'QUESTION', 'ANSWER', 'AUDIENCE', 'CROWD', 'UNIDENTIFIED', 'NARRATOR', 'INTERVIEWER']);

/** An entity for a transcript label nobody else names ("WALLACE" -> PERSON "Wallace", "HOST" -> GROUP "host"), made once. */
function transcriptPerson(doc: Doc, label: string): number {
  const role = ROLE_LABELS.has(label);
  const name = role ? label.toLowerCase() : label[0] + label.slice(1).toLowerCase();
  const type = role ? 'GROUP' : 'PERSON';
  const known = doc.entities.findIndex((e) => e.type === type && e.name === name);
  if (known >= 0) return known;
  doc.entities.push({ id: `e${doc.entities.length + 1}`, name, type, mentions: [], stage: 'statements.v1' });
  return doc.entities.length - 1;
}

/** The sentence index containing character `at`. */
function sentenceAt(doc: Doc, at: number): number {
  return doc.sentences.findIndex((s) => s.start <= at && at < s.end + 1);
}

/** Statements from speaker labels and dash signatures, one per paragraph at most. */
export function labelStatements(doc: Doc, quotes: QuoteRegion[]): LabelStatement[] {
  const t = doc.tokens;
  const text = doc.text;
  const out: LabelStatement[] = [];
  const paras = new Map<number, { start: number; end: number; tokStart: number; tokEnd: number }>();
  for (const s of doc.sentences) {
    const p = paras.get(s.para);
    if (!p) paras.set(s.para, { start: s.start, end: s.end, tokStart: s.tokStart, tokEnd: s.tokEnd });
    else {
      p.end = s.end;
      p.tokEnd = s.tokEnd;
    }
  }
  const names = doc.mentions.filter((m) => m.kind === 'name' && m.entity >= 0);
  // a transcript names its speakers in capitals at the start of paragraphs, each more than once
  const capsLabels = new Map<string, number>();
  for (const p of paras.values()) {
    const a = t.norm[p.tokStart] === '"' ? p.tokStart + 1 : p.tokStart;
    const w = text.slice(t.start[a], t.end[a]);
    if (t.norm[a + 1] === ':' && /^[A-Z][A-Z'’-]{2,}$/.test(w)) capsLabels.set(w, (capsLabels.get(w) ?? 0) + 1);
  }
  for (const p of paras.values()) {
    // a label: the paragraph's first words (after an opening quotation mark) up to a colon
    let a = p.tokStart;
    if (t.norm[a] === '"') a++;
    let colon = -1;
    for (let k = a; k < Math.min(p.tokEnd, a + MAX_LABEL_TOKENS + 1); k++) {
      if (t.norm[k] === ':') {
        colon = k;
        break;
      }
    }
    if (colon > a && colon + 1 < p.tokEnd) {
      const labelText = text.slice(t.start[a], t.end[colon - 1]);
      const m = names.find((x) => x.tokStart === a && x.tokEnd === colon && (doc.entities[x.entity].type === 'PERSON' || doc.entities[x.entity].type === 'ORG'));
      let speaker: SpeakerRef | undefined = m ? ref(m) : undefined;
      // a transcript's capitalised surname ("WALLACE:")
      if (!speaker && colon === a + 1 && /^[A-Z][A-Z'’-]{2,}$/.test(labelText)) {
        let e = personBySurname(doc, labelText);
        if (e < 0 && (capsLabels.get(labelText) ?? 0) >= 2) e = transcriptPerson(doc, labelText);
        if (e >= 0) {
          speaker = { entity: e, start: t.start[a], end: t.end[a], tokStart: a, tokEnd: a + 1 };
          if (!doc.mentions.some((x) => x.start === t.start[a] && x.entity === e)) {
            doc.entities[e].mentions.push(doc.mentions.length);
            const type = doc.entities[e].type;
            doc.mentions.push({ start: t.start[a], end: t.end[a], tokStart: a, tokEnd: a + 1, type, kind: type === 'GROUP' ? 'group' : 'name', entity: e, stage: 'statements.v1', score: 0.7 });
          }
        }
      }
      // a poll or study as the label ("Poll: Clinton and Trump in dead heat")
      if (!speaker && colon === a + 1 && POLL_LABELS.has(t.norm[a])) {
        speaker = { entity: -1, start: t.start[a], end: t.end[a], tokStart: a, tokEnd: a + 1, group: { start: t.start[a], end: t.end[a] } };
      }
      if (speaker) {
        const content = trimContent(text, { start: t.end[colon], end: p.end });
        if (content.end - content.start >= 3) {
          out.push({ speaker, cue: { start: t.start[colon], end: t.end[colon] }, content, sentence: sentenceAt(doc, content.start) });
          continue;
        }
      }
    }
    // a signature: a quotation, a dash and a name closing the paragraph
    const q = quotes.find((x) => x.start >= p.start && x.start <= p.start + 1 && x.closed);
    if (!q) continue;
    const tail = names.filter((x) => x.start >= q.end && x.end <= p.end && doc.entities[x.entity].type === 'PERSON').pop();
    if (!tail) continue;
    const between = text.slice(q.end, tail.start);
    const after = text.slice(tail.end, p.end);
    if (!SIGNATURE_DASHES.test(between) || !/^[\s.,]*$/.test(after)) continue;
    const content = trimContent(text, q.inner);
    if (content.end - content.start < 3) continue;
    const dash = q.end + between.search(/[―—–]/);
    out.push({ speaker: ref(tail), cue: { start: dash, end: dash + 1 }, content, sentence: sentenceAt(doc, content.start) });
  }
  return out;
}
