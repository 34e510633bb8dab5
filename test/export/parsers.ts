/** Small readers for the Cypher and DOT the exporter writes (one statement or element per line). */

type Value = string | number | boolean | Value[] | { [k: string]: Value };

/** Reads one Cypher literal (string, number, boolean, list, map) starting at `i`. */
function value(s: string, i: number): [Value, number] {
  while (s[i] === ' ') i++;
  if (s[i] === '"') {
    let j = i + 1;
    while (s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
    return [JSON.parse(s.slice(i, j + 1)) as string, j + 1];
  }
  if (s[i] === '[') {
    const out: Value[] = [];
    i++;
    while (s[i] !== ']') {
      const [v, j] = value(s, i);
      out.push(v);
      i = j;
      while (s[i] === ',' || s[i] === ' ') i++;
    }
    return [out, i + 1];
  }
  if (s[i] === '{') {
    const out: Record<string, Value> = {};
    i++;
    while (s[i] !== '}') {
      while (s[i] === ' ' || s[i] === ',') i++;
      if (s[i] === '}') break;
      let key: string;
      if (s[i] === '`') {
        const j = s.indexOf('`', i + 1);
        key = s.slice(i + 1, j);
        i = j + 1;
      } else {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i))!;
        key = m[0];
        i += key.length;
      }
      i = s.indexOf(':', i) + 1;
      const [v, j] = value(s, i);
      out[key] = v;
      i = j;
    }
    return [out, i + 1];
  }
  const m = /^(true|false|-?[0-9.eE+-]+)/.exec(s.slice(i))!;
  return [m[1] === 'true' ? true : m[1] === 'false' ? false : Number(m[1]), i + m[1].length];
}

const mapAt = (s: string, marker: string) => value(s, s.indexOf(marker) + marker.length)[0] as Record<string, Value>;

export function parseCypher(script: string) {
  const nodes: { id: string; labels: string[]; props: Record<string, Value> }[] = [];
  const edges: { key: string; source: string; target: string; type: string; props: Record<string, Value> }[] = [];
  for (const line of script.split('\n')) {
    if (line.startsWith('MERGE (n:')) {
      const id = mapAt(line, 'MERGE (n:Entity ').id as string;
      const extra = /SET n:`([^`]+)`/.exec(line);
      nodes.push({ id, labels: ['Entity', ...(extra ? [extra[1]] : [])], props: mapAt(line, 'SET n += ') });
    } else if (line.startsWith('MATCH ')) {
      const source = mapAt(line, 'MATCH (a:Entity ').id as string;
      const target = mapAt(line, '(b:Entity ').id as string;
      const type = /\[r:([A-Za-z0-9_]+) /.exec(line)![1];
      const key = mapAt(line, `[r:${type} `).key as string;
      edges.push({ key, source, target, type, props: mapAt(line, 'SET r += ') });
    }
  }
  return { nodes, edges };
}

function dotStrings(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[1].replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1'));
  return out;
}

export function parseDot(dot: string) {
  const nodes: { id: string; attrs: Record<string, string> }[] = [];
  const edges: { source: string; target: string; attrs: Record<string, string> }[] = [];
  for (const line of dot.split('\n')) {
    if (!line.startsWith('  "')) continue;
    const edge = /^ {2}"(?:[^"\\]|\\.)*" -> /.test(line);
    const parts = dotStrings(line);
    const head = edge ? parts.slice(0, 2) : parts.slice(0, 1);
    const rest = parts.slice(head.length);
    const attrs: Record<string, string> = {};
    for (let i = 0; i < rest.length; i += 2) attrs[rest[i]] = rest[i + 1];
    if (edge) edges.push({ source: head[0], target: head[1], attrs });
    else nodes.push({ id: head[0], attrs });
  }
  return { nodes, edges };
}
