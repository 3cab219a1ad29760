import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequest, type GraphQLResponse } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { type Logger } from "pino";
import { buildParleySchema } from "../graphql/build-schema.js";
import { createContext, type ExtractFn, type ParleyContext } from "../graphql/context.js";
import { createFormatError } from "../graphql/format-error.js";
import { securityDefaults, type SecurityConfig } from "../config.js";
import { createEventFeed, type EventFeed } from "../feed/event-feed.js";
import { type GraphStore } from "../store/graph-store.js";
import { prepareArticle } from "./article-guard.js";
import { createAccessCheck, createAuthPlugin } from "./plugins/auth.js";
import { createCorsHandler } from "./plugins/cors.js";
import { closeHttpServer } from "./plugins/graceful-close.js";
import { createHealthHandler, createReadinessHandler } from "./plugins/health.js";
import { createJsonErrorHandler } from "./plugins/json-errors.js";
import { createNoStorePlugin } from "./plugins/no-store.js";
import { DEFAULT_WEB_ASSETS_DIR, createWebPagesRouter } from "./plugins/web-pages.js";
import { createQueryLimitsPlugin, createQueryLimitsRule, maxTokensFor } from "./plugins/query-limits.js";
import { createJsonOnlyHandler } from "./plugins/request-guard.js";
import { createSubscriptionServer, createSubscriptionsOverHttpRefusal } from "./plugins/subscriptions.js";

/** The label curations made with PARLEY_API_TOKEN are logged under (one token, one label). */
export const API_TOKEN_LABEL = "api-token";

export interface ParleyServerOptions {
  /** The graph store; closed by `close()`. */
  store: GraphStore;
  logger?: Logger;
  /** Article → graph for ingestArticle; the composition root passes `extractArticle`. */
  extract: ExtractFn;
  /** NODE_ENV. Only "development" shows unexpected errors' messages and stack traces. @default "production" */
  environment?: string;
  /** Token, CORS, introspection, playground and request limits. @default securityDefaults(environment) */
  security?: Partial<SecurityConfig>;
  /** Reported by /healthz. */
  version?: string;
  /** The live feed `eventAdded` follows; pass the one the seed loader published to. @default a new one */
  feed?: EventFeed;
}

export interface ListeningAddress {
  host: string;
  port: number;
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
}

export interface ParleyServer {
  app: Express;
  httpServer: Server;
  /** Binds the HTTP server; port 0 picks a free port. Resolves with the bound address. */
  listen(port: number, host?: string): Promise<ListeningAddress>;
  /** Runs one operation without HTTP, with a fresh request context (for tests and scripts). */
  executeOperation(request: GraphQLRequest): Promise<GraphQLResponse>;
  /**
   * The live feed behind `eventAdded`. An in-process writer that stores events outside ingest
   * (curation) announces them with `feed.publishEventsAdded({ eventIds })` once its write commits.
   */
  feed: EventFeed;
  /** Graceful stop: subscriptions end and their sockets close, no new connections, in-flight requests finish, then Apollo and the store close. */
  close(): Promise<void>;
}

/** Where GraphQL is served: POST for queries and mutations, the WebSocket upgrade for subscriptions. */
const GRAPHQL_PATH = "/graphql";

/** Builds the schema, Apollo Server and the express app around a store. Call `listen` to serve. */
export async function createParleyServer(options: ParleyServerOptions): Promise<ParleyServer> {
  const { store, logger, extract, environment = "production", feed = createEventFeed() } = options;
  const development = environment === "development";
  const security: SecurityConfig = { ...securityDefaults(), ...options.security };
  // Bad articles are refused before extraction, so nothing is written for them.
  const guardedExtract: ExtractFn = (input) => extract(prepareArticle(input));
  // The auth plugin refuses a mutation without the token before any resolver runs, so with a token
  // set every curation that reaches the store was made with it.
  const curator = security.apiToken ? API_TOKEN_LABEL : "anonymous";
  const newContext = (): ParleyContext => createContext(store, guardedExtract, feed, curator);
  const access = { ...(security.apiToken ? { token: security.apiToken } : {}), readsRequireToken: security.readsRequireToken };
  // Depth, aliases and fields, for HTTP, executeOperation and the WebSocket alike; length and cost are in the plugin.
  const validationRules = [createQueryLimitsRule(security)];
  const formatError = createFormatError({
    exposeInternals: development,
    onUnexpectedError: (error) => logger?.error({ err: error }, "unexpected error in a GraphQL operation"),
  });
  const plugins: ApolloServerPlugin<ParleyContext>[] = [
    // First, so a refused length or cost is the answer whatever later plugins would say.
    createQueryLimitsPlugin(security),
    createAuthPlugin(access),
    createSubscriptionsOverHttpRefusal(GRAPHQL_PATH),
    // Browsers get the bundled pages from the web router below; Apollo's CDN landing page never loads.
    ApolloServerPluginLandingPageDisabled(),
    // No cache hints in the schema: the header alone, without Apollo wrapping every field resolver.
    ApolloServerPluginCacheControlDisabled(),
    createNoStorePlugin(),
  ];
  const schema = await buildParleySchema();
  const apollo = new ApolloServer<ParleyContext>({
    schema,
    introspection: security.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: maxTokensFor(security) },
    validationRules,
    // In production, validation errors do not suggest field names ("Did you mean …").
    hideSchemaDetailsFromClientErrors: environment === "production",
    includeStacktraceInErrorResponses: development,
    // main.ts owns the signals so the store is closed after Apollo.
    stopOnTerminationSignals: false,
    formatError,
    plugins,
    ...(logger ? { logger } : {}),
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  let closing: Promise<void> | undefined;
  app.get("/healthz", createHealthHandler({ ...(options.version ? { version: options.version } : {}) }));
  app.get("/readyz", createReadinessHandler({ probeStore: () => store.findArticles({ first: 1 }), isClosing: () => closing !== undefined }));
  // GraphiQL at / and at GET /graphql from a browser, /timeline, /graph and their assets, all local.
  app.use(createWebPagesRouter({ assetsDir: DEFAULT_WEB_ASSETS_DIR, playgroundEnabled: security.playground }));
  app.use(
    GRAPHQL_PATH,
    createCorsHandler(security.corsOrigins),
    createJsonOnlyHandler(),
    express.json({ limit: security.maxBodyBytes }),
    expressMiddleware(apollo, { context: async () => newContext() }),
  );
  app.use(createJsonErrorHandler());
  const httpServer = createServer(app);
  // A slow client cannot hold a connection open forever (slowloris).
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 60_000;
  const subscriptions = createSubscriptionServer({
    httpServer,
    path: GRAPHQL_PATH,
    schema,
    security,
    accessCheck: createAccessCheck(access),
    validationRules,
    context: newContext,
    formatError,
    hideSchemaDetails: environment === "production",
  });

  return {
    app,
    httpServer,
    listen: (port, host = "localhost") =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          httpServer.off("error", reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve({ host: address.address, port: address.port, url: `http://${host === "localhost" ? "localhost" : shownHost}:${address.port}${GRAPHQL_PATH}` });
        });
      }),
    executeOperation: (request) => apollo.executeOperation(request, { contextValue: newContext() }),
    feed,
    close: () =>
      (closing ??= (async () => {
        // First: an upgraded socket is no HTTP connection, and would hold the HTTP server's close open.
        await subscriptions.close();
        await closeHttpServer(httpServer);
        await apollo.stop();
        await store.close();
      })()),
  };
}
