import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  getVariableValues,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { priceOperation, type OperationPrice } from "./query-cost.js";

/*
 * Where each limit runs, for HTTP and `executeOperation` alike (no express middleware parses the
 * document): length in the plugin's requestDidStart, before Apollo parses; parser tokens through
 * Apollo's `parseOptions.maxTokens`; depth, aliases and fields in one validation rule; cost in the
 * plugin once the operation and its variables are known, priced by graphql-query-complexity.
 *
 * Why our own rule and not GraphQL Armor's (max-depth 2.4, max-aliases 2.6, max-tokens 2.5,
 * cost-limit 2.4, read from their published code): their messages are fixed and prefixed
 * "Syntax Error:", so the bad-input tests' messages (and the limit named in them) would change;
 * each rule measures by itself and lets graphql's own rules go on walking a bomb, where ours ends
 * validation at the first limit; max-depth can exempt only `__schema` as a whole, not the few
 * `ofType` levels the standard introspection query needs; none counts fields with fragments
 * expanded; max-tokens is an Envelop parse hook (Apollo has `maxTokens` built in); and cost-limit
 * multiplies only by literal `first`/`last`, so it cannot price `path(maxHops)`,
 * `neighborhood(depth, limit)`, a timeline or a dyad panel, nor any argument given as a variable.
 */

export interface QueryLimits {
  /** Characters in the GraphQL document. */
  maxQueryLength: number;
  /** Nesting of selection sets, introspection fields included. */
  maxDepth: number;
  /** Aliased fields in the whole document, fragments expanded. */
  maxAliases: number;
  /** Field selections in the whole document, fragments expanded. */
  maxFields: number;
  /** Price of one operation with its variables (see QUERY_COSTS in query-cost.ts). */
  maxCost: number;
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

/** Checks depth, aliases and fields in that order; the first one over its limit becomes the error. */
function limitError(measure: DocumentMeasure, limits: Pick<QueryLimits, "maxDepth" | "maxAliases" | "maxFields">): GraphQLError | undefined {
  if (measure.depth > limits.maxDepth) {
    return new GraphQLError(`the query is nested ${measure.depth} levels deep; the limit is ${limits.maxDepth}`, { extensions: { maxDepth: limits.maxDepth } });
  }
  if (measure.aliases > limits.maxAliases) {
    return new GraphQLError(`the query uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}`, { extensions: { maxAliases: limits.maxAliases } });
  }
  if (measure.fields > limits.maxFields) {
    return new GraphQLError(`the query selects ${measure.fields} fields once fragments are expanded; the limit is ${limits.maxFields}`, { extensions: { maxFields: limits.maxFields } });
  }
  return undefined;
}

/**
 * Validation rule (Apollo `validationRules`) bounding depth, aliases and fields. It measures the
 * whole document when validation enters it; a document over a limit gets one error and the walk
 * ends there for every rule, so graphql's own rules (the overlapping-fields check is quadratic in
 * repeated fields) never see a bomb. Apollo reports it as GRAPHQL_VALIDATION_FAILED (400).
 */
export function createQueryLimitsRule(limits: Pick<QueryLimits, "maxDepth" | "maxAliases" | "maxFields">): ValidationRule {
  return (context) => ({
    Document: {
      enter(document) {
        const measure = measureDocument(document);
        // graphql's NoFragmentCyclesRule reports cycles with the fragments' names and locations.
        if (measure.cyclic) return undefined;
        const error = limitError(measure, limits);
        if (!error) return undefined;
        context.reportError(error);
        // A visitor returning null from `enter` removes the node: nothing under the document is visited.
        return null;
      },
    },
  });
}

/** Stands in for a document refused for its length, so the refused text is never parsed. */
const UNPARSED_PLACEHOLDER = "{ __typename }";

/** The refusal of a document over `maxQueryLength` characters (GRAPHQL_PARSE_FAILED, 400). */
export function tooLong(length: number, maxQueryLength: number): GraphQLError {
  return new GraphQLError(`the query is ${length} characters long; the limit is ${maxQueryLength}`, {
    extensions: { code: "GRAPHQL_PARSE_FAILED", maxQueryLength, http: { status: 400 } },
  });
}

function tooCostly(price: OperationPrice | undefined, maxCost: number): GraphQLError {
  const extensions = { code: "GRAPHQL_VALIDATION_FAILED", maxCost, http: { status: 400 } };
  if (!price) return new GraphQLError(`the query has too many selections to be priced; the cost limit is ${maxCost}`, { extensions });
  const top = price.fields.slice(0, 3).map((field) => `${field.name} ${field.cost}`).join(", ");
  return new GraphQLError(`the query costs ${price.cost}; the limit is ${maxCost}${top ? ` (most expensive: ${top})` : ""}`, {
    extensions: { ...extensions, cost: price.cost },
  });
}

/**
 * Apollo plugin for the two limits a validation rule cannot hold; it runs for HTTP requests and
 * `executeOperation` alike.
 * - Length, before parsing: Apollo has no hook that ends a request before it parses, so text over
 *   `maxQueryLength` is swapped for a trivial document and the request is answered with
 *   GRAPHQL_PARSE_FAILED (400) once the operation is resolved. Nothing long is parsed.
 * - Cost, once the operation and its variables are known (variables change the price, and Apollo
 *   skips validation for documents it has cached): over `maxCost` → GRAPHQL_VALIDATION_FAILED (400)
 *   naming the most expensive root fields. See QUERY_COSTS for the prices.
 */
export function createQueryLimitsPlugin(limits: Pick<QueryLimits, "maxQueryLength" | "maxCost">): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const length = typeof request.query === "string" ? request.query.length : 0;
      if (length > limits.maxQueryLength) {
        request.query = UNPARSED_PLACEHOLDER;
        return {
          async didResolveOperation() {
            throw tooLong(length, limits.maxQueryLength);
          },
        };
      }
      return {
        async didResolveOperation({ schema, document, operation, request: resolved }) {
          // No operation: Apollo answers OPERATION_RESOLUTION_FAILURE.
          if (!operation) return;
          const refusal = costRefusal({ schema, document, operation, variables: resolved.variables ?? {} }, limits.maxCost);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/**
 * The refusal of an operation priced over `maxCost` with its variables (GRAPHQL_VALIDATION_FAILED,
 * 400), or undefined. Bad variables are left to execution, which answers BAD_USER_INPUT.
 */
export function costRefusal(
  request: { schema: GraphQLSchema; document: DocumentNode; operation: OperationDefinitionNode; variables: Record<string, unknown> },
  maxCost: number,
): GraphQLError | undefined {
  const { schema, document, operation, variables } = request;
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
  let price: OperationPrice;
  try {
    price = priceOperation({ schema, document, variables, ...(operation.name ? { operationName: operation.name.value } : {}) });
  } catch {
    // The pricer gives up past 10 000 selections (reachable only with PARLEY_MAX_FIELDS raised that far).
    return tooCostly(undefined, maxCost);
  }
  return price.cost > maxCost ? tooCostly(price, maxCost) : undefined;
}

/** Tokens graphql's parser reads before giving up: a second bound under the length limit. */
export function maxTokensFor(limits: Pick<QueryLimits, "maxQueryLength">): number {
  return Math.max(1000, Math.ceil(limits.maxQueryLength / 2));
}
