import { describe, expect, it } from 'vitest';
import { relations } from '../../src/pipeline/stages/relations.js';
import { entityName, makeDoc } from '../helpers.js';
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

  it('finds nothing without a title', () => {
    expect(run('John Smith visited Russia.', [['John Smith', 'PERSON'], ['Russia', 'GPE']])).toEqual([]);
  });
});
