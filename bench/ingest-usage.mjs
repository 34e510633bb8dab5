// Preloaded into a benchmarked process (node --import): on exit, writes its peak RSS and CPU time
// (all threads) as JSON to the file named by NEWSGRAPH_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const out = process.env.NEWSGRAPH_BENCH_USAGE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
  });
}
