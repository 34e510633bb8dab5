import { describe, expect, it } from 'vitest';
import type { TypedSpan } from '../../eval/conll.js';
import { applyConventions, CONVENTIONS, type ConventionName, type PlacedRelation } from '../../eval/conll04-conventions.js';

const tokens = [
  'On this date , President Lincoln was born in North Bend , Ohio .'.split(' '),
  'Illinois Gov. James Thompson met Ms. Carpenter of Acme in Dayton , Ohio .'.split(' '),
];
const sp = (sent: number, start: number, end: number, type: string): TypedSpan => ({ unit: '', sent, start, end, type });
const spans: TypedSpan[] = [
  sp(0, 5, 6, 'Peop'), // Lincoln
  sp(0, 9, 11, 'Loc'), // North Bend
  sp(0, 12, 13, 'Loc'), // Ohio
  sp(1, 0, 1, 'Loc'), // Illinois
  sp(1, 2, 4, 'Peop'), // James Thompson
  sp(1, 6, 7, 'Peop'), // Carpenter
  sp(1, 10, 11, 'Loc'), // Dayton
  sp(1, 12, 13, 'Loc'), // Ohio
];
const at = (sent: number, start: number, end: number) => [{ sent, start, end }];
const rels: PlacedRelation[] = [
  { sent: 0, type: 'Live_In', subj: at(0, 5, 6), obj: at(0, 9, 11), objType: 'Loc', label: 'a' },
  { sent: 0, type: 'Live_In', subj: at(0, 5, 6), obj: at(0, 12, 13), objType: 'Loc', label: 'b' },
  { sent: 0, type: 'Located_In', subj: at(0, 9, 11), obj: at(0, 12, 13), objType: 'Loc', label: 'c' },
  { sent: 1, type: 'Work_For', subj: at(1, 2, 4), obj: at(1, 0, 1), objType: 'Loc', label: 'd' },
  { sent: 1, type: 'Located_In', subj: at(1, 10, 11), obj: at(1, 12, 13), objType: 'Loc', label: 'e' },
];
const run = (use: ConventionName[]) => applyConventions(tokens, spans, rels, new Set(use));
const show = (r: PlacedRelation) => `${r.sent} ${r.type} ${r.subj.map((x) => `${x.start}-${x.end}`).join()} ${r.obj.map((x) => `${x.start}-${x.end}`).join()}`;

describe('eval/conll04-conventions', () => {
  it('changes nothing without conventions', () => {
    const out = run([]);
    expect(out.spans).toEqual(spans);
    expect(out.rels.map(show)).toEqual(rels.map(show));
  });
  it('join: a person living in "X , Y" (X located_in Y) lives in the joined span', () => {
    const out = run(['join']);
    expect(out.rels.map(show)).toEqual(['0 Live_In 5-6 9-13', '1 Work_For 2-4 0-1', '1 Located_In 10-11 12-13']);
    expect(out.spans.filter((s) => s.sent === 0 && s.type === 'Loc').map((s) => `${s.start}-${s.end}`)).toEqual(['9-13']);
    // Dayton , Ohio: nobody lives there, the two places stay
    expect(out.spans.filter((s) => s.sent === 1 && s.type === 'Loc').length).toBe(3);
  });
  it('both: an organisation based in one part of "X , Y" is based in both', () => {
    const withOrg = [...rels, { sent: 1, type: 'OrgBased_In', subj: at(1, 8, 9), obj: at(1, 10, 11), objType: 'Loc', label: 'f' }];
    const out = applyConventions(tokens, spans, withOrg, new Set(['both']));
    expect(out.rels.filter((r) => r.type === 'OrgBased_In').map(show)).toEqual(['1 OrgBased_In 8-9 10-11', '1 OrgBased_In 8-9 12-13']);
    const place = [...rels, { sent: 1, type: 'Located_In', subj: at(1, 8, 9), obj: at(1, 10, 11), objType: 'Loc', label: 'h' }];
    const out2 = applyConventions(tokens, spans, place, new Set(['both']));
    expect(out2.rels.filter((r) => r.type === 'Located_In' && r.subj[0].start === 8).map(show)).toEqual(['1 Located_In 8-9 10-11', '1 Located_In 8-9 12-13']);
  });
  it('mentions: an OrgBased_In of a name written twice counts for each mention', () => {
    const toks = ['NRC headquarters in Rockville , said NRC experts .'.split(' ')];
    const r: PlacedRelation = { sent: 0, type: 'OrgBased_In', subj: [{ sent: 0, start: 0, end: 1 }, { sent: 0, start: 6, end: 7 }], obj: at(0, 3, 4), objType: 'Loc', label: 'g' };
    const out = applyConventions(toks, [], [r], new Set(['mentions']));
    expect(out.rels.map(show)).toEqual(['0 OrgBased_In 0-1 3-4', '0 OrgBased_In 6-7 3-4']);
    const live = applyConventions(toks, [], [{ ...r, type: 'Live_In' }], new Set(['mentions']));
    expect(live.rels.length).toBe(1);
  });
  it('office: works_for a place is Live_In', () => {
    expect(run(['office']).rels.map(show)[3]).toBe('1 Live_In 2-4 0-1');
  });
  it('titles: a person span after Ms. or President is widened, not after Gov.', () => {
    const out = run(['titles']);
    expect(out.spans.filter((s) => s.type === 'Peop').map((s) => `${s.sent}:${s.start}-${s.end}`)).toEqual(['0:4-6', '1:2-4', '1:5-7']);
    expect(show(out.rels[0])).toBe('0 Live_In 4-6 9-11');
  });
  it('all together', () => {
    expect(run([...CONVENTIONS]).rels.map(show)).toEqual(['0 Live_In 4-6 9-13', '1 Live_In 2-4 0-1', '1 Located_In 10-11 12-13']);
  });
});
