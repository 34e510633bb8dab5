import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';
import { fixtureDb } from './fixture.js';

let db: string;
beforeAll(() => {
  db = fixtureDb();
});
const run = (...args: string[]) => cli([...args, '--db', db]);

describe('said', () => {
  it('prints a table, newest first', async () => {
    const r = await run('said', '--by', 'shoigu');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "speaker        cue     kind      content                                   article
      -------------  ------  --------  ----------------------------------------  -----------------------
      Sergey Shoigu  warned  indirect  militants in Afghanistan were regrouping  Border talks
      Sergey Shoigu  said    indirect  the border would be secured               Council meets in Moscow
      "
    `);
  });

  it('keeps the contract JSON shape', async () => {
    const r = await run('said', '--about', 'Afghanistan', '--json');
    expect(JSON.parse(r.stdout)).toMatchInlineSnapshot(`
      [
        {
          "about": [
            {
              "id": 5,
              "name": "Afghanistan",
            },
          ],
          "article": {
            "id": "a3",
            "published_at": "2024-02-20",
            "title": "Border talks",
            "url": "https://news.example/a3",
          },
          "content": "militants in Afghanistan were regrouping",
          "cue": "warned",
          "kind": "indirect",
          "sentence": {
            "end": 60,
            "start": 0,
            "text": "Shoigu warned that militants in Afghanistan were regrouping.",
          },
          "speaker": {
            "id": 1,
            "name": "Sergey Shoigu",
            "type": "PERSON",
          },
        },
        {
          "about": [
            {
              "id": 5,
              "name": "Afghanistan",
            },
          ],
          "article": {
            "id": "a2",
            "published_at": "2024-02-05",
            "title": "UN briefing",
            "url": "https://news.example/a2",
          },
          "content": "Afghanistan faced new threats",
          "cue": "warned",
          "kind": "indirect",
          "sentence": {
            "end": 122,
            "start": 71,
            "text": "Nebenzya warned that Afghanistan faced new threats.",
          },
          "speaker": {
            "id": 4,
            "name": "Vasily Nebenzya",
            "type": "PERSON",
          },
        },
      ]
    `);
  });

  it('searches what was said with --match', async () => {
    const r = await run('said', '--match', 'TAJIKISTAN', '--jsonl');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).content)).toEqual(['Russia would help Tajikistan', 'the talks with Tajikistan were useful']);
    const p = await run('said', '--match', 'regroup*', '--json');
    expect(JSON.parse(p.stdout).map((s: { content: string }) => s.content)).toEqual(['militants in Afghanistan were regrouping']);
  });

  it('groups by speaker and by date', async () => {
    expect((await run('said', '--group-by', 'speaker')).stdout).toMatchInlineSnapshot(`
      "Sergey Shoigu (2 statements)
      speaker        cue     kind      content                                   article
      -------------  ------  --------  ----------------------------------------  -----------------------
      Sergey Shoigu  warned  indirect  militants in Afghanistan were regrouping  Border talks
      Sergey Shoigu  said    indirect  the border would be secured               Council meets in Moscow

      Vasily Nebenzya (2 statements)
      speaker          cue     kind      content                        article
      ---------------  ------  --------  -----------------------------  ------------
      Vasily Nebenzya  said    indirect  Russia would help Tajikistan   Border talks
      Vasily Nebenzya  warned  indirect  Afghanistan faced new threats  UN briefing

      Ivan Ivanov (1 statement)
      speaker      cue   kind      content                                article
      -----------  ----  --------  -------------------------------------  -----------
      Ivan Ivanov  said  indirect  the talks with Tajikistan were useful  Two Ivanovs
      "
    `);
    const byDate = JSON.parse((await run('said', '--group-by', 'date', '--json')).stdout);
    expect(byDate.map((g: { group: string; count: number }) => [g.group, g.count])).toEqual([['2024-02-20', 2], ['2024-02-05', 1], ['2024-01-10', 1], ['undated', 1]]);
  });

  it('filters by date and cue, and writes CSV', async () => {
    const r = await run('said', '--cue', 'warned', '--since', '2024-02-01', '--until', '2024-02-10', '--csv');
    expect(r.stdout).toMatchInlineSnapshot(`
      "speaker.id,speaker.name,speaker.type,cue,kind,content,about,article.id,article.title,article.url,article.published_at,sentence.start,sentence.end,sentence.text
      4,Vasily Nebenzya,PERSON,warned,indirect,Afghanistan faced new threats,Afghanistan,a2,UN briefing,https://news.example/a2,2024-02-05,71,122,Nebenzya warned that Afghanistan faced new threats.
      "
    `);
  });

  it('rejects two output formats and a bad --group-by', async () => {
    expect((await run('said', '--json', '--csv')).code).toBe(2);
    expect((await run('said', '--group-by', 'colour')).code).toBe(2);
  });
});

describe('entity', () => {
  it('prints the card', async () => {
    const r = await run('entity', 'Nebenzya');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "Vasily Nebenzya (PERSON, #4)
      aliases: Nebenzya
      mentions: 3 in 2 articles
      statements: 2 by it, 0 about it
      seen: 2024-02-05 to 2024-02-20

      roles:
        works_for: Permanent Representative, Russia

      relations:
        Vasily Nebenzya —Permanent Representative→ Russia  [works_for]  “Vasily Nebenzya, Russia's Permanent Representative, spoke in New York.”

      said:
        said (indirect): Russia would help Tajikistan
        warned (indirect): Afghanistan faced new threats

      strongest neighbours:
        Russia (GPE)  relation 1, said 1
        Afghanistan (GPE)  said 1
        Tajikistan (GPE)  said 1
      "
    `);
  });

  it('gives the card as JSON with the contract fields', async () => {
    const card = JSON.parse((await run('entity', 'shoigu', '--json')).stdout);
    expect(Object.keys(card)).toEqual(
      expect.arrayContaining(['id', 'name', 'type', 'aliases', 'relations', 'said', 'said_about', 'first_seen', 'last_seen', 'roles', 'neighbors']),
    );
    expect(card).toMatchObject({ name: 'Sergey Shoigu', type: 'PERSON', aliases: ['Shoigu'], mentions: 3, articles: 2, statements: 2, statements_about: 0 });
    expect([card.first_seen, card.last_seen]).toEqual(['2024-01-10', '2024-02-20']);
    expect(card.roles).toEqual([{ type: 'works_for', predicate: 'Secretary', object: { id: 2, name: 'Security Council', type: 'ORG' }, count: 1 }]);
    expect(Object.keys(card.said[0]).sort()).toEqual(['about', 'article', 'content', 'cue', 'kind', 'sentence', 'speaker']);
  });

  it('lists the candidates of an ambiguous name and exits 1 with a hint', async () => {
    const r = await run('entity', 'ivanov');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatchInlineSnapshot(`
      "error: name "ivanov" matches 2 entities: Sergei Ivanov (PERSON, #7); Ivan Ivanov (PERSON, #8). Use a fuller name or an id such as "#7"; try: newsgraph entity --search "ivanov"
      "
    `);
    expect((await run('entity', '--search', 'ivanov')).stdout).toMatchInlineSnapshot(`
      "id  name           type    mentions  aliases
      --  -------------  ------  --------  -------
      #8  Ivan Ivanov    PERSON  2         Ivanov
      #7  Sergei Ivanov  PERSON  1         Ivanov
      "
    `);
    expect(JSON.parse((await run('entity', '#8', '--json')).stdout).name).toBe('Ivan Ivanov');
  });

  it('suggests near matches for an unknown name', async () => {
    const r = await run('entity', 'Shoygu');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: entity "Shoygu" not found. Did you mean: "Sergey Shoigu"?\n');
  });
});

