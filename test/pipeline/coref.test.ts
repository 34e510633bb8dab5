import { describe, expect, it } from 'vitest';
import type { Doc, EntityType } from '../../src/document/types.js';
import { antecedent, isExpletiveIt, isPronoun, resolvePronoun } from '../../src/pipeline/stages/coref.js';
import { firstNameGender } from '../../src/lexicon/gender.js';
import { personLikeGender } from '../../src/pipeline/stages/coref/gender.js';
import { makeDoc } from '../helpers.js';

/** Each pronoun the coref stage linked, as [pronoun, entity name], in text order. */
function links(doc: Doc): [string, string][] {
  return doc.mentions
    .filter((m) => m.kind === 'pronoun')
    .sort((a, b) => a.start - b.start)
    .map((m) => [doc.text.slice(m.start, m.end), doc.entities[m.entity].name]);
}

/** The token index of the n-th occurrence of `word`. */
function span(doc: Doc, p: { tokStart: number; tokEnd: number }): string {
  return doc.text.slice(doc.tokens.start[p.tokStart], doc.tokens.end[p.tokEnd - 1]);
}

function tok(doc: Doc, word: string, n = 0): number {
  const hits = doc.tokens.norm.map((w, i) => (w === word ? i : -1)).filter((i) => i >= 0);
  return hits[n];
}

describe('lexicon/gender', () => {
  it.each([
    ['Margaret', 'f'],
    ['Jack', 'm'],
    ['Donald', 'm'],
    ['Hillary', 'f'],
    ['Vladimir', 'm'],
    ['Kim', undefined],
    ['North', 'm'],
    ['Xyzzy', undefined],
  ])('firstNameGender(%j) = %j', (name, g) => expect(firstNameGender(name)).toBe(g));

  it.each([
    ['Donald Trump', 'm'],
    ['Elizabeth Warren', 'f'],
    ['North Korea', undefined],
    ['George Washington University', undefined],
    ['Wells Fargo', undefined],
  ])('personLikeGender(%j) = %j', (name, g) => expect(personLikeGender(name)).toBe(g));
});

