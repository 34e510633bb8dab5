import { InvalidInputError } from '../errors.js';
import { fromRecord, parseJSON } from './record.js';
import type { ReadResult } from './types.js';

/** A `.json` file: one article object, or an array of them. */
export function* readJSON(content: string, file: string): Generator<ReadResult> {
  if (content.trim() === '') {
    yield { error: new InvalidInputError(`${file}: file is empty; nothing to ingest`, file) };
    return;
  }
  const parsed = parseJSON(content);
  if ('message' in parsed) {
    yield { error: new InvalidInputError(`${file}: malformed JSON (${parsed.message})`, file) };
    return;
  }
  const rec = parsed.value;
  if (Array.isArray(rec)) {
    for (let i = 0; i < rec.length; i++) yield fromRecord(rec[i], `${file}[${i}]`);
  } else yield fromRecord(rec, file);
}
