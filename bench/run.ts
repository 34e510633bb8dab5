// `npm run bench -- [name] [options]`: runs bench/<name>.ts (default: ingest).
const argv = process.argv.slice(2);
const name = argv[0] && !argv[0].startsWith('-') ? argv.shift()! : 'ingest';
if (!/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error(`unknown benchmark "${name}"`);
  process.exit(2);
}
const mod = (await import(`./${name}.ts`)) as { main: (argv: string[]) => Promise<number> };
process.exitCode = await mod.main(argv);
