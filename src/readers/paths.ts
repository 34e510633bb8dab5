import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { InvalidInputError } from '../errors.js';

/** Extensions read when walking a folder (a file named explicitly is read whatever its extension). */
export const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson']);

const errno = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/**
 * Expands paths, folders (recursive, following symbolic links) and globs into a list of input
 * files, in a stable order. A missing path, a broken link, an unreadable folder or a directory
 * loop is reported in `errors`; the rest is still listed. A folder reached twice (two links to it)
 * is walked once.
 */
export function expandPaths(paths: string[], cwd = process.cwd()): { files: string[]; errors: InvalidInputError[] } {
  const files: string[] = [];
  const errors: InvalidInputError[] = [];
  const walked = new Set<string>();
  const walk = (dir: string, real: string, ancestors: string[]) => {
    walked.add(real);
    let entries;
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      errors.push(new InvalidInputError(`${dir}: cannot read folder (${errno(err)})`, dir));
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let st: Stats;
        try {
          st = statSync(resolve(cwd, p));
        } catch (err) {
          errors.push(new InvalidInputError(`${p}: broken symbolic link (${errno(err)}); skipped`, p));
          continue;
        }
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        const r = realpathSync(resolve(cwd, p));
        if (ancestors.includes(r) || r === real) {
          errors.push(new InvalidInputError(`${p}: directory loop (a symbolic link back to ${r}); not followed`, p));
          continue;
        }
        if (walked.has(r)) continue;
        walk(p, r, [...ancestors, real]);
      } else if (isFile && EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
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
    let st: Stats;
    try {
      st = statSync(resolve(cwd, p));
    } catch (err) {
      const code = errno(err);
      const why = code === 'ENOENT' ? 'no such file or directory' : code === 'ELOOP' ? 'symbolic link loop' : `cannot access (${code})`;
      errors.push(new InvalidInputError(`${p}: ${why}`, p));
      continue;
    }
    if (st.isDirectory()) {
      const r = realpathSync(resolve(cwd, p));
      if (!walked.has(r)) walk(p, r, []);
    } else files.push(p);
  }
  return { files, errors };
}
