// type-graphql reads decorator metadata through reflect-metadata, which must load first.
import "reflect-metadata";
import { pino } from "pino";
import { loadConfig } from "../config.js";
import { startParley } from "./start-parley.js";

/** `npm start`: config from the environment, sqlite store, seeds, HTTP server; SIGINT/SIGTERM close gracefully. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel });
  const { server, address } = await startParley(config, logger);
  logger.info(`Parley GraphQL listening on ${address.url}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close().then(
      () => logger.info("stopped"),
      (error: unknown) => {
        logger.error({ err: error }, "error while shutting down");
        process.exitCode = 1;
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
