import type { Article } from '../document/types.js';
import { InvalidInputError } from '../errors.js';
import type { ReadResult } from './types.js';

/** Splits a plain file into title and body: a first line followed by a blank line is the title. */
export function splitTitle(raw: string): { title?: string; text: string } {
  const m = /^([^\n]{1,300})\r?\n[ \t]*\r?\n/.exec(raw);
  if (m && !/^\s*$/.test(m[1])) return { title: m[1].trim(), text: raw.slice(m[0].length) };
  return { text: raw };
}

/** A plain-text file: the body is the text as read (after an optional title line). */
export function* readTxt(content: string, file: string, cleanTitle: (t: string) => string = (t) => t): Generator<ReadResult> {
  if (content.trim() === '') {
    yield { error: new InvalidInputError(`${file}: file is empty; nothing to ingest`, file) };
    return;
  }
  const { title, text } = splitTitle(content);
  if (text.trim() === '') {
    yield { error: new InvalidInputError(`${file}: file has a title but no text; nothing to ingest`, file) };
    return;
  }
  const article: Article = { id: file, text };
  if (title) article.title = cleanTitle(title);
  yield { article, file };
}
