/**
 * CPU time of the statements stage against the whole pipeline on PolNeAR dev, e.g. to compare
 * NEWSGRAPH_CUES=off with the learned cue proposer on.
 *
 *   npx tsx scripts/attribution/time-statements.ts [../shared/data]
 */
import { join } from 'node:path';
import { loadPolnear } from '../../eval/polnear.js';
import { emptyDoc } from '../../src/document/types.js';
import { DEFAULT_STAGES, Pipeline } from '../../src/pipeline/index.js';
import { statements } from '../../src/pipeline/stages/statements.js';

const docs = loadPolnear(join(process.argv[2] ?? '../shared/data', 'polnear', 'dev.jsonl'));
const before = new Pipeline(DEFAULT_STAGES.filter((s) => s !== statements));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const prepared = [];
const t0 = cpu();
for (const d of docs) prepared.push(before.run(emptyDoc({ id: d.doc_id, text: d.text })));
const t1 = cpu();
// run twice: the first pass also loads the cue model
for (const doc of prepared) statements.run(structuredClone(doc));
const t2 = cpu();
for (const doc of prepared) statements.run(structuredClone(doc));
const t3 = cpu();
console.log(`other stages ${(t1 - t0).toFixed(0)} ms, statements ${(t3 - t2).toFixed(0)} ms (first pass ${(t2 - t1).toFixed(0)} ms) for ${docs.length} articles`);
