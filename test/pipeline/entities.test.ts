import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../src/document/types.js';
import { refine } from '../../src/pipeline/stages/entities.js';
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