describe('stages/coref', () => {
  it.each<[string, string, [string, EntityType][], [string, string][]]>([
    [
      'gender from first names, over the more recent mention',
      'Foreign Secretary Jack Straw said the UK would veto any bid to cut the rebate secured by Margaret Thatcher. He said the rebate remained justified.',
      [['Jack Straw', 'PERSON'], ['Margaret Thatcher', 'PERSON'], ['UK', 'GPE']],
      [['He', 'Jack Straw']],
    ],
    [
      'gender from an honorific',
      'John Jones met Mrs Smith in Paris. She said the talks went well.',
      [['John Jones', 'PERSON'], ['Smith', 'PERSON'], ['Paris', 'GPE']],
      [['She', 'Smith']],
    ],
    [
      'gender from a role noun',
      'John Lee praised a report by spokeswoman Alex Kerr. She said the report was accurate.',
      [['John Lee', 'PERSON'], ['Alex Kerr', 'PERSON']],
      [['She', 'Alex Kerr']],
    ],
    [
      'gender from a pronoun already linked',
      'Robin Hill met Jordan Kerr on Monday. She said the talks went well. Hill added that he hoped to meet again.',
      [['Robin Hill', 'PERSON'], ['Jordan Kerr', 'PERSON']],
      [['She', 'Robin Hill'], ['he', 'Jordan Kerr']],
    ],
    [
      'the subject of the sentence over a later place',
      'The United States resumed issuing visas in Turkey after getting what it said were assurances.',
      [['United States', 'GPE'], ['Turkey', 'GPE']],
      [['it', 'United States']],
    ],
    [
      'the subject of the previous sentence over an object',
      'Senator Alex Kerr criticised Robin Lee on Monday. He said the plan would fail.',
      [['Alex Kerr', 'PERSON'], ['Robin Lee', 'PERSON']],
      [['He', 'Alex Kerr']],
    ],
    [
      'an organisation over a country for "it"',
      'Renault and France signed a deal. It said it would hire more workers.',
      [['France', 'GPE'], ['Renault', 'ORG']],
      [['It', 'Renault'], ['it', 'Renault']],
    ],
    [
      'a chain of pronouns beyond the window of names',
      'Don Fowler spoke on Monday. He praised the party. He spoke of the past. He named the rules. He said they were fair. He added a warning. “Be ready,” he said.',
      [['Don Fowler', 'PERSON']],
      [['He', 'Don Fowler'], ['He', 'Don Fowler'], ['He', 'Don Fowler'], ['He', 'Don Fowler'], ['He', 'Don Fowler'], ['he', 'Don Fowler']],
    ],
    [
      'the subject of an embedded clause over an earlier object',
      'Mary Kerr waved at John Lee until Donald Trump reached the end of the speech. “I love you,” he said.',
      [['Mary Kerr', 'PERSON'], ['John Lee', 'PERSON'], ['Donald Trump', 'PERSON']],
      [['he', 'Donald Trump']],
    ],
    [
      'no "it" for an organisation never a subject, nor an object "it"',
      'Voters in Ohio liked the plan. It was popular. Acme Corp said it would publish the plan, and critics read it closely.',
      [['Ohio', 'GPE'], ['Acme Corp', 'ORG']],
      [['it', 'Acme Corp']],
    ],
    [
      'a quoted "he" is not the quotation\'s speaker',
      'Lindsey Graham spoke about John Smith on Monday. “If he wins, he may change,” Graham said.',
      [['Lindsey Graham', 'PERSON'], ['John Smith', 'PERSON'], ['Graham', 'PERSON']],
      [['he', 'John Smith'], ['he', 'John Smith']],
    ],
    [
      'a quoted "she" is not the speaker named before the quotation',
      'Anna Smith won the race. Mary Jones said: “She did well.”',
      [['Mary Jones', 'PERSON'], ['Anna Smith', 'PERSON']],
      [['She', 'Anna Smith']],
    ],
    [
      'a person the NER typed as an organisation is "she", not "it"',
      'The bank met Elizabeth Warren on Monday. She said it had failed.',
      [['Elizabeth Warren', 'ORG'], ['bank', 'ORG']],
      [['She', 'Elizabeth Warren'], ['it', 'bank']],
    ],
  ])('%s', (_what, text, names, expected) => {
    expect(links(makeDoc(text, names))).toEqual(expected);
  });

  it('does not link an expletive "it"', () => {
    const doc = makeDoc('Reuters reported the deal. It is unclear whether the talks will resume.', [['Reuters', 'ORG']]);
    expect(isExpletiveIt(doc, tok(doc, 'it'))).toBe(true);
    expect(links(doc)).toEqual([]);
  });

  it('antecedent(doc, tok) answers for possessives too', () => {
    const doc = makeDoc('Mary Smith met John Jones. His view was clear.', [['Mary Smith', 'PERSON'], ['John Jones', 'PERSON']]);
    expect(doc.entities[antecedent(doc, tok(doc, 'his'))].name).toBe('John Jones');
  });

  it('"they" continues a described group: resolvePronoun gives its phrase, antecedent the best entity', () => {
    const doc = makeDoc('In their report, U.N. investigators said they had documented 33 attacks.', [['U.N.', 'ORG']]);
    const they = tok(doc, 'they');
    const r = resolvePronoun(doc, they);
    expect(r?.phrase && span(doc, r.phrase)).toBe('U.N. investigators');
    expect(antecedent(doc, they)).toBe(0);
    expect(links(doc)).toEqual([]);
  });

  it('"they" continues a plural object phrase rather than an organisation', () => {
    const doc = makeDoc('Reuters interviewed former crew members. They described crass behaviour.', [['Reuters', 'ORG']]);
    const r = resolvePronoun(doc, tok(doc, 'they'));
    expect(r?.phrase && span(doc, r.phrase)).toBe('former crew members');
    expect(links(doc)).toEqual([]);
  });

  it('"they" prefers a plural name to a singular organisation', () => {
    const doc = makeDoc('The Democrats met Google on Monday. They said the talks went well.', [['Democrats', 'NORP'], ['Google', 'ORG']]);
    expect(links(doc)).toEqual([['They', 'Democrats']]);
  });

  it.each([['he', true], ['its', true], ['the', false]])('isPronoun(%j) = %j', (w, yes) => expect(isPronoun(w)).toBe(yes));
});
