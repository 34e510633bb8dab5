import { InvalidInputError } from '../errors.js';
import { fromRecord, parseJSON } from './record.js';
import type { ReadResult } from './types.js';

/** One line of a `.jsonl` file: an article object. */
export function readJSONLine(line: string, file: string, lineNo: number): ReadResult | undefined {
  const l = line.trim();
  if (!l) return undefined;
  const parsed = parseJSON(l);
  if ('message' in parsed) {
    return { error: new InvalidInputError(`${file}:${lineNo}: malformed JSON (${parsed.message}); fix or remove the line`, file, lineNo) };
  }
  return fromRecord(parsed.value, file, lineNo);
}

/** A `.jsonl` text already in memory (stdin, `extract --jsonl`): one article per line. */
export function* readJSONL(content: string, file: string): Generator<ReadResult> {
  const lines = content.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const r = readJSONLine(lines[i], file, i + 1);
    if (r) {
      any = true;
      yield r;
    }
  }
  if (!any) yield { error: new InvalidInputError(`${file}: file is empty; nothing to ingest`, file) };
}
