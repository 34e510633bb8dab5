import { describe, expect, it } from 'vitest';
import { demonymCountry, isDemonym, placeType } from '../../src/ner/index.js';

describe('ner/gazetteer', () => {
  it.each([
    ['Russia', 'GPE'],
    ['the United States', 'GPE'],
    ['U.S.', 'GPE'],
    ['Moscow', 'GPE'],
    ['California', 'GPE'],
    ['Middle East', 'LOC'],
    ['Europe', 'LOC'],
    ['Black Sea', 'LOC'],
    ['Reuters', undefined],
  ])('placeType(%j) is %s', (name, type) => {
    expect(placeType(name)).toBe(type);
  });

  it.each([
    ['Russian', 'Russia'],
    ['Afghans', 'Afghanistan'],
    ['Americans', 'United States'],
    ['French', 'France'],
    ['Israelis', 'Israel'],
  ])('demonymCountry(%j) is %j', (word, country) => {
    expect(isDemonym(word)).toBe(true);
    expect(demonymCountry(word)).toBe(country);
  });

  it.each(['table', 'Obama', 'Tuesday'])('%j is not a demonym', (word) => {
    expect(isDemonym(word)).toBe(false);
    expect(demonymCountry(word)).toBeUndefined();
  });
});
