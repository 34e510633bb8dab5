/**
 * How the viewer copes with a 5,000-node subgraph: builds a synthetic store (5,000 entities,
 * co-mentions, relations, statements), serves it, opens `#max=5000` in headless Chromium and
 * measures fetch, first draw, layout, the frame rate while zooming and the time to answer a
 * hover and a click. Not part of `npm test` (it takes ~30 s):
 *
 *   npx tsx test/viewer/bench-5000.ts [nodes=5000]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web.mjs';
import { startViewer } from '../../src/server/http.js';
import { openStore } from '../../src/store/open.js';

const N = Number(process.argv[2] ?? 5000);
const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];
const dir = mkdtempSync(join(tmpdir(), 'ng-bench-viewer-'));
const dbFile = join(dir, 'bench.db');

// a deterministic generator (mulberry32) and a skewed pick so some entities are hubs
let seed = 42;
const rand = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = () => 1 + Math.floor(N * Math.pow(rand(), 2.2));

function buildStore(): void {
  const db = openStore(dbFile);
  const SENT = 'Officials from several countries met on Monday to discuss the security situation in the region. ';
  const perArticle = 20;
  const articles = Math.ceil((N * 1.6) / (perArticle * 3));
  db.transaction(() => {
    const ent = db.prepare('INSERT INTO entities (id, name, type, key, stage) VALUES (?, ?, ?, ?, ?)');
    for (let i = 1; i <= N; i++) ent.run(i, `Entity ${i}`, TYPES[i % TYPES.length], `entity ${i}`, 'bench');
    const art = db.prepare('INSERT INTO articles (id, ext_id, title, published_at, text, hash) VALUES (?, ?, ?, ?, ?, ?)');
    const sen = db.prepare('INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)');
    const men = db.prepare('INSERT INTO mentions (article_id, entity_id, start, end, kind, sentence, stage) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const rel = db.prepare('INSERT INTO relations (article_id, subject_id, object_id, type, predicate, ev_start, ev_end, confidence, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const st = db.prepare(
      'INSERT INTO statements (article_id, speaker_id, source_start, source_end, cue, cue_start, cue_end, kind, content_start, content_end, ev_start, ev_end, confidence, stage) VALUES (?, ?, 0, 9, ?, 10, 14, ?, 15, 60, ?, ?, 0.8, ?)',
    );
    const about = db.prepare('INSERT OR IGNORE INTO statement_about (statement_id, entity_id) VALUES (?, ?)');
    let next = 1; // every entity is mentioned at least once
    for (let a = 1; a <= articles; a++) {
      const date = `2024-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`;
      art.run(a, `bench-${a}`, `Bench article ${a}`, date, SENT.repeat(perArticle), `h${a}`);
      for (let s = 0; s < perArticle; s++) {
        const start = s * SENT.length;
        const end = start + SENT.length - 1;
        sen.run(a, s, start, end);
        const ids = [next <= N ? next++ : pick(), next <= N ? next++ : pick(), pick()];
        for (const id of ids) men.run(a, id, start, start + 9, 'name', s, 'bench');
        if (rand() < 0.5 && ids[0] !== ids[1]) rel.run(a, ids[0], ids[1], ['works_for', 'based_in', 'located_in', 'related'][s % 4], 'member of', start, end, 0.9, 'bench');
        if (rand() < 0.3) {
          const r = st.run(a, ids[0], ['said', 'warned', 'told'][s % 3], ['direct', 'indirect'][s % 2], start, end, 'bench');
          about.run(r.lastInsertRowid, ids[2]);
        }
      }
    }
  })();
  db.close();
}

const t0 = Date.now();
buildStore();
console.log(`store: ${N} entities built in ${Date.now() - t0} ms (${dbFile})`);
const web = await buildWeb(join(dir, 'web'));
const viewer = await startViewer({ db: dbFile, port: 0, webDir: web + '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript('window.__name = (f) => f'); // tsx keeps function names with a helper the page lacks
  const t1 = Date.now();
  await page.goto(`${viewer.url}#max=${N}`);
  await page.waitForFunction(() => (window as any).__newsgraph?.ready, null, { timeout: 120_000 });
  const info = await page.evaluate(() => {
    const d = (window as any).__newsgraph;
    return { order: d.order, size: d.size, timings: d.timings };
  });
  console.log(`page ready in ${Date.now() - t1} ms:`, JSON.stringify(info));

  // frame rate while the camera zooms in and out for 2 s
  const fps = await page.evaluate(async () => {
    const { renderer } = (window as any).__newsgraph;
    const cam = renderer.getCamera();
    let frames = 0;
    const times: number[] = [];
    let last = performance.now();
    let done = false;
    const tick = () => {
      const now = performance.now();
      times.push(now - last);
      last = now;
      frames++;
      if (!done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const start = performance.now();
    await cam.animate({ ratio: 0.3 }, { duration: 1000 });
    await cam.animate({ ratio: 1 }, { duration: 1000 });
    done = true;
    const ms = performance.now() - start;
    times.sort((a, b) => a - b);
    return { fps: Math.round((frames / ms) * 1000), p95_frame_ms: Math.round(times[Math.floor(times.length * 0.95)]) };
  });
  console.log('zoom animation:', JSON.stringify(fps));

  // a hover and a click on the biggest node: time until the panel shows its name
  const at = await page.evaluate(() => {
    const { graph, renderer } = (window as any).__newsgraph;
    let best = '';
    let bw = -1;
    graph.forEachNode((k: string) => {
      const d = graph.degree(k);
      if (d > bw) (bw = d), (best = k);
    });
    const p = renderer.graphToViewport(graph.getNodeAttributes(best));
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, label: graph.getNodeAttribute(best, 'label'), degree: bw };
  });
  let t = Date.now();
  await page.mouse.move(at.x, at.y);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const hover = Date.now() - t;
  const before = await page.textContent('#details');
  t = Date.now();
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((b) => document.querySelector('#details h2') && document.querySelector('#details')!.textContent !== b, before, { timeout: 30_000 });
  const click = Date.now() - t;
  const shown = await page.textContent('#details h2');
  console.log(`hover near ${at.label} (degree ${at.degree}): ${hover} ms to the next frame; click to the panel (${shown}): ${click} ms`);
  // the cost of one full redraw (what a frame costs the page, whatever else the machine runs)
  const frame = await page.evaluate(() => {
    const { renderer } = (window as any).__newsgraph;
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) renderer.refresh();
    return Math.round((performance.now() - t0) / 10);
  });
  console.log(`one full redraw (renderer.refresh): ${frame} ms`);
  await page.screenshot({ path: join(dir, 'bench-5000.png') });
  console.log(`screenshot: ${join(dir, 'bench-5000.png')}`);
} finally {
  await browser.close();
  await viewer.close();
}
