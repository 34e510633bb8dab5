import { describe, expect, it } from 'vitest';
import { scorePolnearDoc, type PolnearDoc } from '../../eval/polnear.js';
import type { ErrorRow } from '../../eval/report-types.js';
import type { StatementJSON } from '../../eval/types.js';

const text = 'Trump said that the wall will be built. Officials believe it costs too much.';
const at = (s: string): [number, number] => {
  const i = text.indexOf(s);
  return [i, i + s.length];
};
const part = (s: string) => ({ spans: [at(s)], text: s });

const doc: PolnearDoc = {
  doc_id: 'd1',
  annotator: 'a1',
  text,
  attributions: [
    { id: 'E1', kind: 'Attribution', source: [part('Trump')], cue: [part('said')], content: [part('that the wall will be built')] },
    { id: 'E2', kind: 'Attribution-no-source', source: [], cue: [part('believe')], content: [part('it costs too much')] },
  ],
};

const stmt = (source: string, content: string): StatementJSON => {
  const [s, e] = at(source);
  const [cs, ce] = at(content);
  return { speaker: null, source: { start: s, end: e, text: source }, content: { start: cs, end: ce } };
};

describe('eval/polnear', () => {
  it('matches content by token overlap and checks the source span on matched items with a source', () => {
    const errors: ErrorRow[] = [];
    const c = scorePolnearDoc(doc, { entities: [], relations: [], statements: [stmt('Trump', 'the wall will be built'), stmt('Officials', 'costs too much')] }, errors);
    expect([c.content.tp, c.content.pred, c.content.gold]).toEqual([2, 2, 2]);
    expect([c.sourceCorrect, c.sourceTotal]).toEqual([1, 1]);
    expect(errors).toEqual([]);
  });

  it('reports a wrong source on a matched statement', () => {
    const errors: ErrorRow[] = [];
    const c = scorePolnearDoc(doc, { entities: [], relations: [], statements: [stmt('wall', 'the wall will be built')] }, errors);
    expect([c.sourceCorrect, c.sourceTotal]).toEqual([0, 1]);
    expect(errors.map((e) => [e.cls, e.kind])).toEqual([
      ['source', 'WRONG'],
      ['content', 'FN'],
    ]);
  });
});
