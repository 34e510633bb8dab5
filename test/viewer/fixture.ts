import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildWeb } from '../../scripts/build-web.mjs';
import { startViewer, type RunningViewer } from '../../src/server/http.js';
import { cli } from '../cli/run.js';

/** An article that tries to run script through every field the page shows. */
export const XSS_ARTICLE = {
  id: 'xss-probe',
  title: '<img src=x onerror="window.__pwned=3">Aid convoy',
  url: 'javascript:window.__pwned=4',
  published_at: '2024-05-02',
  text:
    'Maria Lopez, a spokeswoman for the Red Cross, said that <script>window.__pwned=1</script> aid would reach Kabul on Friday. ' +
    '"The roads <img src=x onerror="window.__pwned=2"> are closed," Lopez told reporters in Kabul.',
};

/** The sample articles (data/) plus the XSS probe in a fresh store, the page bundled, a viewer on a free port. */
export async function startFixtureViewer(): Promise<RunningViewer & { dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-viewer-'));
  const db = join(dir, 'viewer.db');
  writeFileSync(join(dir, 'xss.jsonl'), JSON.stringify(XSS_ARTICLE) + '\n');
  const r = await cli(['ingest', 'data', join(dir, 'xss.jsonl'), '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  const webDir = await buildWeb(join(dir, 'web'));
  const viewer = await startViewer({ db, port: 0, webDir: webDir + '/' });
  return { ...viewer, dir, db };
}
