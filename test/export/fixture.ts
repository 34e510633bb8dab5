import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs } from '../../src/export/load.js';

/** A small graph with the attribute shapes the loader makes, and awkward strings. */
export function sampleGraph(): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  g.addNode('1', { label: 'Vasily Nebenzya', type: 'PERSON', aliases: ['Nebenzya'], mentions: 3, articles: 1 });
  g.addNode('2', { label: 'Russia', type: 'GPE', aliases: [], mentions: 5, articles: 3 });
  g.addNode('3', { label: 'AT&T "Labs" <R&D>, Zürich', type: 'ORG', aliases: ['AT&T', "O'Brien; Co"], mentions: 1, articles: 1 });
  g.addDirectedEdgeWithKey('r7', '1', '2', {
    kind: 'relation', label: 'Permanent Representative', weight: 1, type: 'works_for', predicate: 'Permanent Representative', confidence: 0.8,
    date: '2024-03-01', date_last: '2024-03-01', articles: ['un-briefing'], evidence: ['r7'],
    sentence: 'Vasily Nebenzya, Russia\'s Permanent Representative, said "enough".',
  });
  g.addDirectedEdgeWithKey('s17-2', '1', '2', {
    kind: 'statement', label: 'warned', weight: 1, type: 'direct', cue: 'warned', content: 'line one\nline two, with <script>alert(1)</script>',
    confidence: 0.75, articles: ['un-briefing'], evidence: ['s17'], sentence: 'He warned: "line one\nline two".',
  });
  g.addDirectedEdgeWithKey('c1-3', '1', '3', {
    kind: 'comention', label: 'co-mentioned', weight: 2, type: 'comention', date: '2024-03-01', date_last: '2024-04-02',
    articles: ['un-briefing', 'talks'], evidence: ['un-briefing#3', 'talks#0'],
  });
  return g;
}
