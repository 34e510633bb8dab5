import type { Article } from './document/types.js';
import { toJSON, type DocumentJSON } from './document/json.js';
import { process } from './pipeline/index.js';
import { articleId } from './ids.js';

export { articleId } from './ids.js';

export { VERSION } from './version.js';
export * from './errors.js';
export type { Article, Doc, Entity, EntityType, Mention, Relation, RelationType, Statement, StatementKind, Span } from './document/types.js';
export type { DocumentJSON } from './document/json.js';
export { toJSON } from './document/json.js';
export { process, getPipeline, Pipeline, DEFAULT_STAGES, type Stage } from './pipeline/index.js';

/** An article as given by a caller: only `text` is required. */
export type ArticleInput = Omit<Article, 'id'> & { id?: string };


/** Runs the pipeline on one article and returns the contract's Document JSON. */
export function extract(input: ArticleInput): DocumentJSON {
  const article: Article = { ...input, id: input.id ?? articleId(input.text) };
  return toJSON(process(article));
}

// the query layer
export { openGraph, NewsGraph, type DateRange } from './graph/index.js';
export { GraphLoader } from './graph/load.js';
export type { EdgeKind, EdgeAttrs, NodeAttrs, EntityRef, Evidence, GraphFilter } from './graph/types.js';
export type { EgoNetwork, Neighbor, EgoEdge, NeighborsOptions } from './graph/neighbors.js';
export type { PathResult, PathOptions, Hop } from './graph/path.js';
export type { TopEntry, TopOptions, TopMeasure, Community, CommunitiesResult, CommunityOptions } from './graph/analytics.js';
export type { EntityDetails, EntityOptions, Role, StrongNeighbor, SearchHit } from './graph/card.js';
export type { StatementGroup, SaidGroupBy, Timeline, TimelinePeriod, Interval } from './graph/statements.js';
export type { StatementResult, SaidQuery, RelationRecord, RelationQuery, EntityCard, Stats } from './store/read.js';
export { openStore, type DB } from './store/open.js';
export { exportGraph, viewGraph, subgraph, FORMATS, type ExportFormat, type ExportFile, type ViewGraph, type ViewOptions, type SubgraphOptions } from './export/index.js';
export { startViewer, type ViewerOptions, type RunningViewer } from './server/http.js';
export { graphView, pairEvidence, articleView, type GraphQuery, type EdgeFacts, type ArticleView } from './server/api.js';
