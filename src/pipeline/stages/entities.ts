import type { Doc, EntityType, Mention } from '../../document/types.js';
import { loadNerTagger, placeType, isDemonym, type NerLabel, type NerSpan } from '../../ner/index.js';
import { firstNameGender } from '../../lexicon/gender.js';
import { HONORIFICS, isTitleHead, TITLE_MODIFIERS } from '../../lexicon/titles.js';
import type { Stage } from '../stage.js';
import { tokenIds, tokenTexts } from './tokenize.js';

const REGION_WORDS = /\b(asia|europe|africa|america|middle east|gulf|sea|ocean|region|valley|mountains?|river|peninsula|basin|strait|desert|coast|camp|balkans|caucasus|sahel|levant|arctic|antarctic)\b/i;

/** The last word of an organisation's name: "United Nations", "European Union", "Arab League". */
const ORG_END = /\s(Nations|Union|League|Council|Organi[sz]ation|Alliance|Coalition|Brotherhood|Front|Movement|Party|Commission|Agency|Bank|Fund|Forces)$/;

/** Top-level web domains that make a name an outlet's address ("Polygraph.info"). */
const WEB_DOMAINS = /^(com|org|net|info|gov|edu|io|news|co)$/;

/** Buildings and streets that stand for a government or its office. */
const SEATS_OF_GOVERNMENT = /^(?:the )?(?:White House|Kremlin|Pentagon|Élysée(?: Palace)?|Elysee(?: Palace)?|Downing Street|Blue House|Zhongnanhai|Quai d'Orsay|Foggy Bottom)$/i;

/** The last word of an institution's name, which a tagger may read as a place. */
const INSTITUTION_HEADS = /\s(Court|Tribunal|Council|Committee|Commission|Ministry|Department|Agency|University|College|Institute|Foundation|Association|Parliament|Assembly|Corporation|Inc\.?|Corp\.?|Ltd\.?)$/;

/** The last word of an organisation's name after a title word ("General Accounting Office"). */
const ORG_TAIL = new RegExp(INSTITUTION_HEADS.source.replace('(Court|', '(Office|Bureau|Service|Board|Authority|Administration|Court|'));

/** Maps a tagger label to our entity types, using gazetteers for places and demonyms. */
export function entityType(label: NerSpan['label'], name: string): EntityType | undefined {
  switch (label) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      // a seat of government speaks for the government: "the White House said", "the Kremlin denied" (the news
      // guide's ORG; CoNLL-2003 writes them as places)
      if (SEATS_OF_GOVERNMENT.test(name)) return 'ORG';
      // "Westminster Magistrate's Court", "Tufts University": an institution, not a place (a venue or hospital stays a place)
      return placeType(name) ?? (INSTITUTION_HEADS.test(name) ? 'ORG' : REGION_WORDS.test(name) ? 'LOC' : 'GPE');
    case 'MISC':
      // "Arab League", "Muslim Brotherhood": a demonym or adjective heading an organisation's name (CoNLL-2003
      // writes its baseball leagues as MISC: "American League" costs 10 ORG spans of precision there)
      if (ORG_END.test(name)) return 'ORG';
      return isDemonym(name) || isDemonym(name.split(/\s+/)[0]) ? 'NORP' : undefined;
  }
}

/** Institution nouns that make "US military" or "Afghan government" one organisation. */
const INSTITUTIONS = new Set(['government', 'military', 'army', 'navy', 'police', 'ministry', 'embassy', 'parliament', 'administration', 'cabinet', 'judiciary', 'senate', 'regime', 'presidency', 'legislature', 'junta']);

const AFFILIATIONS = new Set(['conservative', 'labour', 'liberal', 'democrat', 'democratic', 'republican', 'socialist', 'green', 'independent', 'tory', 'communist', 'nationalist', 'centrist', 'progressive']);

/** Parts of speech after a name that make it a modifier ("the Clinton administration"). */
const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'PART']);

const COMPANY_SUFFIX = /^(inc|corp|co|ltd|llc|plc)\.?$/;

const GENERATIONAL = /^(jr|sr|jnr|snr|ii|iii|iv)\.?$/;

const isCap = (doc: Doc, i: number) => /^\p{Lu}/u.test(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]));

/**
 * Cleans a tagged span: drops edge punctuation and articles, splits at commas and brackets,
 * and separates a leading title from a person's name ("Prime Minister Habib Essid" -> "Habib Essid",
 * "Mr Obama" -> "Obama"); a span whose tail is a titled name becomes a person.
 */
