import type { Relation, Span } from '../../../document/types.js';

const key = (r: Relation) => `${r.subject}|${r.object}|${r.type}`;
const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const within = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;

/**
 * Merges rule-made and model-made relations, one row per (subject, object, type). The rules
 * read one construction exactly, so where they speak the model gives way:
 * - the same fact from both: the rule's row (its predicate is the title as written, its evidence
 *   the construction) with the higher confidence of the two;
 * - a pair the rules relate under another type ("Russia’s Security Council": `related`) keeps
 *   only the rule's reading;
 * - inside a rule's works_for construction, the model's other works_for of the same person is
 *   dropped ("X, Secretary of Russia’s Security Council": the council, not Russia).
 */
export function mergeRelations(rules: Relation[], model: Relation[]): Relation[] {
  const out = rules.map((r) => ({ ...r, evidence: { ...r.evidence } }));
  const at = new Map(out.map((r, i) => [key(r), i]));
  const rulePairs = new Set(rules.map((r) => pairKey(r.subject, r.object)));
  for (const m of model) {
    const i = at.get(key(m));
    if (i !== undefined) {
      out[i].confidence = Math.max(out[i].confidence, m.confidence);
      continue;
    }
    if (rulePairs.has(pairKey(m.subject, m.object))) continue;
    if (m.type === 'works_for' && rules.some((r) => r.type === 'works_for' && r.subject === m.subject && within(m.evidence, r.evidence))) continue;
    at.set(key(m), out.length);
    out.push({ ...m, evidence: { ...m.evidence } });
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
