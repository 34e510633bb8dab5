import { describe, expect, it } from 'vitest';
import { relations } from '../../src/pipeline/stages/relations.js';
import { entityName, makeDoc, span } from '../helpers.js';
import type { EntityType } from '../../src/document/types.js';

function run(text: string, names: [string, EntityType][]) {
  const doc = relations.run(makeDoc(text, names));
  return doc.relations.map((r) => [entityName(doc, r.subject), r.type, r.predicate, entityName(doc, r.object)]);
}

describe('stages/relations', () => {
  it('reads a possessive title before a name', () => {
    expect(run('Russia’s Permanent Representative Vasily Nebenzya spoke.', [['Russia', 'GPE'], ['Vasily Nebenzya', 'PERSON']])).toEqual([
      ['Vasily Nebenzya', 'works_for', 'Permanent Representative', 'Russia'],
    ]);
  });

  it('reads an organisation and a title before a name', () => {
    expect(run('Taliban spokesman Zabihullah Mujahid said so.', [['Taliban', 'ORG'], ['Zabihullah Mujahid', 'PERSON']])).toEqual([
      ['Zabihullah Mujahid', 'works_for', 'spokesman', 'Taliban'],
    ]);
  });

  it('reads an appositive "X, TITLE of Y" and the country of an organisation', () => {
    const text = 'Sergey Shoigu, Secretary of Russia’s Security Council, spoke.';
    expect(run(text, [['Sergey Shoigu', 'PERSON'], ['Russia', 'GPE'], ['Security Council', 'ORG']])).toEqual([
      ['Sergey Shoigu', 'works_for', 'Secretary', 'Security Council'],
      ['Security Council', 'related', 'of', 'Russia'],
    ]);
  });

  it('reads "X, chairman of the Y"', () => {
    const text = 'General Mark Milley, chairman of the Joint Chiefs of Staff, spoke.';
    expect(run(text, [['Mark Milley', 'PERSON'], ['Joint Chiefs of Staff', 'ORG']])).toEqual([['Mark Milley', 'works_for', 'chairman', 'Joint Chiefs of Staff']]);
  });

  it.each([
    ['Patrick Strosahl, a jeweler and president of Vision Seattle, said so.', [['Patrick Strosahl', 'PERSON'], ['Vision Seattle', 'ORG']], [['Patrick Strosahl', 'works_for', 'president', 'Vision Seattle']]],
    [
      'Jeremy Rifkin, director of the Foundation on Economic Trends and a member of the Global Greenhouse Network, said so.',
      [['Jeremy Rifkin', 'PERSON'], ['Foundation on Economic Trends', 'ORG'], ['Global Greenhouse Network', 'ORG']],
      [['Jeremy Rifkin', 'works_for', 'member', 'Global Greenhouse Network'], ['Jeremy Rifkin', 'works_for', 'director', 'Foundation on Economic Trends']],
    ],
  ] as [string, [string, EntityType][], string[][]][])('reads a title coordinated in the appositive: %j', (text, names, expected) => {
    expect(run(text, names)).toEqual(expected);
  });

  it('finds nothing without a title', () => {
    expect(run('John Smith visited Russia.', [['John Smith', 'PERSON'], ['Russia', 'GPE']])).toEqual([]);
  });

  it('keeps one row, the rule\'s, when the rules and the model find the same fact', () => {
    const doc = relations.run(makeDoc('Taliban spokesman Zabihullah Mujahid said so.', [['Taliban', 'ORG'], ['Zabihullah Mujahid', 'PERSON']]));
    expect(doc.relations.map((r) => [r.stage, r.predicate, span(doc, r.evidence)])).toEqual([['relations.v1', 'spokesman', 'Taliban spokesman Zabihullah Mujahid']]);
    expect(doc.relations[0].confidence).toBeGreaterThan(0.85); // the model's higher confidence
  });
});

describe('stages/relations with the trained model', () => {
  it.each([
    ['John Wilkes Booth assassinated Abraham Lincoln in 1865.', [['John Wilkes Booth', 'PERSON'], ['Abraham Lincoln', 'PERSON']], ['John Wilkes Booth', 'killed', 'assassinated', 'Abraham Lincoln']],
    ['Acme Corp, based in Boston, makes rockets.', [['Acme Corp', 'ORG'], ['Boston', 'GPE']], ['Acme Corp', 'based_in', 'based in', 'Boston']],
    ['Sir John Smith was born in Leeds.', [['John Smith', 'PERSON'], ['Leeds', 'GPE']], ['John Smith', 'lives_in', 'born in', 'Leeds']],
    ['The talks in Geneva, Switzerland, ended.', [['Geneva', 'GPE'], ['Switzerland', 'GPE']], ['Geneva', 'located_in', 'in', 'Switzerland']],
  ] as [string, [string, EntityType][], string[]][])('reads %j', (text, names, expected) => {
    const doc = relations.run(makeDoc(text, names));
    expect(doc.relations.map((r) => [entityName(doc, r.subject), r.type, r.predicate, entityName(doc, r.object), r.stage])).toEqual([[...expected, 'relations.model.v1']]);
  });

  it('gives the span from the first argument to the last as evidence', () => {
    const doc = relations.run(makeDoc('Acme Corp, based in Boston, makes rockets.', [['Acme Corp', 'ORG'], ['Boston', 'GPE']]));
    expect(span(doc, doc.relations[0].evidence)).toBe('Acme Corp, based in Boston');
  });

  it('stores an office stated with a demonym against the country named in the article', () => {
    const text = 'Israeli Prime Minister Benjamin Netanyahu said Israel would respond.';
    expect(run(text, [['Israeli', 'NORP'], ['Benjamin Netanyahu', 'PERSON'], ['Israel', 'GPE']])).toEqual([
      ['Benjamin Netanyahu', 'works_for', 'Prime Minister', 'Israel'],
    ]);
  });

  it('creates no country entity for a demonym whose country the article does not name', () => {
    const doc = relations.run(makeDoc('Israeli Prime Minister Benjamin Netanyahu said he would respond.', [['Israeli', 'NORP'], ['Benjamin Netanyahu', 'PERSON']]));
    expect(doc.relations).toEqual([]);
    expect(doc.entities.map((e) => e.name)).toEqual(['Israeli', 'Benjamin Netanyahu']);
  });

  it('needs a title, a tight construction or a confident model for works_for', () => {
    expect(run('Farhan Haq told Polygraph on Monday that the camp was open.', [['Farhan Haq', 'PERSON'], ['Polygraph', 'ORG']])).toEqual([]);
  });

  it('reads a place before a title as an employer only for a public office', () => {
    expect(run('Ohio Governor John Smith met Texas lawyer Jane Doe.', [['Ohio', 'GPE'], ['John Smith', 'PERSON'], ['Texas', 'GPE'], ['Jane Doe', 'PERSON']])).toEqual([
      ['John Smith', 'works_for', 'Governor', 'Ohio'],
    ]);
  });
});
