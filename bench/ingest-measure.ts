// Runs one benchmarked command in a child process and measures it: wall time, CPU time of all
// threads, peak RSS; optionally samples RSS and stored-article counts while it runs.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface Measured {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  stdout: string;
  /** True when the run was stopped at its time limit. */
  stopped?: boolean;
  /** (seconds, stored articles, RSS MB, CPU seconds of all threads so far) samples, when sampling was asked for. */
  samples: { s: number; articles: number; rssMB: number; cpuS: number }[];
}

const USAGE_HOOK = new URL('./ingest-usage.mjs', import.meta.url).pathname;

function rssMB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system, all threads) a running process has used, from /proc (Linux); 0 elsewhere. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name, which is in parentheses and may contain spaces
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICKS;
  } catch {
    return 0;
  }
}

function storedArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const h = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (h.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      h.close();
    }
  } catch {
    return -1;
  }
}

/** Runs `node <args>` with the usage hook; stdout is kept only when `keepStdout` (else discarded). */
export function measure(args: string[], opts: { keepStdout?: boolean; sampleDb?: string; sampleEveryMs?: number; env?: Record<string, string>; timeLimitMs?: number } = {}): Promise<Measured> {
  const usage = join(tmpdir(), `newsgraph-bench-usage-${process.pid}-${Date.now()}.json`);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', USAGE_HOOK, ...args], {
    env: { ...process.env, ...opts.env, NEWSGRAPH_BENCH_USAGE: usage },
    stdio: ['ignore', opts.keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const samples: Measured['samples'] = [];
  let timer: NodeJS.Timeout | undefined;
  if (opts.sampleDb) {
    timer = setInterval(() => {
      samples.push({ s: (performance.now() - t0) / 1000, articles: storedArticles(opts.sampleDb!), rssMB: rssMB(child.pid!), cpuS: cpuSeconds(child.pid!) });
    }, opts.sampleEveryMs ?? 5000);
  }
  let stopped = false;
  const limit = opts.timeLimitMs
    ? setTimeout(() => {
        stopped = true;
        child.kill('SIGTERM');
      }, opts.timeLimitMs)
    : undefined;
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      if (limit) clearTimeout(limit);
      const wallMs = performance.now() - t0;
      if (stopped) {
        const maxRssMB = Math.max(0, ...samples.map((x) => x.rssMB));
        return resolve({ wallMs, cpuMs: 0, maxRssMB, stdout, samples, stopped });
      }
      if (code !== 0 && code !== 1) return reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
      let u = { maxRssKB: 0, userMs: 0, systemMs: 0 };
      try {
        u = JSON.parse(readFileSync(usage, 'utf8'));
        rmSync(usage);
      } catch {
        /* no usage file: leave zeros */
      }
      resolve({ wallMs, cpuMs: u.userMs + u.systemMs, maxRssMB: u.maxRssKB / 1024, stdout, samples });
    });
  });
}

/** The machine and commit, for the record. */
export function machine(): { cpu: string; cores: number; memGB: number; node: string; commit: string; load: string } {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    if (execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim()) commit += '+dirty';
  } catch {
    /* not a git checkout */
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    commit,
    load: os.loadavg().map((x) => x.toFixed(1)).join(' '),
  };
}