export function refine(doc: Doc, a: number, b: number, label: NerLabel): [number, number, NerLabel][] {
  const t = doc.tokens;
  const out: [number, number, NerLabel][] = [];
  let start = a;
  let dashed = false;
  for (let i = a; i <= b; i++) {
    const possessiveCut = i < b && t.norm[i] === "'s" && i + 1 < b && !isCap(doc, i + 1);
    // "Knight-Ridder, Inc.": a company suffix after a comma is part of the name
    const suffixComma = t.norm[i] === ',' && i + 1 < b && COMPANY_SUFFIX.test(t.norm[i + 1]);
    // "The United Nations and European Union stressed": two organisations, when the first ends in an
    // organisation word and the second has a name of two words or more ("Department of Health and Human
    // Services", "Procter and Gamble" stay whole)
    const orgAnd = label === 'ORG' && t.norm[i] === 'and' && i > start && i + 2 < b && ORG_END.test(' ' + doc.text.slice(t.start[i - 1], t.end[i - 1])) && isCap(doc, i + 1) && isCap(doc, i + 2);
    // "with Israel - Egypt and Jordan -": a dash with spaces around it separates names (the tagger reads
    // "Israel - Egypt" as one fixture-like MISC span; its known places are places)
    const spacedDash = i < b && t.norm[i] === '-' && /\s/.test(doc.text[t.start[i] - 1] ?? '') && /\s/.test(doc.text[t.end[i]] ?? '');
    if (spacedDash) dashed = true;
    if (i === b || possessiveCut || spacedDash || orgAnd || (/^[,;()[\]"“”]$/.test(t.norm[i]) && !suffixComma)) {
      let x = start;
      let y = i;
      // a name never starts with punctuation, an article, or a sentence adverb or conjunction ("Even China"),
      // unless the words are a known place with it ("The Hague", "Far East")
      const known = y - x >= 2 && placeType(doc.text.slice(t.start[x], t.end[y - 1])) !== undefined && /^\p{Lu}/u.test(doc.text.slice(t.start[x], t.end[x]));
      while (!known && x < y && (t.pos[x] === 'PUNCT' || t.norm[x] === 'the' || t.norm[x] === 'a' || t.norm[x] === 'an' || ((t.pos[x] === 'ADV' || t.pos[x] === 'CCONJ' || t.pos[x] === 'SCONJ') && x + 1 < y))) x++;
      while (y > x && t.pos[y - 1] === 'PUNCT' && !/\w/.test(t.norm[y - 1])) y--;
      const named = [...Array(Math.max(0, y - x)).keys()].some((k) => isCap(doc, x + k) || /\d/.test(t.norm[x + k]));
      // "Permanent Representative" alone is a role, not a name ("Navy", "Air Force", of modifiers only, are names)
      const span = [...Array(Math.max(0, y - x)).keys()].map((k) => t.norm[x + k]);
      // a lone capitalised title word the tagger reads as a person is a surname ("King was shot by James Earl Ray": CoNLL04 train 5 of 5)
      const surname = label === 'PER' && span.length === 1 && /^[a-z]{3,}$/.test(span[0]);
      const onlyTitle =
        !surname && span.every((w) => isTitleHead(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w)) && span.some((w) => isTitleHead(w) || HONORIFICS.has(w));
      const partLabel = dashed && label === 'MISC' && y > x && placeType(doc.text.slice(t.start[x], t.end[y - 1])) !== undefined ? 'LOC' : label;
      if (y > x && named && !onlyTitle) out.push(stripTitle(doc, x, y, partLabel));
      if (possessiveCut) break;
      start = i + 1;
    }
  }
  return out;
  function stripTitle(doc: Doc, x: number, y: number, lab: NerLabel): [number, number, NerLabel] {
    if (lab !== 'PER' && lab !== 'ORG') return [x, y, lab];
    // "Conservative Graham Brady", "Republican John Smith": an affiliation word is not part of the name
    if (lab === 'PER' && y - x >= 3 && (AFFILIATIONS.has(t.norm[x]) || isDemonym(doc.text.slice(t.start[x], t.end[x])))) x++;
    // the last title word or honorific followed only by capitalised words
    let cut = -1;
    for (let i = x; i < y - 1; i++) {
      const n = t.norm[i];
      // "Martin Luther King Jr.": a generational suffix alone is no name after a title
      if ((isTitleHead(n) || HONORIFICS.has(n)) && isCap(doc, i + 1) && !GENERATIONAL.test(t.norm[i + 1])) cut = i;
    }
    if (cut < 0) return [x, y, lab];
    const rest = y - (cut + 1);
    const restCap = [...Array(rest).keys()].every((k) => isCap(doc, cut + 1 + k));
    if (!restCap) return [x, y, lab];
    if (lab === 'PER') return [cut + 1, y, 'PER'];
    // an organisation span ending in a titled name: "Permanent Representative Vasily Nebenzya"
    // (not an institution's name: "General Accounting Office")
    if (rest >= 2 && isTitleHead(t.norm[cut]) && !ORG_TAIL.test(' ' + doc.text.slice(t.start[cut + 1], t.end[y - 1]))) return [cut + 1, y, 'PER'];
    return [x, y, lab];
  }
}

/** A name [a, b) right after "the" and not modifying a noun ("the Rodong Sinmun said", not "the Trump administration"). */
export function afterArticle(doc: Doc, sentStart: number, sentEnd: number, a: number, b: number): boolean {
  const t = doc.tokens;
  return a > sentStart && t.norm[a - 1] === 'the' && (b >= sentEnd || !NOUNISH.has(t.pos[b]));
}

/**
 * When tokens [a, b) follow "<capitalised office title> for|of|on" and hold no known first name
 * ("Commissioner for Human Rights", "Minister for Foreign Affairs"): the first token of the office
 * title (with its capitalised modifiers, "High Commissioner"); otherwise -1.
 */
export function portfolioOffice(doc: Doc, sentStart: number, a: number, b: number): number {
  const t = doc.tokens;
  if (a - 2 < sentStart || !['for', 'of', 'on'].includes(t.norm[a - 1])) return -1;
  if (!isCap(doc, a - 2) || !isTitleHead(t.norm[a - 2])) return -1;
  for (let i = a; i < b; i++) if (firstNameGender(doc.text.slice(t.start[i], t.end[i]))) return -1;
  let o = a - 2;
  while (o - 1 >= sentStart && isCap(doc, o - 1) && (isTitleHead(t.norm[o - 1]) || TITLE_MODIFIERS.has(t.norm[o - 1]))) o--;
  return o;
}

/** Named-entity mentions from the statistical tagger, typed for news. */
export const entities: Stage = {
  name: 'entities.v1',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run(doc: Doc): Doc {
    const t = doc.tokens;
    const texts = tokenTexts(doc);
    const ids = tokenIds(doc);
    const sentTokens = doc.sentences.map((s) => texts.slice(s.tokStart, s.tokEnd));
    const tagged = loadNerTagger().tagDocument(sentTokens, ids && doc.sentences.map((s) => ids.subarray(s.tokStart, s.tokEnd)));
    const mentions: Mention[] = [];
    tagged.forEach((spans, si) => {
      const s = doc.sentences[si];
      for (const sp of spans) {
        for (const [a, b0, label] of refine(doc, s.tokStart + sp.start, s.tokStart + sp.end, sp.label)) {
          // "Polygraph.info", "Salon.com": a name glued to a web domain is the outlet's whole name
          const b = b0 + 1 < s.tokEnd && t.norm[b0] === '.' && t.end[b0 - 1] === t.start[b0] && t.end[b0] === t.start[b0 + 1] && WEB_DOMAINS.test(t.norm[b0 + 1]) ? b0 + 2 : b0;
          const name = doc.text.slice(t.start[a], t.end[b - 1]);
          let type = b > b0 ? 'ORG' : entityType(label, name);
          if (!type) continue;
          // "the Rodong Sinmun said": a name after the article, not a modifier of a noun ("the Trump
          // administration"), is not a person's
          if (type === 'PERSON' && afterArticle(doc, s.tokStart, s.tokEnd, a, b)) type = 'ORG';
          // "the United Nations High Commissioner for Human Rights": a "name" right after an office
          // title and "for" / "of" / "on" is the office's portfolio, not a person (a person follows a
          // title without a preposition); with the organisation just before the title it is one
          // organisation, otherwise no entity
          const o = type === 'PERSON' ? portfolioOffice(doc, s.tokStart, a, b) : -1;
          if (o >= 0) {
            const prev = mentions[mentions.length - 1];
            if (prev && prev.type === 'ORG' && prev.tokEnd === o) {
              prev.end = t.end[b - 1];
              prev.tokEnd = b;
            }
            continue;
          }
          let end = b;
          // "the US military", "the Afghan government": a country or people heading an institution
          if ((type === 'GPE' || type === 'NORP') && INSTITUTIONS.has(t.norm[b] ?? '') && b < s.tokEnd) {
            end = b + 1;
            type = 'ORG';
          }
          mentions.push({ start: t.start[a], end: t.end[end - 1], tokStart: a, tokEnd: end, type, kind: 'name', entity: -1, stage: 'entities.v1', score: sp.score });
        }
      }
    });
    doc.mentions = mentions;
    return doc;
  },
};
