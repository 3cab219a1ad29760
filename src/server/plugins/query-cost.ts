import { getNamedType, isCompositeType, isListType, isNonNullType, type DocumentNode, type GraphQLOutputType, type GraphQLSchema } from "graphql";
import { getComplexity, type ComplexityEstimator, type ComplexityEstimatorArgs } from "graphql-query-complexity";
import { EVENT_TYPES } from "../../domain/index.js";
import { MAX_FIRST } from "../../graphql/inputs/page.args.js";
import { MAX_TIMELINE_EVENTS } from "../../graphql/resolvers/timeline.resolver.js";
import { MAX_PANEL_PERIODS, panelBound, type PanelInterval } from "../../store/dyad-panel.js";

/**
 * What one operation may cost, in rows the store may read. Every object a field returns costs 1,
 * scalars nothing; a list multiplies the cost of one item by the items it may hold; the searches
 * below add their own work. Arguments are read with their defaults and clamped to the ranges the
 * schema accepts, so a value out of range is refused by the argument's own check, not priced.
 */
export const QUERY_COSTS = {
  /** `path` walks a frontier that at least doubles with each hop: 500 × 2^maxHops (4 hops 8 000, 6 hops 32 000). */
  pathPerDoubling: 500,
  /** `neighborhood` reads co-participants level by level: 20 × depth × limit (depth 2, limit 200: 8 000). */
  neighborhoodPerLevelAndNode: 20,
  /** `timeline` and `timelineJS` read up to this many events before laying them out. */
  timelineEvents: MAX_TIMELINE_EVENTS,
  /**
   * `dyadPanel` reads every event of the dyad in its bounds (no cap) before laying out its rows;
   * priced as a timeline's read. Its rows are the periods from `from` to `to` (up to 1 200).
   */
  dyadPanelEvents: MAX_TIMELINE_EVENTS,
  /** Events assumed in one panel row (a busy dyad's year holds dozens, a month a few). */
  dyadPanelEventsPerRow: 10,
} as const;

/** Ranges the schema accepts (research.args.ts, neighborhood.ts): `limit` above 200 is cut to 200, not refused. */
const MAX_HOPS = 6;
const MAX_NEIGHBORHOOD_DEPTH = 2;
const MAX_NEIGHBORHOOD_LIMIT = 200;

/**
 * Items assumed for lists no argument bounds. Events have a handful of participants and reports;
 * an entity's events and articles are unbounded (a head of state has thousands) and are priced as
 * a page of 20, so nesting them multiplies the price.
 */
const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  "Event.participants": 3,
  "Event.evidence": 3,
  "Event.articles": 3,
  "Tenure.evidence": 3,
  "Person.offices": 3,
  "Office.holders": 10,
  "Query.officeHolders": 10,
  "Person.events": 20,
  "Person.articles": 20,
  "Country.events": 20,
  "Organization.events": 20,
  "Article.events": 20,
  "IngestResult.events": 20,
  "Query.contactCounts": 100,
  "Query.countries": 200,
  "DyadPanelRow.events": QUERY_COSTS.dyadPanelEventsPerRow,
  "DyadPanelRow.counts": EVENT_TYPES.length,
};
const DEFAULT_LIST_SIZE = 10;

/**
 * Lists inside a result object hold as many items as the field that returned the object asked
 * for (a connection's `first`, a path's hops, a neighbourhood's `limit`, a timeline's events):
 * they count once here and the object is priced that many times by its field.
 */
const SIZED_BY_PARENT = new Set(["Path.nodes", "Path.events", "Neighborhood.nodes", "Neighborhood.edges", "Timeline.items", "Timeline.groups", "TimelineJS.events"]);

const clamp = (value: unknown, low: number, high: number): number => (typeof value === "number" && Number.isFinite(value) ? Math.min(high, Math.max(low, Math.trunc(value))) : high);

/** A panel period as a count of its kind since year 0, as the panel itself counts them. */
const periodIndex = (period: string): number => (period.length === 4 ? Number(period) : Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1);

