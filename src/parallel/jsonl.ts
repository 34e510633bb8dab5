// Streaming .jsonl reader: reads a file in fixed-size chunks and yields one article per line, so a
// multi-gigabyte archive is ingested in bounded memory. Same results and messages as parseInput.
import { closeSync, openSync, readSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { InvalidInputError } from '../errors.js';
import { fromRecord, type ReadResult } from '../readers/index.js';

const CHUNK = 1 << 20;
const NL = 0x0a;

export interface JsonlStreamOptions {
  /** Bytes read per system call (default 1 MiB). */
  chunkSize?: number;
  /** The file name used in results and messages (default: path relative to the working directory). */
  label?: string;
}

/** Yields the lines of a file (without the newline) with their 1-based numbers, reading chunk by chunk. */
export function* readLines(file: string, chunkSize = CHUNK): Generator<{ line: number; text: string }> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(chunkSize);
    let carry: Buffer[] = [];
    let carryLen = 0;
    let line = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, chunkSize, null);
      if (n === 0) break;
      let from = 0;
      for (let nl = buf.indexOf(NL, 0); nl >= 0 && nl < n; nl = buf.indexOf(NL, from)) {
        let text: string;
        if (carryLen > 0) {
          carry.push(buf.subarray(from, nl));
          text = Buffer.concat(carry, carryLen + nl - from).toString('utf8');
          carry = [];
          carryLen = 0;
        } else text = buf.toString('utf8', from, nl);
        yield { line: ++line, text };
        from = nl + 1;
      }
      if (from < n) {
        // copy: buf is reused by the next read
        carry.push(Buffer.from(buf.subarray(from, n)));
        carryLen += n - from;
      }
    }
    if (carryLen > 0) yield { line: ++line, text: Buffer.concat(carry, carryLen).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

/** Reads a .jsonl file as a stream of articles (one JSON object per line), like readFile does in one go. */
export function* readJsonlStream(file: string, opts: JsonlStreamOptions = {}): Generator<ReadResult> {
  const label = opts.label ?? (relative(process.cwd(), resolve(file)) || file);
  let lines: Generator<{ line: number; text: string }>;
  try {
    lines = readLines(file, opts.chunkSize);
    const first = lines.next();
    if (first.done) return;
    yield* parseLines(first.value, lines, label);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.syscall && e.code) {
      yield { error: new InvalidInputError(`${label}: cannot read (${e.code})`, label) };
      return;
    }
    throw err;
  }
}

function* parseLines(first: { line: number; text: string }, rest: Iterator<{ line: number; text: string }>, file: string): Generator<ReadResult> {
  let cur: { line: number; text: string } | undefined = first;
  if (cur.text.charCodeAt(0) === 0xfeff) cur = { line: cur.line, text: cur.text.slice(1) };
  while (cur) {
    const l = cur.text.trim();
    if (l) {
      let rec: unknown;
      let bad: Error | undefined;
      try {
        rec = JSON.parse(l);
      } catch (err) {
        bad = err as Error;
      }
      if (bad) yield { error: new InvalidInputError(`${file}:${cur.line}: malformed JSON (${bad.message}); fix or remove the line`, file, cur.line) };
      else yield fromRecord(rec, file, cur.line);
    }
    const nx = rest.next();
    cur = nx.done ? undefined : nx.value;
  }
}

/** True for the extensions read line by line. */
export function isJsonl(file: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(file);
}
