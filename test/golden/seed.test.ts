import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

/**
 * Golden test for the seed article (data/afghanistan-regional-threat.txt), through `extract`.
 * test/golden/seed.json was checked statement by statement against the hand-made gold in
 * ../shared/data/seed/ (all 11 gold statements and 3 relations, nothing extra). No pattern in the
 * pipeline is keyed to this article; a change that alters this output must be justified by the
 * evaluation on the development sets (npm run eval), then the golden file updated.
 */
const golden = JSON.parse(readFileSync(new URL('./seed.json', import.meta.url), 'utf8'));

async function seedDoc() {
  const r = await cli(['extract', 'data/afghanistan-regional-threat.txt']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  const name = (id: string) => doc.entities.find((e: { id: string }) => e.id === id).name;
  return {
    doc,
    statements: doc.statements.map((s: Record<string, any>) => ({ speaker: name(s.speaker), source: s.source.text, cue: s.cue, kind: s.kind, content: s.content.text })),
    relations: doc.relations.map((r: Record<string, any>) => ({ subject: name(r.subject), type: r.type, predicate: r.predicate, object: name(r.object) })),
  };
}

describe('golden: seed article', () => {
  it('extracts exactly the golden statements and relations', async () => {
    const { statements, relations } = await seedDoc();
    expect(statements).toEqual(golden.statements);
    expect(relations).toEqual(golden.relations);
  });

  it.each([
    ['Vasily Nebenzya', 'expressed', 'deep concern regarding the security threats emanating from ISIS-K operations'],
    ['Vasily Nebenzya', 'highlighting', 'Taliban counterterrorism measures remain insufficient'],
    ['Vasily Nebenzya', 'warned', 'militant groups are exploiting the vacuum to position themselves as alternative power centers, thereby increasing regional instability'],
    ['Sergey Shoigu', 'noted', 'terrorist elements in Afghanistan continue to receive foreign funding, heightening the danger of infiltration into neighboring countries'],
    ['Sergey Shoigu', 'stressed', 'without enhanced intelligence sharing, strict border monitoring, and coordinated counterterrorism efforts, these groups could exploit porous borders to expand their operations across Central and South Asia'],
    ['Eurasia Review', 'According to', 'Russia is confronting significant security risks from a range of militant groups operating within Afghanistan, with extremist networks extending their reach into Central Asian nations bordering Afghanistan'],
    ['Russian officials', 'pointed to', 'the strengthening presence of ISIS-K and other extremist groups in Afghanistan'],
    ['Experts', 'warn', 'Afghanistan is effectively evolving into a base from which extremists plan, fund, and execute attacks with relative impunity'],
    ['Security analysts', 'underscore', 'targeted diplomatic pressure, intelligence coordination, and rigorous border enforcement are crucial to mitigating this escalating threat'],
  ])('%s %s: %s', async (speaker, cue, content) => {
    const { statements } = await seedDoc();
    expect(statements).toContainEqual(expect.objectContaining({ speaker, cue, content, kind: 'indirect' }));
  });

  it('resolves "He stressed" to Shoigu and keeps the source as written', async () => {
    const { statements } = await seedDoc();
    expect(statements.find((s: { cue: string }) => s.cue === 'stressed')).toMatchObject({ speaker: 'Sergey Shoigu', source: 'He' });
  });

  it('types the unnamed speakers as GROUP', async () => {
    const { doc } = await seedDoc();
    const groups = doc.entities.filter((e: { type: string }) => e.type === 'GROUP').map((e: { name: string }) => e.name);
    expect(groups).toEqual(expect.arrayContaining(['Russian officials', 'Experts', 'Security analysts']));
  });

  it('finds works_for Nebenzya -> Russia and Shoigu -> Security Council', async () => {
    const { relations } = await seedDoc();
    expect(relations).toContainEqual({ subject: 'Vasily Nebenzya', type: 'works_for', predicate: 'Permanent Representative', object: 'Russia' });
    expect(relations).toContainEqual({ subject: 'Sergey Shoigu', type: 'works_for', predicate: 'Secretary', object: 'Security Council' });
  });
});
