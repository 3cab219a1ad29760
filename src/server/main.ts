// type-graphql reads decorator metadata through reflect-metadata, which must load first.
import "reflect-metadata";
import { loadConfig } from "../config.js";
import { runServer } from "./run-server.js";

/** `npm start`: config from the environment, the store, seeds, HTTP server; SIGINT/SIGTERM close gracefully. */
runServer(loadConfig(process.env)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