/**
 * Rows a `dyadPanel` may return: the periods from `from` to `to`, or MAX_PANEL_PERIODS when a bound
 * is omitted (the dyad's data sets it). A span the panel refuses (malformed, reversed, too long)
 * costs one row, so its own BAD_USER_INPUT answers before any store read.
 */
function panelRows(args: Record<string, unknown>): number {
  if (typeof args.from !== "string" || typeof args.to !== "string") return MAX_PANEL_PERIODS;
  const interval: PanelInterval = args.interval === "MONTH" ? "MONTH" : "YEAR";
  try {
    const count = periodIndex(panelBound(args.to, interval, "to")) - periodIndex(panelBound(args.from, interval, "from")) + 1;
    return count >= 1 && count <= MAX_PANEL_PERIODS ? count : 1;
  } catch {
    return 1;
  }
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Items one selection of the field stands for, and the work the field adds beyond the rows it returns. */
function sizeAndWork({ type, field, args }: ComplexityEstimatorArgs): { items: number; work: number } {
  const key = `${type.name}.${field.name}`;
  if (key === "Query.path") {
    const hops = clamp(args.maxHops, 1, MAX_HOPS);
    return { items: hops + 1, work: QUERY_COSTS.pathPerDoubling * 2 ** hops };
  }
  if (key === "Query.neighborhood") {
    const limit = clamp(args.limit, 1, MAX_NEIGHBORHOOD_LIMIT);
    return { items: limit, work: QUERY_COSTS.neighborhoodPerLevelAndNode * clamp(args.depth, 1, MAX_NEIGHBORHOOD_DEPTH) * limit };
  }
  if (key === "Query.timeline" || key === "Query.timelineJS") return { items: QUERY_COSTS.timelineEvents, work: QUERY_COSTS.timelineEvents };
  if (key === "Query.dyadPanel") return { items: panelRows(args), work: QUERY_COSTS.dyadPanelEvents };
  if (field.args.some((arg) => arg.name === "first")) return { items: clamp(args.first, 1, MAX_FIRST), work: 0 };
  if (!isList(field.type) || SIZED_BY_PARENT.has(key) || (field.name === "edges" && type.name.endsWith("Connection"))) return { items: 1, work: 0 };
  return { items: ASSUMED_LIST_SIZES[key] ?? DEFAULT_LIST_SIZE, work: 0 };
}

/** One root field's share of an operation's price. */
export interface PricedField {
  /** The alias if any, else the field name. */
  name: string;
  cost: number;
}

export interface OperationPrice {
  cost: number;
  /** Root fields, most expensive first. */
  fields: PricedField[];
}

/** The estimator for graphql-query-complexity; `onRootField` hears each root field's cost. */
export function createCostEstimator(onRootField?: (field: PricedField) => void): ComplexityEstimator {
  return (options) => {
    const { type, field, node, childComplexity } = options;
    // Introspection reads the schema in memory; depth and field limits bound it.
    if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
    if (!isCompositeType(getNamedType(field.type))) return 0;
    const { items, work } = sizeAndWork(options);
    const cost = work + items * (1 + childComplexity);
    // A subscription's root field is priced per event it sends.
    if (onRootField && (type.name === "Query" || type.name === "Mutation" || type.name === "Subscription")) onRootField({ name: node.alias?.value ?? node.name.value, cost });
    return cost;
  };
}

/**
 * Prices one operation of a validated document with its variables (see QUERY_COSTS). Throws what
 * graphql-query-complexity throws: variables that do not coerce, more selections than it walks.
 */
export function priceOperation(request: { schema: GraphQLSchema; document: DocumentNode; operationName?: string; variables?: Record<string, unknown> }): OperationPrice {
  const fields: PricedField[] = [];
  const cost = getComplexity({
    schema: request.schema,
    query: request.document,
    variables: request.variables ?? {},
    ...(request.operationName ? { operationName: request.operationName } : {}),
    estimators: [createCostEstimator((field) => fields.push(field))],
  });
  return { cost, fields: fields.sort((a, b) => b.cost - a.cost) };
}
