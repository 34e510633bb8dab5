import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../src/document/types.js';
import { afterArticle, portfolioOffice, refine } from '../../src/pipeline/stages/entities.js';
import { tokenize } from '../../src/pipeline/stages/tokenize.js';

/** refine() over the whole text tagged as one PER span. */
function person(text: string): string[] {
  const doc = tokenize.run(emptyDoc({ id: 't', text }));
  return refine(doc, 0, doc.tokens.start.length, 'PER').map(([a, b]) => text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]));
}

describe('stages/entities refine', () => {
  it.each([
    ['Prime Minister Habib Essid', 'Habib Essid'],
    ['Dr. Martin Luther King Jr.', 'Martin Luther King Jr.'],
    ['Martin Luther King III', 'Martin Luther King III'],
  ])('%j -> %j', (text, want) => expect(person(text)).toEqual([want]));
});

describe('stages/entities refine, organisation spans', () => {
  const org = (text: string): [string, string][] => {
    const doc = tokenize.run(emptyDoc({ id: 't', text }));
    return refine(doc, 0, doc.tokens.start.length, 'ORG').map(([a, b, l]) => [text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]), l]);
  };
  it.each([
    ['Permanent Representative Vasily Nebenzya', [['Vasily Nebenzya', 'PER']]],
    ['General Accounting Office', [['General Accounting Office', 'ORG']]],
    ['Air Force', [['Air Force', 'ORG']]],
    ['Permanent Representative', []],
    ['Knight-Ridder, Inc.', [['Knight-Ridder, Inc.', 'ORG']]],
    ['Acme, Boeing', [['Acme', 'ORG'], ['Boeing', 'ORG']]],
  ] as [string, [string, string][]][])('%j', (text, want) => expect(org(text)).toEqual(want));
});

describe('stages/entities refine, edges', () => {
  const refined = (text: string, label: 'PER' | 'LOC'): string[] => {
    const doc = tokenize.run(emptyDoc({ id: 't', text }));
    return refine(doc, 0, doc.tokens.start.length, label).map(([a, b]) => text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]));
  };
  it.each([
    ['The Hague', 'LOC', ['The Hague']],
    ['Far East', 'LOC', ['Far East']],
    ['the Netherlands', 'LOC', ['Netherlands']],
    ['King', 'PER', ['King']],
  ] as [string, 'PER' | 'LOC', string[]][])('%j (%s) -> %j', (text, label, want) => expect(refined(text, label)).toEqual(want));
});

describe('stages/entities person checks', () => {
  const doc = (text: string) => tokenize.run(emptyDoc({ id: 't', text }));
  const at = (d: ReturnType<typeof doc>, words: string): [number, number] => {
    const i = d.text.indexOf(words);
    const a = d.tokens.start.indexOf(i);
    const b = d.tokens.end.indexOf(i + words.length) + 1;
    return [a, b];
  };
  it('a name after "the" that does not modify a noun is no person', () => {
    const d1 = doc('The paper, the Rodong Sinmun said in a commentary.');
    expect(afterArticle(d1, 0, d1.tokens.start.length, ...at(d1, 'Rodong Sinmun'))).toBe(true);
    const d2 = doc('He criticised the Trump administration on Monday.');
    expect(afterArticle(d2, 0, d2.tokens.start.length, ...at(d2, 'Trump'))).toBe(false);
    const d3 = doc('He met Donald Trump on Monday.');
    expect(afterArticle(d3, 0, d3.tokens.start.length, ...at(d3, 'Donald Trump'))).toBe(false);
  });
  it('a name after "<office title> for" is a portfolio', () => {
    const d1 = doc('The United Nations High Commissioner for Human Rights said so.');
    const o = portfolioOffice(d1, 0, ...at(d1, 'Human Rights'));
    expect(d1.text.slice(d1.tokens.start[o])).toMatch(/^High Commissioner/);
    const d2 = doc('Minister for Foreign Affairs Sergey Lavrov said so.');
    expect(portfolioOffice(d2, 0, ...at(d2, 'Foreign Affairs Sergey Lavrov'))).toBe(-1);
    const d3 = doc('A friend of Human Rights Watch said so.');
    expect(portfolioOffice(d3, 0, ...at(d3, 'Human Rights Watch'))).toBe(-1);
  });
});

describe('stages/entities refine, spaced dashes', () => {
  const misc = (text: string): [string, string][] => {
    const doc = tokenize.run(emptyDoc({ id: 't', text }));
    return refine(doc, 0, doc.tokens.start.length, 'MISC').map(([a, b, l]) => [text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]), l]);
  };
  it('splits a span at a dash with spaces around it; known places in a MISC span are places', () => {
    expect(misc('Israel - Egypt')).toEqual([['Israel', 'LOC'], ['Egypt', 'LOC']]);
    expect(misc('Arab-Israeli')).toEqual([['Arab-Israeli', 'MISC']]);
  });
});

describe('stages/entities through the pipeline', () => {
  it('keeps a web domain with the outlet name it is glued to, as an organisation', async () => {
    const { process } = await import('../../src/pipeline/index.js');
    const d = process({ id: 't', text: 'Sources told Polygraph.info the claims are false. Salon.com reported it.' });
    const orgs = d.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['Polygraph.info', 'Salon.com']));
  });
});

describe('stages/entities refine, coordinated organisations', () => {
  const org = (text: string): string[] => {
    const doc = tokenize.run(emptyDoc({ id: 't', text }));
    return refine(doc, 0, doc.tokens.start.length, 'ORG').map(([a, b]) => text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]));
  };
  it('splits "A and B" when A ends in an organisation word and B has two words or more', () => {
    expect(org('United Nations and European Union')).toEqual(['United Nations', 'European Union']);
    expect(org('Department of Health and Human Services')).toEqual(['Department of Health and Human Services']);
    expect(org('Procter and Gamble')).toEqual(['Procter and Gamble']);
  });
});