describe('relations', () => {
  it('filters triples', async () => {
    expect((await run('relations', '--type', 'works_for')).stdout).toMatchInlineSnapshot(`
      "subject          predicate                 object            type       date        evidence
      ---------------  ------------------------  ----------------  ---------  ----------  ----------------------------------------------------------------------
      Vasily Nebenzya  Permanent Representative  Russia            works_for  2024-02-05  Vasily Nebenzya, Russia's Permanent Representative, spoke in New York.
      Sergey Shoigu    Secretary                 Security Council  works_for  2024-01-10  Sergey Shoigu, Secretary of Russia's Security Council, met Tajik offi…
      "
    `);
    const r = JSON.parse((await run('relations', '--object', 'Russia', '--predicate', 'represent', '--json')).stdout);
    expect(r.map((x: { subject: { name: string }; predicate: string }) => [x.subject.name, x.predicate])).toEqual([['Vasily Nebenzya', 'Permanent Representative']]);
  });
});

describe('neighbors', () => {
  it('lists the ego network with edge counts', async () => {
    expect((await run('neighbors', 'Shoigu', '--depth', '2', '--edge', 'said,relation,co-mention')).stdout).toMatchInlineSnapshot(`
      "Sergey Shoigu (PERSON): 7 neighbours within 2 hops
      name              type    depth  said  relation  co-mention  via
      ----------------  ------  -----  ----  --------  ----------  -------------
      Afghanistan       GPE     1      1     0         1           Sergey Shoigu
      Security Council  ORG     1      0     1         1           Sergey Shoigu
      Russia            GPE     1      0     0         1           Sergey Shoigu
      Tajikistan        GPE     1      0     0         1           Sergey Shoigu
      Vasily Nebenzya   PERSON  2      3     1         4           Russia
      Ivan Ivanov       PERSON  2      1     0         1           Tajikistan
      Dushanbe          GPE     2      0     1         0           Tajikistan
      "
    `);
  });

  it('follows relations and statements by default, and cuts wide rings with --fanout', async () => {
    expect((await run('neighbors', 'Shoigu', '--depth', '3', '--fanout', '1')).stdout).toMatchInlineSnapshot(`
      "Sergey Shoigu (PERSON): 4 neighbours within 3 hops (rings beyond the first expanded through their 1 strongest nodes; --fanout 0 for all)
      name              type    depth  said  relation  co-mention  via
      ----------------  ------  -----  ----  --------  ----------  ----------------
      Afghanistan       GPE     1      1     0         0           Sergey Shoigu
      Security Council  ORG     1      0     1         0           Sergey Shoigu
      Russia            GPE     2      0     1         0           Security Council
      Vasily Nebenzya   PERSON  3      1     1         0           Russia
      "
    `);
  });

  it('keeps to one edge kind', async () => {
    const ego = JSON.parse((await run('neighbors', 'Russia', '--edge', 'relation', '--json')).stdout);
    expect(ego.nodes.map((n: { name: string }) => n.name)).toEqual(['Security Council', 'Vasily Nebenzya']);
    expect(ego.edges).toMatchInlineSnapshot(`
      [
        {
          "edge": "relation",
          "label": "of",
          "source": "Security Council",
          "target": "Russia",
          "type": "based_in",
          "weight": 1,
        },
        {
          "edge": "relation",
          "label": "Permanent Representative",
          "source": "Vasily Nebenzya",
          "target": "Russia",
          "type": "works_for",
          "weight": 1,
        },
      ]
    `);
  });
});

