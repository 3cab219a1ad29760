import { type Request, type RequestHandler, type Response } from "express";
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

export interface QueryLimits {
  /** Characters in the GraphQL document. */
  maxQueryLength: number;
  /** Nesting of selection sets, introspection fields included. */
  maxDepth: number;
  /** Aliased fields in the whole document, fragments expanded. */
  maxAliases: number;
  /** Field selections in the whole document, fragments expanded. */
  maxFields: number;
}

/** What a document asks for once fragments are expanded (each spread counted as often as it is used). */
export interface DocumentMeasure {
  depth: number;
  aliases: number;
  fields: number;
  /** A fragment spreads itself (directly or through others): graphql's own validation names it. */
  cyclic: boolean;
}

interface Totals {
  depth: number;
  aliases: number;
  fields: number;
}

const CAP = Number.MAX_SAFE_INTEGER;
/**
 * `ofType` is a single object (no list), so a chain of them costs one object a level. Clients'
 * standard introspection query nests it 7 deep; up to this many in a row add no depth.
 */
const FREE_OF_TYPE_LEVELS = 8;

/**
 * Measures depth, aliases and fields in one linear pass per fragment (memoised), so a fragment
 * that fans out exponentially is counted without being expanded, and a fragment cycle stops the walk.
 */
export function measureDocument(document: DocumentNode): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const memo = new Map<string, Totals>();
  const visiting = new Set<string>();
  let cyclic = false;

  const measureSet = (set: SelectionSetNode | undefined, ofTypeRun = 0): Totals => {
    const totals: Totals = { depth: 0, aliases: 0, fields: 0 };
    if (!set) return totals;
    for (const selection of set.selections) {
      let inner: Totals;
      if (selection.kind === Kind.FIELD) {
        const isOfType = selection.name.value === "ofType";
        const free = isOfType && ofTypeRun < FREE_OF_TYPE_LEVELS && selection.selectionSet !== undefined;
        const child = measureSet(selection.selectionSet, isOfType ? ofTypeRun + 1 : 0);
        inner = { depth: child.depth + (free ? 0 : 1), aliases: child.aliases + (selection.alias ? 1 : 0), fields: child.fields + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSet(selection.selectionSet, ofTypeRun);
      } else {
        inner = measureFragment(selection.name.value);
      }
      totals.depth = Math.max(totals.depth, inner.depth);
      totals.aliases = Math.min(CAP, totals.aliases + inner.aliases);
      totals.fields = Math.min(CAP, totals.fields + inner.fields);
    }
    return totals;
  };

  const measureFragment = (name: string): Totals => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) {
      if (fragment) cyclic = true;
      return { depth: 0, aliases: 0, fields: 0 };
    }
    visiting.add(name);
    const totals = measureSet(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, totals);
    return totals;
  };

  const result: Totals = { depth: 0, aliases: 0, fields: 0 };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const totals = measureSet(definition.selectionSet);
    result.depth = Math.max(result.depth, totals.depth);
    result.aliases = Math.min(CAP, result.aliases + totals.aliases);
    result.fields = Math.min(CAP, result.fields + totals.fields);
  }
  return { ...result, cyclic };
}

function reject(res: Response, status: number, message: string, code: string, limit: Record<string, number>): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...limit } }] });
}

/** The GraphQL document of a POST body or a GET query string; undefined when there is none to check. */
function documentOf(req: Request): string | undefined {
  const body: unknown = req.body;
  if (typeof body === "object" && body !== null && !Array.isArray(body) && typeof (body as { query?: unknown }).query === "string") return (body as { query: string }).query;
  const fromUrl = req.method === "GET" ? req.query.query : undefined;
  return typeof fromUrl === "string" ? fromUrl : undefined;
}

/**
 * Express handler in front of Apollo that bounds the work one request can ask for: the length is
 * checked before parsing; depth, aliases and fields after a parse but before graphql's
 * validation, whose overlapping-fields rule is quadratic in repeated fields. A document that
 * does not parse is passed on, so Apollo reports the syntax error with its location.
 */
export function createQueryLimitsHandler(limits: QueryLimits): RequestHandler {
  const maxTokens = maxTokensFor(limits);
  return (req, res, next) => {
    const source = documentOf(req);
    if (source === undefined) return next();
    if (source.length > limits.maxQueryLength) {
      return reject(res, 400, `the query is ${source.length} characters long; the limit is ${limits.maxQueryLength}`, "GRAPHQL_PARSE_FAILED", { maxQueryLength: limits.maxQueryLength });
    }
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens, noLocation: true });
    } catch {
      return next();
    }
    const measure = measureDocument(document);
    // graphql's NoFragmentCyclesRule reports cycles with the fragments' names and locations.
    if (measure.cyclic) return next();
    if (measure.depth > limits.maxDepth) {
      return reject(res, 400, `the query is nested ${measure.depth} levels deep; the limit is ${limits.maxDepth}`, "GRAPHQL_VALIDATION_FAILED", { maxDepth: limits.maxDepth });
    }
    if (measure.aliases > limits.maxAliases) {
      return reject(res, 400, `the query uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}`, "GRAPHQL_VALIDATION_FAILED", { maxAliases: limits.maxAliases });
    }
    if (measure.fields > limits.maxFields) {
      return reject(res, 400, `the query selects ${measure.fields} fields once fragments are expanded; the limit is ${limits.maxFields}`, "GRAPHQL_VALIDATION_FAILED", { maxFields: limits.maxFields });
    }
    next();
  };
}

/** Tokens graphql's parser reads before giving up: a second bound under the length limit. */
export function maxTokensFor(limits: Pick<QueryLimits, "maxQueryLength">): number {
  return Math.max(1000, Math.ceil(limits.maxQueryLength / 2));
}
