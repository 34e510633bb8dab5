/**
 * Attribute values as the file formats can hold them. Graph attributes may be strings, numbers,
 * booleans, arrays or objects; GEXF, GraphML and DOT hold scalars only, so arrays of scalars are
 * joined with "; " (ARRAY_SEP, also neo4j-admin's array delimiter) and objects become JSON.
 */
export type Scalar = string | number | boolean;
export const ARRAY_SEP = '; ';

export function flatValue(v: unknown): Scalar | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.length === 0) return undefined;
  if (Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x))) return v.join(ARRAY_SEP);
  return JSON.stringify(v);
}

/** Every attribute with a value, flattened to a scalar; `skip` names attributes left out. */
export function flatAttrs(a: Record<string, unknown>, skip: string[] = []): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(a)) {
    if (skip.includes(k)) continue;
    const f = flatValue(v);
    if (f !== undefined) out[k] = f;
  }
  return out;
}

export type ColType = 'string' | 'long' | 'double' | 'boolean' | 'string[]';

function typeOf(v: unknown): ColType | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (Array.isArray(v)) return 'string[]';
  return 'string';
}

/** The columns of a set of attribute maps, in first-seen order, each with the widest type seen. */
export function inferColumns(rows: Record<string, unknown>[], skip: string[] = []): Map<string, ColType> {
  const cols = new Map<string, ColType>();
  for (const r of rows) {
    for (const [k, v] of Object.entries(r)) {
      if (skip.includes(k)) continue;
      const t = typeOf(v);
      if (!t) continue;
      const prev = cols.get(k);
      if (!prev || prev === t) cols.set(k, t);
      else if ((prev === 'long' && t === 'double') || (prev === 'double' && t === 'long')) cols.set(k, 'double');
      else cols.set(k, prev === 'string[]' || t === 'string[]' ? 'string[]' : 'string');
    }
  }
  return cols;
}

/** A value converted to a column's type (strings for mixed columns, lists for list columns). */
export function castTo(t: ColType, v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (t === 'string[]') return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  if (t === 'string') return typeof v === 'string' ? v : flatValue(v);
  return v;
}

/** Strips characters XML 1.0 cannot hold (C0 controls other than tab, newline, carriage return). */
export function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export function xmlEscape(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
