/** Colours shared by the exports (GEXF viz, DOT) and the viewer: one per entity type and edge kind. */
export const TYPE_COLORS: Record<string, string> = {
  PERSON: '#e4572e',
  ORG: '#2e86ab',
  GPE: '#3bb273',
  LOC: '#8fbf3f',
  NORP: '#a05195',
  GROUP: '#f3a712',
};
export const OTHER_COLOR = '#888888';

export const EDGE_COLORS: Record<string, string> = {
  relation: '#444444',
  said: '#d1495b',
  'co-mention': '#c8c8c8',
};

export function typeColor(type: unknown): string {
  return (typeof type === 'string' && TYPE_COLORS[type]) || OTHER_COLOR;
}

/** Colour of an edge kind (its `edge` attribute). */
export function edgeColor(kind: unknown): string {
  return (typeof kind === 'string' && EDGE_COLORS[kind]) || OTHER_COLOR;
}

/** Node size from a count (mentions or degree): grows with the square root, bounded. */
export function nodeSize(count: number): number {
  return Math.min(30, 3 + 2.2 * Math.sqrt(Math.max(0, count)));
}
