import { MultiDirectedGraph } from 'graphology';
import type { ViewEdgeAttrs as EdgeAttrs, ViewNodeAttrs as NodeAttrs } from '../../src/export/graph.js';

/** A small graph with the attribute shapes the loader makes, and awkward strings. */
export function sampleGraph(): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  g.addNode('1', { label: 'Vasily Nebenzya', type: 'PERSON', aliases: ['Nebenzya'], mentions: 3, articles: 1 });
  g.addNode('2', { label: 'Russia', type: 'GPE', aliases: [], mentions: 5, articles: 3 });
  g.addNode('3', { label: 'AT&T "Labs" <R&D>, Zürich', type: 'ORG', aliases: ['AT&T', "O'Brien; Co"], mentions: 1, articles: 1 });
  g.addDirectedEdgeWithKey('r:1:2:works_for:Permanent Representative', '1', '2', {
    edge: 'relation', label: 'Permanent Representative', weight: 1, type: 'works_for', last: 7,
    date: '2024-03-01', articles: ['un-briefing'], evidence: ['un-briefing@0-64'],
    sentence: 'Vasily Nebenzya, Russia\'s Permanent Representative, said "enough".',
  });
  g.addDirectedEdgeWithKey('s:1:2', '1', '2', {
    edge: 'said', label: 'warned', weight: 2, type: 'said', kind: 'direct', last: 17, date: null,
    articles: ['un-briefing'], evidence: ['un-briefing@70-120', 'un-briefing@130-150'], sentence: 'He warned: "line one\nline two, with <script>alert(1)</script>".',
  });
  g.addDirectedEdgeWithKey('c:1:3', '1', '3', {
    edge: 'co-mention', label: 'co-mentioned', weight: 2, type: 'co-mention', last: 4, date: '2024-04-02',
    articles: ['un-briefing', 'talks'], evidence: ['un-briefing@200-260', 'talks@0-80'],
  });
  return g;
}
