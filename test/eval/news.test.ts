import { describe, expect, it } from 'vitest';
import { scoreNewsDoc, splitHeadline, type NewsArticle } from '../../eval/news.js';
import type { ErrorRow } from '../../eval/report-types.js';
import type { DocumentJSON, EntityJSON, StatementJSON } from '../../eval/types.js';

const body =
  'John Smith said the talks could fail. The UN and the EU stressed the plan was illegal.\n' +
  'Security analysts warned of chaos in Kabul. Smith is a minister of Ruritania.';

const article: NewsArticle = {
  id: 'T1',
  title: 'Headline',
  body,
  gold: {
    entities: [
      { name: 'John Smith', type: 'PERSON', aliases: ['Smith'] },
      { name: 'United Nations', type: 'ORG', aliases: ['UN'] },
      { name: 'European Union', type: 'ORG', aliases: ['EU'] },
      { name: 'Kabul', type: 'GPE', aliases: [] },
      { name: 'Ruritania', type: 'GPE', aliases: [] },
    ],
    relations: [{ subject: 'John Smith', type: 'works_for', predicate: 'minister', object: 'Ruritania', evidence: 'Smith is a minister of Ruritania' }],
    statements: [
      { speaker: 'John Smith', speaker_type: 'PERSON', cue: 'said', kind: 'indirect', content: 'the talks could fail', about: [] },
      { speaker: 'United Nations', speaker_type: 'ORG', cue: 'stressed', kind: 'indirect', content: 'the plan was illegal', about: [] },
      { speaker: 'European Union', speaker_type: 'ORG', cue: 'stressed', kind: 'indirect', content: 'the plan was illegal', about: [] },
      { speaker: 'security analysts', speaker_type: 'GROUP', cue: 'warned', kind: 'indirect', content: 'of chaos in Kabul', about: ['Kabul'] },
    ],
  },
};

const span = (text: string, from = 0): { start: number; end: number; text: string } => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`no "${text}" in body`);
  return { start, end: start + text.length, text };
};
const ent = (id: string, name: string, type: string, aliases: string[] = []): EntityJSON => ({ id, name, type, aliases, mentions: [] });
const stmt = (speaker: string, content: string): StatementJSON => ({ speaker, source: null, content: span(content) });

function score(doc: Partial<DocumentJSON>): { c: ReturnType<typeof scoreNewsDoc>; errors: ErrorRow[] } {
  const errors: ErrorRow[] = [];
  const c = scoreNewsDoc(article, { entities: [], relations: [], statements: [], ...doc }, errors);
  return { c, errors };
}

const entities: EntityJSON[] = [
  ent('e1', 'Smith', 'PERSON', ['John Smith']),
  ent('e2', 'UN', 'ORG'),
  ent('e3', 'EU', 'ORG'),
  ent('e4', 'The security analysts', 'GROUP'),
  ent('e5', 'Kabul', 'LOC'),
  ent('e6', 'Ruritania', 'PERSON'),
];

describe('eval/news', () => {
  it('splits the headline from the body', () => {
    expect(splitHeadline('Title here\n\nBody one.\nBody two.\n')).toEqual({ title: 'Title here', body: 'Body one.\nBody two.\n' });
  });

  it('scores content, speakers and who-said-what one-to-one', () => {
    const { c } = score({
      entities,
      statements: [
        stmt('e3', 'the plan was illegal'), // EU first: the tie on content goes to the right speaker
        stmt('e2', 'the plan was illegal'),
        stmt('e1', 'John Smith said the talks could fail'), // 4/7 of pred, 4/4 of gold: matches
        stmt('e4', 'chaos in Kabul'), // GROUP phrase, leading "the" and case ignored
        stmt('e2', 'Smith is a minister of Ruritania'), // false positive
      ],
    });
    expect([c.content.tp, c.content.pred, c.content.gold]).toEqual([4, 5, 4]);
    expect(c.speakerCorrect).toBe(4);
    expect(c.wsw.p).toBeCloseTo(0.8);
    expect(c.wsw.r).toBe(1);
  });

  it('counts a content match with the wrong speaker against who-said-what only', () => {
    const { c, errors } = score({ entities, statements: [stmt('e2', 'the talks could fail')] });
    expect([c.content.tp, c.speakerCorrect, c.wsw.tp]).toEqual([1, 0, 0]);
    expect(errors.filter((e) => e.cls === 'speaker').map((e) => e.kind)).toEqual(['WRONG']);
    expect(errors.filter((e) => e.cls === 'statements' && e.kind === 'FN')).toHaveLength(3);
  });

  it('needs 0.3 of the gold tokens too', () => {
    // 1 of 4 gold tokens ("fail") although all predicted tokens are shared
    const { c } = score({ entities, statements: [stmt('e1', 'fail')] });
    expect(c.content.tp).toBe(0);
  });

  it('matches entities by name or alias per class, GPE and LOC as one place class', () => {
    const { c, errors } = score({ entities });
    expect(c.entities.PERSON).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    expect(c.entities.ORG).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(c.entities.place).toMatchObject({ tp: 1, pred: 1, gold: 2 });
    const fn = errors.find((e) => e.cls === 'entity-place' && e.kind === 'FN');
    expect(fn?.pred).toBe('same name predicted as PERSON Ruritania');
  });

  it('scores works_for by subject and object names', () => {
    const rel = (subject: string, object: string) => ({ subject, object, predicate: 'minister', type: 'works_for' });
    const { c } = score({ entities, relations: [rel('e1', 'e6'), rel('e1', 'e2'), { ...rel('e1', 'e6'), type: 'related' }] });
    expect(c.worksFor).toMatchObject({ tp: 1, pred: 2, gold: 1 });
  });
});
