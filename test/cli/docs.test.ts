import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { cli } from './run.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const program = buildProgram({ io: { stdout: () => {}, stderr: () => {}, readStdin: async () => '', env: {}, isTTY: false }, exitCode: 0 });
const names = program.commands.map((c) => c.name());

describe('every command is documented', () => {
  it('registers the contract commands', () => {
    expect(names).toEqual(expect.arrayContaining(['ingest', 'extract', 'said', 'entity', 'relations', 'neighbors', 'path', 'stats', 'export']));
  });

  it.each(names)('%s has --help and a README entry', async (name) => {
    const r = await cli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: newsgraph ${name}`);
    expect(readme).toContain(`newsgraph ${name}`);
  });
});
