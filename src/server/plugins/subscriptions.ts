import { type IncomingMessage, type Server } from "node:http";
import { type ApolloServerPlugin } from "@apollo/server";
import { type Duplex } from "node:stream";
import {
  GraphQLError,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { type ServerOptions } from "graphql-ws";
import { useServer, type Extra } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { type SecurityConfig } from "../../config.js";
import { type AccessCheck } from "./auth.js";
import { costRefusal, maxTokensFor, tooLong } from "./query-limits.js";

export interface SubscriptionServerOptions {
  httpServer: Server;
  /** The GraphQL endpoint's path: the WebSocket shares it. */
  path: string;
  schema: GraphQLSchema;
  security: SecurityConfig;
  /** The HTTP endpoint's token rule; undefined when no token is set. */
  accessCheck: AccessCheck | undefined;
  /** The same validation rules the HTTP endpoint adds to graphql's own (the query limits). */
  validationRules: readonly ValidationRule[];
  /** A fresh context for each subscription. */
  context: () => unknown;
  /** The HTTP endpoint's error formatting, so both mask and code errors alike. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Strip "Did you mean …" from validation errors (production), as Apollo does over HTTP. @default false */
  hideSchemaDetails?: boolean;
  /** How long a closing server waits for clients to answer the close handshake before dropping them. @default 1000 */
  closeGraceMs?: number;
}

export interface SubscriptionServer {
  /** Ends every subscription, closes every socket (code 1001) and stops accepting upgrades. */
  close(): Promise<void>;
}

/** The `Authorization` a client gave: in the connection_init payload (browsers cannot set headers) or on the upgrade request. */
function authorizationOf(ctx: { connectionParams?: Readonly<Record<string, unknown>> | undefined; extra: Extra }): string | undefined {
  const params = ctx.connectionParams ?? {};
  const fromParams = params.authorization ?? params.Authorization;
  if (typeof fromParams === "string") return fromParams;
  return ctx.extra.request.headers.authorization;
}

/**
 * Browsers send Origin on a WebSocket and CORS does not apply to it, so the allowlist is checked
 * here: no Origin (not a browser), the server's own origin (the bundled pages), or a listed one.
 */
function originAllowed(request: IncomingMessage, corsOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const allowed = corsOrigins.some((listed) => listed.toLowerCase() === origin.toLowerCase());
  if (allowed) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function refuseUpgrade(socket: Duplex, status: 403 | 404, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

function withCode(error: GraphQLError, code: string, hideSchemaDetails: boolean): GraphQLError {
  const message = hideSchemaDetails ? error.message.replace(/ ?Did you mean(.+?)\?$/, "") : error.message;
  return new GraphQLError(message, { ...(error.nodes ? { nodes: error.nodes } : {}), extensions: { ...error.extensions, code } });
}

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's own port and path. Each subscribe
 * message goes through what an HTTP request goes through: the length, token and cost limits, and
 * graphql's validation with the same extra rules. Queries and mutations stay on HTTP.
 */
export function createSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { httpServer, path, schema, security, accessCheck, validationRules, context, formatError, hideSchemaDetails = false, closeGraceMs = 1000 } = options;
  const rules = [...specifiedRules, ...validationRules];
  const wss = new WebSocketServer({ noServer: true, maxPayload: security.maxBodyBytes });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (new URL(request.url ?? "/", "http://parley.invalid").pathname !== path) return refuseUpgrade(socket, 404, "Not Found");
    if (!originAllowed(request, security.corsOrigins)) return refuseUpgrade(socket, 403, "Forbidden: origin not allowed");
    wss.handleUpgrade(request, socket, head, (client) => wss.emit("connection", client, request));
  };
  httpServer.on("upgrade", onUpgrade);

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => formatError(error.toJSON(), error));
  const serverOptions: ServerOptions<Record<string, unknown> | undefined, Extra> = {
    onSubscribe: (ctx, _id, payload) => {
      const { query, operationName, variables } = payload;
      if (query.length > security.maxQueryLength) return [tooLong(query.length, security.maxQueryLength)];
      let document: DocumentNode;
      try {
        document = parse(query, { maxTokens: maxTokensFor(security) });
      } catch (error) {
        return [withCode(error as GraphQLError, "GRAPHQL_PARSE_FAILED", false)];
      }
      const invalid = validate(schema, document, rules);
      if (invalid.length > 0) return invalid.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED", hideSchemaDetails));
      const operation = getOperationAST(document, operationName);
      if (!operation) return [new GraphQLError("the document names no operation to run (or several without an operationName)", { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })];
      if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        return [new GraphQLError(`this WebSocket carries subscriptions; send a ${operation.operation} to POST ${path}`, { extensions: { code: "BAD_REQUEST" } })];
      }
      const refusal = accessCheck?.(operation.operation, authorizationOf(ctx)) ?? costRefusal({ schema, document, operation, variables: variables ?? {} }, security.maxCost);
      if (refusal) return [refusal];
      return { schema, document, variableValues: variables ?? {}, contextValue: context(), ...(operationName ? { operationName } : {}) };
    },
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    onError: (_ctx, _id, _payload, errors) => format(errors),
  };
  const server = useServer(serverOptions, wss);

  return {
    async close() {
      httpServer.off("upgrade", onUpgrade);
      // graphql-ws closes each socket with 1001; a client that never answers is dropped after the grace.
      const force = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, closeGraceMs);
      try {
        await server.dispose();
      } finally {
        clearTimeout(force);
      }
    },
  };
}

/**
 * Apollo plugin: a subscription sent over HTTP (or to executeOperation) is answered BAD_REQUEST (400)
 * pointing at the WebSocket, instead of being run as a query (which fails inside the resolver).
 */
export function createSubscriptionsOverHttpRefusal(path: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          throw new GraphQLError(`subscriptions run over a WebSocket (graphql-ws) on ${path}, not over HTTP`, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
        },
      };
    },
  };
}
