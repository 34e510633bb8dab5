import type { Doc } from '../../../document/types.js';
import { firstNameGender, GENDERED_HONORIFICS, GENDERED_ROLES, type Gender } from '../../../lexicon/gender.js';
import { HONORIFICS, isTitleHead, TITLE_MODIFIERS } from '../../../lexicon/titles.js';

/** Per document: what the text says about each person's gender, and what resolved pronouns said. */
interface GenderState {
  lexical: Map<number, Gender | null>;
  pronouns: Map<number, Gender>;
}

const states = new WeakMap<Doc, GenderState>();

function state(doc: Doc): GenderState {
  let s = states.get(doc);
  if (!s) {
    s = { lexical: new Map(), pronouns: new Map() };
    states.set(doc, s);
  }
  return s;
}

/** Records that a gendered pronoun was resolved to entity `e` ("she" -> e is female). */
export function notePronounGender(doc: Doc, e: number, g: Gender): void {
  const s = state(doc);
  if (!s.pronouns.has(e)) s.pronouns.set(e, g);
}

/** Gender from the words around one name mention: "Mr Straw", "spokeswoman Jane Doe", "Doe, a spokeswoman". */
function contextGender(doc: Doc, tokStart: number, tokEnd: number): Gender | undefined {
  const t = doc.tokens;
  const lo = doc.sentences[t.sent[tokStart]]?.tokStart ?? 0;
  for (let k = tokStart - 1; k >= lo && tokStart - k <= 4; k--) {
    const n = t.norm[k];
    const g = GENDERED_HONORIFICS.get(n) ?? GENDERED_ROLES.get(n);
    if (g) return g;
    if (!(TITLE_MODIFIERS.has(n) || isTitleHead(n) || HONORIFICS.has(n) || t.pos[k] === 'PROPN' || t.pos[k] === 'ADJ' || n === 'the')) break;
  }
  // an appositive: "Jane Doe, a spokeswoman for ...", "Doe, the chairwoman"
  if (t.norm[tokEnd] === ',') {
    for (let k = tokEnd + 1; k < t.norm.length && k - tokEnd <= 5; k++) {
      const g = GENDERED_ROLES.get(t.norm[k]);
      if (g) return g;
      if (t.pos[k] === 'PUNCT' || t.pos[k] === 'VERB') break;
    }
  }
  return undefined;
}

/** The first given name of a person's name, skipping honorifics and titles ("President Barack Obama" -> Barack). */
function givenName(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].toLowerCase();
    if (HONORIFICS.has(w) || HONORIFICS.has(w.replace(/\.$/, '')) || isTitleHead(w) || TITLE_MODIFIERS.has(w)) continue;
    return words[i];
  }
  return undefined;
}

function lexicalGender(doc: Doc, e: number): Gender | null {
  const ent = doc.entities[e];
  for (const mi of ent.mentions) {
    const m = doc.mentions[mi];
    if (!m || m.kind !== 'name') continue;
    const g = GENDERED_HONORIFICS.get(doc.tokens.norm[m.tokStart]) ?? contextGender(doc, m.tokStart, m.tokEnd);
    if (g) return g;
  }
  let best: Gender | undefined;
  for (const name of [ent.name, ...ent.mentions.map((mi) => doc.mentions[mi]).filter((m) => m && m.kind === 'name').map((m) => doc.text.slice(m.start, m.end))]) {
    const given = givenName(name);
    best = given ? firstNameGender(given) : undefined;
    if (best) break;
  }
  return best ?? null;
}

/** What is known of a person's gender: honorifics and role nouns, then the first name, then earlier pronouns. */
export function entityGender(doc: Doc, e: number): Gender | undefined {
  const s = state(doc);
  let g = s.lexical.get(e);
  if (g === undefined) {
    g = doc.entities[e]?.type === 'PERSON' ? lexicalGender(doc, e) : null;
    s.lexical.set(e, g);
  }
  return g ?? s.pronouns.get(e);
}

const ORG_WORDS = /\b(university|college|school|foundation|institute|center|centre|group|co|co\.|inc|inc\.|corp|corp\.|company|fund|hospital|party|committee|council|administration|campaign|association|society|agency|bank|airlines?|motors|library|museum|prize|award|act|bill|law|street|avenue|bridge|airport|station|park|square|hall|tower|building|memorial|stadium|arena|report|show|news|times|post|journal)\b/i;

/** Given names that also open place and organisation names ("North Korea", "Santa Fe", "Wells Fargo"). */
const PLACE_WORDS = new Set(['north', 'south', 'east', 'west', 'new', 'saint', 'san', 'santa', 'fort', 'port', 'mount', 'lake', 'el', 'la', 'los', 'las', 'united', 'great', 'royal', 'general', 'grand', 'king', 'prince', 'queen', 'victoria', 'georgia', 'virginia', 'carolina', 'jordan', 'israel', 'chad', 'sierra', 'costa', 'madison', 'lincoln', 'washington', 'jackson', 'houston', 'austin', 'dallas', 'orlando', 'charlotte', 'florence', 'paris', 'sydney', 'chelsea', 'china', 'india', 'kenya', 'america', 'wells', 'morgan', 'ford', 'dow', 'johnson', 'goldman', 'lloyd', 'barclay', 'merrill']);

/**
 * The gender of a name that reads as a person's ("Donald Trump", "Elizabeth Warren"): two or
 * three capitalised words, a known given name first, no organisation word. Lets pronouns see
 * through entity types the NER got wrong (a person typed ORG).
 */
export function personLikeGender(name: string): Gender | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || ORG_WORDS.test(name)) return undefined;
  if (!words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))) return undefined;
  if (PLACE_WORDS.has(words[0].toLowerCase())) return undefined;
  return firstNameGender(words[0]);
}
