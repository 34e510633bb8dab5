import { readFileSync, statSync, readdirSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Article } from '../document/types.js';
import { InvalidInputError } from '../errors.js';
import { articleId } from '../ids.js';

/** One article read from an input, with where it came from. */
export interface InputArticle {
  article: Article;
  file: string;
  line?: number;
}

export type ReadResult = InputArticle | { error: InvalidInputError };

export const EXTENSIONS = new Set(['.txt', '.md', '.json', '.jsonl', '.ndjson']);

/** Splits a plain file into title and body: a first line followed by a blank line is the title. */
export function splitTitle(raw: string): { title?: string; text: string } {
  const m = /^([^\n]{1,300})\r?\n[ \t]*\r?\n/.exec(raw);
  if (m && !/^\s*$/.test(m[1])) return { title: m[1].trim(), text: raw.slice(m[0].length) };
  return { text: raw };
}

export function fromRecord(rec: unknown, file: string, line?: number): ReadResult {
  const where = line ? `${file}:${line}` : file;
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    return { error: new InvalidInputError(`${where}: expected a JSON object with a "text" field`, file, line) };
  }
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string' || r.text.trim() === '') {
    return { error: new InvalidInputError(`${where}: article has no "text" field (a non-empty string is required)`, file, line) };
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const article: Article = { id: str(r.id) ?? articleId(r.text), text: r.text };
  const title = str(r.title);
  if (title !== undefined) article.title = title;
  for (const k of ['url', 'source', 'published_at'] as const) {
    const v = str(r[k]);
    if (v !== undefined) article[k] = v;
  }
  return { article, file, line };
}

/** Parses the content of one input (already read) by its extension. */
export function* parseInput(content: string, file: string, ext: string): Generator<ReadResult> {
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  if (ext === '.jsonl' || ext === '.ndjson') {
    const lines = content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i].trim();
      if (!l) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(l);
      } catch (err) {
        yield { error: new InvalidInputError(`${file}:${i + 1}: malformed JSON (${(err as Error).message}); fix or remove the line`, file, i + 1) };
        continue;
      }
      yield fromRecord(rec, file, i + 1);
    }
    return;
  }
  if (ext === '.json') {
    let rec: unknown;
    try {
      rec = JSON.parse(content);
    } catch (err) {
      yield { error: new InvalidInputError(`${file}: malformed JSON (${(err as Error).message})`, file) };
      return;
    }
    if (Array.isArray(rec)) {
      for (let i = 0; i < rec.length; i++) yield fromRecord(rec[i], `${file}[${i}]`);
    } else yield fromRecord(rec, file);
    return;
  }
  if (content.trim() === '') {
    yield { error: new InvalidInputError(`${file}: file is empty; nothing to ingest`, file) };
    return;
  }
  const { title, text } = splitTitle(content.replace(/\r\n/g, '\n'));
  const article: Article = { id: file, text };
  if (title) article.title = title;
  yield { article, file };
}

/** Expands paths, folders (recursive) and globs into a sorted list of input files. */
export function expandPaths(paths: string[], cwd = process.cwd()): { files: string[]; errors: InvalidInputError[] } {
  const files: string[] = [];
  const errors: InvalidInputError[] = [];
  const walk = (dir: string, seen: Set<string>) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, seen);
      else if (EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    if (/[*?[{]/.test(p)) {
      const hits = globSync(p, { cwd, onlyFiles: true }).sort();
      if (hits.length === 0) errors.push(new InvalidInputError(`${p}: no file matches this pattern`, p));
      files.push(...hits);
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, p));
    } catch {
      errors.push(new InvalidInputError(`${p}: no such file or directory`, p));
      continue;
    }
    if (st.isDirectory()) walk(p, new Set());
    else files.push(p);
  }
  return { files, errors };
}

/** Reads one file (or stdin for "-") into articles. */
export function readFile(file: string, stdin?: string): ReadResult[] {
  if (file === '-') {
    const content = stdin ?? '';
    const looksJsonl = /^\s*\{/.test(content) && content.trim().split('\n').every((l) => !l.trim() || l.trim().startsWith('{'));
    return [...parseInput(content, '-', looksJsonl ? '.jsonl' : '.txt')];
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    return [{ error: new InvalidInputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, file) }];
  }
  const ext = extname(file).toLowerCase();
  return [...parseInput(content, relative(process.cwd(), resolve(file)) || file, EXTENSIONS.has(ext) ? ext : '.txt')];
}
