import { decode } from '../readers/encoding.js';

/**
 * Reads a whole byte stream as text, decoded like a file: a byte-order mark (UTF-8, UTF-16 LE/BE)
 * wins, then valid UTF-8, then the most likely legacy single-byte encoding.
 */
export async function readText(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c));
  return decode(Buffer.concat(chunks)).text;
}

/** Where a command reads and writes: injected so tests need no mocks. */
export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads all of stdin (only called when an input is "-"). */
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  /** True when stderr is a terminal (progress is shown then). */
  isTTY: boolean;
}

export function processIO(): IO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readText(process.stdin),
    env: process.env,
    isTTY: !!process.stderr.isTTY,
  };
}