describe('path', () => {
  it('finds the shortest connection with evidence for every hop', async () => {
    const r = await run('path', 'Shoigu', 'Nebenzya');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "Sergey Shoigu -> Afghanistan <- Vasily Nebenzya
        Sergey Shoigu -[warned]-> Afghanistan  (said)
          “Shoigu warned that militants in Afghanistan were regrouping.” — Border talks, 2024-02-20
        Afghanistan <-[warned]- Vasily Nebenzya  (said)
          “Nebenzya warned that Afghanistan faced new threats.” — UN briefing, 2024-02-05
      "
    `);
  });

  it('keeps the contract JSON shape', async () => {
    const r = JSON.parse((await run('path', 'Shoigu', 'Nebenzya', '--edge', 'relation', '--json')).stdout);
    expect(r.paths).toHaveLength(1);
    expect(r.paths[0].map((h: { from: string; direction: string; to: string }) => `${h.from} ${h.direction} ${h.to}`)).toEqual([
      'Sergey Shoigu -> Security Council', 'Security Council -> Russia', 'Russia <- Vasily Nebenzya',
    ]);
    for (const hop of r.paths[0]) expect(Object.keys(hop)).toEqual(expect.arrayContaining(['from', 'to', 'type', 'label', 'evidence']));
    expect(r.paths[0][2].evidence).toEqual({
      article: 'a2', title: 'UN briefing', url: 'https://news.example/a2', published_at: '2024-02-05',
      text: "Vasily Nebenzya, Russia's Permanent Representative, spoke in New York.",
    });
  });

  it('lists all shortest connections with --all', async () => {
    const r = JSON.parse((await run('path', 'Shoigu', 'Tajikistan', '--all', '--edge', 'said,relation,co-mention', '--json')).stdout);
    expect(r.length).toBe(1);
    const two = JSON.parse((await run('path', 'Shoigu', 'Nebenzya', '--all', '--edge', 'said', '--json')).stdout);
    expect(two.paths.map((p: { from: string; to: string }[]) => [p[0].from, ...p.map((h) => h.to)])).toEqual([['Sergey Shoigu', 'Afghanistan', 'Vasily Nebenzya']]);
  });

  it('says when there is no connection', async () => {
    const r = await run('path', 'Shoigu', 'Dushanbe', '--max-depth', '2');
    expect(r.stdout).toBe('no connection between Sergey Shoigu and Dushanbe within 2 hops\n');
    expect(JSON.parse((await run('path', 'Shoigu', 'Dushanbe', '--max-depth', '2', '--json')).stdout).paths).toEqual([]);
  });
});

describe('top, communities, timeline', () => {
  it('ranks by statements and by degree', async () => {
    expect((await run('top', '--by', 'statements')).stdout).toMatchInlineSnapshot(`
      "rank  name             type    statements  degree
      ----  ---------------  ------  ----------  ------
      1     Vasily Nebenzya  PERSON  2           3
      2     Sergey Shoigu    PERSON  2           2
      3     Ivan Ivanov      PERSON  1           1
      "
    `);
    expect((await run('top', '--type', 'gpe', '--limit', '3')).stdout).toMatchInlineSnapshot(`
      "rank  name         type  degree  centrality  statements
      ----  -----------  ----  ------  ----------  ----------
      1     Tajikistan   GPE   3       0.428571    0
      2     Afghanistan  GPE   2       0.285714    0
      3     Russia       GPE   2       0.285714    0
      "
    `);
    const pr = JSON.parse((await run('top', '--by', 'pagerank', '--json', '--limit', '1')).stdout);
    expect(pr[0]).toMatchObject({ rank: 1, name: 'Tajikistan' });
  });

  it('finds communities, the same for the same seed', async () => {
    const r = await run('communities');
    expect(r.stdout).toMatchInlineSnapshot(`
      "3 communities (modularity 0.3272)
        1. 3 members: Afghanistan (GPE), Security Council (ORG), Sergey Shoigu (PERSON)
        2. 3 members: Tajikistan (GPE), Dushanbe (GPE), Ivan Ivanov (PERSON)
        3. 2 members: Vasily Nebenzya (PERSON), Russia (GPE)
      "
    `);
    expect((await run('communities', '--json')).stdout).toBe((await run('communities', '--json')).stdout);
  });

  it("shows a speaker's statements over time", async () => {
    expect((await run('timeline', 'Nebenzya')).stdout).toMatchInlineSnapshot(`
      "Vasily Nebenzya (PERSON): 2 statements

      2024-02  ## 2
        2024-02-05  warned (indirect): Afghanistan faced new threats
        2024-02-20  said (indirect): Russia would help Tajikistan
      "
    `);
    expect((await run('timeline', 'Nebenzya', '--interval', 'day', '--csv')).stdout).toMatchInlineSnapshot(`
      "period,speaker.id,speaker.name,speaker.type,cue,kind,content,about,article.id,article.title,article.url,article.published_at,sentence.start,sentence.end,sentence.text
      2024-02-05,4,Vasily Nebenzya,PERSON,warned,indirect,Afghanistan faced new threats,Afghanistan,a2,UN briefing,https://news.example/a2,2024-02-05,71,122,Nebenzya warned that Afghanistan faced new threats.
      2024-02-20,4,Vasily Nebenzya,PERSON,said,indirect,Russia would help Tajikistan,Russia; Tajikistan,a3,Border talks,https://news.example/a3,2024-02-20,61,104,Nebenzya said Russia would help Tajikistan.
      "
    `);
  });
});

describe('every command', () => {
  it.each(['said', 'entity', 'relations', 'neighbors', 'path', 'top', 'communities', 'timeline'])('%s has help with the shared output flags', async (c) => {
    const r = await cli([c, '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--json', '--jsonl', '--csv', '--db']) expect(r.stdout).toContain(flag);
  });
});
