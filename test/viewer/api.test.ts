import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureViewer, XSS_ARTICLE } from './fixture.js';

let v: Awaited<ReturnType<typeof startFixtureViewer>>;
beforeAll(async () => {
  v = await startFixtureViewer();
});
afterAll(async () => {
  await v?.close();
});

const get = async (path: string, init?: RequestInit) => {
  const r = await fetch(new URL(path, v.url), init);
  return { status: r.status, headers: r.headers, body: r.headers.get('content-type')?.startsWith('application/json') ? await r.json() : await r.text() };
};

describe('viewer server', () => {
  it('serves the bundled page with a strict content security policy', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<script type="module" src="app.js"></script>');
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await get('/app.js')).status).toBe(200);
    expect((await get('/app.css')).status).toBe(200);
    expect((await get('/../package.json')).status).toBe(404);
  });

  it('finds entities by a part of a name or alias, most mentioned first', async () => {
    const r = await get('/api/search?q=nebenzya');
    expect(r.body[0]).toMatchObject({ name: 'Vasily Nebenzya', type: 'PERSON' });
    expect(r.body[0].aliases).toContain('Nebenzya');
    expect((await get('/api/search?q=')).body).toEqual([]);
  });

  it('returns a neighbourhood, filtered by edge type, and the evidence of an edge', async () => {
    const id = (await get('/api/search?q=Vasily Nebenzya')).body[0].id;
    const g = (await get(`/api/graph?id=${id}&depth=1`)).body;
    const label = (k: string) => g.nodes.find((n: { key: string }) => n.key === k).attributes.label;
    expect(g.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toContain('Russia');
    const rel = g.edges.find((e: { source: string; target: string; attributes: { edge: string } }) => e.attributes.edge === 'relation' && label(e.target) === 'Russia');
    expect(rel.attributes).toMatchObject({ type: 'works_for' });
    const facts = (await get(`/api/evidence?a=${rel.target}&b=${rel.source}`)).body;
    const works = facts.find((f: { edge: string }) => f.edge === 'relation');
    expect(works).toMatchObject({ source: rel.source, target: rel.target, type: 'works_for' });
    expect(works.evidence.map((e: { text: string }) => e.text).join(' ')).toContain("Vasily Nebenzya, Russia's Permanent Representative");
    const only = (await get(`/api/graph?id=${id}&edges=statement`)).body;
    expect(only.edges.length).toBeGreaterThan(0);
    expect(only.edges.every((e: { attributes: { edge: string } }) => e.attributes.edge === 'said')).toBe(true);
    const overview = (await get('/api/graph?max=5')).body;
    expect(overview.nodes).toHaveLength(5);
  });

  it('returns an entity card and an article as data (escaping is the page’s job)', async () => {
    const id = (await get('/api/search?q=Maria Lopez')).body[0].id;
    const e = (await get(`/api/entity?id=${id}`)).body;
    expect(e).toMatchObject({ name: 'Maria Lopez', type: 'PERSON' });
    expect(e.said.length).toBeGreaterThan(0);
    const a = (await get('/api/article?id=xss-probe')).body;
    expect(a).toMatchObject({ id: 'xss-probe', title: XSS_ARTICLE.title, text: XSS_ARTICLE.text });
  });

  it.each([
    ['/api/graph?id=x', 400, 'E_USAGE'],
    ['/api/entity?id=999999', 404, 'E_NOT_FOUND'],
    ['/api/evidence?a=1', 400, 'E_USAGE'],
    ['/api/article?id=nope', 404, 'E_NOT_FOUND'],
    ['/api/nothing', 404, 'E_NOT_FOUND'],
  ])('%s -> %i %s', async (path, status, code) => {
    const r = await get(path);
    expect([r.status, r.body.code]).toEqual([status, code]);
  });

  it('is read-only', async () => {
    expect((await get('/api/search?q=x', { method: 'POST' })).status).toBe(405);
    expect((await get('/api/entity?id=1', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('newsgraph serve (usage)', () => {
  it.each([
    [['serve', '--port', 'x'], 2],
    [['serve', '--port', '70000'], 2],
    [['serve', '--port', '0', '--db', '/nonexistent/none.db'], 1],
  ])('%j exits %i without starting', async (args, code) => {
    const { cli } = await import('../cli/run.js');
    expect((await cli(args)).code).toBe(code);
  });
});
