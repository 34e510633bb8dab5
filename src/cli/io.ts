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
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    isTTY: !!process.stderr.isTTY,
  };
}
