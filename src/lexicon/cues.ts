import { LEARNED_CUE_FORMS } from './cues-learned.js';
import { inflect } from './inflect.js';

/**
 * Communication cues: verbs that report speech, writing or an expressed position.
 * Learned from the cue spans of PolNeAR train (most frequent communication lemmas) and
 * the news gold guide; pure cognition (think, believe, hope, want, fear) is left out.
 */
export const CUE_LEMMAS = [
  'say', 'tell', 'add', 'warn', 'note', 'stress', 'urge', 'claim', 'deny', 'accuse', 'announce', 'insist',
  'argue', 'call', 'describe', 'write', 'tweet', 'state', 'declare', 'express', 'emphasise', 'emphasize',
  'reaffirm', 'confirm', 'acknowledge', 'admit', 'ask', 'reject', 'criticise', 'criticize', 'point', 'highlight',
  'report', 'suggest', 'explain', 'predict', 'promise', 'vow', 'pledge', 'reply', 'respond', 'recall', 'cite',
  'concede', 'allege', 'assert', 'complain', 'condemn', 'underscore', 'underline', 'caution', 'reiterate',
  'observe', 'remark', 'mention', 'maintain', 'contend', 'estimate', 'blame', 'praise', 'dismiss', 'question',
  'threaten', 'indicate', 'reveal', 'disclose', 'testify', 'counter', 'signal', 'demand', 'comment', 'joke',
  'recount', 'echo', 'lament', 'charge', 'decry', 'denounce', 'slam', 'blast', 'welcome', 'defend', 'voice',
  'propose', 'recommend', 'advise', 'inform', 'assure', 'proclaim',
  'affirm', 'clarify', 'specify', 'summarise', 'summarize', 'elaborate', 'quip', 'muse', 'wonder', 'speculate',
  'forecast', 'conclude', 'present', 'rule', 'accuse', 'dispute', 'applaud', 'hail', 'post', 'brief', 'notify',
  'announce', 'reckon', 'protest', 'retort', 'shout', 'pledge', 'vow', 'admonish', 'opine', 'tout', 'boast',
  'brag', 'insinuate', 'imply', 'push', 'talk', 'speak', 'publish', 'broadcast', 'remind', 'find', 'show', 'put',
  'endorse',
] as const;

/** Cues that only report speech when followed by a particle ("point out", "point to"). */
export const PARTICLE_CUES: Record<string, string[]> = {
  point: ['out', 'to'],
  call: ['for', 'on', 'out'],
  rule: ['out', 'that'],
  push: ['for'],
  talk: ['about'],
  speak: ['about', 'of', 'out'],
  find: ['that'],
  show: ['that'],
  present: [],
  put: ['it'],
};

export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const lemma of CUE_LEMMAS) for (const f of inflect(lemma)) if (!m.has(f)) m.set(f, lemma);
  return m;
})();

const LEARNED = new Set(LEARNED_CUE_FORMS);

/** The lemma of a cue form, or undefined when the word is not a cue. */
export function cueLemma(norm: string): string | undefined {
  return CUE_FORMS.get(norm) ?? (LEARNED.has(norm) ? norm : undefined);
}

/** True for a cue known only from the learned long tail (reported with lower confidence). */
export function isLearnedOnly(norm: string): boolean {
  return !CUE_FORMS.has(norm) && LEARNED.has(norm);
}

/** Cues whose meaning as speech is weaker (lower confidence). */
export const WEAK_CUES = new Set(['find', 'show', 'present', 'post', 'publish', 'rule', 'welcome', 'defend', 'question', 'wonder', 'remind']);

/** Speech nouns that head a reported-speech source: "the statement said", "a report found". */
export const SPEECH_NOUNS = new Set([
  'statement', 'report', 'reports', 'study', 'survey', 'poll', 'letter', 'communique', 'communiqué', 'announcement',
  'assessment', 'assessments', 'document', 'documents', 'memo', 'filing', 'complaint', 'indictment', 'ruling',
  'decision', 'release', 'post', 'tweet', 'message', 'video', 'analysis', 'investigation', 'findings', 'data',
  'studies', 'surveys', 'polls', 'research', 'footage', 'transcript', 'records', 'figures', 'results', 'average', 'averages', 'polling',
]);

/**
 * Evidence that speaks for itself ("the study found", "polls show", "video shows"): the document is the
 * source as written, and "show", "find", "reveal" report it without a "that".
 */
export const EVIDENCE_NOUNS = new Set([
  'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'polling', 'analysis', 'data', 'video', 'footage', 'findings', 'research',
  'transcript', 'records', 'figures', 'results', 'average', 'averages', 'report', 'reports', 'investigation', 'audit', 'review',
]);

/** Cues that take a clause ("said on Monday that ..."): words before a "that" are not content. */
export const CLAUSAL_CUES = new Set([
  'say', 'tell', 'add', 'warn', 'note', 'stress', 'claim', 'insist', 'argue', 'state', 'declare', 'announce', 'confirm',
  'acknowledge', 'admit', 'report', 'suggest', 'explain', 'predict', 'promise', 'write', 'tweet', 'reiterate', 'emphasise',
  'emphasize', 'underscore', 'underline', 'caution', 'observe', 'remark', 'mention', 'maintain', 'contend', 'estimate',
  'assert', 'allege', 'concede', 'complain', 'indicate', 'reveal', 'disclose', 'testify', 'signal', 'assure', 'inform',
  'remind', 'reply', 'respond', 'recall', 'conclude', 'brief', 'notify', 'vow', 'pledge', 'deny', 'find', 'show',
]);

/**
 * Pure cognition, wishes, intentions and stances without speech ("thinks", "hopes", "wants",
 * "plans", "supports"): PolNeAR annotates them as attributions, the news guide does not count them
 * as statements, so the learned cue proposer never takes them.
 */
const COGNITION_LEMMAS = [
  'think', 'believe', 'know', 'hope', 'want', 'fear', 'feel', 'worry', 'wish', 'expect', 'seem', 'appear', 'view',
  'consider', 'doubt', 'suspect', 'assume', 'imagine', 'realize', 'realise', 'understand', 'recognize', 'recognise',
  'remember', 'forget', 'see', 'plan', 'intend', 'seek', 'try', 'decide', 'agree', 'prefer', 'like', 'love', 'hate',
  'trust', 'support', 'oppose', 'favor', 'favour', 'need', 'aim', 'mean', 'wonder', 'care', 'regard',
] as const;
const COGNITION_FORMS: ReadonlySet<string> = new Set(COGNITION_LEMMAS.flatMap((l) => inflect(l)));

/** True for a form of a cognition, wish or stance verb ("believed", "wants", "hoping"). */
export function isCognition(norm: string): boolean {
  return COGNITION_FORMS.has(norm);
}
