import type { ReadResult } from './types.js';
import { readTxt } from './txt.js';

/**
 * A Markdown file: like plain text (the body is kept as written, so offsets point into the
 * file's own text); a leading `# ` on the title line is dropped from the title.
 */
export function readMd(content: string, file: string): Generator<ReadResult> {
  return readTxt(content, file, (t) => t.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''));
}
