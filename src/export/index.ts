/** `exportGraph`: a graph written in one of the export formats, as named files. */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { UsageError } from '../errors.js';
import { writeCypher, writeNeo4jCsv } from './neo4j.js';
import { writeDot, writeJson } from './text.js';
import { writeGexf, writeGraphml } from './xml.js';

export { subgraph, type SubgraphOptions } from './subgraph.js';
export { viewGraph, parseEdgeTypes, type ViewGraph, type ViewOptions, type ViewNodeAttrs, type ViewEdgeAttrs } from './graph.js';

export const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher', 'dot'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportFile {
  /** File name suffix: '' for single-file formats, 'nodes.csv' / 'relationships.csv' for csv. */
  name: string;
  content: string;
}

export function isFormat(f: string): f is ExportFormat {
  return (FORMATS as readonly string[]).includes(f);
}

export function exportGraph(graph: AbstractGraph<Attributes, Attributes, Attributes>, format: string): ExportFile[] {
  switch (format) {
    case 'json':
      return [{ name: '', content: writeJson(graph) }];
    case 'gexf':
      return [{ name: '', content: writeGexf(graph) }];
    case 'graphml':
      return [{ name: '', content: writeGraphml(graph) }];
    case 'dot':
      return [{ name: '', content: writeDot(graph) }];
    case 'cypher':
      return [{ name: '', content: writeCypher(graph) }];
    case 'csv': {
      const f = writeNeo4jCsv(graph);
      return [
        { name: 'nodes.csv', content: f.nodes },
        { name: 'relationships.csv', content: f.relationships },
      ];
    }
    default:
      throw new UsageError(`unknown export format "${format}". Use one of: ${FORMATS.join(', ')}.`);
  }
}
