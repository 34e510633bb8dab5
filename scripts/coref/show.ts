// Prints each subject pronoun of an article with the entity it was resolved to, for inspection.
// Usage: npx tsx scripts/coref/show.ts FILE.txt | polnear:DOC_ID_PREFIX [PATTERN] [--data DIR]
// (DIR: the data folder, default ../shared/data)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { process as run } from '../../src/pipeline/index.js';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
const dataDir = at >= 0 ? args.splice(at, 2)[1] : '../shared/data';
const [src, pattern] = args;
let text: string;
if (src.startsWith('polnear:')) {
  const want = src.slice(8);
  const line = readFileSync(join(dataDir, 'polnear/dev.jsonl'), 'utf8').split('\n').find((l) => l.includes(`"doc_id": "${want}`));
  if (!line) throw new Error(`no polnear doc ${want}`);
  text = (JSON.parse(line) as { text: string }).text;
} else text = readFileSync(src, 'utf8');
const doc = run({ id: 'x', text });
for (const m of doc.mentions) {
  if (m.kind !== 'pronoun') continue;
  const ctx = doc.text.slice(Math.max(0, m.start - 120), m.end + 40).replace(/\n/g, ' ');
  if (pattern && !ctx.includes(pattern)) continue;
  console.log(`${doc.text.slice(m.start, m.end)} -> ${doc.entities[m.entity].name}   …${ctx}`);
}
