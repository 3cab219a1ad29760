import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { ApolloServer, type GraphQLRequest, type GraphQLResponse } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { type Logger } from "pino";
import { buildParleySchema } from "../graphql/build-schema.js";
import { createContext, type ExtractFn, type ParleyContext } from "../graphql/context.js";
import { createFormatError } from "../graphql/format-error.js";
import { type GraphStore } from "../store/graph-store.js";
import { closeHttpServer } from "./plugins/graceful-close.js";
import { createHealthHandler } from "./plugins/health.js";
import { createJsonErrorHandler } from "./plugins/json-errors.js";
import { createPlaygroundHandler, createPlaygroundPlugin } from "./plugins/playground.js";

export interface ParleyServerOptions {
  /** The graph store; closed by `close()`. */
  store: GraphStore;
  logger?: Logger;
  /** Article → graph for ingestArticle; the composition root passes `extractArticle`. */
  extract: ExtractFn;
  /** NODE_ENV. Only "development" shows unexpected errors' messages and stack traces. @default "production" */
  environment?: string;
  /** Largest accepted request body. @default "2mb" */
  maxBodySize?: string;
  /** Reported by /healthz. */
  version?: string;
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
  /** Graceful stop: no new connections, in-flight requests finish, then Apollo and the store close. */
  close(): Promise<void>;
}

/** Builds the schema, Apollo Server and the express app around a store. Call `listen` to serve. */
export async function createParleyServer(options: ParleyServerOptions): Promise<ParleyServer> {
  const { store, logger, extract, environment = "production" } = options;
  const development = environment === "development";
  const apollo = new ApolloServer<ParleyContext>({
    schema: await buildParleySchema(),
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: development,
    // main.ts owns the signals so the store is closed after Apollo.
    stopOnTerminationSignals: false,
    formatError: createFormatError({
      exposeInternals: development,
      onUnexpectedError: (error) => logger?.error({ err: error }, "unexpected error in a GraphQL operation"),
    }),
    plugins: [createPlaygroundPlugin()],
    ...(logger ? { logger } : {}),
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", createHealthHandler({ ...(options.version ? { version: options.version } : {}) }));
  app.get("/", createPlaygroundHandler());
  app.use(
    "/graphql",
    express.json({ limit: options.maxBodySize ?? "2mb" }),
    expressMiddleware(apollo, { context: async () => createContext(store, extract) }),
  );
  app.use(createJsonErrorHandler());
  const httpServer = createServer(app);

  let closing: Promise<void> | undefined;
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
          resolve({ host: address.address, port: address.port, url: `http://${host === "localhost" ? "localhost" : shownHost}:${address.port}/graphql` });
        });
      }),
    executeOperation: (request) => apollo.executeOperation(request, { contextValue: createContext(store, extract) }),
    close: () =>
      (closing ??= (async () => {
        await closeHttpServer(httpServer);
        await apollo.stop();
        await store.close();
      })()),
  };
}
