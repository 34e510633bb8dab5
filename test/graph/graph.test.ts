import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openGraph, NotFoundError, AmbiguousError } from '../../src/index.js';
import { GraphLoader } from '../../src/graph/load.js';
import { openStore } from '../../src/store/open.js';
import { buildStore, fixtureDb } from '../query/fixture.js';

function memoryGraph() {
  const db = openStore(':memory:');
  buildStore(db);
  return openGraph(db);
}

describe('graph loader', () => {
  it('loads only the edges of the nodes a query expands', () => {
    const g = memoryGraph();
    const l = new GraphLoader(g.db);
    l.expand(['9'], ['relation']); // Dushanbe
    expect(l.graph.order).toBe(2);
    expect(l.graph.edges().map((e) => l.graph.getEdgeAttributes(e))).toEqual([
      { edge: 'relation', weight: 1, type: 'located_in', label: 'capital of', last: 4, date: null },
    ]);
    const before = l.queries;
    l.expand(['9'], ['relation']);
    expect(l.queries).toBe(before);
  });

  it('aggregates statements into one said edge per speaker and subject, with the newest cue', () => {
    const g = memoryGraph();
    const l = new GraphLoader(g.db);
    l.expand(['4'], ['said']); // Nebenzya
    const out = l.graph.outEdges('4').map((e) => [l.graph.target(e), l.graph.getEdgeAttribute(e, 'label'), l.graph.getEdgeAttribute(e, 'weight')]);
    expect(out.sort()).toEqual([['3', 'said', 1], ['5', 'warned', 1], ['6', 'said', 1]]);
  });

  it('reads relation and said edges from the cache, and rebuilds it when facts change', () => {
    const g = memoryGraph();
    expect(g.neighbors('Dushanbe').nodes.map((n) => n.name)).toEqual(['Tajikistan']);
    expect(g.db.prepare("SELECT count(*) AS n FROM graph_edges WHERE kind = 'relation'").get()).toEqual({ n: 4 });
    g.db.prepare("INSERT INTO relations (article_id, subject_id, object_id, type, predicate, ev_start, ev_end, confidence, stage) VALUES (4, 9, 3, 'related', 'near', 0, 10, 0.5, 'test')").run();
    expect(openGraph(g.db).neighbors('Dushanbe').nodes.map((n) => n.name)).toEqual(['Russia', 'Tajikistan']);
  });

  it('applies a date range to every edge', () => {
    const g = memoryGraph();
    const ego = g.neighbors('Nebenzya', { since: '2024-02-10' });
    expect(ego.nodes.map((n) => n.name)).toEqual(['Russia', 'Tajikistan']);
  });

  it('gives the evidence sentences between two entities', () => {
    const g = memoryGraph();
    expect(g.evidence('Shoigu', 'Security Council').map((e) => [e.edge, e.label, e.article])).toEqual([
      ['relation', 'Secretary', 'a1'],
      ['co-mention', 'co-mentioned', 'a1'],
    ]);
  });
});

describe('openGraph (library API)', () => {
  it('mirrors the commands', () => {
    const g = openGraph(fixtureDb());
    expect(g.said({ by: 'Shoigu' }).map((s) => s.content)).toEqual(['militants in Afghanistan were regrouping', 'the border would be secured']);
    expect(g.path('Shoigu', 'Nebenzya', { edges: ['relation'] }).length).toBe(3);
    expect(g.top({ by: 'statements', limit: 1 })[0].name).toBe('Vasily Nebenzya');
    expect(g.timeline('Shoigu').periods.map((p) => p.period)).toEqual(['2024-01', '2024-02']);
    g.close();
  });

  it('throws typed errors for unknown and ambiguous names', () => {
    const g = memoryGraph();
    expect(() => g.entity('Nobody')).toThrow(NotFoundError);
    expect(() => g.neighbors('Ivanov')).toThrow(AmbiguousError);
  });
});

describe('full-text index', () => {
  it('upgrades a version 1 store, backfilling what was said', () => {
    const file = fixtureDb();
    // make it a version 1 store again: no FTS table, no triggers
    const raw = new Database(file);
    raw.exec('DROP TRIGGER statements_fts_insert; DROP TRIGGER statements_fts_delete; DROP TABLE statement_fts; PRAGMA user_version = 1;');
    raw.close();
    const g = openGraph(file);
    expect(g.said({ match: 'useful' }).map((s) => s.speaker.name)).toEqual(['Ivan Ivanov']);
    g.close();
  });

  it('follows deletes and inserts of statements', () => {
    const g = memoryGraph();
    g.db.prepare('DELETE FROM statement_about WHERE statement_id IN (SELECT id FROM statements WHERE article_id = 4)').run();
    g.db.prepare('DELETE FROM statements WHERE article_id = 4').run();
    expect(g.said({ match: 'useful' })).toEqual([]);
    expect(g.db.prepare('SELECT count(*) AS n FROM statement_fts').get()).toEqual({ n: 4 });
  });

});
