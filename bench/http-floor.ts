// The HTTP floor for `npm run bench`: a bare Apollo Server on the same stack as Parley (@apollo/server,
// the express 5 integration, express.json) with none of Parley's plugins, its context or its store; a
// schema of one field, queried as `{ __typename }`. Run as its own process, as the Parley server is:
// `node --import tsx bench/http-floor.ts` listens on loopback (PORT, else a free port) and prints
// `HTTP_FLOOR_URL=<url>` once it answers.
import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { securityDefaults } from "../src/config.js";

/** The query every floor sample sends: nothing to resolve beyond the root type's name. */
export const FLOOR_QUERY = "{ __typename }";

/** Starts the bare server on `127.0.0.1:port` (0 picks a free port); resolves with its GraphQL URL and a stop. */
export async function startHttpFloor(port = 0): Promise<{ url: string; stop(): Promise<void> }> {
  // A schema must have a field; nothing asks for it.
  // The bench owns the process's signals, as Parley's main.ts does.
  const apollo = new ApolloServer({ typeDefs: "type Query { ok: Boolean }", stopOnTerminationSignals: false });
  await apollo.start();
  const app = express();
  app.use("/graphql", express.json({ limit: securityDefaults().maxBodyBytes }), expressMiddleware(apollo));
  const httpServer: Server = createServer(app);
  await new Promise<void>((resolveListen) => httpServer.listen(port, "127.0.0.1", resolveListen));
  const { port: bound } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/graphql`,
    stop: async () => {
      httpServer.closeAllConnections();
      await new Promise<void>((resolveClose) => httpServer.close(() => resolveClose()));
      await apollo.stop();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const floor = await startHttpFloor(Number(process.env.PORT ?? "0"));
  console.log(`HTTP_FLOOR_URL=${floor.url}`);
  process.once("SIGTERM", () => void floor.stop().then(() => process.exit(0)));
}
