import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { subgraph } from '../../src/export/subgraph.js';

function chain() {
  // 1 -relation-> 2 -said-> 3 -co-mention-> 4, and 5 alone
  const g = new MultiDirectedGraph();
  for (const [k, type] of [['1', 'PERSON'], ['2', 'ORG'], ['3', 'GPE'], ['4', 'PERSON'], ['5', 'ORG']]) g.addNode(k, { label: k, type, mentions: Number(k) });
  g.addDirectedEdgeWithKey('a', '1', '2', { edge: 'relation', type: 'works_for' });
  g.addDirectedEdgeWithKey('b', '2', '3', { edge: 'said', type: 'said' });
  g.addDirectedEdgeWithKey('c', '3', '4', { edge: 'co-mention', type: 'co-mention' });
  return g;
}

describe('subgraph', () => {
  it.each([
    [{ around: ['2'], depth: 1 }, ['1', '2', '3'], ['a', 'b']],
    [{ around: ['2'], depth: 2 }, ['1', '2', '3', '4'], ['a', 'b', 'c']],
    [{ around: ['2'], depth: 0 }, ['2'], []],
    [{ around: ['3'], depth: 1, edgeTypes: ['relation', 'co-mention'] }, ['3', '4'], ['c']],
    [{ around: ['3'], depth: 5, edgeTypes: ['works_for', 'SAID'] }, ['1', '2', '3'], ['a', 'b']],
    [{ types: ['person', 'ORG'] }, ['1', '2', '4', '5'], ['a']],
    [{ around: ['3'], depth: 2, types: ['PERSON'] }, ['3', '4'], ['c']],
    [{ around: ['2'], depth: 2, maxNodes: 3 }, ['1', '2', '3'], ['a', 'b']],
  ])('%j keeps nodes %j and edges %j', (opts, nodes, edges) => {
    const s = subgraph(chain(), opts);
    expect(s.nodes().sort()).toEqual(nodes);
    expect(s.edges().sort()).toEqual(edges);
  });

  it('copies attributes and leaves the input alone', () => {
    const g = chain();
    const s = subgraph(g, { around: ['1'] });
    s.setNodeAttribute('1', 'label', 'changed');
    expect(g.getNodeAttribute('1', 'label')).toBe('1');
    expect(s.getEdgeAttributes('a')).toEqual({ edge: 'relation', type: 'works_for' });
    expect(g.order).toBe(5);
  });
});
