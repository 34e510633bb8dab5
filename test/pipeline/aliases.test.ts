import { describe, expect, it } from 'vitest';
import { compressedKey, nameKey } from '../../src/pipeline/stages/aliases.js';
import { makeDoc } from '../helpers.js';
import { entityAliases } from '../../src/document/json.js';

describe('stages/aliases', () => {
  it.each([
    ['the Taliban', 'taliban'],
    ['U.S.', 'us'],
    ['Russia’s', 'russia'],
  ])('nameKey(%j) = %j', (name, key) => expect(nameKey(name)).toBe(key));

  it.each([
    ['United Nations Security Council', 'unsc'],
    ['UN Security Council', 'unsc'],
    ['U.S.', 'us'],
  ])('compressedKey(%j) = %j', (name, key) => expect(compressedKey(name)).toBe(key));

  it('merges a surname into the full name and keeps the fullest form as the name', () => {
    const doc = makeDoc('Vasily Nebenzya spoke. Later Nebenzya left.', [['Vasily Nebenzya', 'PERSON'], ['Nebenzya', 'PERSON']]);
    expect(doc.entities.map((e) => e.name)).toEqual(['Vasily Nebenzya']);
    expect(entityAliases(doc, 0)).toEqual(['Nebenzya']);
  });

  it('merges a surname without its particle ("Assad" for "Bashar al-Assad"), also when it comes first', async () => {
    const { process } = await import('../../src/pipeline/index.js');
    const doc = process({ id: 't', text: "Assad's forces attacked. Syrian President Bashar al-Assad said the Assad government was winning." });
    expect(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Bashar al-Assad']);
  });

  it('merges an acronym with the name it abbreviates', () => {
    const doc = makeDoc('The United Nations met. The UN said little.', [['United Nations', 'ORG'], ['UN', 'ORG']]);
    expect(doc.entities.map((e) => [e.name, e.mentions.length])).toEqual([['United Nations', 2]]);
  });

  it('takes an acronym in brackets after a name as its alias, wherever the acronym appears first', () => {
    const doc = makeDoc('The PKK attacked. The Kurdistan Workers Party (PKK) said it would fight.', [['PKK', 'ORG'], ['Kurdistan Workers Party', 'ORG']]);
    expect(doc.entities.map((e) => [e.name, e.mentions.length])).toEqual([['Kurdistan Workers Party', 4]]); // PKK, the full name, (PKK), and "it"
    // a person's name is never merged with a bracketed note
    const p = makeDoc('John Smith (ABC) spoke.', [['John Smith', 'PERSON'], ['ABC', 'ORG']]);
    expect(p.entities.map((e) => e.name)).toEqual(['John Smith', 'ABC']);
  });

  it('keeps a demonym apart from its country', () => {
    const doc = makeDoc('Russia said Russian troops left.', [['Russia', 'GPE'], ['Russian', 'NORP']]);
    expect(doc.entities.map((e) => [e.name, e.type])).toEqual([['Russia', 'GPE'], ['Russian', 'NORP']]);
  });

  it('does not merge two different people who share no name part', () => {
    const doc = makeDoc('John Smith met Mary Jones.', [['John Smith', 'PERSON'], ['Mary Jones', 'PERSON']]);
    expect(doc.entities.length).toBe(2);
  });
});
