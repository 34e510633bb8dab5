import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { InvalidInputError } from '../errors.js';
import { decode, looksBinary, sniffBOM } from './encoding.js';
import { declaredCharset, readHtml } from './html.js';
import { readJSON } from './json.js';
import { readJSONL, readJSONLine } from './jsonl.js';
import { readMd } from './md.js';
import { readTxt } from './txt.js';
import { DEFAULT_MAX_BYTES, formatBytes, type ReadOptions, type ReadResult } from './types.js';

export type Format = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

const BY_EXT: Record<string, Format> = {
  '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The reader for a file name (plain text when the extension is unknown). */
export function formatOf(file: string): Format {
  return BY_EXT[extname(file).toLowerCase()] ?? 'txt';
}

/** Parses text already decoded (a file's content, or stdin) with the reader of `format`. */
export function parseText(content: string, file: string, format: Format): Generator<ReadResult> {
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  switch (format) {
    case 'jsonl': return readJSONL(content, file);
    case 'json': return readJSON(content, file);
    case 'html': return readHtml(content, file);
    case 'md': return readMd(content, file);
    default: return readTxt(content, file);
  }
}

const errno = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;
const fail = (file: string, msg: string, line?: number): ReadResult => ({
  error: new InvalidInputError(`${line ? `${file}:${line}` : file}: ${msg}`, file, line),
});

/**
 * Reads one input file into articles, never throwing: an empty, binary, oversized or
 * unreadable file, or a bad record, is yielded as `{ error }` naming the file (and line).
 * `.jsonl` files are streamed line by line, so `maxBytes` limits each line, not the file.
 */
export function* readInputFile(path: string, opts: ReadOptions & { cwd?: string } = {}): Generator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const abs = resolve(opts.cwd ?? process.cwd(), path);
  const name = relative(process.cwd(), abs) || path;
  const format = formatOf(path);
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (err) {
    yield fail(name, `cannot read (${errno(err)})`);
    return;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return yield fail(name, 'is a folder, not a file');
    if (format === 'jsonl' && st.size > 0) {
      const head = Buffer.alloc(Math.min(8192, st.size));
      const n = readSync(fd, head, 0, head.length, 0);
      const bom = sniffBOM(head.subarray(0, n));
      if (looksBinary(head.subarray(0, n))) return yield fail(name, 'binary file (contains NUL bytes); not a text article');
      if (!bom || bom.encoding === 'utf-8') return yield* readLines(fd, name, maxBytes);
    }
    if (st.isFile() && st.size > maxBytes) {
      return yield fail(name, `file is ${formatBytes(st.size)}, over the limit of ${formatBytes(maxBytes)}; split it or raise --max-bytes`);
    }
    const buf = readAll(fd, maxBytes + 1);
    if (buf.length > maxBytes) return yield fail(name, `file is over the limit of ${formatBytes(maxBytes)}; split it or raise --max-bytes`);
    if (buf.length === 0) return yield fail(name, 'file is empty; nothing to ingest');
    if (looksBinary(buf)) return yield fail(name, 'binary file (contains NUL bytes); not a text article');
    const { text, encoding } = decode(buf, format === 'html' ? declaredCharset(buf) : undefined);
    for (const r of parseText(text, name, format)) yield 'error' in r ? r : { ...r, encoding };
  } catch (err) {
    yield fail(name, `cannot read (${errno(err)})`);
  } finally {
    closeSync(fd);
  }
}

/** Reads up to `limit` bytes from the start of an open file. */
function readAll(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
    if (chunk.length === 0) break;
    const n = readSync(fd, chunk, 0, chunk.length, total);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks);
}

/** Streams a UTF-8 `.jsonl` file line by line; a line over `maxBytes` is reported and skipped. */
function* readLines(fd: number, name: string, maxBytes: number): Generator<ReadResult> {
  const chunk = Buffer.alloc(1 << 20);
  let pos = 0;
  let lineNo = 1;
  let parts: Buffer[] = [];
  let partLen = 0;
  let overLimit = false;
  let any = false;
  const emit = (bytes: Buffer): ReadResult | undefined => {
    if (overLimit) return fail(name, `line is over the limit of ${formatBytes(maxBytes)}; split it or raise --max-bytes`, lineNo);
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    return readJSONLine(decode(bytes).text, name, lineNo);
  };
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, pos);
    if (n === 0) break;
    pos += n;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 || nl >= n ? n : nl;
      if (!overLimit) {
        parts.push(Buffer.from(chunk.subarray(from, end)));
        partLen += end - from;
        if (partLen > maxBytes) {
          overLimit = true;
          parts = [];
        }
      }
      if (nl < 0 || nl >= n) break;
      const r = emit(Buffer.concat(parts));
      if (r) {
        any = true;
        yield r;
      }
      lineNo++;
      parts = [];
      partLen = 0;
      overLimit = false;
      from = nl + 1;
    }
  }
  const r = emit(Buffer.concat(parts));
  if (r) {
    any = true;
    yield r;
  }
  if (!any) yield fail(name, 'file is empty; nothing to ingest');
}
