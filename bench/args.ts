// Small helpers shared by the bench scripts.

/** The value after `--name` in `argv`, or `def` when the option is absent or has no value. */
export function option(argv: string[], name: string, def: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : def;
}

/** CPU time of this process (user + system, all threads) in milliseconds. */
export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}
